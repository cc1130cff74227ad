import { access, constants, stat } from 'node:fs/promises';
import { MmfError, type ErrorCode } from '../../kernel/errors.js';

/** Whether anything (file, folder, link target) is at `path`. */
export async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

export async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** A regular file this process may execute. */
export async function isExecutableFile(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return false;
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/**
 * Throws `code` naming `path` unless it is a folder: "<what> does not exist"
 * or, for a file or anything else, "<what> is not a folder".
 */
export async function requireFolder(
  path: string,
  what: string,
  options: { code: ErrorCode; hint?: string },
): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return;
  throw new MmfError(options.code, info ? `${what} is not a folder` : `${what} does not exist`, {
    file: path,
    ...(options.hint ? { hint: options.hint } : {}),
  });
}
