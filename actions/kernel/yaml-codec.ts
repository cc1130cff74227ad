import {
  Scalar,
  parseAllDocuments,
  stringify,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import { MmfError } from './errors.js';
import { fastYaml } from './yaml-fast-writer.js';
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
  // The fast writer gives up on anything it cannot write exactly as the library does.
  return fastYaml(value) ?? libraryYaml(value);
}

/** toYaml written by the `yaml` library itself. */
export function libraryYaml(value: unknown): string {
  return stringify(quoteYaml12Numbers(value), {
    version: '1.1',
    lineWidth: 0,
    aliasDuplicateObjects: false,
    indentSeq: false,
  });
}

/**
 * How many lines toYaml(value) takes, without writing it: a pair or list item
 * per line, an empty collection inline, a multi-line string as a block
 * literal. Exact for what patches hold; used to pick the smaller of two
 * patches without serialising both.
 */
export function yamlLineCount(value: unknown): number {
  if (Array.isArray(value)) {
    if (value.length === 0) return 1;
    let n = 0;
    for (const item of value) n += yamlLineCount(item);
    return n;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return 1;
    let n = 0;
    for (const [, child] of entries)
      n += nestedCollection(child) ? 1 + yamlLineCount(child) : yamlLineCount(child);
    return n;
  }
  if (typeof value === 'string' && value.includes('\n')) {
    // Quoted, with its line breaks folded: rare enough to write it out and count.
    if (QUOTED_MULTILINE.test(value) || /\n[\t ]+$/.test(value)) {
      const text = toYaml(value);
      return text.split('\n').length - 1;
    }
    // A block literal: its header, then the lines of the text (a final newline ends the last one).
    const body = value.endsWith('\n') ? value.slice(0, -1) : value;
    return 1 + body.split('\n').length;
  }
  return 1;
}

/** Characters that make the YAML writer double-quote a string instead of writing a block literal. */
// eslint-disable-next-line no-control-regex
const QUOTED_MULTILINE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;

function nestedCollection(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}

/** Strings YAML 1.2 reads as numbers but 1.1 does not (0o17): quoted, for readers such as kustomize's. */
const YAML12_ONLY_NUMBER = /^[-+]?0o[0-7_]+$/;

function quoteYaml12Numbers(value: unknown): unknown {
  if (typeof value === 'string' && YAML12_ONLY_NUMBER.test(value)) {
    const scalar = new Scalar(value);
    scalar.type = 'QUOTE_DOUBLE';
    return scalar;
  }
  // Copied only where something below is quoted: most documents come back as they are.
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const quoted = quoteYaml12Numbers(item);
      if (quoted !== item) (out ??= [...value])[i] = quoted;
    });
    return out ?? value;
  }
  if (value && typeof value === 'object' && !(value instanceof Scalar)) {
    let out: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(value)) {
      const quoted = quoteYaml12Numbers(v);
      if (quoted !== v) (out ??= { ...value })[k] = quoted;
    }
    return out ?? value;
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
