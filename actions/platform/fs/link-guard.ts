import type { Dirent } from 'node:fs';
import { lstat, readdir, readlink, realpath } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { MmfError } from '../../kernel/errors.js';
import { isInside } from './path-inside.js';

const LINK_HINT =
  'replace the link with a copy of the file inside the folder, or remove it; links that stay inside the folder keep working';

/**
 * Refuses a folder of untrusted content (a chart from a pull request) that
 * holds a symbolic link resolving outside it, or a device, FIFO or socket
 * file, before any tool reads it: through such an entry a template could read
 * /proc/self/environ, a kubeconfig or a device. The error names the entry and
 * where it points, never what is there. Links that stay inside are allowed
 * (their content is the folder's own).
 */
export async function assertNoEscapingEntries(root: string, shownAs = root): Promise<void> {
  const realRoot = await realpath(root);
  const pending = [root];
  while (pending.length) {
    const dir = pending.pop() as string;
    const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const label = join(shownAs, relative(root, path));
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isSymbolicLink()) await checkLink(path, label, realRoot, shownAs);
      else if (!entry.isFile()) {
        throw new MmfError('E_CHART_SYMLINK', `is a ${kindOf(entry)}, not a regular file; it was not read`, {
          file: label,
          hint: 'charts hold only folders, regular files and links inside the chart',
        });
      }
    }
  }
}

function kindOf(entry: Dirent): string {
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'device file';
  if (entry.isFIFO()) return 'FIFO (named pipe)';
  if (entry.isSocket()) return 'socket';
  return 'special file';
}

/** What a link names (as written) and where it really leads (a dangling or looping link: the path it names). */
async function linkTarget(link: string): Promise<{ named: string; real: string }> {
  const named = await readlink(link);
  const real = await realpath(link).catch(() => resolve(dirname(link), named));
  return { named, real };
}

function describeTarget({ named, real }: { named: string; real: string }, link: string): string {
  return real === resolve(dirname(link), named) ? real : `${named} (resolves to ${real})`;
}

async function checkLink(link: string, label: string, realRoot: string, shownAs: string): Promise<void> {
  const target = await linkTarget(link);
  if (isInside(target.real, realRoot)) return;
  throw new MmfError(
    'E_CHART_SYMLINK',
    `is a symbolic link to ${describeTarget(target, link)}, outside ${shownAs}; it was not followed and nothing was rendered`,
    { file: label, hint: LINK_HINT },
  );
}

/**
 * An input path inside `root` (the workspace, or the current directory) that
 * is or passes through a symbolic link must resolve inside `root` too. A path
 * the user names outside `root` is their own choice and is not checked.
 */
export async function assertResolvesInside(path: string, root: string, what: string): Promise<void> {
  const abs = resolve(path);
  const realRoot = await realpath(root).catch(() => resolve(root));
  if (!isInside(abs, resolve(root)) && !isInside(abs, realRoot)) return;
  const real = await realpath(abs).catch(() => undefined);
  if (real === undefined || isInside(real, realRoot)) return;
  const isLink = (await lstat(abs).catch(() => undefined))?.isSymbolicLink() ?? false;
  const shown = isLink ? describeTarget({ named: await readlink(abs), real }, abs) : real;
  throw new MmfError(
    'E_CHART_SYMLINK',
    `${what} ${isLink ? 'is' : 'passes through'} a symbolic link to ${shown}, outside ${root}; it was not read`,
    { file: path, hint: LINK_HINT },
  );
}
