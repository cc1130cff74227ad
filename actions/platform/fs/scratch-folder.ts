import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface ScratchFolder {
  dir: string;
  /** Removes the folder and everything in it. */
  remove(): Promise<void>;
}

/**
 * A new private folder (0700) under `parent` for a run's intermediate files
 * and reports, kept until `remove()`: front ends upload or copy what is in it
 * first. Folders that must not outlive the process (staging, Secret values)
 * are StagedOutput's and onExit's business instead.
 */
export async function createScratchFolder(parent: string, prefix: string): Promise<ScratchFolder> {
  const dir = await mkdtemp(join(parent, prefix));
  return { dir, remove: () => removeTree(dir) };
}

/** Removes a file or folder tree; nothing there is not an error. */
export async function removeTree(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
}
