import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEventContext } from '../../../actions/runtime/github/event-context.js';

const dir = mkdtempSync(join(tmpdir(), 'mmf-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function context(name: string, payload: unknown, extra: Record<string, string> = {}) {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(payload));
  return readEventContext({
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '77',
    ...extra,
  });
}

const pr = (fork: boolean) => ({
  number: 12,
  pull_request: {
    number: 12,
    head: { sha: 'a'.repeat(40), repo: { full_name: fork ? 'someone/shop' : 'acme/shop', fork } },
    base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/shop' } },
  },
});

describe('readEventContext', () => {
  test('pull_request: the PR, its head, its base; a fork is recognised', () => {
    expect(context('pull_request', pr(false))).toMatchObject({
      pullRequest: 12,
      sha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      fork: false,
      warnings: [],
      runUrl: 'https://github.com/acme/shop/actions/runs/77',
    });
    expect(context('pull_request', pr(true)).fork).toBe(true);
  });

  test('the ref the run is on and the default branch of the event repository', () => {
    const c = context(
      'push',
      { after: 'd'.repeat(40), repository: { default_branch: 'trunk' } },
      { GITHUB_REF: 'refs/heads/trunk' },
    );
    expect(c).toMatchObject({ ref: 'refs/heads/trunk', defaultBranch: 'trunk' });
    const bare = context('push', { after: 'd'.repeat(40) });
    expect(bare.ref).toBeUndefined();
    expect(bare.defaultBranch).toBeUndefined();
  });

  test('pull_request_target warns that the base is checked out', () => {
    const c = context('pull_request_target', pr(true));
    expect(c.pullRequest).toBe(12);
    expect(c.warnings[0]).toContain('checks out the base branch');
  });

  test('push compares with before (not for a new branch); merge_group with base_sha', () => {
    expect(context('push', { before: 'c'.repeat(40), after: 'd'.repeat(40) })).toMatchObject({
      sha: 'd'.repeat(40),
      baseSha: 'c'.repeat(40),
    });
    expect(context('push', { before: '0'.repeat(40), after: 'd'.repeat(40) }).baseSha).toBeUndefined();
    expect(
      context('merge_group', { merge_group: { head_sha: 'e'.repeat(40), base_sha: 'b'.repeat(40) } }),
    ).toMatchObject({ sha: 'e'.repeat(40), baseSha: 'b'.repeat(40) });
  });

  test('workflow_run: the triggering run, its head commit, a same-repository PR only from the event', () => {
    const run = (prs: unknown[], repo: string) =>
      context('workflow_run', {
        workflow_run: {
          id: 5,
          event: 'pull_request',
          head_sha: 'a'.repeat(40),
          head_repository: { full_name: repo },
          pull_requests: prs,
        },
      });
    expect(run([], 'someone/shop')).toMatchObject({
      sha: 'a'.repeat(40),
      fork: true,
      workflowRun: { id: 5 },
    });
    expect(run([], 'someone/shop').pullRequest).toBeUndefined();
    expect(run([{ number: 3 }], 'acme/shop')).toMatchObject({ pullRequest: 3, fork: false });
  });

  test('GitHub Enterprise Server: GITHUB_API_URL and GITHUB_SERVER_URL', () => {
    const c = context(
      'workflow_dispatch',
      {},
      {
        GITHUB_API_URL: 'https://ghe.example.test/api/v3/',
        GITHUB_SERVER_URL: 'https://ghe.example.test',
      },
    );
    expect(c).toMatchObject({
      apiUrl: 'https://ghe.example.test/api/v3',
      runUrl: 'https://ghe.example.test/acme/shop/actions/runs/77',
    });
    expect(c.pullRequest).toBeUndefined();
    expect(context('issue_comment', {}).warnings[0]).toContain('no pull request to comment on');
  });
});
