import { readFile, stat } from 'node:fs/promises';
import { MmfError } from '../../kernel/errors.js';
import { isObject } from '../../kernel/json.js';
import { MAX_YAML_BYTES, parseYamlDocuments } from '../../kernel/yaml-codec.js';
import { assertResolvesInside } from '../fs/link-guard.js';

/**
 * Checks a values file before helm sees it, so a missing file, broken YAML or
 * an alias bomb gets a clear message naming the file instead of a helm trace.
 * A values file inside `root` (the workspace; default the current directory)
 * that is or passes through a symbolic link must resolve inside it, so a
 * link to /proc/self/environ or a kubeconfig is refused before it is read.
 */
export async function checkValuesFile(path: string, root: string = process.cwd()): Promise<void> {
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
  const docs = parseYamlDocuments(await readFile(path, 'utf8'), path);
  const first = docs[0];
  if (first && !isObject(first.value)) {
    throw new MmfError('E_VALUES_YAML', 'a values file must hold a mapping at the top level', { file: path });
  }
}
