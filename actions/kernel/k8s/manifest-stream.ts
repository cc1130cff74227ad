import jsyaml from 'js-yaml';
import type { JsonValue } from '../json.js';
import { parseYamlDocuments, MAX_YAML_BYTES, type YamlDocument } from '../yaml-codec.js';
import { MmfError } from '../errors.js';

// Scalars resolved as the Kubernetes YAML reader (go-yaml v2) does: YAML 1.1
// booleans (yes/no/on/off/y/n), integers in any Go base with underscores,
// timestamps left as strings.
const TRUE = /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const FALSE = /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const INT = /^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[1-9][0-9_]*|0)$/;

const bool11 = new jsyaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && (TRUE.test(data) || FALSE.test(data)),
  construct: (data: string) => TRUE.test(data),
  predicate: (v: unknown) => typeof v === 'boolean',
});

/** A Go-style integer literal; exact as bigint beyond 2^53. */
function parseGoInt(text: string): number | bigint {
  const clean = text.replace(/_/g, '');
  const negative = clean.startsWith('-');
  const digits = clean.replace(/^[-+]/, '');
  const literal = /^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits;
  const big = BigInt(literal);
  const value = negative ? -big : big;
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value;
}

const int11 = new jsyaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && INT.test(data) && /\d/.test(data),
  construct: parseGoInt,
  predicate: (v: unknown) => typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v)),
});

// js-yaml ships these types but its type declarations omit them.
const builtin = (jsyaml as unknown as { types: Record<'merge' | 'binary', jsyaml.Type> }).types;
const KUBERNETES_SCHEMA = jsyaml.CORE_SCHEMA.extend({
  implicit: [bool11, int11, builtin.merge],
  explicit: [builtin.binary],
});

/** A document marker at the start of a line; block scalars are always indented, so never content. */
const DOCUMENT_MARKER = /^---(?=[ \t]|$)/m;
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]+/m;

/**
 * Parses a manifest stream (helm template or kustomize build output) quickly:
 * js-yaml per document with Kubernetes' scalar rules, and the `# Source:`
 * comment that precedes each document. Documents with aliases, or anything
 * the fast path cannot read, go through the full YAML library with its alias
 * limit and precise errors.
 */
export function parseManifestStream(
  text: string,
  origin: string,
  /** Reads only the documents whose `# Source:` template this accepts (all when absent). */
  onlySources?: (source: string | undefined) => boolean,
): YamlDocument[] {
  if (Buffer.byteLength(text) > MAX_YAML_BYTES) {
    throw new MmfError('E_INPUT_TOO_LARGE', `larger than ${MAX_YAML_BYTES} bytes`, { file: origin });
  }
  const out: YamlDocument[] = [];
  for (const [index, chunk] of text.split(DOCUMENT_MARKER).entries()) {
    // After a marker, the rest of the marker line is blank or a comment; drop it.
    const body =
      index === 0
        ? chunk
        : chunk.replace(/^[^\n]*\n?/, (first) => (/^[ \t]*(#.*)?\n?$/.test(first) ? '' : first));
    if (!/^[ \t]*[^#\s]/m.test(body)) continue;
    const source = sourceComment(body);
    if (onlySources && !onlySources(source?.replace(/^Source:\s*/, ''))) continue;
    if (ALIAS.test(body) || /^(%|\.\.\.)/m.test(body)) {
      out.push(...parseYamlDocuments(`---\n${body}`, origin));
      continue;
    }
    let value: unknown;
    try {
      value = jsyaml.load(body, { schema: KUBERNETES_SCHEMA, json: true, filename: origin });
    } catch {
      out.push(...parseYamlDocuments(`---\n${body}`, origin));
      continue;
    }
    if (value === null || value === undefined) continue;
    out.push(source ? { value: value as JsonValue, comment: source } : { value: value as JsonValue });
  }
  return out;
}

/** `Source: <template>` from the comments before a document's content. */
function sourceComment(body: string): string | undefined {
  const content = /^[^#\s]/m.exec(body);
  return /^[ \t]*#\s*(Source:\s*\S+)/m.exec(content ? body.slice(0, content.index) : body)?.[1];
}
