/**
 * The CLI contract of `mmf ci report`, run as other checks run it: the bundled
 * CLI (dist/cli/index.js) as a child process. Exit 0 when the gates pass, 3
 * when one fails, 1 for bad input; with --json stdout holds only the envelope,
 * whose result has tests, coverage, changedLines and gates in the documented shape.
 */
import { existsSync } from 'node:fs';
import { CLI_BUNDLE, runCli } from '../support/run-cli.js';
import { commitChange, gitRepo, workspace } from './support.js';

const junit = (failed: boolean) =>
  `<testsuite name="shop"><testcase classname="tests.test_cart" name="test_total"/>${
    failed
      ? '<testcase classname="tests.test_cart" name="test_tax"><failure message="assert 107 == 108"/></testcase>'
      : ''
  }</testsuite>\n`;

function repo(failed: boolean): string {
  const dir = workspace({ 'shop/cart.py': 'def total(p):\n    return sum(p)\n' });
  gitRepo(dir);
  commitChange(dir, {
    'shop/cart.py': 'def total(p):\n    return sum(p)\n\n\ndef tax(c):\n    return c * 107 // 100\n',
    'reports/junit.xml': junit(failed),
    'reports/lcov.info': 'SF:shop/cart.py\nDA:1,1\nDA:2,1\nDA:5,1\nDA:6,0\nend_of_record\n',
  });
  return dir;
}

const contract = (dir: string, ...extra: string[]) => [
  'ci',
  'report',
  '--workspace',
  dir,
  '--junit',
  'reports/*.xml',
  '--coverage',
  'reports/lcov.info',
  '--base-ref',
  'main',
  ...extra,
  '--json',
];

beforeAll(() => {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run npm run bundle`);
});

test('gates pass: exit 0 and the envelope with the contract fields', async () => {
  const dir = repo(false);
  const run = await runCli(
    contract(dir, '--min-coverage', '75', '--min-changed-lines-coverage', '50', '--max-failures', '0'),
  );
  expect(run.code).toBe(0);
  const envelope = JSON.parse(run.stdout);
  expect(envelope).toMatchObject({ command: 'ci report', ok: true, exitCode: 0, error: null });
  expect(envelope.result.tests).toEqual({
    total: 1,
    passed: 1,
    failed: 0,
    errors: 0,
    skipped: 0,
    flaky: 0,
    durationMs: 0,
  });
  expect(envelope.result.coverage).toMatchObject({ lines: 4, covered: 3, percent: 75 });
  expect(envelope.result.changedLines).toMatchObject({ lines: 2, covered: 1, percent: 50, baseRef: 'main' });
  expect(envelope.result.gates).toEqual([
    { name: 'min-coverage', ok: true, actual: 75, threshold: 75, summary: 'line coverage 75.00% ≥ 75.00%' },
    {
      name: 'min-changed-lines-coverage',
      ok: true,
      actual: 50,
      threshold: 50,
      summary: 'changed-lines coverage 50.00% ≥ 50.00%',
    },
    { name: 'max-failures', ok: true, actual: 0, threshold: 0, summary: '0 failed tests ≤ 0 allowed' },
  ]);
  expect(run.stderr).toContain('Read reports/junit.xml: 1 test case');
});

test('a gate fails: exit 3, ok false, the failing gate says why', async () => {
  const dir = repo(true);
  const run = await runCli(contract(dir, '--max-failures', '0', '--min-changed-lines-coverage', '60'));
  expect(run.code).toBe(3);
  const envelope = JSON.parse(run.stdout);
  expect(envelope).toMatchObject({ ok: false, exitCode: 3, result: { verdict: 'fail' } });
  expect(envelope.result.gates.map((g: { name: string; ok: boolean }) => [g.name, g.ok])).toEqual([
    ['min-changed-lines-coverage', false],
    ['max-failures', false],
  ]);
});

test('bad input: exit 1, one error paragraph with its code, no report on stdout', async () => {
  const dir = repo(false);
  const run = await runCli(['ci', 'report', '--workspace', dir, '--junit', 'nothing/*.xml', '--json']);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('error[E_REPORT_NOT_FOUND]: no test report matches --junit nothing/*.xml');
  expect(run.stderr).not.toMatch(/\n\s+at /);
  // stdout holds nothing, or only a JSON error envelope.
  if (run.stdout.trim())
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, exitCode: 1, result: null });
});

test('--help lists the exit codes and every report option', async () => {
  const run = await runCli(['ci', 'report', '--help']);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/Exit codes: 0 every gate passed, 1 usage or input error/);
  for (const option of [
    '--junit',
    '--coverage',
    '--base-ref',
    '--min-coverage',
    '--min-changed-lines-coverage',
    '--max-failures',
    '--fail-on-flaky',
    '--if-no-files-found',
    '--json',
  ])
    expect(run.stdout).toContain(option);
  const top = await runCli(['--help']);
  expect(top.stdout).toMatch(/\bci\b.*quality gates/);
});
