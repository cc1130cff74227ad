import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MmfError } from '../../kernel/errors.js';

export interface TextTreeLimits {
  maxFileBytes: number;
  maxTreeBytes: number;
  maxFiles: number;
  /** What the tree is, in the error: `the scaffold templates` (… are too large). */
  what: string;
  hint?: string;
}

/**
 * Reads the regular files under `roots` (folders of `dir`; a missing one is
 * empty) into a map keyed by POSIX path relative to `dir`, in sorted order.
 * Symbolic links and dot-files are skipped, so nothing outside `dir` is read.
 * A file or a tree over a limit is E_INPUT_TOO_LARGE naming the file, before
 * that file is read.
 */
export async function readTextTree(
  dir: string,
  roots: readonly string[],
  limits: TextTreeLimits,
): Promise<Map<string, string>> {
  const tree = new Map<string, string>();
  let total = 0;
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(dir, rel), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      const info = await lstat(join(dir, child));
      if (info.isSymbolicLink()) continue;
      if (info.isDirectory()) {
        await walk(child);
        continue;
      }
      if (!info.isFile()) continue;
      if (
        info.size > limits.maxFileBytes ||
        total + info.size > limits.maxTreeBytes ||
        tree.size >= limits.maxFiles
      ) {
        throw new MmfError('E_INPUT_TOO_LARGE', `${limits.what} are too large`, {
          file: join(dir, child),
          ...(limits.hint ? { hint: limits.hint } : {}),
        });
      }
      total += info.size;
      tree.set(child, await readFile(join(dir, child), 'utf8'));
    }
  };
  for (const root of roots) await walk(root);
  return tree;
}
