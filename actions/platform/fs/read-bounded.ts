import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { MmfError } from '../../kernel/errors.js';

const CHUNK = 4 * 1024 * 1024;

const mib = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;

/**
 * Reads a UTF-8 text file of at most `limit` bytes. The size is checked before
 * reading and again while reading (a file that grows is cut off, not read
 * without bound); a larger file is E_INPUT_TOO_LARGE naming `label`. Only
 * regular files are read: a FIFO or device put where a report was expected is
 * refused instead of blocking the run.
 */
export async function readBoundedText(
  path: string,
  limit: number,
  options: { label?: string; hint?: string } = {},
): Promise<string> {
  const label = options.label ?? path;
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new MmfError('E_INPUT_INVALID', 'is not a regular file', { file: label });
    const size = info.size;
    const tooLarge = (bytes: string) =>
      new MmfError('E_INPUT_TOO_LARGE', `${bytes} is over the limit of ${mib(limit)}`, {
        file: label,
        ...(options.hint ? { hint: options.hint } : {}),
      });
    if (size > limit) throw tooLarge(`the file is ${mib(size)}, which`);
    const chunks: Buffer[] = [];
    let read = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - read));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, read);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      read += bytesRead;
      if (read > limit) throw tooLarge('the file grew while it was read and');
    }
    return Buffer.concat(chunks, read).toString('utf8');
  } finally {
    await handle.close();
  }
}
