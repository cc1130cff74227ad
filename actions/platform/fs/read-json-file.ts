import { readFile, stat } from 'node:fs/promises';
import { MmfError } from '../../kernel/errors.js';

/**
 * Parses a JSON file of at most `limit` bytes that may be absent: undefined
 * when nothing (or no regular file) is at `path`. A larger file is
 * E_INPUT_TOO_LARGE, checked before it is read; one that cannot be read or
 * parsed is E_INPUT_INVALID naming the file, the cause and `hint`.
 */
export async function readOptionalJsonFile(
  path: string,
  options: { limit: number; hint?: string },
): Promise<unknown> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  if (info.size > options.limit)
    throw new MmfError('E_INPUT_TOO_LARGE', `is larger than ${options.limit} bytes`, { file: path });
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (err) {
    throw new MmfError('E_INPUT_INVALID', `is not valid JSON: ${(err as Error).message}`, {
      file: path,
      ...(options.hint ? { hint: options.hint } : {}),
      cause: err,
    });
  }
}
