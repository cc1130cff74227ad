import { readFile, stat } from 'node:fs/promises';
import { MmfError } from '../../kernel/errors.js';
import { isObject } from '../../kernel/json.js';
import { parseManifestStream } from '../../kernel/k8s/manifest-stream.js';
import { MAX_YAML_BYTES } from '../../kernel/yaml-codec.js';
import { assertResolvesInside } from '../fs/link-guard.js';

/**
 * Checks a values file before helm sees it, so a missing file, broken YAML or
 * an alias bomb gets a clear message naming the file instead of a helm trace.
 * A values file inside `root` (the workspace; default the current directory)
 * that is or passes through a symbolic link must resolve inside it, so a
 * link to /proc/self/environ or a kubeconfig is refused before it is read.
 * Parsed with the fast manifest reader, which hands anything it cannot read
 * (and every document with aliases) to the full YAML library and its limits.
 */
export async function checkValuesFile(path: string, root: string = process.cwd()): Promise<void> {
  await readValuesFile(path, root);
}

/** checkValuesFile, returning the file's text. */
export async function readValuesFile(path: string, root: string = process.cwd()): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new MmfError('E_VALUES_NOT_FOUND', 'is not a file', { file: path });
    size = info.size;
  } catch (err) {
    if (err instanceof MmfError) throw err;
    throw new MmfError('E_VALUES_NOT_FOUND', 'values file does not exist', {
      file: path,
      hint: 'check the values file path; paths are relative to the current directory',
    });
  }
  await assertResolvesInside(path, root, 'the values file');
  if (size > MAX_YAML_BYTES)
    throw new MmfError('E_INPUT_TOO_LARGE', `values file is larger than ${MAX_YAML_BYTES} bytes`, {
      file: path,
    });
  const text = await readFile(path, 'utf8');
  const first = parseManifestStream(text, path)[0];
  if (first && !isObject(first.value)) {
    throw new MmfError('E_VALUES_YAML', 'a values file must hold a mapping at the top level', { file: path });
  }
  return text;
}

/** Checks every values file at once; the first failing file (in the order given) is reported. */
export async function checkValuesFiles(paths: readonly string[], root?: string): Promise<string[]> {
  const settled = await Promise.allSettled(paths.map((p) => readValuesFile(p, root)));
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<string>).value);
}
