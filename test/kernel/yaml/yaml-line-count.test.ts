import { toYaml, yamlLineCount } from '../../../actions/kernel/yaml-codec.js';
import { lineCount } from '../../../actions/helm-migrate/core/choose-patch.js';

/** choosePatch compares patch sizes with yamlLineCount instead of writing both patches out. */
describe('yamlLineCount counts the lines toYaml writes', () => {
  const strings = [
    'plain',
    '',
    'two\nlines',
    'ends with newline\n',
    'keeps\n\n\n',
    '\n\nleading newlines',
    '  indented first line\nsecond',
    'trailing spaces   \nnext',
    'tab\tinside\nnext',
    'carriage\r\nreturn\r\n',
    'control \u0007 bell\nnext',
    'last line is blank spaces\n   ',
    '--- a document marker\n...\n',
    'it\'s "quoted"\nboth ways',
    '#!/bin/sh\nset -eu\n',
    'unicode Grüße 🚀\n日本語\n',
  ];
  const values: unknown[] = [
    ...strings,
    ...strings.map((s) => ({ key: s })),
    ...strings.map((s) => [s, { nested: [s] }]),
    {},
    [],
    null,
    { a: {}, b: [], c: null, d: 1, e: true, f: [{}], g: [[]], h: [[1, 2], [3]] },
    [
      { op: 'replace', path: '/spec/replicas', value: 3 },
      { op: 'remove', path: '/metadata/labels/x' },
    ],
    {
      spec: {
        template: { metadata: { annotations: {} }, spec: { containers: [{ name: 'a', args: ['x', 'y'] }] } },
      },
    },
    { data: { '0755': '0755', yes: 'on', 'key with spaces': '0o17', long: 'x'.repeat(500) } },
  ];
  test.each(values.map((v, i) => [i, v]))('value %i', (_i, value) => {
    expect(yamlLineCount(value)).toBe(lineCount(toYaml(value)));
  });
});
