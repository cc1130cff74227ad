import { cp, lstat, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MmfError } from '../../kernel/errors.js';

/**
 * Errors of a rename that cannot work on this folder (it is a mount point, or
 * on another filesystem than its parent), as opposed to a missing permission.
 */
export function isUnrenamable(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'EBUSY' || code === 'EXDEV' || code === 'EPERM';
}

/**
 * Moves the staged tree into an output folder that cannot itself be renamed
 * (a mount point): entry by entry, by rename where the filesystem allows and
 * by copy (modes kept) where it does not. Without `replace` the folder must
 * be empty, and an entry that appears meanwhile is never overwritten; with
 * `replace` the old entries are removed first. If a move fails, what was
 * moved so far is taken out again, so the output is not left half-written.
 */
export async function fillInPlace(
  staged: string,
  target: string,
  options: { replace: boolean; output: string },
): Promise<void> {
  const present = await readdir(target);
  if (present.length && !options.replace) {
    throw new MmfError(
      'E_OUTPUT_NOT_EMPTY',
      `files appeared in the output while the run was working (${present.sort().slice(0, 5).join(', ')}); they were left as they are and nothing was written`,
      { file: options.output, hint: 'run again into an empty or new directory, or pass --force' },
    );
  }
  try {
    for (const name of present) await rm(join(target, name), { recursive: true, force: true });
  } catch (err) {
    throw cannotFill(options.output, err);
  }
  const moved: string[] = [];
  try {
    for (const name of (await readdir(staged)).sort()) {
      const to = join(target, name);
      if (await lstat(to).catch(() => undefined)) {
        throw new MmfError(
          'E_OUTPUT_NOT_EMPTY',
          `${name} appeared in the output while the run was working; it was left as it is and nothing was written`,
          { file: options.output, hint: 'run again into an empty or new directory, or pass --force' },
        );
      }
      moved.push(to);
      await rename(join(staged, name), to).catch(async (err: unknown) => {
        if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
        await cp(join(staged, name), to, {
          recursive: true,
          preserveTimestamps: true,
          errorOnExist: true,
          force: false,
        });
      });
    }
  } catch (err) {
    for (const path of moved) await rm(path, { recursive: true, force: true });
    throw err instanceof MmfError ? err : cannotFill(options.output, err);
  }
}

function cannotFill(output: string, err: unknown): MmfError {
  return new MmfError(
    'E_OUTPUT_IN_USE',
    `the output folder cannot be replaced (it is a mount point or in use), and filling it in place failed (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    { file: output, hint: 'make the folder writable, or write to a folder that is not a mount point' },
  );
}
