/**
 * Bad input to the bundled CLI (dist/cli/index.js), run as a child process:
 * the exit code of the CLI contract (1 usage/input, 2 tool failed), one error
 * paragraph `error[E_CODE]: <file>: <message>` (+ optional `  hint:` line) on
 * stderr naming the file at fault, no stack trace, nothing on stdout, and
 * nothing written (no output folder, no `.mmf-tmp-` staging folder, nothing
 * left in the child's TMPDIR).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BUNDLE, CLI_HELMS, runMigrate, type CliRun, type CliRunOptions } from '../support/run-cli.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
// Paths are given relative to the repository root (the child's cwd), as the fixture README does.
const BAD = 'test/fixtures/bad';
const MARTY = 'test/fixtures/charts/marty-service';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const onLinux = process.platform === 'linux';

/** A fresh temp dir per test: `out` (never created by the test) and `tmp` (the child's TMPDIR). */
let work: string;
let out: string;
let childTmp: string;
const restoreModes: string[] = [];

beforeAll(() => {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run npm run bundle`);
  expect(resolve(CLI_BUNDLE)).toBe(join(repoRoot, 'dist', 'cli', 'index.js'));
});

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-cli-bad-'));
  out = join(work, 'out');
  childTmp = join(work, 'tmp');
  await mkdir(childTmp);
});

afterEach(async () => {
  for (const dir of restoreModes.splice(0)) await chmod(dir, 0o755).catch(() => {});
  await rm(work, { recursive: true, force: true });
});

function migrate(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  return runMigrate(args, { ...options, env: { TMPDIR: childTmp, ...options.env } });
}

/** Every path under `dir` (relative, sorted), with file contents, to compare before and after a run. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true });
  for (const entry of entries.sort()) {
    const path = join(dir, entry);
    const info = await lstat(path);
    files[relative(dir, path)] = info.isFile()
      ? await readFile(path, 'utf8')
      : info.isDirectory()
        ? '<dir>'
        : '<other>';
  }
  return files;
}

interface ExpectedFailure {
  code: string;
  exit: 1 | 2;
  /** With --json: stdout holds the error envelope instead of nothing. */
  json?: boolean;
  /** Strings the error paragraph (not the log lines before it) must contain. */
  mentions: readonly string[];
  /** Something the hint line must contain. */
  hint?: string;
}

/** Splits stderr into the log lines before the error and the error paragraph. */
function errorParagraph(stderr: string): { logs: string[]; paragraph: string[] } {
  const lines = stderr.replace(/\n+$/, '').split('\n');
  const start = lines.findIndex((line) => line.startsWith('error['));
  return start < 0
    ? { logs: lines, paragraph: [] }
    : { logs: lines.slice(0, start), paragraph: lines.slice(start) };
}

function expectCleanFailure(run: CliRun, expected: ExpectedFailure): string {
  // On a mismatch jest prints the whole run, stderr included.
  expect(run).toMatchObject({ code: expected.exit, signal: null, timedOut: false });
  if (expected.json) {
    const envelope = JSON.parse(run.stdout);
    expect(envelope).toEqual({
      command: 'migrate helm-to-kustomize',
      ok: false,
      exitCode: expected.exit,
      result: null,
      error: { code: expected.code, message: expect.any(String), hint: envelope.error?.hint ?? null },
    });
    // The envelope carries what the paragraph on stderr says.
    expect(run.stderr).toContain(`error[${expected.code}]: ${envelope.error.message as string}`);
  } else expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr.match(/error\[/g) ?? []).toHaveLength(1);
  const { logs, paragraph } = errorParagraph(run.stderr);
  expect(paragraph[0]).toMatch(new RegExp(`^error\\[${expected.code}\\]: \\S`));
  // One paragraph: the message line, then at most one hint line.
  expect(paragraph.length).toBeLessThanOrEqual(2);
  if (paragraph[1] !== undefined) expect(paragraph[1]).toMatch(/^ {2}hint: \S/);
  // Progress logs may precede it; a raw tool error may not.
  expect(logs.filter((line) => /^\s*(error|fatal|panic)/i.test(line))).toEqual([]);
  const text = paragraph.join('\n');
  for (const mention of expected.mentions) expect(text).toContain(mention);
  if (expected.hint !== undefined) expect(paragraph[1] ?? '').toContain(expected.hint);
  return text;
}

/** Nothing was written: the work dir is as it was (no `out`, no staging, TMPDIR empty). */
async function expectNothingWritten(before: Record<string, string>): Promise<void> {
  const after = await snapshot(work);
  expect(Object.keys(after).filter((p) => p.includes('.mmf-tmp-'))).toEqual([]);
  expect(existsSync(out)).toBe(false);
  expect(after).toEqual(before);
}

/** Runs a migrate command that must fail cleanly and write nothing. */
async function expectRejected(
  args: readonly string[],
  expected: ExpectedFailure,
  options: CliRunOptions = {},
): Promise<string> {
  const before = await snapshot(work);
  const run = await migrate(args, options);
  const text = expectCleanFailure(run, expected);
  await expectNothingWritten(before);
  return text;
}

describe.each(CLI_HELMS)('mmf migrate helm-to-kustomize, bad input ($label)', ({ helm }) => {
  const opts: CliRunOptions = { helm };

  test('chart path missing: E_CHART_NOT_FOUND, exit 1', async () => {
    const chart = 'test/fixtures/charts/no-such-chart';
    await expectRejected(
      ['--chart', chart, '--output', out],
      { code: 'E_CHART_NOT_FOUND', exit: 1, mentions: [chart] },
      opts,
    );
  });

  test('values file missing: E_VALUES_NOT_FOUND, exit 1', async () => {
    const values = `${MARTY}/values-no-such-env.yaml`;
    await expectRejected(
      ['--chart', MARTY, '--env', `dev=${MARTY}/values-dev.yaml`, '--env', `qa=${values}`, '--output', out],
      { code: 'E_VALUES_NOT_FOUND', exit: 1, mentions: [values] },
      opts,
    );
  });

  test.each(['no-chart-yaml', 'invalid-chart-yaml'])('%s: E_CHART_YAML, exit 1', async (name) => {
    await expectRejected(
      ['--chart', `${BAD}/${name}`, '--output', out],
      { code: 'E_CHART_YAML', exit: 1, mentions: [`${BAD}/${name}`, 'Chart.yaml'] },
      opts,
    );
  });

  test('nil-pointer: helm template error, E_TEMPLATE, exit 2, names the template, no temp paths', async () => {
    const text = await expectRejected(
      ['--chart', `${BAD}/nil-pointer`, '--output', out],
      { code: 'E_TEMPLATE', exit: 2, mentions: [`${BAD}/nil-pointer`, 'templates/deployment.yaml'] },
      opts,
    );
    expect(text).not.toContain('mmf-chart-');
    expect(text).not.toContain(childTmp);
    expect(text).not.toContain(`${tmpdir()}/`);
  });

  test('nil-pointer packaged as .tgz: E_TEMPLATE, exit 2, names the archive, not its unpack folder', async () => {
    const archive = join(work, 'nil-pointer-0.1.0.tgz');
    execFileSync('tar', ['-czf', archive, '-C', join(repoRoot, BAD), 'nil-pointer']);
    const text = await expectRejected(
      ['--chart', archive, '--output', out],
      { code: 'E_TEMPLATE', exit: 2, mentions: [archive, 'templates/deployment.yaml'] },
      opts,
    );
    expect(text).not.toContain('mmf-chart-');
    expect(text).not.toContain(childTmp);
  });

  test('missing-deps: E_DEPENDENCIES_MISSING, exit 1, hint says helm dependency build', async () => {
    await expectRejected(
      ['--chart', `${BAD}/missing-deps`, '--output', out],
      {
        code: 'E_DEPENDENCIES_MISSING',
        exit: 1,
        mentions: [`${BAD}/missing-deps`, 'postgresql'],
        hint: 'helm dependency build',
      },
      opts,
    );
  });

  test('readme-in-templates: E_TEMPLATE, exit 2, names README.md', async () => {
    await expectRejected(
      ['--chart', `${BAD}/readme-in-templates`, '--output', out],
      { code: 'E_TEMPLATE', exit: 2, mentions: [`${BAD}/readme-in-templates`, 'README.md'] },
      opts,
    );
  });

  test('values-invalid.yaml: E_VALUES_YAML, exit 1, names the file and a line', async () => {
    const values = `${BAD}/values-invalid.yaml`;
    const text = await expectRejected(
      ['--chart', MARTY, '--env', `dev=${values}`, '--output', out],
      { code: 'E_VALUES_YAML', exit: 1, mentions: [values] },
      opts,
    );
    expect(text).toMatch(/\bline \d+/);
  });

  test('values-alias-bomb.yaml: E_YAML_ALIASES, exit 1, refused quickly', async () => {
    const values = `${BAD}/values-alias-bomb.yaml`;
    await expectRejected(
      ['--chart', MARTY, '--env', `dev=${values}`, '--output', out],
      { code: 'E_YAML_ALIASES', exit: 1, mentions: [values] },
      { ...opts, timeoutMs: 20_000 },
    );
  });

  test('duplicate-resource: E_DUPLICATE_RESOURCE, exit 1, names both templates', async () => {
    await expectRejected(
      ['--chart', `${BAD}/duplicate-resource`, '--output', out],
      {
        code: 'E_DUPLICATE_RESOURCE',
        exit: 1,
        mentions: [
          'ConfigMap',
          'duplicate-resource-settings',
          'templates/configmap.yaml',
          'templates/feature-flags.yaml',
        ],
      },
      opts,
    );
  });

  test('output whose parent is a regular file (fails for root too): E_OUTPUT_NOT_WRITABLE, exit 1', async () => {
    const blocker = join(work, 'a-file');
    await writeFile(blocker, 'not a directory\n');
    const target = join(blocker, 'out');
    await expectRejected(
      ['--chart', MARTY, '--output', target],
      { code: 'E_OUTPUT_NOT_WRITABLE', exit: 1, mentions: [target] },
      opts,
    );
    expect(await readFile(blocker, 'utf8')).toBe('not a directory\n');
  });

  (isRoot ? test.skip : test)(
    'output under a read-only (0o555) folder: E_OUTPUT_NOT_WRITABLE, exit 1',
    async () => {
      const locked = join(work, 'read-only');
      await mkdir(locked);
      await chmod(locked, 0o555);
      restoreModes.push(locked);
      const target = join(locked, 'out');
      await expectRejected(
        ['--chart', MARTY, '--output', target],
        { code: 'E_OUTPUT_NOT_WRITABLE', exit: 1, mentions: [target] },
        opts,
      );
    },
  );

  (onLinux ? test : test.skip)(
    'output directly under /proc (not writable even for root): E_OUTPUT_NOT_WRITABLE, exit 1',
    async () => {
      const target = `/proc/mmf-cli-test-${process.pid}`;
      await expectRejected(
        ['--chart', MARTY, '--output', target],
        { code: 'E_OUTPUT_NOT_WRITABLE', exit: 1, mentions: [target] },
        opts,
      );
      expect(existsSync(target)).toBe(false);
    },
  );

  test('output is a dangling symlink: E_OUTPUT_NOT_WRITABLE, exit 1, the staging folder is removed', async () => {
    await symlink(join(work, 'missing'), out);
    await expectRejected(
      ['--chart', MARTY, '--output', out],
      { code: 'E_OUTPUT_NOT_WRITABLE', exit: 1, mentions: [out] },
      opts,
    );
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
  });

  test('non-empty output without --force: E_OUTPUT_NOT_EMPTY, exit 1, existing files untouched', async () => {
    await mkdir(join(out, 'base'), { recursive: true });
    await writeFile(join(out, 'keep.txt'), 'hand-written\n');
    await writeFile(join(out, 'base', 'kustomization.yaml'), 'resources: []\n');
    const before = await snapshot(work);
    const run = await migrate(['--chart', MARTY, '--output', out], opts);
    expectCleanFailure(run, { code: 'E_OUTPUT_NOT_EMPTY', exit: 1, mentions: [out], hint: '--force' });
    const after = await snapshot(work);
    expect(Object.keys(after).filter((p) => p.includes('.mmf-tmp-'))).toEqual([]);
    expect(after).toEqual(before);
  });

  test('non-empty output with --force on a valid chart: exit 0, old files gone', async () => {
    await mkdir(join(out, 'base'), { recursive: true });
    await writeFile(join(out, 'keep.txt'), 'hand-written\n');
    await writeFile(join(out, 'base', 'stale.yaml'), 'kind: Stale\n');
    const run = await migrate(
      ['--chart', MARTY, '--env', `dev=${MARTY}/values-dev.yaml`, '--output', out, '--force'],
      opts,
    );
    expect(run).toMatchObject({ code: 0, signal: null, timedOut: false });
    expect(run.stderr).not.toContain('error[');
    expect(existsSync(join(out, 'keep.txt'))).toBe(false);
    expect(existsSync(join(out, 'base', 'stale.yaml'))).toBe(false);
    expect(existsSync(join(out, 'base', 'kustomization.yaml'))).toBe(true);
    expect(existsSync(join(out, 'overlays', 'dev', 'kustomization.yaml'))).toBe(true);
    expect(existsSync(join(out, 'migration-report.json'))).toBe(true);
    expect((await readdir(work)).sort()).toEqual(['out', 'tmp']);
    expect(await readdir(childTmp)).toEqual([]);
  });

  test('--json on a bad input: the error paragraph on stderr, the error envelope alone on stdout', async () => {
    await expectRejected(
      ['--chart', `${BAD}/nil-pointer`, '--output', out, '--json'],
      {
        code: 'E_TEMPLATE',
        exit: 2,
        json: true,
        mentions: [`${BAD}/nil-pointer`, 'templates/deployment.yaml'],
      },
      opts,
    );
  });
});

describe('mmf migrate helm-to-kustomize, bad usage', () => {
  test.each(['../prod', 'a/b', '.'])('--env %s=…: E_ENV_NAME, exit 1', async (name) => {
    await expectRejected(['--chart', MARTY, '--env', `${name}=${MARTY}/values-prod.yaml`, '--output', out], {
      code: 'E_ENV_NAME',
      exit: 1,
      mentions: [`"${name}"`],
    });
  });

  test('the same env twice: E_USAGE, exit 1', async () => {
    await expectRejected(
      [
        '--chart',
        MARTY,
        '--env',
        `dev=${MARTY}/values-dev.yaml`,
        '--env',
        `dev=${MARTY}/values-prod.yaml`,
        '--output',
        out,
      ],
      { code: 'E_USAGE', exit: 1, mentions: ['"dev"'] },
    );
  });

  test('unknown flag: E_USAGE, exit 1', async () => {
    await expectRejected(['--chart', MARTY, '--output', out, '--no-such-flag'], {
      code: 'E_USAGE',
      exit: 1,
      mentions: ['--no-such-flag'],
    });
  });

  test('missing --chart: E_USAGE, exit 1', async () => {
    await expectRejected(['--output', out], { code: 'E_USAGE', exit: 1, mentions: ['--chart'] });
  });

  test('missing --output: E_USAGE, exit 1', async () => {
    await expectRejected(['--chart', MARTY], { code: 'E_USAGE', exit: 1, mentions: ['--output'] });
  });

  test('output is an existing regular file: E_OUTPUT_NOT_WRITABLE, exit 1, file untouched', async () => {
    await writeFile(out, 'precious\n');
    const before = await snapshot(work);
    const run = await migrate(['--chart', MARTY, '--output', out]);
    expectCleanFailure(run, { code: 'E_OUTPUT_NOT_WRITABLE', exit: 1, mentions: [out] });
    expect(await snapshot(work)).toEqual(before);
  });

  // Node's recursive mkdir spins forever on procfs (mkdir child -> ENOENT, mkdir parent -> EEXIST, ...),
  // so a CLI that reaches it hangs: bounded here to 10 s.
  (onLinux ? test : test.skip)(
    'output two levels under /proc: E_OUTPUT_NOT_WRITABLE, exit 1, no hang',
    async () => {
      const target = `/proc/mmf-cli-test-${process.pid}/out`;
      await expectRejected(
        ['--chart', MARTY, '--output', target],
        { code: 'E_OUTPUT_NOT_WRITABLE', exit: 1, mentions: [target] },
        { timeoutMs: 10_000 },
      );
    },
  );

  test('helm binary missing (MMF_HELM=/nonexistent/helm): E_TOOL_NOT_FOUND, exit 2, names MMF_HELM', async () => {
    await expectRejected(
      ['--chart', MARTY, '--output', out],
      { code: 'E_TOOL_NOT_FOUND', exit: 2, mentions: ['MMF_HELM', '/nonexistent/helm'] },
      { helm: '/nonexistent/helm' },
    );
  });

  test('--json with a missing chart: the paragraph on stderr, the envelope naming the chart on stdout', async () => {
    const before = await snapshot(work);
    const run = await migrate(['--chart', 'no/such/chart', '--output', out, '--json']);
    expectCleanFailure(run, { code: 'E_CHART_NOT_FOUND', exit: 1, json: true, mentions: ['no/such/chart'] });
    expect(JSON.parse(run.stdout).error.message).toBe('no/such/chart: chart does not exist');
    await expectNothingWritten(before);
  });

  test.each([
    [['--output', 'OUT', '--json'], 'missing --chart <dir|tgz>'],
    [['--chart', MARTY, '--output', 'OUT', '--json', '--no-such-flag'], "unknown option '--no-such-flag'"],
    [
      ['--chart', MARTY, '--output', 'OUT', '--kube-version', 'latest', '--json'],
      "argument 'latest' is invalid",
    ],
  ])(
    '--json with a usage error %j: the E_USAGE envelope on stdout, nothing written',
    async (args, message) => {
      const before = await snapshot(work);
      const run = await migrate(args.map((a) => (a === 'OUT' ? out : a)));
      expectCleanFailure(run, { code: 'E_USAGE', exit: 1, json: true, mentions: [message] });
      expect(JSON.parse(run.stdout).error.message).toContain(message);
      await expectNothingWritten(before);
    },
  );

  test.each(['latest', '1.31.x', 'v1', '01.31', '1.31 '])(
    '--kube-version %j is not a version: E_USAGE, exit 1, before anything is rendered or written',
    async (version) => {
      await expectRejected(
        ['--chart', MARTY, '--output', out, '--kube-version', version],
        {
          code: 'E_USAGE',
          exit: 1,
          mentions: ['--kube-version', 'Give a Kubernetes version'],
        },
        { helm: '/nonexistent/helm' },
      );
    },
  );

  test('environment names that differ only in case: E_ENV_NAME, exit 1, nothing written', async () => {
    await expectRejected(
      [
        '--chart',
        MARTY,
        '--env',
        `prod=${MARTY}/values-prod.yaml`,
        '--env',
        `Prod=${MARTY}/values-dev.yaml`,
        '--output',
        out,
      ],
      { code: 'E_ENV_NAME', exit: 1, mentions: ['"prod" and "Prod" differ only in case'] },
    );
  });

  test('--base-env naming no environment: E_USAGE listing them, exit 1, nothing written', async () => {
    await expectRejected(
      [
        '--chart',
        MARTY,
        '--env',
        `dev=${MARTY}/values-dev.yaml`,
        '--env',
        `prod=${MARTY}/values-prod.yaml`,
        '--base-env',
        'staging',
        '--output',
        out,
      ],
      {
        code: 'E_USAGE',
        exit: 1,
        mentions: ['--base-env "staging" is not one of the environments: dev, prod'],
        hint: '--base-env prod',
      },
      { helm: '/nonexistent/helm' },
    );
  });

  test('--help exits 0 and lists --chart, --env, --validate, --json, the required ones marked', async () => {
    const before = await snapshot(work);
    const run = await migrate(['--help']);
    expect(run).toMatchObject({ code: 0, signal: null, timedOut: false, stderr: '' });
    for (const flag of ['--chart', '--output', '--env', '--base-env', '--validate', '--json'])
      expect(run.stdout).toContain(flag);
    expect(run.stdout).toMatch(/--chart <dir\|tgz> +chart directory or packaged \.tgz\s+\(required\)/);
    expect(run.stdout).toMatch(/^Exit codes:\n {2}0 {2}success/m);
    expect(await snapshot(work)).toEqual(before);
  });
});
