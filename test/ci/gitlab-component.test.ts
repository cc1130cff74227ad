/**
 * The ci component (templates/ci.yml) for real: gitlab-ci-local runs a merge request pipeline of a
 * project that includes the component from its own working tree (`@$CI_COMMIT_SHA`), with the
 * shell executor and `mmf` on the PATH (a wrapper around the bundled CLI). The job's commands run
 * pytest under coverage.py (Debian's python3-pytest and python3-coverage) on a change with a
 * failing test and uncovered lines; the job fails on its gates and leaves the junit, Cobertura,
 * codequality and dotenv reports GitLab reads. Needs `npm run bundle` and rsync.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createConsumerProject,
  type ConsumerProject,
  type GitLabCiLocalRun,
} from '../support/gitlab-ci-local.js';
import { scratchDir } from '../support/git-repos.js';
import { BOT_TOKEN, type GitLabServer, startGitLabServer } from '../support/gitlab/server.js';
import { PYTHON, REPO_ROOT } from './support.js';

const TEMPLATE = readFileSync(join(REPO_ROOT, 'templates', 'ci.yml'), 'utf8');
const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');

let bin: string;
let gitlab: GitLabServer;
const projects: ConsumerProject[] = [];
const IID = 7;

beforeAll(async () => {
  gitlab = await startGitLabServer({ projects: [{ id: 1217, path: 'mmf/actions' }] });
  if (!existsSync(CLI)) throw new Error(`missing ${CLI} (npm run bundle)`);
  if (!PYTHON) throw new Error('python3 with pytest and coverage is needed (.ci/run installs them)');
  bin = scratchDir('mmf-ci-bin-');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'mmf'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(bin, 'mmf'), 0o755);
});

afterAll(async () => {
  await gitlab?.close();
  for (const p of projects) p.cleanup();
  rmSync(bin, { recursive: true, force: true });
});

const explain = (run: GitLabCiLocalRun) =>
  `gitlab-ci-local ${run.args.join(' ')} exited ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;

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
].join('\n');

const CHANGED_TESTS = [
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
].join('\n');

function pipeline(python: string): string {
  return [
    'stages: [test]',
    '',
    'include:',
    '  - component: $CI_SERVER_FQDN/mmf/actions/ci@$CI_COMMIT_SHA',
    '    inputs:',
    '      job-prefix: shop-',
    '      commands: |',
    `        test: ${python} -m coverage run --source=shop -m pytest -p no:cacheprovider -q --junitxml=reports/junit.xml`,
    `        coverage: ${python} -m coverage xml -o reports/coverage.xml`,
    '      junit: reports/junit.xml',
    '      coverage: reports/coverage.xml',
    "      min-changed-lines-coverage: '80'",
    '      gitlab-token: $CI_REPORT_TOKEN',
    '',
  ].join('\n');
}

test('a merge request pipeline: the gates fail the job; junit, Cobertura, codequality and dotenv reports', async () => {
  const python = PYTHON!.python;
  const project = createConsumerProject({
    // The component's own project: the include at $CI_COMMIT_SHA is read from the working tree.
    origin: 'http://127.0.0.1:9/mmf/actions.git',
    files: {
      'templates/ci.yml': TEMPLATE,
      'shop/__init__.py': '',
      'shop/cart.py': 'def total(prices):\n    return sum(prices)\n',
      'tests/__init__.py': '',
      'tests/test_cart.py':
        'from shop.cart import total\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n',
      '.gitlab-ci.yml': pipeline(python),
    },
  });
  projects.push(project);
  const base = project.sha;
  const head = project.commit(
    { 'shop/cart.py': CHANGED_CART, 'tests/test_cart.py': CHANGED_TESTS },
    'discount',
  );
  gitlab.seedMergeRequest({ project: 'mmf/actions', iid: IID, sha: head, baseSha: base });

  const run = await project.run({
    args: ['--force-shell-executor'],
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, PYTHONDONTWRITEBYTECODE: '1' },
    variables: {
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: String(IID),
      CI_API_V4_URL: gitlab.apiUrl,
      CI_REPORT_TOKEN: BOT_TOKEN,
      CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
      CI_JOB_TOKEN: 'job-token-not-for-commands',
    },
    timeoutMs: 240_000,
  });
  // The job fails (a gate), so gitlab-ci-local does.
  if (run.exitCode === 0) throw new Error(`expected the job to fail\n${explain(run)}`);
  const log = run.log('shop-ci');
  expect(log).toMatch(/gate/);

  const reports = run.reports('shop-ci');
  const read = (type: string) => {
    const [path] = reports[type] ?? [];
    if (!path || !existsSync(path)) throw new Error(`no ${type} report at ${path}\n${explain(run)}`);
    return readFileSync(path, 'utf8');
  };
  expect(Object.keys(reports).sort()).toEqual(['codequality', 'coverage_report', 'dotenv', 'junit']);

  // Read where the job wrote them (gitlab-ci-local copies no artifacts of a failed job).
  const dotenv = Object.fromEntries(
    read('dotenv')
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  expect(dotenv).toMatchObject({
    CI_TESTS: '2',
    CI_FAILURES: '1',
    CI_SKIPPED: '0',
    CI_VERDICT: 'fail',
    // 6 statements, 5 run; the changed ones 5,6,7,8: 3 of 4.
    CI_COVERAGE: '83.33',
    CI_CHANGED_LINES_COVERAGE: '75.00',
  });

  const junit = read('junit');
  expect(junit).toContain('test_discount');
  expect(junit).toMatch(/<failure/);

  const cobertura = read('coverage_report');
  expect(cobertura).toContain('filename="shop/cart.py"');
  expect(cobertura).toContain('<line number="7" hits="0" branch="false"/>');
  expect(cobertura).toContain('<line number="8" hits="1" branch="false"/>');

  const codequality = JSON.parse(read('codequality')) as {
    check_name: string;
    location: { path: string; lines: { begin: number; end?: number } };
  }[];
  expect(codequality.map((i) => [i.check_name, i.location.path, i.location.lines.begin])).toEqual(
    expect.arrayContaining([
      [expect.stringContaining('test-failure'), 'tests/test_cart.py', 9],
      [expect.stringContaining('uncovered-lines'), 'shop/cart.py', 7],
    ]),
  );

  // One sticky note on the merge request, with the report; the token nowhere in the job log.
  const notes = gitlab.notesOf(IID, 'mmf/actions').filter((n) => n.body.includes('test_discount'));
  expect(notes).toHaveLength(1);
  expect(notes[0]?.body).toContain('min-changed-lines-coverage');
  expect(log).not.toContain(BOT_TOKEN);
}, 300_000);
