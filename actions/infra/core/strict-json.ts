import type { JsonObject, JsonValue } from '../../kernel/json.js';

/** Nesting allowed in a Terraform outputs file: far more than real outputs use, far too few to exhaust a stack. */
export const MAX_JSON_DEPTH = 100;

export interface JsonSyntaxProblem {
  /** 1-based line and column (in UTF-16 code units) of the offending character. */
  line: number;
  column: number;
  /** Offset in the text (0-based). */
  offset: number;
  /** What is wrong, without quoting the input (it may hold secrets). */
  reason: string;
  /** `number`: valid JSON, but a number that a 64-bit float cannot hold as written. */
  kind?: 'syntax' | 'number';
}

export class JsonSyntaxError extends Error {
  constructor(readonly problem: JsonSyntaxProblem) {
    super(`${problem.reason} at line ${problem.line}, column ${problem.column}`);
    this.name = 'JsonSyntaxError';
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const INTEGER = /^-?\d+$/;
const WHITESPACE = /[ \t\n\r]*/y;

/**
 * A decimal number's value as text, independent of how it is written:
 * `1.50e2`, `150` and `1.5e+2` all give `+15e3` (digits, then the position of
 * the decimal point); every zero gives `0`.
 */
function decimalKey(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return text;
  const [, sign, whole = '', fraction = '', exponent = '0'] = m;
  let digits = whole + fraction;
  let point = whole.length + Number(exponent);
  const leading = /^0*/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(leading).replace(/0+$/, '');
  point -= leading;
  return digits ? `${sign === '-' ? '-' : '+'}${digits}e${point}` : '0';
}

type Frame = { kind: 'object'; value: JsonObject; key?: string } | { kind: 'array'; value: JsonValue[] };

/**
 * RFC 8259 JSON, parsed iteratively (no recursion, bounded depth) with the
 * same result as JSON.parse except that integers beyond 2^53 stay exact as
 * bigint, and with errors that give the line and column on every Node
 * version and never echo the input. Duplicate keys: the last one wins, as in
 * JSON.parse and Terraform.
 */
export function parseStrictJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonValue {
  let i = 0;
  const n = text.length;
  const stack: Frame[] = [];

  const fail = (offset: number, reason: string, kind: 'syntax' | 'number' = 'syntax'): never => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < offset && k < n; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    throw new JsonSyntaxError({ line, column: offset - lineStart + 1, offset, reason, kind });
  };
  const skipWhitespace = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    for (;;) {
      if (i >= n) return fail(start, 'unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) break; // "
      if (c < 0x20) return fail(i, 'control character in a string (escape it, e.g. \\n)');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
            return fail(i, 'invalid \\u escape in a string');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return fail(i, 'invalid escape in a string');
        i += 2;
        continue;
      }
      i++;
    }
    i++; // closing quote
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readScalar = (): JsonValue => {
    const c = text[i];
    if (c === '"') return readString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m || m[0] === '-') return fail(i, 'invalid number');
      const after = text[i + m[0].length];
      if (after !== undefined && /[0-9.eE+-]/.test(after)) return fail(i + m[0].length, 'invalid number');
      const value = Number(m[0]);
      if (INTEGER.test(m[0])) {
        i += m[0].length;
        return Number.isSafeInteger(value) ? value : BigInt(m[0]);
      }
      // Terraform numbers are arbitrary-precision; one a double cannot hold is refused, never changed.
      if (!Number.isFinite(value))
        return fail(i, 'is too large for a 64-bit float (it would become Infinity)', 'number');
      if (decimalKey(m[0]) !== decimalKey(String(value)))
        return fail(
          i,
          value === 0
            ? 'is too small for a 64-bit float (it would become 0)'
            : 'has more digits than a 64-bit float holds (it would be rounded)',
          'number',
        );
      i += m[0].length;
      return value;
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    if (i >= n) return fail(i, 'unexpected end of input, expected a value');
    if (c === "'") return fail(i, 'strings must use double quotes');
    return fail(i, 'expected a value (a string, number, object, array, true, false or null)');
  };
  /** Stores a finished value in the open container; returns the root when there is none. */
  const store = (value: JsonValue): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.kind === 'array') top.value.push(value);
    else
      Object.defineProperty(top.value, top.key as string, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  };
  const readKey = (frame: Frame & { kind: 'object' }): void => {
    skipWhitespace();
    if (text[i] !== '"') {
      if (i >= n) fail(i, 'unexpected end of input, expected a property name');
      fail(i, 'expected a property name in double quotes');
    }
    frame.key = readString();
    skipWhitespace();
    if (text[i] !== ':')
      fail(i, i >= n ? 'unexpected end of input, expected ":"' : 'expected ":" after a property name');
    i++;
  };

  let root: JsonValue | undefined;
  // Each turn reads one value (opening a container counts as one) and then closes what it can.
  for (;;) {
    skipWhitespace();
    let value: JsonValue | undefined;
    const c = text[i];
    if (c === '{' || c === '[') {
      if (stack.length >= maxDepth) fail(i, `nested deeper than ${maxDepth} levels`);
      i++;
      skipWhitespace();
      const closing = c === '{' ? '}' : ']';
      if (text[i] === closing) {
        i++;
        value = c === '{' ? {} : [];
      } else if (c === '{') {
        const frame: Frame = { kind: 'object', value: {} };
        stack.push(frame);
        readKey(frame);
        continue;
      } else {
        stack.push({ kind: 'array', value: [] });
        continue;
      }
    } else {
      value = readScalar();
    }
    // Close containers while the next token is a closer; stop at a comma.
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) {
        root = value;
        break;
      }
      store(value);
      skipWhitespace();
      const next = text[i];
      const closer = top.kind === 'object' ? '}' : ']';
      if (next === ',') {
        const comma = i++;
        skipWhitespace();
        if (text[i] === closer) fail(comma, 'trailing comma');
        if (top.kind === 'object') readKey(top);
        break;
      }
      if (next === closer) {
        i++;
        stack.pop();
        value = top.value;
        continue;
      }
      if (i >= n) fail(i, `unexpected end of input, expected "," or "${closer}"`);
      fail(
        i,
        `expected "," or "${closer}" after ${top.kind === 'object' ? 'a property value' : 'an element'}`,
      );
    }
    if (root !== undefined) break;
  }
  skipWhitespace();
  if (i < n) fail(i, 'unexpected text after the end of the JSON value');
  return root;
}
