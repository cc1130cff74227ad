import {
  parseAllDocuments,
  stringify,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import { MmfError } from './errors.js';
import type { JsonValue } from './json.js';

/** Aliases allowed in one document: plenty for real charts, far too few for an alias bomb. */
export const MAX_YAML_ALIASES = 1000;
export const MAX_YAML_BYTES = 64 * 1024 * 1024;

// YAML 1.1 like the Kubernetes YAML readers (yes/on are booleans), but
// timestamps stay strings as they do for untyped Go values.
const yaml11: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) =>
    tags.filter(
      (t) => t !== 'timestamp' && (typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
    ),
  uniqueKeys: false,
};

export interface YamlDocument {
  value: JsonValue;
  /** The comment just before the document, e.g. helm's "# Source: chart/templates/x.yaml". */
  comment?: string;
}

/** Parses a multi-document YAML stream into plain values; empty documents are skipped. */
export function parseYamlDocuments(text: string, origin: string): YamlDocument[] {
  if (Buffer.byteLength(text) > MAX_YAML_BYTES) {
    throw new MmfError('E_INPUT_TOO_LARGE', `larger than ${MAX_YAML_BYTES} bytes`, { file: origin });
  }
  const docs = parseAllDocuments(text, yaml11);
  const out: YamlDocument[] = [];
  for (const doc of Array.isArray(docs) ? docs : [docs]) {
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0];
      const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      const cause = firstLine(error.message)
        .replace(/ at line \d+, column \d+:?$/, '')
        .replace(/:$/, '');
      throw new MmfError('E_VALUES_YAML', `invalid YAML${where}: ${cause}`, { file: origin });
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (/alias/i.test(message)) {
        throw new MmfError(
          'E_YAML_ALIASES',
          `refusing to expand more than ${MAX_YAML_ALIASES} YAML aliases`,
          {
            file: origin,
            hint: 'the file looks like a YAML alias bomb; remove the nested aliases',
          },
        );
      }
      throw new MmfError('E_VALUES_YAML', `invalid YAML: ${firstLine(message)}`, { file: origin });
    }
    if (value === null || value === undefined) continue;
    const comment =
      doc.commentBefore ??
      (doc.contents as { commentBefore?: string | null } | null)?.commentBefore ??
      undefined;
    out.push(comment ? { value: value as JsonValue, comment } : { value: value as JsonValue });
  }
  return out;
}

/** Deterministic YAML for files we write; strings that YAML 1.1 would misread are quoted. */
export function toYaml(value: unknown): string {
  return stringify(value, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false, indentSeq: false });
}

/** Several documents separated by `---`. */
export function toYamlStream(values: readonly unknown[]): string {
  return values.map(toYaml).join('---\n');
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
