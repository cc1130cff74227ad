import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { MmfError } from '../core/errors.js';

export interface TreeFile {
  content: string | Buffer;
  /** 0o600 for files holding secrets. */
  mode?: number;
}

/**
 * Fails early, before any work, when `output` cannot receive a new tree:
 * not a directory, non-empty without `force`, or its parent not writable.
 */
export async function checkOutputDir(output: string, force: boolean): Promise<void> {
  const target = resolve(output);
  const info = await stat(target).catch(() => undefined);
  if (info && !info.isDirectory()) {
    throw new MmfError('E_OUTPUT_NOT_WRITABLE', 'exists and is not a directory', { file: output });
  }
  if (info && !force && (await readdir(target)).length > 0) {
    throw new MmfError('E_OUTPUT_NOT_EMPTY', 'output directory is not empty', {
      file: output,
      hint: 'choose an empty or new directory, or pass --force to replace its contents',
    });
  }
  let ancestor = dirname(target);
  while (!(await stat(ancestor).catch(() => undefined))) ancestor = dirname(ancestor);
  try {
    await access(ancestor, constants.W_OK);
  } catch {
    throw new MmfError('E_OUTPUT_NOT_WRITABLE', `cannot write in ${ancestor}`, { file: output });
  }
}

/** A staging folder next to `output` (same filesystem, so the final rename is atomic). */
export async function createStagingDir(output: string): Promise<string> {
  const target = resolve(output);
  try {
    await mkdir(dirname(target), { recursive: true });
    return await mkdtemp(join(dirname(target), `.${basename(target)}.mmf-tmp-`));
  } catch (err) {
    throw new MmfError('E_OUTPUT_NOT_WRITABLE', `cannot create a staging folder: ${(err as Error).message}`, {
      file: output,
    });
  }
}

export async function writeFiles(root: string, files: ReadonlyMap<string, TreeFile>): Promise<void> {
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [relative, file] of sorted) {
    const path = join(root, relative);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content, { mode: file.mode ?? 0o644 });
  }
}

/** Replaces `output` with the staging folder: rename aside, rename in, remove the old tree. */
export async function commitStagingDir(staging: string, output: string): Promise<void> {
  const target = resolve(output);
  const existing = await stat(target).catch(() => undefined);
  let aside: string | undefined;
  if (existing) {
    aside = `${staging}.old`;
    await rename(target, aside);
  }
  try {
    await rename(staging, target);
  } catch (err) {
    if (aside) await rename(aside, target);
    throw new MmfError(
      'E_OUTPUT_NOT_WRITABLE',
      `cannot move the new tree into place: ${(err as Error).message}`,
      { file: output },
    );
  }
  if (aside) await rm(aside, { recursive: true, force: true });
}

export async function discardStagingDir(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}
