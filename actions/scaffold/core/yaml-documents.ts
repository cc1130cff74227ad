/**
 * YAML files as editable documents: parsed into the `yaml` library's node
 * tree, edited node by node, and printed back with their comments, quoting
 * and layout. Scaffold files are written in the style this prints
 * (block lists not indented under their key), so untouched parts come back
 * byte for byte.
 */
import { parseAllDocuments, type Document } from 'yaml';
import { MmfError } from '../../kernel/errors.js';
import { KUBERNETES_YAML_OPTIONS, MAX_YAML_ALIASES } from '../../kernel/yaml-codec.js';

const yaml11 = KUBERNETES_YAML_OPTIONS;

export function isYamlFile(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export function parseYamlFile(text: string, file: string): Document[] {
  const docs = parseAllDocuments(text, yaml11);
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      throw new MmfError('E_INPUT_INVALID', `invalid YAML${where}: ${error.message.split('\n')[0]}`, {
        file,
      });
    }
  }
  return list;
}

export function printYamlFile(docs: readonly Document[]): string {
  return docs
    .map((doc, i) => {
      const text = doc.toString({ lineWidth: 0, indentSeq: false });
      return i > 0 && !text.startsWith('---') ? `---\n${text}` : text;
    })
    .join('');
}

/** A document's plain value (aliases bounded), for reading kind, names and fields. */
export function plainValue(doc: Document, file: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (err) {
    throw new MmfError('E_YAML_ALIASES', `cannot read: ${(err as Error).message.split('\n')[0]}`, { file });
  }
}
