import type { GoModule } from './go-modules.js';

/** What is known of the workspace to map paths from reports onto its files (all pure data). */
export interface WorkspaceIndex {
  /** The workspace's absolute path (symlinks resolved), POSIX separators. */
  root: string;
  /** Other absolute spellings of the root (the path before resolving symlinks, e.g. /tmp vs /private/tmp). */
  aliases?: readonly string[];
  /** Files of the workspace, relative, POSIX separators. */
  files: ReadonlySet<string>;
  goModules: readonly GoModule[];
}

/** Joins and normalises POSIX path parts; undefined when `..` climbs above the start. */
export function normalizeRelative(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

const isAbsolute = (p: string) => p.startsWith('/') || /^[A-Za-z]:\//.test(p);

/**
 * Maps the paths that reports and stack traces write (absolute, relative to
 * the report, to a source root, Go import paths, file:// URLs, Windows
 * separators) to workspace-relative paths of files that exist. Unknown paths
 * map to undefined; `best` keeps a readable fallback for them.
 */
export class PathResolver {
  private readonly byName = new Map<string, string[]>();
  private readonly modules: GoModule[];

  constructor(private readonly index: WorkspaceIndex) {
    for (const file of index.files) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const list = this.byName.get(name);
      if (list) list.push(file);
      else this.byName.set(name, [file]);
    }
    // Longest module path first: nested modules win over their parent.
    this.modules = [...index.goModules].sort((a, b) => b.path.length - a.path.length);
  }

  /** The workspace file `raw` names, trying `bases` (workspace-relative folders) for relative paths. */
  resolve(raw: string, bases: readonly string[] = []): string | undefined {
    const path = clean(raw);
    if (!path) return undefined;
    if (isAbsolute(path)) {
      const inside = this.underRoot(path);
      // Under the root the path is known: a file that is not listed (ignored, generated) is not guessed.
      if (inside !== undefined) return this.index.files.has(inside) ? inside : undefined;
      return this.bySuffix(path);
    }
    for (const base of ['', ...bases]) {
      const joined = normalizeRelative(base ? `${base}/${path}` : path);
      if (joined !== undefined && this.index.files.has(joined)) return joined;
    }
    const fromModule = this.fromGoModule(path);
    if (fromModule !== undefined && this.index.files.has(fromModule)) return fromModule;
    return this.bySuffix(path);
  }

  /**
   * For files not found: a workspace-relative form when one can be told (absolute
   * under the root, a Go module path), else the path as written.
   */
  best(raw: string, bases: readonly string[] = []): string {
    const found = this.resolve(raw, bases);
    if (found !== undefined) return found;
    const path = clean(raw);
    if (isAbsolute(path)) return this.underRoot(path) ?? path;
    return this.fromGoModule(path) ?? normalizeRelative(path) ?? path;
  }

  /** A folder a report names (a Cobertura <source>) as a workspace-relative base, when it is one. */
  baseDir(raw: string): string | undefined {
    const path = clean(raw);
    if (isAbsolute(path)) return this.underRoot(path);
    return normalizeRelative(path);
  }

  /** A Go import path of a file (`example.com/shop/cart/cart.go`) to its workspace path. */
  fromGoModule(path: string): string | undefined {
    for (const mod of this.modules) {
      if (path === mod.path || path.startsWith(`${mod.path}/`)) {
        const rest = path.slice(mod.path.length + 1);
        return normalizeRelative(mod.dir ? `${mod.dir}/${rest}` : rest);
      }
    }
    return undefined;
  }

  /** The workspace folder of a Go package import path (`example.com/shop/cart` → `cart`). */
  goPackageDir(importPath: string): string | undefined {
    for (const mod of this.modules) {
      if (importPath === mod.path) return mod.dir;
      if (importPath.startsWith(`${mod.path}/`))
        return normalizeRelative(`${mod.dir}/${importPath.slice(mod.path.length + 1)}`);
    }
    return undefined;
  }

  private underRoot(path: string): string | undefined {
    for (const root of [this.index.root, ...(this.index.aliases ?? [])]) {
      const prefix = root.endsWith('/') ? root : `${root}/`;
      if (path.startsWith(prefix)) return normalizeRelative(path.slice(prefix.length));
      if (path === root) return '';
    }
    return undefined;
  }

  /**
   * The one workspace file whose path ends with the longest tail of `path`
   * (CI runners check out in another folder than the one a report was made in,
   * JaCoCo paths lack their source root). Ambiguous tails give undefined.
   */
  bySuffix(path: string): string | undefined {
    const parts = path.split('/').filter((p) => p && p !== '.');
    const name = parts[parts.length - 1];
    const candidates = name ? this.byName.get(name) : undefined;
    if (!candidates) return undefined;
    let best: string | undefined;
    let bestTail = 0;
    let tie = false;
    for (const candidate of candidates) {
      const tail = matchingTail(candidate, parts);
      if (tail > bestTail) {
        best = candidate;
        bestTail = tail;
        tie = false;
      } else if (tail === bestTail) tie = true;
    }
    // A bare file name must be unique; a longer path must match at least its folder too.
    return !tie && bestTail >= Math.min(2, parts.length) ? best : undefined;
  }
}

/** How many trailing segments of `parts` `candidate` ends with. */
function matchingTail(candidate: string, parts: readonly string[]): number {
  const segments = candidate.split('/');
  let n = 0;
  while (
    n < parts.length &&
    n < segments.length &&
    segments[segments.length - 1 - n] === parts[parts.length - 1 - n]
  )
    n += 1;
  return n;
}

/** file:// URLs, Windows separators, surrounding quotes and whitespace. */
function clean(raw: string): string {
  let path = raw.trim().replace(/^["']|["']$/g, '');
  if (path.startsWith('file://')) {
    try {
      path = decodeURIComponent(new URL(path).pathname);
    } catch {
      path = path.slice('file://'.length);
    }
  }
  path = path.replace(/\\/g, '/');
  // /C:/work/x from a Windows file URL
  if (/^\/[A-Za-z]:\//.test(path)) path = path.slice(1);
  return path;
}
