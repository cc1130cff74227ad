import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fastYaml } from '../../../actions/kernel/yaml-fast-writer.js';
import { libraryYaml as library, toYaml } from '../../../actions/kernel/yaml-codec.js';
import { parseManifests } from '../../../actions/kernel/k8s/manifest.js';
import { HELMS, REPO_ROOT } from '../../support/tools.js';

const STRINGS = [
  'plain',
  '',
  ' ',
  'a b',
  'trailing ',
  ' leading',
  'x: y',
  'x:y',
  'x:',
  ':x',
  '- x',
  '-',
  '-x',
  '?',
  '? x',
  '#x',
  'a #b',
  'a# b',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  '~',
  'null',
  'Null',
  'true',
  'False',
  '<<',
  '<',
  '>',
  '|',
  '|x',
  '>x',
  '*a',
  '&a',
  '!tag',
  '%x',
  '@x',
  '`x',
  '0',
  '00',
  '0755',
  '0o17',
  '0b101',
  '0x1F',
  '1_000',
  '12:30',
  '1:2:3',
  '190:20:30.15',
  '1.5',
  '.5',
  '5.',
  '1e3',
  '1E-3',
  '.inf',
  '-.Inf',
  '.nan',
  '+1',
  '-0',
  '2025-12-31',
  '2001-12-14t21:59:43.10-05:00',
  '2001-12-14 21:59:43.10 -5',
  '1.0.0',
  '2.7.1',
  'v1',
  '100m',
  '128Mi',
  '8080',
  '80/TCP',
  'registry.example.com/marty/user-service:1.4.2',
  'image@sha256:abcdef',
  'http://x.example.com/a?b=c&d',
  'a,b',
  '[x]',
  '{x}',
  'a[0]',
  'a{b}',
  'quote"inside',
  "apostrophe's",
  `both "and" it's`,
  'back\\slash',
  'tab\there',
  'ctl\u0001x',
  'del\u007f',
  'Grüße 🚀 日本語',
  '\u2028',
  '---',
  '--- x',
  '...',
  'a\n---\nb',
  'two\nlines',
  'clip\n',
  'keep\n\n',
  '\nleading newline',
  ' indented\nnext',
  'trailing spaces  \nnext',
  'last  ',
  'tab\tinside\nnext',
  'a\n\n\nb',
  'blank last\n  ',
  'crlf\r\nx',
  'x'.repeat(1100),
  '#!/bin/sh\nset -eu\necho "hi"\n',
];
const NUMBERS = [
  0,
  1,
  -1,
  42,
  1.5,
  -0,
  0.1,
  1e21,
  1e-7,
  123456789012,
  1234567890123456789n,
  -9223372036854775808n,
];

function samples(): unknown[] {
  const scalars: unknown[] = [...STRINGS, ...NUMBERS, true, false, null];
  const out: unknown[] = [...scalars];
  for (const s of scalars) {
    out.push({ key: s }, [s], { nested: { list: [s, { deeper: [[s]] }] } }, [[s, s], { a: s }]);
    if (typeof s === 'string') out.push({ [s]: 1 }, { [s]: { x: [s] } });
  }
  out.push({}, [], { a: {}, b: [], c: [{}], d: [[]], e: [[1, [2, [3]]]], f: [{ g: [], h: {} }] });
  out.push([
    { op: 'replace', path: '/spec/replicas', value: 3 },
    { op: 'remove', path: '/metadata/labels/x' },
  ]);
  out.push(
    { '80': 'a', b: { '443': [1] } },
    { __proto__: null, a: 1 } as unknown,
    { u: undefined },
    [undefined],
    new Date(0),
    { d: new Map() },
  );
  return out;
}

describe('the fast YAML writer writes exactly what the yaml library writes', () => {
  test.each(samples().map((v, i) => [i, v]))('value %i', (_i, value) => {
    const fast = fastYaml(value);
    // Where it gives up, toYaml uses the library; where it writes, it must match it byte for byte.
    if (fast !== undefined) expect(fast).toBe(library(value));
    expect(toYaml(value)).toBe(library(value));
  });

  test('it writes every resource the fixture and example charts render', () => {
    const charts = [
      ...readdirSync(join(REPO_ROOT, 'test', 'fixtures', 'charts'))
        .filter((d) => !d.endsWith('.md'))
        .map((d) => join(REPO_ROOT, 'test', 'fixtures', 'charts', d)),
      join(REPO_ROOT, 'examples', 'marty-service'),
    ];
    let written = 0;
    let fast = 0;
    for (const chart of charts) {
      for (const values of readdirSync(chart).filter((f) =>
        /^values-(dev|prod|staging|external)\.yaml$/.test(f),
      )) {
        const text = execFileSync(
          HELMS[1].helm,
          ['template', 'rel', chart, '-f', join(chart, values), '--include-crds'],
          {
            encoding: 'utf8',
          },
        );
        for (const resource of parseManifests(text, values, { defaultNamespace: 'apps' }).values()) {
          written++;
          const out = fastYaml(resource.object);
          if (out === undefined) continue;
          fast++;
          expect({ resource: resource.id.name, out }).toEqual({
            resource: resource.id.name,
            out: library(resource.object),
          });
        }
      }
    }
    // Nearly everything takes the fast path; the rest (control characters, odd block scalars) the library.
    expect(written).toBeGreaterThan(100);
    expect(fast / written).toBeGreaterThan(0.9);
  });
});
