import { clone, isObject, type JsonObject, type JsonValue } from '../json.js';
import { stripHelmBookkeeping } from '../k8s/helm-bookkeeping.js';

export interface NoiseOptions {
  /** Drop Helm's bookkeeping labels and annotations (default true). */
  ignoreHelmBookkeeping?: boolean;
  /** Drop `checksum/*` annotations (default true). */
  ignoreChecksums?: boolean;
  /** Dotted paths to drop; `*` matches one segment: metadata.annotations.deployment\.kubernetes\.io/revision, spec.*.replicas */
  ignorePaths?: readonly string[];
}

/** Splits "a.b\.c.*" into ["a", "b.c", "*"]. */
export function parseIgnorePath(path: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < path.length; i++) {
    const ch = path[i] as string;
    if (ch === '\\' && i + 1 < path.length) cur += path[++i];
    else if (ch === '.') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.filter((s) => s.length > 0);
}

function dropPath(value: JsonValue, steps: readonly string[]): void {
  const [head, ...rest] = steps;
  if (head === undefined) return;
  const keys = Array.isArray(value)
    ? value.map((_, i) => String(i))
    : isObject(value)
      ? Object.keys(value)
      : [];
  for (const key of keys) {
    if (head !== '*' && head !== key) continue;
    const container = value as Record<string, JsonValue>;
    if (rest.length === 0) {
      if (Array.isArray(value)) continue;
      delete container[key];
    } else {
      dropPath(container[key] as JsonValue, rest);
    }
  }
}

function dropChecksums(value: JsonValue): void {
  if (Array.isArray(value)) return value.forEach(dropChecksums);
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'metadata' && isObject(child) && isObject(child.annotations)) {
      for (const k of Object.keys(child.annotations))
        if (k.startsWith('checksum/')) delete child.annotations[k];
      if (Object.keys(child.annotations).length === 0) delete child.annotations;
    }
    dropChecksums(child);
  }
}

/** Removes what reviewers should not have to read. Returns a new object. */
export function removeNoise(object: JsonObject, options: NoiseOptions): JsonObject {
  const out = options.ignoreHelmBookkeeping === false ? clone(object) : stripHelmBookkeeping(object);
  if (options.ignoreChecksums !== false) dropChecksums(out);
  for (const path of options.ignorePaths ?? []) dropPath(out, parseIgnorePath(path));
  return out;
}
