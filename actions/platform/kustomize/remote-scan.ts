import { readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { MmfError } from '../../kernel/errors.js';
import {
  KUSTOMIZATION_FILE_NAMES,
  pluginRefusal,
  scanKustomization,
  type RefusedEntry,
} from '../../kernel/k8s/kustomization-scan.js';
import { parseManifestStream } from '../../kernel/k8s/manifest-stream.js';

const HINT: Readonly<Record<RefusedEntry['risk'], string>> = {
  network:
    'vendor the remote content into the tree and reference it by a relative path, or pass --allow-remote (action input allow-remote: true) if this build may use the network',
  code: 'render what the plugin or chart produces into the tree as plain resources (kustomize builds here never run plugins or helm); --allow-remote skips this check, but kustomize still refuses them',
};

async function kind(path: string): Promise<'dir' | 'file' | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info ? (info.isDirectory() ? 'dir' : 'file') : undefined;
}

async function kustomizationFile(dir: string): Promise<string | undefined> {
  for (const name of KUSTOMIZATION_FILE_NAMES)
    if ((await kind(join(dir, name))) === 'file') return join(dir, name);
  return undefined;
}

function parseAll(text: string, origin: string): unknown[] {
  try {
    return parseManifestStream(text, origin).map((d) => d.value);
  } catch {
    return []; // kustomize reports broken YAML in its own words
  }
}

/**
 * The folders a set of checks has already passed: overlays over one base,
 * checked one after another with the same memo, read the base once.
 */
export type RemoteScanMemo = Set<string>;

/**
 * Refuses, before kustomize runs, a kustomization that would load anything
 * from the network or run plugins (E_KUSTOMIZE_REMOTE), following its local
 * bases, components and resource folders recursively. The error names the
 * file (as `label` shows the root) and the entry.
 */
export async function assertNoRemoteContent(
  dir: string,
  label = dir,
  passed: RemoteScanMemo = new Set(),
  /** Kustomization files not on disk yet (waiting-build.ts): their content by absolute path. */
  pending: ReadonlyMap<string, string> = new Map(),
): Promise<void> {
  const root = resolve(dir);
  const shown = (path: string) => join(label, relative(root, path));
  const refuse = (file: string, entry: RefusedEntry): never => {
    throw new MmfError(
      'E_KUSTOMIZE_REMOTE',
      `${entry.field} "${entry.entry}" ${entry.reason}; nothing was built`,
      {
        file: shown(file),
        hint: HINT[entry.risk],
      },
    );
  };

  /** A plugin configuration file (or a resource of a folder listed as a plugin) must be a built-in one. */
  const checkPluginFile = async (path: string, from: string, field: string, entry: string) => {
    for (const doc of parseAll(await readFile(path, 'utf8'), path)) {
      const reason = pluginRefusal(doc);
      if (reason)
        refuse(from, { field, entry, reason: `holds a configuration that ${reason}`, risk: 'code' });
    }
  };

  // `within`: the folders this one was reached through; a cycle back to one of them is left to kustomize.
  const walk = async (folder: string, plugins: boolean, within: ReadonlySet<string>): Promise<void> => {
    const key = `${await realpath(folder).catch(() => folder)}\0${plugins}`;
    if (within.has(key) || passed.has(key)) return;
    await walkFolder(folder, plugins, new Set([...within, key]));
    passed.add(key);
  };
  const walkFolder = async (folder: string, plugins: boolean, within: ReadonlySet<string>): Promise<void> => {
    const file = await kustomizationFile(folder);
    if (!file) return;
    const doc = parseAll(pending.get(file) ?? (await readFile(file, 'utf8')), file)[0];
    const scan = scanKustomization(doc, (text) => parseAll(text, file));
    const first = scan.refused[0];
    if (first) refuse(file, first);
    for (const ref of scan.follow) {
      const path = resolve(folder, ref.path);
      const found = await kind(path);
      if (!found) {
        if (ref.maybeRemote)
          refuse(file, {
            field: ref.field,
            entry: ref.path,
            reason:
              'names no local file or folder and looks like a remote repository: the build would fetch it',
            risk: 'network',
          });
        continue; // kustomize reports the missing file
      }
      if (found === 'dir' && ref.role !== 'file') await walk(path, plugins || ref.role === 'plugin', within);
      else if (found === 'file' && (ref.role === 'plugin' || (plugins && ref.role === 'resource')))
        await checkPluginFile(path, file, ref.field, ref.path);
    }
  };
  await walk(root, false, new Set());
}
