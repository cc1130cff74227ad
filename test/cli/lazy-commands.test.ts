/**
 * The bundled CLI loads a command's implementation only when that command
 * runs: dist/cli/index.js holds commander and the command definitions (help,
 * flags, usage checks), and each `.action()` imports its implementation,
 * which ncc splits into dist/cli/<id>.index.js chunks.
 *
 * Checked two ways: distinctive strings of the implementations (and of the
 * libraries only some commands need) are in a chunk and not in index.js; and
 * a copy of index.js without any chunk still prints every help and finds
 * usage errors, but cannot run a command.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BUNDLE, REPO_ROOT, cliEnv, CLI_HELMS } from '../support/run-cli.js';

const DIST = join(REPO_ROOT, 'dist', 'cli');

/** A string literal of each implementation or library; each must be in some chunk (else pick a new one). */
const MARKERS: readonly { owner: string; text: string }[] = [
  { owner: 'ci JUnit reader (ci/core/tests/parse-junit.ts)', text: 'the file holds no XML element' },
  {
    owner: 'ci LCOV reader (ci/core/coverage/parse-lcov.ts)',
    text: 'no SF: records: this is not an LCOV tracefile',
  },
  {
    owner: 'release planning (release/core/plan-release.ts)',
    text: 'none of them a feat, fix, perf, revert or breaking change',
  },
  { owner: 'semver (release)', text: 'SEMVER_SPEC_VERSION' },
  {
    owner: 'the converter (helm-migrate/convert-chart.ts)',
    text: 'Rendered Secret values: never commit them',
  },
  {
    owner: 'validate-migration (helm-migrate/validate-migration.ts)',
    text: 'pass --migrated-path <the folder holding overlays/<env>/, or one kustomization folder>',
  },
  {
    owner: 'generate-overlay (overlay/generate-overlay.ts)',
    text: 'create the base first (mmf scaffold service, or mmf migrate helm-to-kustomize), or leave out --validate',
  },
  {
    owner: 'tool resolution (platform/tools/resolve-tool.ts)',
    text: 'this kubectl reports no built-in kustomize version',
  },
  {
    owner: 'GitLab reporting (runtime/gitlab/publish-report.ts)',
    text: 'CI_JOB_TOKEN cannot write merge request notes',
  },
  { owner: 'the yaml library', text: 'YAMLParseError' },
  { owner: 'js-yaml', text: 'unacceptable kind of an object to dump' },
  { owner: 'the diff library (unified diffs)', text: 'No newline at end of file' },
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function node(bundle: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bundle, ...args],
      { cwd: REPO_ROOT, env: cliEnv(CLI_HELMS[1].helm, { COLUMNS: '80' }), timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

let mainChunk: string;
let chunks: Map<string, string>;
let alone: string;
let aloneBundle: string;

beforeAll(async () => {
  mainChunk = await readFile(CLI_BUNDLE, 'utf8');
  const names = (await readdir(DIST)).filter((f) => /^\d+\.index\.js$/.test(f));
  chunks = new Map(
    await Promise.all(names.map(async (f) => [f, await readFile(join(DIST, f), 'utf8')] as const)),
  );
  // index.js and its package.json ("type": "module"), without a single chunk.
  alone = await mkdtemp(join(tmpdir(), 'mmf-lazy-cli-'));
  aloneBundle = join(alone, 'index.js');
  await copyFile(CLI_BUNDLE, aloneBundle);
  await copyFile(join(DIST, 'package.json'), join(alone, 'package.json'));
});

afterAll(async () => {
  await rm(alone, { recursive: true, force: true });
});

describe('dist/cli/index.js holds the command definitions, not their implementations', () => {
  test('the bundle is split into chunks', () => {
    expect(chunks.size).toBeGreaterThan(1);
  });

  test.each(MARKERS)('$owner is in a chunk, not in index.js', ({ text }) => {
    const holders = [...chunks].filter(([, code]) => code.includes(text)).map(([name]) => name);
    expect(holders.length).toBeGreaterThan(0);
    expect(mainChunk.includes(text)).toBe(false);
  });
});

describe('index.js alone (no chunk) still defines every command', () => {
  test.each(['--version', '--help', 'migrate helm-to-kustomize --help', 'ci --help', 'ci report --help'])(
    'mmf %s prints what the whole bundle prints',
    async (line) => {
      const args = line.split(' ');
      const [whole, lone] = await Promise.all([node(CLI_BUNDLE, args), node(aloneBundle, args)]);
      expect(lone).toEqual(whole);
      expect(lone.code).toBe(0);
      expect(lone.stderr).toBe('');
    },
  );

  test('the converter and ci help come from the bundle with their options and exit codes', async () => {
    const convert = await node(aloneBundle, ['migrate', 'helm-to-kustomize', '--help']);
    expect(convert.stdout).toMatch(/^Usage: mmf migrate helm-to-kustomize \[options\]/);
    expect(convert.stdout).toContain('--validate');
    expect(convert.stdout).toMatch(/Exit codes:\n[\s\S]*3 +parity mismatch found by --validate/);
    const ci = await node(aloneBundle, ['ci', '--help']);
    expect(ci.stdout).toMatch(/^Usage: mmf ci \[options\] \[command\]/);
    expect(ci.stdout).toMatch(/report .*quality gates on test and coverage reports/);
  });

  test('usage errors are found before the implementation is loaded', async () => {
    const missing = await node(aloneBundle, ['migrate', 'helm-to-kustomize', '--output', 'out', '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({
      command: 'migrate helm-to-kustomize',
      ok: false,
      exitCode: 1,
      error: { code: 'E_USAGE', message: 'missing --chart <dir|tgz>' },
    });
    const comment = await node(aloneBundle, ['ci', 'report', '--comment', 'maybe']);
    expect(comment.code).toBe(1);
    expect(comment.stderr).toContain(
      "error[E_USAGE]: option '--comment <true|false>' argument 'maybe' is invalid. Give true or false.",
    );
  });

  test('running a command needs its chunk', async () => {
    const run = await node(aloneBundle, ['ci', 'report', '--junit', 'nope.xml', '--json']);
    expect(run.code).toBe(1);
    const envelope = JSON.parse(run.stdout) as { error: { code: string; message: string } };
    expect(envelope.error.code).toBe('E_UNEXPECTED');
    expect(envelope.error.message).toMatch(/\d+\.index\.js/);
  });
});

test('an MmfError thrown in a loaded implementation is reported as before: code, file, hint, exit status', async () => {
  const run = await node(CLI_BUNDLE, [
    'migrate',
    'helm-to-kustomize',
    '--chart',
    'test/fixtures/no-such-chart',
    '--output',
    join(tmpdir(), 'mmf-lazy-never-written'),
    '--json',
  ]);
  expect(run.code).toBe(1);
  expect(JSON.parse(run.stdout)).toEqual({
    command: 'migrate helm-to-kustomize',
    ok: false,
    exitCode: 1,
    result: null,
    error: {
      code: 'E_CHART_NOT_FOUND',
      message: 'test/fixtures/no-such-chart: chart does not exist',
      hint: 'pass --chart <chart directory or packaged .tgz>',
    },
  });
  expect(run.stderr).toBe(
    'error[E_CHART_NOT_FOUND]: test/fixtures/no-such-chart: chart does not exist\n' +
      '  hint: pass --chart <chart directory or packaged .tgz>\n',
  );
});
