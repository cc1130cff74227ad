/**
 * A fast path of toYaml for the plain data we write: maps, lists, numbers,
 * booleans, null and strings, laid out exactly as the `yaml` library lays
 * them out with toYaml's options (YAML 1.1, no line folding, lists not
 * indented under their key). Anything it does not write the same way for
 * certain (control characters, both quote kinds in one string, keys over
 * 1024 characters, document markers, indentation indicators, kept trailing
 * newlines, non-plain objects) makes it give up, and toYaml uses the library.
 * test/kernel/yaml/yaml-fast-writer.test.ts compares the two on every kind of value.
 */

/** Implicit YAML 1.1 types: a plain string that matches one of these must be quoted to stay a string. */
const YAML11_NOT_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
];
/** Where a plain scalar would be read as something else, or not be valid: the library quotes these. */
const NEEDS_QUOTES = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
/** Strings YAML 1.2 reads as numbers but 1.1 does not: toYaml double-quotes them for YAML 1.2 readers. */
const YAML12_ONLY_NUMBER = /^[-+]?0o[0-7_]+$/;

class Unsupported extends Error {}
const unsupported = (): never => {
  throw new Unsupported();
};

function quoted(value: string): string {
  if (value.includes('\\')) unsupported();
  const double = value.includes('"');
  const single = value.includes("'");
  if (double && single) unsupported();
  return double ? `'${value}'` : `"${value}"`;
}

/** A single-line string, as a value or (implicitKey) as a key. */
function scalarString(value: string, implicitKey: boolean): string {
  if (CONTROL.test(value)) unsupported();
  if (!implicitKey && YAML12_ONLY_NUMBER.test(value)) return quoted(value);
  if (NEEDS_QUOTES.test(value)) return keyChecked(quoted(value), implicitKey);
  if (DOCUMENT_MARKER.test(value)) unsupported();
  return keyChecked(YAML11_NOT_STRING.some((re) => re.test(value)) ? quoted(value) : value, implicitKey);
}

/** The library writes keys longer than 1024 characters as explicit `? key` entries. */
function keyChecked(written: string, implicitKey: boolean): string {
  return implicitKey && written.length > 1024 ? unsupported() : written;
}

/** A multi-line string as a block literal whose content lines start at `indent`. */
function blockLiteral(value: string, indent: string): string {
  if (CONTROL.test(value) || /\n[\t ]+$/.test(value) || DOCUMENT_MARKER.test(value)) unsupported();
  if (/^[\n\t ]/.test(value) || /\n\n$/.test(value) || /[\t ]$/.test(value)) unsupported();
  const clip = value.endsWith('\n');
  const body = clip ? value.slice(0, -1) : value;
  return `|${clip ? '' : '-'}\n${body.replace(/^(?=.)/gm, indent)}`;
}

function scalar(value: unknown, indent: string): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) unsupported();
    return Object.is(value, -0) ? '-0' : JSON.stringify(value);
  }
  if (typeof value === 'string')
    return value.includes('\n') ? blockLiteral(value, indent) : scalarString(value, false);
  return unsupported();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Lines of a value that sits after `key:` or `- ` at nesting `indent`. */
function node(value: unknown, indent: string, out: string[], lead: string): void {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(`${lead}[]`);
      return;
    }
    value.forEach((item, i) => {
      if (item === undefined) unsupported();
      // The first item continues the line that introduced the list (`- - a`).
      const prefix = i === 0 && lead !== indent ? lead : indent;
      item_(item, indent, out, `${prefix}- `);
    });
    return;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) {
      out.push(`${lead}{}`);
      return;
    }
    entries.forEach(([key, child], i) => {
      if (child === undefined) unsupported();
      const prefix = i === 0 ? lead : indent;
      const k = `${prefix}${key.includes('\n') ? unsupported() : scalarString(key, true)}:`;
      pairValue(child, indent, out, k);
    });
    return;
  }
  out.push(`${lead}${scalar(value, indent)}`);
}

function pairValue(child: unknown, indent: string, out: string[], keyLine: string): void {
  if (Array.isArray(child) && child.length) {
    out.push(keyLine);
    node(child, indent, out, indent);
  } else if (isPlainObject(child) && Object.keys(child).length) {
    out.push(keyLine);
    node(child, `${indent}  `, out, `${indent}  `);
  } else {
    out.push(`${keyLine} ${emptyOrScalar(child, `${indent}  `)}`);
  }
}

function emptyOrScalar(value: unknown, indent: string): string {
  if (Array.isArray(value)) return '[]';
  if (isPlainObject(value)) return '{}';
  return scalar(value, indent);
}

/** A list item: its content is indented two past the dash. */
function item_(item: unknown, indent: string, out: string[], dash: string): void {
  const inner = `${indent}  `;
  if ((Array.isArray(item) && item.length) || (isPlainObject(item) && Object.keys(item).length))
    node(item, inner, out, dash);
  else out.push(`${dash}${emptyOrScalar(item, inner)}`);
}

/** toYaml's output for `value`, or undefined when only the library can say it exactly. */
export function fastYaml(value: unknown): string | undefined {
  try {
    const out: string[] = [];
    if (Array.isArray(value) || isPlainObject(value)) node(value, '', out, '');
    else if (typeof value === 'string' && value.includes('\n')) return undefined;
    else out.push(scalar(value, ''));
    return out.join('\n') + '\n';
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}
