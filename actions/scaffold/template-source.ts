/**
 * Where the scaffold templates come from: an explicit folder (--templates),
 * else the `scaffold/k8s` folder of this installation (found above the
 * running script, as the dev tools are). Reading is bounded and skips
 * symlinks and dot-files.
 */
import { isDirectory } from '../platform/fs/file-info.js';
import { findUpward, runningScriptDir } from '../platform/fs/find-upward.js';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MmfError } from '../kernel/errors.js';

import { TEMPLATE_ROOTS, type TemplateTree } from './core/template-tree.js';

export { TEMPLATE_ROOTS, type TemplateTree } from './core/template-tree.js';
const TEMPLATES_IN_REPO = join('scaffold', 'k8s');
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_TREE_BYTES = 16 * 1024 * 1024;
const MAX_FILES = 2000;

/** The first `scaffold/k8s` (with a base/) in `from` or one of its ancestors. */
export async function findTemplates(from: string): Promise<string | undefined> {
  return findUpward(from, async (dir) => {
    const candidate = join(dir, TEMPLATES_IN_REPO);
    return (await isDirectory(join(candidate, 'base'))) ? candidate : undefined;
  });
}

/** The templates folder to use: `explicit` if given (it must hold base/), else this installation's. */
export async function locateTemplates(explicit?: string, searchFrom = runningScriptDir()): Promise<string> {
  if (explicit) {
    if (!(await isDirectory(join(explicit, 'base')))) {
      throw new MmfError('E_INPUT_INVALID', 'is not a scaffold templates folder (it has no base/ folder)', {
        file: explicit,
        hint: 'point --templates at a folder laid out like scaffold/k8s: base/, components/, overlays/',
      });
    }
    return explicit;
  }
  const found = searchFrom ? await findTemplates(searchFrom) : undefined;
  if (found) return found;
  throw new MmfError('E_USAGE', `the scaffold templates (${TEMPLATES_IN_REPO}) were not found next to mmf`, {
    hint: 'pass --templates <dir> pointing at a copy of scaffold/k8s from the mmf/actions repository',
  });
}

/** Reads base/, components/ and overlays/ under `dir` into a tree. */
export async function readTemplates(dir: string): Promise<TemplateTree> {
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
      if (info.size > MAX_FILE_BYTES || total + info.size > MAX_TREE_BYTES || tree.size >= MAX_FILES) {
        throw new MmfError('E_INPUT_TOO_LARGE', 'the scaffold templates are too large', {
          file: join(dir, child),
          hint: `templates hold at most ${MAX_FILES} files of ${MAX_FILE_BYTES} bytes each`,
        });
      }
      total += info.size;
      tree.set(child, await readFile(join(dir, child), 'utf8'));
    }
  };
  for (const root of TEMPLATE_ROOTS) await walk(root);
  return tree;
}
