import { readValuesFile } from '../platform/helm/values-files.js';
import { MmfError } from '../kernel/errors.js';
import { isObject } from '../kernel/json.js';
import { parseYamlDocuments } from '../kernel/yaml-codec.js';
import type { ValuesFile } from './core/merge-values.js';

/**
 * Reads Helm values files in order, with the checks helm-to-kustomize makes
 * (missing file, size, broken YAML, alias bombs, a top level that is not a
 * mapping), so the same bad file gets the same error from every command.
 */
export async function loadValuesFiles(paths: readonly string[]): Promise<ValuesFile[]> {
  const out: ValuesFile[] = [];
  for (const file of paths) {
    const docs = parseYamlDocuments(await readValuesFile(file), file);
    if (docs.length > 1)
      throw new MmfError('E_INPUT_INVALID', `holds ${docs.length} YAML documents; a values file holds one`, {
        file,
        hint: 'split it into several files and pass each with --values',
      });
    const value = docs[0]?.value;
    out.push({ file, values: isObject(value) ? value : {} });
  }
  return out;
}
