import { JsonSyntaxError, parseStrictJson } from '../../actions/infra/core/strict-json.js';

function problemOf(text: string) {
  try {
    parseStrictJson(text);
  } catch (err) {
    if (err instanceof JsonSyntaxError) return err.problem;
    throw err;
  }
  throw new Error('expected a syntax error');
}

describe('parseStrictJson', () => {
  it.each([
    '{}',
    '[]',
    '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n\\"y\\""], "b": {"c": {}}}',
    ' \n"just a string"\t',
    '0',
    '[[[[]]]]',
    '{"a":1,"a":2}',
  ])('gives what JSON.parse gives for %s', (text) => {
    expect(parseStrictJson(text)).toEqual(JSON.parse(text));
  });

  it('keeps integers beyond 2^53 exact, on every Node version', () => {
    expect(parseStrictJson('{"account": 12345678901234567890, "small": 9007199254740991}')).toEqual({
      account: 12345678901234567890n,
      small: 9007199254740991,
    });
  });

  it('keeps numbers a double holds as written, and refuses the rest instead of rounding them', () => {
    expect(parseStrictJson('[0.1, 1.5e300, 1e30, 5e-324, 1.7976931348623157e308, 2.50, -0.0]')).toEqual([
      0.1, 1.5e300, 1e30, 5e-324, 1.7976931348623157e308, 2.5, -0,
    ]);
    for (const [text, reason] of [
      ['1e400', 'would become Infinity'],
      ['1.7976931348623159e308', 'would become Infinity'],
      ['1e-400', 'would become 0'],
      ['3.14159265358979323846', 'would be rounded'],
      ['12345678901234567890.5', 'would be rounded'],
    ] as const) {
      const problem = problemOf(`{"a": [1, ${text}]}`);
      expect(problem).toMatchObject({ kind: 'number', line: 1, column: 11 });
      expect(problem.reason).toContain(reason);
    }
    expect(problemOf('{"a": 01}').kind).toBe('syntax');
  });

  it('stores a "__proto__" key as data, as JSON.parse does', () => {
    const value = parseStrictJson('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['{\n  "a": 1,\n}', 2, 9, 'trailing comma'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}" after a property value'],
    ['{"a": }', 1, 7, 'expected a value'],
    ["{'a': 1}", 1, 2, 'expected a property name in double quotes'],
    ['[1, 2', 1, 6, 'unexpected end of input'],
    ['{"a": "unterminated', 1, 7, 'unterminated string'],
    ['{"a": "tab\there"}', 1, 11, 'control character'],
    ['{"a": 01}', 1, 8, 'invalid number'],
    ['{"a": tru}', 1, 7, 'expected a value'],
    ['{} {}', 1, 4, 'unexpected text after the end'],
    ['', 1, 1, 'unexpected end of input'],
    ['{"a" 1}', 1, 6, 'expected ":"'],
  ])('locates the error in %j at line %i, column %i', (text, line, column, reason) => {
    const problem = problemOf(text);
    expect(problem).toMatchObject({ line, column });
    expect(problem.reason).toContain(reason);
  });

  it('never quotes the input in its message', () => {
    const problem = problemOf('{"password": "hunter2-secret" oops}');
    expect(problem.reason).not.toContain('hunter2');
    expect(problem.reason).not.toContain('oops');
  });

  it('refuses nesting beyond the bound without exhausting the stack', () => {
    expect(problemOf('['.repeat(101) + ']'.repeat(101)).reason).toContain('nested deeper than 100 levels');
    expect(problemOf('['.repeat(200_000)).reason).toContain('nested deeper');
    expect(() => parseStrictJson('['.repeat(100) + ']'.repeat(100))).not.toThrow();
  });
});
