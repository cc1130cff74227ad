/**
 * `mmf migrate review` from the command line (dist/cli/index.js as a child process): the review
 * outside GitLab, its exit codes and --json envelope, the component's ways of passing inputs
 * (`--environments` as a JSON array or lines, `--comment true|false`), and bad input.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnvironmentsList } from '../../actions/helm-migrate/cli/review.js';
import { runCli } from '../support/run-cli.js';
import { SECRET_VALUES, leaks } from './support.js';

const CHART = 'examples/marty-service';
let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'mmf-review-cli-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

it('parses the environments input as GitLab writes an array inside a string, or as lines', () => {
  expect(parseEnvironmentsList('["dev=a.yaml", "prod=b.yaml,c.yaml"]')).toEqual([
    'dev=a.yaml',
    'prod=b.yaml,c.yaml',
  ]);
  expect(parseEnvironmentsList('["dev=a.yaml","prod=b.yaml"]')).toEqual(['dev=a.yaml', 'prod=b.yaml']);
  expect(parseEnvironmentsList('[]')).toEqual([]);
  expect(parseEnvironmentsList('')).toEqual([]);
  expect(parseEnvironmentsList('dev=a.yaml\n\n prod=b.yaml \n')).toEqual(['dev=a.yaml', 'prod=b.yaml']);
  expect(() => parseEnvironmentsList('[dev=a.yaml]')).toThrow(/JSON array/);
  expect(() => parseEnvironmentsList('[1, 2]')).toThrow(/must be a string/);
});

it('reviews a chart, writes the report folder, and prints the --json envelope', async () => {
  const run = await runCli(
    [
      'migrate',
      'review',
      '--chart',
      CHART,
      '--environments',
      JSON.stringify([`dev=${CHART}/values-dev.yaml`, `prod=${CHART}/values-prod.yaml`]),
      '--release',
      'user-service',
      '--namespace',
      'marty',
      '--report-dir',
      join(out, 'report'),
      '--json',
    ],
    { timeoutMs: 120_000 },
  );
  expect(run.stderr).not.toMatch(/error\[/);
  expect(run.code).toBe(0);
  const envelope = JSON.parse(run.stdout) as {
    command: string;
    ok: boolean;
    exitCode: number;
    result: { sections: { name: string; parity: boolean }[] };
  };
  expect(envelope).toMatchObject({ command: 'migrate review', ok: true, exitCode: 0 });
  expect(envelope.result.sections.map((s) => [s.name, s.parity])).toEqual([
    ['dev', true],
    ['prod', true],
  ]);
  for (const file of [
    'gl-codequality.json',
    'junit.xml',
    'outputs.env',
    'report.md',
    'review.json',
    'REVIEW.md',
  ])
    expect(existsSync(join(out, 'report', file))).toBe(true);
  expect(readFileSync(join(out, 'report', 'outputs.env'), 'utf8')).toMatch(/^HELM_MIGRATE_PARITY=true$/m);
  const texts = {
    stdout: run.stdout,
    stderr: run.stderr,
    report: readFileSync(join(out, 'report', 'report.md'), 'utf8'),
  };
  expect(leaks(texts, SECRET_VALUES)).toEqual([]);
});

it.each([
  [['--comment', 'yes'], /option '--comment <true\|false>' argument 'yes' is invalid\. Give true or false\./],
  [['--max-comment-parts', '0'], /Give a whole number from 1 to 50/],
  [['--mode', 'publish'], /argument 'publish' is invalid\. Allowed choices are convert, validate, diff/],
  [['--environments', '[dev]'], /Give a JSON array/],
])('refuses %j with E_USAGE (exit 1)', async (args, message) => {
  const run = await runCli(['migrate', 'review', '--chart', CHART, ...args]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^error\[E_USAGE\]: /);
  expect(run.stderr).toMatch(message);
});

it('needs --chart', async () => {
  const run = await runCli(['migrate', 'review']);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain('error[E_USAGE]: missing --chart <dir|tgz>');
});

it('a parity failure: exit 3, the E_PARITY error next to the result in the envelope, its paragraph on stderr', async () => {
  const tree = join(out, 'k8s');
  const env = `dev=${CHART}/values-dev.yaml`;
  const base = ['migrate', 'review', '--chart', CHART, '--env', env, '--output', tree];
  const converted = await runCli([...base, '--mode', 'convert'], { timeoutMs: 120_000 });
  expect(converted.code).toBe(0);
  const deployment = join(tree, 'base', 'deployment-marty-service-user-service.yaml');
  const yaml = readFileSync(deployment, 'utf8');
  expect(yaml).toMatch(/^ {2}replicas: 1$/m);
  writeFileSync(deployment, yaml.replace(/^ {2}replicas: 1$/m, '  replicas: 7'));

  const run = await runCli([...base, '--mode', 'validate', '--json'], { timeoutMs: 120_000 });
  expect(run.code).toBe(3);
  const envelope = JSON.parse(run.stdout) as {
    ok: boolean;
    exitCode: number;
    result: { sections: { name: string; parity: boolean }[] };
    error: { code: string; message: string };
  };
  expect(envelope).toMatchObject({ command: 'migrate review', ok: false, exitCode: 3 });
  expect(envelope.result.sections.map((s) => [s.name, s.parity])).toEqual([['dev', false]]);
  expect(envelope.error).toMatchObject({
    code: 'E_PARITY',
    message: expect.stringMatching(/^examples\/marty-service: Parity failure/),
  });
  expect(run.stderr).toContain(`error[E_PARITY]: ${envelope.error.message}`);
});

it('takes an empty --chart (an unset component input) as missing', async () => {
  const run = await runCli(['migrate', 'review', '--chart', ' ', '--json']);
  expect(run.code).toBe(1);
  expect(JSON.parse(run.stdout)).toMatchObject({
    command: 'migrate review',
    result: null,
    error: { code: 'E_USAGE', message: 'missing --chart <dir|tgz>' },
  });
});

it('writes the base from --base-env when it converts: that overlay needs no patches', async () => {
  const review = (baseEnv: string, output: string) =>
    runCli(
      [
        'migrate',
        'review',
        '--mode',
        'convert',
        '--chart',
        CHART,
        '--environments',
        `dev=${CHART}/values-dev.yaml\nprod=${CHART}/values-prod.yaml`,
        '--output',
        output,
        '--base-env',
        baseEnv,
        '--report-dir',
        join(out, `report-${baseEnv}`),
      ],
      { timeoutMs: 120_000 },
    );
  for (const [baseEnv, other] of [
    ['prod', 'dev'],
    ['dev', 'prod'],
  ] as const) {
    const output = join(out, `k8s-${baseEnv}`);
    const run = await review(baseEnv, output);
    expect([run.code, run.stderr]).toEqual([0, expect.not.stringMatching(/error\[/)]);
    expect(existsSync(join(output, 'overlays', baseEnv, 'patches'))).toBe(false);
    expect(existsSync(join(output, 'overlays', other, 'patches'))).toBe(true);
  }
  const unknown = await review('staging', join(out, 'k8s-staging'));
  expect([unknown.code, unknown.stderr]).toEqual([
    1,
    expect.stringContaining('is not one of the environments'),
  ]);
  expect(existsSync(join(out, 'k8s-staging'))).toBe(false);
});
