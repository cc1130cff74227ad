import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isKustomizationFileName } from '../../kernel/k8s/kustomization.js';
import { readSmallText } from '../fs/read-small-file.js';

export interface KustomizeFolder {
  /** The kustomization file's name (kustomization.yaml, kustomization.yml or Kustomization). */
  kustomization: string;
  /** Its text; undefined when it is over the limit or cannot be read. */
  kustomizationText?: string;
  /** The folder's other *.yaml / *.yml entries, sorted. */
  yamlFiles: string[];
}

/**
 * What a kustomization folder holds at its top level: its kustomization file
 * (read, at most `limit` bytes) and its other YAML files (listed, not read).
 * Undefined when the folder does not exist or holds no kustomization.
 */
export async function readKustomizeFolder(dir: string, limit: number): Promise<KustomizeFolder | undefined> {
  const entries = await readdir(dir).catch(() => undefined);
  const kustomization = entries?.find(isKustomizationFileName);
  if (!entries || !kustomization) return undefined;
  const kustomizationText = await readSmallText(join(dir, kustomization), limit);
  return {
    kustomization,
    ...(kustomizationText !== undefined ? { kustomizationText } : {}),
    yamlFiles: entries.filter((e) => /\.ya?ml$/.test(e) && !isKustomizationFileName(e)).sort(),
  };
}

/** The entries of a service's overlays/ folder (one per environment), [] when it has none. */
export async function listOverlays(serviceDir: string): Promise<string[]> {
  return readdir(join(serviceDir, 'overlays')).catch(() => [] as string[]);
}
