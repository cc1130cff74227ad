import {
  Scalar,
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

/** YAML 1.1 like the Kubernetes readers (yes/on are booleans); timestamps stay strings as for untyped Go values. */
export const KUBERNETES_YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  customTags: (tags) =>
    tags.filter(
      (t) => t !== 'timestamp' && (typeof t === 'string' || t.tag !== 'tag:yaml.org,2002:timestamp'),
    ),
  uniqueKeys: false,
};

// Plain values: integers beyond 2^53 stay exact (see unshare).
const yaml11: ParseOptions & DocumentOptions & SchemaOptions = {
  ...KUBERNETES_YAML_OPTIONS,
  intAsBigInt: true,
};

/**
 * A plain copy: aliases no longer share objects (so editing one place cannot
 * change another), and integers are numbers unless beyond 2^53.
 */
function unshare(value: unknown): JsonValue {
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value;
  }
  if (Array.isArray(value)) return value.map(unshare);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unshare(v)]));
  }
  return value as JsonValue;
}

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
      value = unshare(doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }));
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
  return stringify(quoteYaml12Numbers(value), {
    version: '1.1',
    lineWidth: 0,
    aliasDuplicateObjects: false,
    indentSeq: false,
  });
}

/** Strings YAML 1.2 reads as numbers but 1.1 does not (0o17): quoted, for readers such as kustomize's. */
const YAML12_ONLY_NUMBER = /^[-+]?0o[0-7_]+$/;

function quoteYaml12Numbers(value: unknown): unknown {
  if (typeof value === 'string' && YAML12_ONLY_NUMBER.test(value)) {
    const scalar = new Scalar(value);
    scalar.type = 'QUOTE_DOUBLE';
    return scalar;
  }
  if (Array.isArray(value)) return value.map(quoteYaml12Numbers);
  if (value && typeof value === 'object' && !(value instanceof Scalar)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, quoteYaml12Numbers(v)]));
  }
  return value;
}

/** Several documents separated by `---`. */
export function toYamlStream(values: readonly unknown[]): string {
  return values.map(toYaml).join('---\n');
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
