/**
 * End-to-end tests of the bundled ci action (dist/ci/index.js), run as a child process the way the
 * Actions runner runs it (INPUT_* from ci/action.yml's defaults, a pull_request event, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, RUNNER_TEMP), against the local GitHub fake that validates every request
 * against GitHub's OpenAPI description. The reports are real: the action's `commands:` run pytest
 * under coverage.py (Debian's python3-pytest and python3-coverage) on a git repository made here.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type GitHubServer, pullRequestEvent, startGitHubServer } from '../support/github/server.js';
import { PYTHON, commitChange, git, gitRepo, workspace } from '../ci/support.js';
import {
  CI,
  OWNER,
  UMBRELLA,
  REPO,
  SCRATCH,
  TOKEN,
  expectExit,
  expectNoValidationErrors,
  prComments,
  runAction,
  timings,
  useServer,
} from './harness.js';

let server: GitHubServer;

beforeAll(async () => {
  server = await startGitHubServer({ token: TOKEN });
  useServer(server);
  if (!existsSync(CI)) throw new Error(`missing ${CI} (npm run bundle)`);
});

afterAll(async () => {
  await server?.close();
  console.log(`ci e2e runs:\n  ${timings.join('\n  ')}`);
  rmSync(SCRATCH, { recursive: true, force: true });
});

const BASE_CART = 'def total(prices):\n    return sum(prices)\n';
// Lines 5-8 are new (7 is never run), 11-13 are new (only the `def` line runs, at import).
const CHANGED_CART = [
  'def total(prices):',
  '    return sum(prices)',
  '',
  '',
  'def discount(amount, percent):',
  '    if percent < 0:',
  '        raise ValueError("negative discount")',
  '    return amount - amount * percent // 100',
  '',
  '',
  'def refund(amount):',
  '    fee = 2',
  '    return amount - fee',
  '',
].join('\n');
const CHANGED_TESTS = [
  'import pytest',
  '',
  'from shop.cart import discount, total',
  '',
  '',
  'def test_total():',
  '    assert total([1, 2]) == 3',
  '',
  '',
  'def test_discount():',
  '    assert discount(100, 10) == 91',
  '',
  '',
  '@pytest.mark.skip(reason="needs the pricing service")',
  'def test_pricing():',
  '    pass',
  '',
].join('\n');

/** A repository on `change` (one commit after `main`) and the pull request event naming both commits. */
function pythonRepo(label: string, number: number) {
  const dir = workspace(
    {
      'shop/__init__.py': '',
      'shop/cart.py': BASE_CART,
      'tests/__init__.py': '',
      'tests/test_cart.py':
        'from shop.cart import total\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n',
    },
    `mmf-ci-e2e-${label}-`,
  );
  gitRepo(dir);
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  commitChange(dir, { 'shop/cart.py': CHANGED_CART, 'tests/test_cart.py': CHANGED_TESTS });
  const headSha = git(dir, 'rev-parse', 'HEAD');
  const spec = { owner: OWNER, repo: REPO, number, headSha, baseSha };
  server.seedPullRequest(spec);
  return { dir, headSha, event: pullRequestEvent(spec) };
}

const python = () => {
  if (!PYTHON) throw new Error('python3 with pytest and coverage is needed (.ci/run installs them)');
  return PYTHON.python;
};

const COMMANDS = () =>
  [
    `test: ${python()} -m coverage run --source=shop -m pytest -p no:cacheprovider -q --junitxml=reports/junit.xml`,
    `coverage: ${python()} -m coverage xml -o reports/coverage.xml`,
    'env: env',
  ].join('\n');

const ENV = {
  PYTHONDONTWRITEBYTECODE: '1',
  MMF_E2E_SETTING: 'kept-for-the-tests',
  ACTIONS_RUNTIME_TOKEN: 'runtime-credential-4711',
  DB_PASSWORD: 'hunter2-db-password',
};

describe('a pull request with a failing test and uncovered changed lines', () => {
  test('check run with annotations, sticky comment, job summary and outputs; the gates fail the step', async () => {
    server.reset();
    const { dir, headSha, event } = pythonRepo('fail', 301);
    const inputs = {
      commands: COMMANDS(),
      junit: 'reports/junit.xml',
      coverage: 'reports/coverage.xml',
      'min-changed-lines-coverage': '80',
    };
    const first = await runAction({ label: 'ci-fail-1', cwd: dir, event, inputs, env: ENV, entry: CI });
    expectExit(first, 3);
    expectNoValidationErrors();
    // How each command ended is said once, with its log; the failed one also gets an error annotation.
    const ends = (name: string) =>
      first.stdout.split('\n').filter((l) => new RegExp(`${name} exited \\d+ after`).test(l));
    expect(ends('coverage')).toEqual([expect.stringMatching(/^coverage exited 0 after [\d.]+ s \(log: /)]);
    expect(ends('test')).toEqual([
      expect.stringMatching(/^::error.*test exited 1 after [\d.]+ s: its gate command:test fails/),
      expect.stringMatching(/^test exited 1 after [\d.]+ s \(log: /),
    ]);

    expect(first.outputs).toMatchObject({
      tests: '3',
      failures: '1',
      skipped: '1',
      flaky: '0',
      verdict: 'fail',
    });
    // 9 statements (coverage.py's lines), 6 run (the `def` lines run at import): 66.66 % (floored).
    expect(first.outputs.coverage).toBe('66.66');
    // Changed statements 5,6,7,8,11,12,13, of which 5,6,8,11 run: 4 of 7 = 57.14 %.
    expect(first.outputs['changed-lines-coverage']).toBe('57.14');

    const runs = server.checkRuns;
    expect(runs).toHaveLength(1);
    const run = runs[0]!;
    expect(run).toMatchObject({ name: 'ci', head_sha: headSha, status: 'completed', conclusion: 'failure' });
    const failures = run.annotations.filter((a) => a.annotation_level === 'failure');
    expect(failures).toEqual([
      expect.objectContaining({ path: 'tests/test_cart.py', start_line: 11, end_line: 11 }),
    ]);
    expect(failures[0]?.message).toMatch(/assert 90 == 91/);
    const uncovered = run.annotations
      .filter((a) => a.annotation_level === 'warning')
      .map((a) => [a.path, a.start_line, a.end_line]);
    // Merged into ranges: 7 alone, 12-13 as one.
    expect(uncovered).toEqual([
      ['shop/cart.py', 7, 7],
      ['shop/cart.py', 12, 13],
    ]);

    const comments = prComments(301);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('ci: ');
    expect(comments[0]?.body).toContain('test_discount');
    expect(first.outputs['comment-url']).toBe(
      `https://github.com/${OWNER}/${REPO}/pull/301#issuecomment-${comments[0]?.id}`,
    );
    expect(first.summary).toContain('test_discount');
    expect(first.summary).toMatch(/min-changed-lines-coverage/);

    // The report files beside report-path; the commands' environment, from the env command's log.
    const reportPath = first.outputs['report-path'] as string;
    expect(JSON.parse(readFileSync(reportPath, 'utf8'))).toMatchObject({
      tests: { total: 3, failed: 1, skipped: 1 },
      verdict: 'fail',
    });
    const envLog = readFileSync(join(dirname(reportPath), 'logs', 'env.log'), 'utf8');
    expect(envLog).toContain('MMF_E2E_SETTING=kept-for-the-tests');
    expect(envLog).toContain(`GITHUB_WORKSPACE=${dir}`);
    expect(envLog).not.toMatch(/^(INPUT_|ACTIONS_|GITHUB_OUTPUT=|GITHUB_STEP_SUMMARY=|GITHUB_ENV=)/m);
    expect(envLog).not.toContain(TOKEN);
    // A credential-looking value the commands may see never reaches the comment or the summary.
    expect(envLog).toContain('DB_PASSWORD=hunter2-db-password');
    for (const text of [
      comments[0]?.body ?? '',
      first.summary,
      run.output.summary ?? '',
      run.output.text ?? '',
    ])
      expect(text).not.toContain('hunter2-db-password');

    // A rerun updates the one comment and adds a new check run for the commit.
    const second = await runAction({ label: 'ci-fail-2', cwd: dir, event, inputs, env: ENV, entry: CI });
    expectExit(second, 3);
    expectNoValidationErrors();
    expect(prComments(301)).toHaveLength(1);
  });
});

describe('compute without publishing, then mode: publish', () => {
  test('the publish run posts the bundle the compute run wrote, and succeeds: the compute run already failed', async () => {
    server.reset();
    const { dir, event } = pythonRepo('publish', 302);
    const compute = await runAction({
      label: 'ci-compute',
      cwd: dir,
      event,
      env: ENV,
      entry: CI,
      inputs: {
        commands: COMMANDS(),
        junit: 'reports/junit.xml',
        coverage: 'reports/coverage.xml',
        // One failed test is allowed; the coverage gate passes.
        'max-failures': '1',
        'min-coverage': '60',
        'comment-id': 'shop',
        comment: 'false',
        'check-run': 'false',
      },
    });
    // The test command exits 1, so its gate command:test fails even though max-failures allows it.
    expectExit(compute, 3);
    expect(compute.outputs.verdict).toBe('fail');
    expect(server.checkRuns).toHaveLength(0);
    expect(prComments(302)).toHaveLength(0);
    const bundle = compute.outputs['report-bundle'] as string;
    expect(existsSync(bundle)).toBe(true);

    const publish = await runAction({
      label: 'ci-publish',
      cwd: dir,
      event,
      entry: CI,
      inputs: { mode: 'publish', report: bundle },
    });
    expectExit(publish, 0);
    expectNoValidationErrors();
    expect(server.checkRuns.map((r) => [r.name, r.conclusion])).toEqual([['ci: shop', 'failure']]);
    const comments = prComments(302);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('command:test');
  });

  test('bad input fails the step with exit 1 and a clear message, before any command runs', async () => {
    server.reset();
    const { dir, event } = pythonRepo('bad', 303);
    const run = await runAction({
      label: 'ci-bad',
      cwd: dir,
      event,
      entry: CI,
      inputs: { commands: 'touch: touch ran.txt', junit: 'reports/*.xml', 'min-coverage': '80' },
    });
    expectExit(run, 1);
    expect(run.stdout).toContain('needs coverage reports');
    expect(existsSync(join(dir, 'ran.txt'))).toBe(false);
    expect(server.checkRuns).toHaveLength(0);
  });
});

describe('the root action (mmf/actions@v1 with command: ci)', () => {
  test('dispatches to the ci bundle: its outputs and check run', async () => {
    server.reset();
    const { dir, event } = pythonRepo('umbrella', 304);
    const run = await runAction({
      label: 'ci-umbrella',
      cwd: dir,
      event,
      env: ENV,
      entry: UMBRELLA,
      inputs: {
        command: 'ci',
        commands: COMMANDS(),
        junit: 'reports/junit.xml',
        'max-failures': '5',
        comment: 'false',
      },
    });
    // command:test still fails (pytest exits 1).
    expectExit(run, 3);
    expectNoValidationErrors();
    expect(run.outputs).toMatchObject({ tests: '3', failures: '1', coverage: '', verdict: 'fail' });
    expect(server.checkRuns.map((r) => r.name)).toEqual(['ci']);
  });
});
