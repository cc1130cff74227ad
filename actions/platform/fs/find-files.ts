import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { MmfError } from '../../kernel/errors.js';

export const IF_NO_FILES_FOUND = ['error', 'warn', 'ignore'] as const;
export type IfNoFilesFound = (typeof IF_NO_FILES_FOUND)[number];

export interface FoundFile {
  /** Workspace-relative, POSIX separators (the path as matched, before resolving symlinks). */
  path: string;
  /** The real file (symlinks resolved), inside the workspace. */
  absolute: string;
}

export interface FindFilesOptions {
  /** The folder patterns are relative to, and that no match may leave. */
  workspace: string;
  /** What the files are, for messages: `test report`, `coverage report`. */
  what: string;
  /** The flag or input that gave the patterns, for hints: `--junit`. */
  option: string;
  ifNoFilesFound: IfNoFilesFound;
}

const toPosix = (p: string) => p.split(sep).join('/');

/** Folders a walk never enters unless the pattern names them. */
const SKIPPED = ['.git', 'node_modules'];

function outside(file: string, target: string | undefined, workspace: string): MmfError {
  return new MmfError(
    'E_PATH_OUTSIDE_WORKSPACE',
    target
      ? `is a symbolic link to ${target}, which is outside the workspace ${workspace}; reports are read only from inside it`
      : `is outside the workspace ${workspace}; reports are read only from inside it`,
    { file, hint: 'write the reports inside the workspace and give their paths relative to it' },
  );
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A pattern as a workspace-relative glob, refusing any that points outside the workspace. */
function relativePattern(pattern: string, root: string, given: string): string {
  let text = pattern.trim().replace(/\\/g, '/');
  if (isAbsolute(text)) {
    const base = [given, root].find((r) => isInside(r, text.split('*')[0] ?? text));
    if (!base) throw outside(pattern, undefined, given);
    text = toPosix(relative(base, text));
  }
  const parts = text.split('/');
  if (parts.includes('..')) {
    const normalized = toPosix(relative(root, resolve(root, text)));
    if (normalized.startsWith('..') || picomatch.scan(normalized).glob.includes('..'))
      throw outside(pattern, undefined, given);
    text = normalized;
  }
  return text.replace(/^\.\//, '');
}

/**
 * Files matching workspace-relative glob patterns (`**`, `*`, `?`, `[…]`,
 * `{a,b}`; dot files included), sorted and without duplicates. A pattern or a
 * symbolic link that leads outside the workspace is E_PATH_OUTSIDE_WORKSPACE.
 * Walks do not enter .git or node_modules (unless the pattern names them) nor
 * follow symlinked folders. A pattern that matches nothing is an error
 * (E_REPORT_NOT_FOUND), a warning, or ignored, as `ifNoFilesFound` says.
 */
export async function findFiles(
  patterns: readonly string[],
  options: FindFilesOptions,
): Promise<{ files: FoundFile[]; warnings: string[] }> {
  const given = resolve(options.workspace);
  const root = await realpath(given).catch(() => {
    throw new MmfError('E_USAGE', `the workspace folder ${options.workspace} does not exist`);
  });
  const found = new Map<string, FoundFile>();
  const warnings: string[] = [];

  for (const pattern of patterns) {
    if (!pattern.trim()) continue;
    const glob = relativePattern(pattern, root, given);
    const scan = picomatch.scan(glob);
    const matches: FoundFile[] = [];
    const accept = async (rel: string) => {
      const absolute = join(root, rel);
      const real = await realpath(absolute).catch(() => undefined);
      if (real === undefined) return; // a dangling link
      if (!isInside(root, real)) throw outside(rel, real, given);
      if ((await stat(real)).isFile()) matches.push({ path: rel, absolute: real });
      else if (!scan.isGlob)
        throw new MmfError('E_INPUT_INVALID', `is not a regular file (${options.option} names files)`, {
          file: rel,
        });
    };
    if (!scan.isGlob) {
      if (await lstat(join(root, glob)).catch(() => undefined)) await accept(glob);
    } else {
      const isMatch = picomatch(glob, { dot: true });
      const enter = SKIPPED.filter((name) => !glob.split('/').includes(name));
      const base = scan.base;
      const baseAbsolute = join(root, base);
      const realBase = await realpath(baseAbsolute).catch(() => undefined);
      if (realBase !== undefined) {
        if (!isInside(root, realBase)) throw outside(base, realBase, given);
        await walk(realBase, base, enter, async (rel) => {
          if (isMatch(rel)) await accept(rel);
        });
      }
    }
    if (matches.length === 0) {
      const message = `no ${options.what} matches ${options.option} ${pattern} (in ${given})`;
      if (options.ifNoFilesFound === 'error')
        throw new MmfError('E_REPORT_NOT_FOUND', message, {
          hint: `check that the step that writes it ran, and where it writes; --if-no-files-found warn (or ignore) accepts a missing ${options.what}`,
        });
      if (options.ifNoFilesFound === 'warn') warnings.push(message);
    }
    for (const match of matches) if (!found.has(match.absolute)) found.set(match.absolute, match);
  }
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, warnings };
}

/** Visits every file and file symlink under `dir` (its workspace-relative path is `rel`). */
async function walk(
  dir: string,
  rel: string,
  skip: readonly string[],
  visit: (rel: string) => Promise<void>,
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!skip.includes(entry.name)) await walk(join(dir, entry.name), childRel, skip, visit);
    } else if (entry.isFile() || entry.isSymbolicLink()) await visit(childRel);
  }
}
