/**
 * `mmf ci report --report-dir` without `--gitlab`: GitLab's report files
 * (the same renderer as the GitLab runtime) plus ci's own, redacted, written
 * beside whatever else the folder holds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mmf, workspace } from './support.js';

const SECRET = 'sk-live-0123456789abcdef';

const JUNIT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="shop" tests="2" failures="1">
    <testcase classname="tests.test_cart" name="test_total" file="shop/cart.py" line="3" time="0.01"/>
    <testcase classname="tests.test_cart" name="test_discount" file="shop/cart.py" line="7" time="0.02">
      <failure message="payment key ${SECRET} refused">AssertionError: payment key ${SECRET} refused</failure>
    </testcase>
  </testsuite>
</testsuites>
`;

const LCOV = [
  'TN:',
  'SF:shop/cart.py',
  'DA:1,1',
  'DA:2,1',
  'DA:3,0',
  'LF:3',
  'LH:2',
  'end_of_record',
  '',
].join('\n');

let saved: string | undefined;
beforeAll(() => {
  saved = process.env.PAYMENT_API_KEY;
  process.env.PAYMENT_API_KEY = SECRET;
});
afterAll(() => {
  if (saved === undefined) delete process.env.PAYMENT_API_KEY;
  else process.env.PAYMENT_API_KEY = saved;
});

test('writes codequality, junit, Cobertura, dotenv, Markdown, text and JSON, redacted, and leaves other files', async () => {
  const ws = workspace({
    'shop/cart.py': 'def total():\n    return 1\n\ndef discount():\n    return 0\n',
    'reports/junit.xml': JUNIT,
    'reports/lcov.info': LCOV,
  });
  const dir = join(ws, 'out');
  mkdirSync(dir);
  writeFileSync(join(dir, 'keep.txt'), 'not ours\n');
  const run = await mmf(
    'ci',
    'report',
    '--junit',
    'reports/junit.xml',
    '--coverage',
    'reports/lcov.info',
    '--workspace',
    ws,
    '--report-dir',
    dir,
    '--dotenv-prefix',
    'ci-',
    '--max-failures',
    '0',
  );
  expect(run.code).toBe(3);
  for (const name of [
    'gl-codequality.json',
    'junit.xml',
    'cobertura.xml',
    'outputs.env',
    'report.md',
    'report.txt',
    'ci-report.json',
  ]) {
    const text = readFileSync(join(dir, name), 'utf8');
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(SECRET);
  }
  expect(readFileSync(join(dir, 'keep.txt'), 'utf8')).toBe('not ours\n');
  const findings = JSON.parse(readFileSync(join(dir, 'gl-codequality.json'), 'utf8')) as {
    location: { path: string; lines: { begin: number } };
    description: string;
  }[];
  const failure = findings.find((f) => f.description.includes('test_discount'));
  expect(failure?.location).toEqual({ path: 'shop/cart.py', lines: { begin: 7 } });
  expect(failure?.description).toContain('***');
  expect(readFileSync(join(dir, 'outputs.env'), 'utf8')).toMatch(/^CI_VERDICT=/m);
  expect(readFileSync(join(dir, 'cobertura.xml'), 'utf8')).toContain('filename="shop/cart.py"');
  const result = JSON.parse(readFileSync(join(dir, 'ci-report.json'), 'utf8')) as {
    tests: { failed: number };
  };
  expect(result.tests.failed).toBe(1);
});
