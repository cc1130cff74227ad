import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes `text` to `path` under a temporary name beside it, then renames it:
 * a reader (a CI system collecting artifacts, a later step) never sees half a file.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const target = resolve(path);
  const staging = join(dirname(target), `.${basename(target)}.mmf-${process.pid}`);
  try {
    await writeFile(staging, text);
    await rename(staging, target);
  } catch (err) {
    await rm(staging, { force: true });
    throw err;
  }
}

/** Writes each named file into `dir` (created if missing) atomically; other files there stay. */
export async function writeReportFiles(dir: string, files: Readonly<Record<string, string>>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFileAtomic(join(dir, name), text);
}
