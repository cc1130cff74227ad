/**
 * End-to-end tests of how the bundled action publishes on GitHub (dist/helm-migrate/index.js against the
 * local GitHub stand-in): rate limits and transient failures (injected), comment keys and part limits,
 * event contexts (push, merge_group, pull_request_target, workflow_dispatch) and the workflow_run
 * publication of a report computed by an unprivileged run (the fork pattern).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GitHubServer, fakeSha, startGitHubServer } from '../support/github/server.js';
import {
  CHART,
  HELM,
  HELM_MIGRATE,
  KUBECTL,
  OWNER,
  REPO,
  SCRATCH,
  SMALL_BASE,
  TOKEN,
  VALUES_DEV,
  chartRepo,
  diffInputs,
  expectExit,
  expectNoValidationErrors,
  git,
  ourComments,
  prEvent,
  requestsOf,
  runAction,
  seedPr,
  timings,
  useServer,
  validateInputs,
  valuesYaml,
} from './harness.js';

let server: GitHubServer;
const PAT = 'ghp_e2ePersonalToken0123456789';

beforeAll(async () => {
  server = await startGitHubServer({ token: TOKEN });
  useServer(server);
  for (const f of [HELM_MIGRATE, HELM, KUBECTL]) if (!existsSync(f)) throw new Error(`missing ${f}`);
});

afterAll(async () => {
  await server?.close();
  console.log(`publishing e2e runs:\n  ${timings.join('\n  ')}`);
  rmSync(SCRATCH, { recursive: true, force: true });
});

beforeEach(() => server.reset());

/** diff inputs with no `base-ref`: the event decides what to compare with. */
function withoutBaseRef(inputs: Record<string, string>): Record<string, string> {
  const out = { ...inputs };
  delete out['base-ref'];
  return out;
}

const createComment = (r: { method: string; path: string }) =>
  r.method === 'POST' && /\/issues\/\d+\/comments$/.test(r.path);
const createCheckRun = (r: { method: string; path: string }) =>
  r.method === 'POST' && /\/check-runs$/.test(r.path);

describe('rate limits and transient failures', () => {
  it('a 403 primary rate limit is waited out and retried, not reported as a fork', async () => {
    seedPr(801);
    const { repo } = chartRepo('rate-403', SMALL_BASE);
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    server.failWith(
      createComment,
      403,
      {
        message: 'API rate limit exceeded for installation ID 4242.',
        documentation_url: 'https://docs.github.com/rest',
      },
      { times: 1, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset } },
    );
    const run = await runAction({
      label: 'rate-403-retried',
      cwd: repo,
      event: prEvent(801),
      inputs: validateInputs(repo),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(requestsOf('issues/create-comment').map((r) => r.status)).toEqual([403, 201]);
    expect(ourComments(801)).toHaveLength(1);
    expect(run.stdout).toMatch(/GitHub rate limit on POST .*retrying in \d+ s/);
    expect(run.stdout).not.toMatch(/fork/i);
  });

  it('a rate limit that lasts is reported as a rate limit with its reset time; the step still passes', async () => {
    seedPr(802);
    const { repo } = chartRepo('rate-403-long', SMALL_BASE);
    const reset = Math.floor(Date.now() / 1000) + 3600;
    server.failWith(
      createComment,
      403,
      {
        message: 'API rate limit exceeded for installation ID 4242.',
        documentation_url: 'https://docs.github.com/rest',
      },
      { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } },
    );
    const run = await runAction({
      label: 'rate-403-lasting',
      cwd: repo,
      event: prEvent(802),
      inputs: validateInputs(repo),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(requestsOf('issues/create-comment')).toHaveLength(1);
    const warning = run.stdout
      .split('\n')
      .find((l) => l.startsWith('::warning::') && l.includes('rate limit'));
    expect(warning).toContain(`rate limit is used up until ${new Date(reset * 1000).toISOString()}`);
    expect(warning).not.toMatch(/fork/i);
    expect(run.summary).toContain('Not published: the token');
    expect(server.checkRuns).toHaveLength(1); // the check run still went through
  });

  it('a secondary rate limit (403 with retry-after) and a 429 are retried', async () => {
    seedPr(803);
    const { repo } = chartRepo('secondary', SMALL_BASE);
    server.failWith(
      createComment,
      403,
      {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest',
      },
      { times: 1, headers: { 'retry-after': '1' } },
    );
    server.failWith(createCheckRun, 429, undefined, { times: 1, headers: { 'retry-after': '1' } });
    const run = await runAction({
      label: 'secondary-429',
      cwd: repo,
      event: prEvent(803),
      inputs: validateInputs(repo),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(requestsOf('issues/create-comment').map((r) => r.status)).toEqual([403, 201]);
    expect(requestsOf('checks/create').map((r) => r.status)).toEqual([429, 201]);
    expect(run.stdout).toMatch(/secondary rate limit on POST/);
    expect(run.stdout).not.toMatch(/^::warning::/m);
  });

  it('a secondary rate limit that persists is reported as such (not as a missing permission)', async () => {
    seedPr(804);
    const { repo } = chartRepo('secondary-lasting', SMALL_BASE);
    server.failWith(
      createComment,
      403,
      {
        message: 'You have exceeded a secondary rate limit.',
        documentation_url: 'https://docs.github.com/rest',
      },
      { headers: { 'retry-after': '120' } },
    );
    const run = await runAction({
      label: 'secondary-lasting',
      cwd: repo,
      event: prEvent(804),
      inputs: validateInputs(repo),
    });
    expectExit(run, 0);
    expect(run.stdout).toMatch(
      /^::warning::GitHub's secondary rate limit stopped the request to comment on pull request #804/m,
    );
    expect(run.stdout).not.toMatch(/fork|permission/i);
  });

  it('a 503 on the check run is retried', async () => {
    seedPr(805);
    const { repo } = chartRepo('check-503', SMALL_BASE);
    server.failWith(createCheckRun, 503, undefined, { times: 1 });
    const run = await runAction({
      label: 'check-503',
      cwd: repo,
      event: prEvent(805),
      inputs: validateInputs(repo),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(requestsOf('checks/create').map((r) => r.status)).toEqual([503, 201]);
    expect(server.checkRuns).toHaveLength(1);
  });

  it('a missing permission names it (same-repository pull request, GITHUB_TOKEN)', async () => {
    seedPr(806);
    const { repo } = chartRepo('no-checks', SMALL_BASE);
    server.failWith(
      createCheckRun,
      403,
      {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      },
      {
        headers: { 'x-accepted-github-permissions': 'checks=write' },
      },
    );
    const run = await runAction({
      label: 'no-checks',
      cwd: repo,
      event: prEvent(806),
      inputs: validateInputs(repo),
    });
    expectExit(run, 0);
    const warning = run.stdout
      .split('\n')
      .find((l) => l.startsWith('::warning::') && l.includes('check run'));
    expect(warning).toContain('GITHUB_TOKEN (or the GitHub App) needs `checks: write`');
    expect(warning).toContain('GitHub accepts: checks=write');
    expect(warning).not.toMatch(/fork/i);
    expect(ourComments(806)).toHaveLength(1);
  });

  it('a personal access token: the comment is found by its user; the check run is refused with the reason', async () => {
    await server.close();
    server = await startGitHubServer({ token: PAT, tokenKind: 'pat' });
    useServer(server);
    try {
      seedPr(808);
      const { repo } = chartRepo('pat', SMALL_BASE);
      const first = await runAction({
        label: 'pat-1',
        cwd: repo,
        event: prEvent(808),
        inputs: validateInputs(repo, { token: PAT }),
      });
      expectExit(first, 0);
      expectNoValidationErrors();
      const warning = first.stdout
        .split('\n')
        .find((l) => l.startsWith('::warning::') && l.includes('check run'));
      expect(warning).toContain('only GITHUB_TOKEN or a GitHub App token can create a check run');
      const [comment] = ourComments(808);
      expect(comment?.user.type).toBe('User');
      const second = await runAction({
        label: 'pat-2',
        cwd: repo,
        event: prEvent(808),
        inputs: validateInputs(repo, { token: PAT }),
      });
      expectExit(second, 0);
      expect(ourComments(808).map((c) => c.id)).toEqual([comment!.id]);
    } finally {
      await server.close();
      server = await startGitHubServer({ token: TOKEN });
      useServer(server);
    }
  });

  it('a bad token (401) fails the step after the report is in the job summary', async () => {
    seedPr(807);
    const { repo } = chartRepo('bad-token', SMALL_BASE);
    const run = await runAction({
      label: 'bad-token',
      cwd: repo,
      event: prEvent(807),
      inputs: validateInputs(repo, { token: 'ghs_notTheRightToken' }),
    });
    expectExit(run, 1);
    expect(run.stdout).toMatch(
      /^::error::The report is in the job summary, but publishing it failed: GitHub rejected the token/m,
    );
    expect(run.summary).toContain('| dev | ✅ identical |');
    expect(run.outputs.parity).toBe('true');
    // only the command that tells the runner to mask it names the token
    expect(run.stdout.split('\n').filter((l) => l.includes('ghs_notTheRightToken'))).toEqual([
      '::add-mask::ghs_notTheRightToken',
    ]);
  });
});

describe('comment keys and sizes', () => {
  it('two steps on one chart (validate and diff) keep one comment each; comment-id shares one', async () => {
    seedPr(811);
    const { repo, sha } = chartRepo('two-steps', SMALL_BASE);
    writeFileSync(join(repo, VALUES_DEV), valuesYaml({ ...SMALL_BASE, replicas: 3 }));
    const validate = await runAction({
      label: 'key-validate',
      cwd: repo,
      event: prEvent(811),
      inputs: validateInputs(repo),
    });
    const diff = await runAction({
      label: 'key-diff',
      cwd: repo,
      event: prEvent(811),
      inputs: diffInputs(sha),
    });
    expectExit(validate, 0);
    expectExit(diff, 0);
    const ours = ourComments(811);
    expect(ours).toHaveLength(2);
    expect(ours.map((c) => /id="([^"]*)"/.exec(c.body)?.[1])).toEqual([
      `PR review/review/${CHART}/validate/${join(repo, 'nope')}`,
      `PR review/review/${CHART}/diff/k8s`,
    ]);
    const shared = await runAction({
      label: 'key-shared',
      cwd: repo,
      event: prEvent(811),
      inputs: diffInputs(sha, { 'comment-id': 'my-review' }),
    });
    expectExit(shared, 0);
    const again = await runAction({
      label: 'key-shared-validate',
      cwd: repo,
      event: prEvent(811),
      inputs: validateInputs(repo, { 'comment-id': 'my-review' }),
    });
    expectExit(again, 0);
    const keyed = ourComments(811).filter((c) => c.body.includes('id="my-review"'));
    expect(keyed).toHaveLength(1);
    expect(keyed[0]!.body).toContain('helm-migrate validate');
  });

  it('max-comment-parts (default 2): a longer report posts two parts, the last linking the run', async () => {
    seedPr(812);
    const { repo, sha } = chartRepo('max-parts', SMALL_BASE);
    const extra = Array.from({ length: 300 }, (_, i) => ({
      name: `bulk-${i}`,
      data: Object.fromEntries(
        Array.from({ length: 12 }, (_, k) => [`KEY_${k}`, `${'x'.repeat(40)}-${i}-${k}`]),
      ),
    }));
    writeFileSync(
      join(repo, VALUES_DEV),
      valuesYaml({ ...SMALL_BASE, configMaps: [...SMALL_BASE.configMaps, ...extra] }),
    );
    const run = await runAction({
      label: 'max-parts',
      cwd: repo,
      event: prEvent(812),
      inputs: diffInputs(sha),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    const parts = ourComments(812);
    expect(parts).toHaveLength(2);
    expect(parts[1]!.body).toMatch(
      /✂️ \d+ more part\(s\) of this report are not posted here \(max-comment-parts: 2\)/,
    );
    expect(parts[1]!.body).toContain(`[this run](https://github.com/${OWNER}/${REPO}/actions/runs/1)`);
    for (const p of parts) expect(p.body.length).toBeLessThanOrEqual(65_536);
    // The job summary still has every resource.
    for (const i of [0, 150, 299])
      expect(run.summary).toContain(`ConfigMap/orders-bulk-${i} (namespace shop): added`);
  });
});

describe('event contexts', () => {
  it('push: no comment, the check run on `after`, diff compares with `before`', async () => {
    const { repo, sha: before } = chartRepo('push', SMALL_BASE);
    writeFileSync(join(repo, VALUES_DEV), valuesYaml({ ...SMALL_BASE, replicas: 7 }));
    git(repo, 'commit', '-q', '-am', 'seven replicas');
    const after = git(repo, 'rev-parse', 'HEAD');
    const inputs = withoutBaseRef(diffInputs(''));
    const run = await runAction({
      label: 'push',
      cwd: repo,
      event: { ref: 'refs/heads/main', before, after, repository: { full_name: `${OWNER}/${REPO}` } },
      inputs,
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(run.outputs['changed-resources']).toBe('1');
    expect(server.comments).toHaveLength(0);
    expect(server.checkRuns.map((r) => r.head_sha)).toEqual([after]);
    expect(run.stdout).toContain(`@${before}`);
    expect(run.summary).toContain('Deployment/orders-web (namespace shop): changed');
  });

  it('merge_group: diff compares with base_sha', async () => {
    const { repo, sha: base } = chartRepo('merge-group', SMALL_BASE);
    writeFileSync(join(repo, VALUES_DEV), valuesYaml({ ...SMALL_BASE, replicas: 4 }));
    git(repo, 'commit', '-q', '-am', 'four replicas');
    const head = git(repo, 'rev-parse', 'HEAD');
    const inputs = withoutBaseRef(diffInputs(''));
    const run = await runAction({
      label: 'merge-group',
      cwd: repo,
      eventName: 'merge_group',
      event: {
        merge_group: {
          head_sha: head,
          base_sha: base,
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-1',
          base_ref: 'refs/heads/main',
        },
      },
      inputs,
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(run.outputs['changed-resources']).toBe('1');
    expect(server.checkRuns.map((r) => r.head_sha)).toEqual([head]);
    expect(run.stdout).toContain(`@${base}`);
  });

  it('pull_request_target: warns that the workspace holds the base branch', async () => {
    seedPr(821);
    const { repo } = chartRepo('prt', SMALL_BASE);
    const run = await runAction({
      label: 'pull-request-target',
      cwd: repo,
      event: prEvent(821),
      env: { GITHUB_EVENT_NAME: 'pull_request_target' },
      inputs: validateInputs(repo),
    });
    expectExit(run, 0);
    expect(run.stdout).toMatch(/^::warning::pull_request_target: .*checks out the base branch/m);
    expect(ourComments(821)).toHaveLength(1);
  });

  it('workflow_dispatch: no pull request, the report in the summary and a check run', async () => {
    const { repo } = chartRepo('dispatch', SMALL_BASE);
    const run = await runAction({
      label: 'dispatch',
      cwd: repo,
      eventName: 'workflow_dispatch',
      event: { ref: 'refs/heads/main', inputs: {} },
      inputs: validateInputs(repo),
    });
    expectExit(run, 0);
    expect(server.comments).toHaveLength(0);
    expect(server.checkRuns).toHaveLength(1);
    expect(run.summary).toContain('| dev | ✅ identical |');
  });
});

describe('workflow_run: publishing what an unprivileged fork run computed', () => {
  const PR = 831;
  let bundle: string;
  let headSha: string;

  beforeEach(async () => {
    seedPr(PR, true);
    headSha = (prEvent(PR, { fork: true }) as { pull_request: { head: { sha: string } } }).pull_request.head
      .sha;
    const { repo } = chartRepo('fork-compute', SMALL_BASE);
    server.simulateReadOnlyToken();
    const compute = await runAction({
      label: 'fork-compute',
      cwd: repo,
      event: prEvent(PR, { fork: true }),
      inputs: validateInputs(repo, { comment: 'false', 'check-run': 'false' }),
    });
    expectExit(compute, 0);
    expect(server.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
    bundle = join(compute.dir, 'downloaded-report.json');
    writeFileSync(bundle, readFileSync(compute.outputs['report-bundle']!, 'utf8'));
    server.reset();
    seedPr(PR, true);
  });

  const workflowRunEvent = (sha: string) => ({
    action: 'completed',
    workflow_run: {
      id: 9001,
      event: 'pull_request',
      head_sha: sha,
      head_repository: { full_name: 'contributor/user-service' },
      pull_requests: [],
      conclusion: 'success',
    },
  });

  it('posts the comment on the pull request the bundle names after checking its head commit', async () => {
    const run = await runAction({
      label: 'workflow-run-publish',
      cwd: SCRATCH,
      eventName: 'workflow_run',
      event: workflowRunEvent(headSha),
      inputs: { mode: 'publish', report: bundle },
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(requestsOf('pulls/get').map((r) => r.params.pull_number)).toEqual([String(PR)]);
    const ours = ourComments(PR);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('helm-migrate validate');
    expect(ours[0]!.body).toContain('| dev | ✅ identical |');
    expect(server.checkRuns.map((r) => [r.name, r.head_sha, r.conclusion])).toEqual([
      ['helm-migrate: charts/demo', headSha, 'success'],
    ]);
  });

  it('a bundle naming a pull request whose head is another commit gets no comment', async () => {
    const other = fakeSha('some-other-commit');
    const run = await runAction({
      label: 'workflow-run-forged',
      cwd: SCRATCH,
      eventName: 'workflow_run',
      event: workflowRunEvent(other),
      inputs: { mode: 'publish', report: bundle },
    });
    expectExit(run, 0);
    expect(run.stdout).toMatch(
      /^::warning::The report names pull request #831, whose head .* is not the commit the run built/m,
    );
    expect(ourComments(PR)).toHaveLength(0);
    expect(server.checkRuns.map((r) => r.head_sha)).toEqual([other]);
  });

  it('a file that is not a report bundle is refused with E_INPUT_INVALID', async () => {
    const bogus = join(SCRATCH, 'bogus-bundle.json');
    writeFileSync(bogus, JSON.stringify({ schema: 'mmf-actions/report-bundle@1', report: { title: 1 } }));
    const run = await runAction({
      label: 'workflow-run-bogus',
      cwd: SCRATCH,
      eventName: 'workflow_run',
      event: workflowRunEvent(headSha),
      inputs: { mode: 'publish', report: bogus },
    });
    expectExit(run, 1);
    expect(run.stdout).toMatch(/^::error::error\[E_INPUT_INVALID\].*not a report bundle/m);
    expect(server.requests).toHaveLength(0);
  });
});
