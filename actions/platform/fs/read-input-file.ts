import { readFile, stat } from 'node:fs/promises';
import { MmfError } from '../../kernel/errors.js';

export interface InputFileOptions {
  /** At most this many bytes: checked before reading, and again on what was read. */
  limit: number;
  /** What the file is, in messages: `Terraform outputs file` (… does not exist). */
  what: string;
  /** For a path that is missing or not a file: how to produce the right one. */
  hint?: string;
  /** For a file over the limit: what was probably passed instead. */
  tooLargeHint?: string;
}

const errno = (err: unknown) => (err as NodeJS.ErrnoException).code;

/**
 * The bytes of a file the user named as input (decoding is the caller's: it
 * may be UTF-16). Every failure is E_INPUT_INVALID or E_INPUT_TOO_LARGE naming
 * the file: missing, not a regular file, over `limit` (checked before it is
 * read), or unreadable (with the system's error code).
 */
export async function readInputFile(path: string, options: InputFileOptions): Promise<Buffer> {
  const withHint = (hint?: string) => ({ file: path, ...(hint ? { hint } : {}) });
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new MmfError('E_INPUT_INVALID', 'is not a file', withHint(options.hint));
    size = info.size;
  } catch (err) {
    if (err instanceof MmfError) throw err;
    const code = errno(err);
    throw new MmfError(
      'E_INPUT_INVALID',
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `${options.what} does not exist`
        : `cannot read the ${options.what} (${code ?? 'error'})`,
      { ...withHint(options.hint), cause: err },
    );
  }
  const tooLarge = (hint?: string) =>
    new MmfError('E_INPUT_TOO_LARGE', `larger than ${options.limit} bytes`, withHint(hint));
  if (size > options.limit) throw tooLarge(options.tooLargeHint);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new MmfError('E_INPUT_INVALID', `cannot read the ${options.what} (${errno(err) ?? 'error'})`, {
      file: path,
      cause: err,
    });
  }
  // The file grew between the check and the read.
  if (bytes.length > options.limit) throw tooLarge();
  return bytes;
}
