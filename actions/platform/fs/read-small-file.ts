import { readFile, stat } from 'node:fs/promises';

/** A best-effort read: the text, or why the file was passed over. */
export type SmallFileRead =
  { text: string } | { skipped: 'missing' | 'not-a-file' | 'too-large' | 'unreadable' };

/**
 * Reads a regular file of at most `limit` bytes as UTF-8, for code that
 * learns what it can from a folder and goes on without what it cannot read
 * (a file that is missing, not a regular file, too large or unreadable is
 * `skipped`, never an error).
 */
export async function readSmallFile(path: string, limit: number): Promise<SmallFileRead> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return { skipped: 'missing' };
  if (!info.isFile()) return { skipped: 'not-a-file' };
  if (info.size > limit) return { skipped: 'too-large' };
  try {
    return { text: await readFile(path, 'utf8') };
  } catch {
    return { skipped: 'unreadable' };
  }
}

/** readSmallFile's text, or undefined when it was skipped. */
export async function readSmallText(path: string, limit: number): Promise<string | undefined> {
  const read = await readSmallFile(path, limit);
  return 'text' in read ? read.text : undefined;
}
