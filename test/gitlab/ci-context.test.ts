/** GitLab's predefined CI/CD variables → the review's context (actions/runtime/gitlab/ci-context.ts). */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noteUrl, readGitLabContext } from '../../actions/runtime/gitlab/ci-context.js';

const SHA = (c: string) => c.repeat(40);
let project: string;
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'mmf-gl-context-'));
  mkdirSync(join(project, 'charts'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const base = {
  GITLAB_CI: 'true',
  CI_API_V4_URL: 'https://gitlab.example.com/api/v4/',
  CI_PROJECT_ID: '42',
  CI_PROJECT_URL: 'https://gitlab.example.com/mmf/service',
  CI_JOB_NAME: 'api-helm-migrate',
};

it('reads a merge request pipeline: note target, diff base, job name', () => {
  const ctx = readGitLabContext(
    {
      ...base,
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '12',
      CI_MERGE_REQUEST_PROJECT_ID: '41',
      CI_MERGE_REQUEST_PROJECT_URL: 'https://gitlab.example.com/mmf/upstream',
      CI_MERGE_REQUEST_EVENT_TYPE: 'detached',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: SHA('b'),
      CI_MERGE_REQUEST_TARGET_BRANCH_SHA: SHA('t'),
      CI_COMMIT_SHA: SHA('h'),
      CI_PROJECT_DIR: project,
    },
    join(project, 'charts'),
  );
  expect(ctx).toMatchObject({
    inCi: true,
    apiUrl: 'https://gitlab.example.com/api/v4',
    projectId: '41',
    mergeRequestIid: 12,
    eventBase: SHA('b'),
    commitSha: SHA('h'),
    jobName: 'api-helm-migrate',
    projectDir: project,
    hasJobToken: false,
  });
  expect(noteUrl(ctx, 5)).toBe('https://gitlab.example.com/mmf/upstream/-/merge_requests/12#note_5');
});

it.each(['merged_result', 'merge_train'])(
  'compares a %s pipeline with the target branch commit it merges into',
  (type) => {
    const ctx = readGitLabContext({
      ...base,
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '3',
      CI_MERGE_REQUEST_EVENT_TYPE: type,
      CI_MERGE_REQUEST_DIFF_BASE_SHA: SHA('b'),
      CI_MERGE_REQUEST_TARGET_BRANCH_SHA: SHA('t'),
    });
    expect(ctx.eventBase).toBe(SHA('t'));
  },
);

it('compares a push with the commit before it, and a new branch with nothing', () => {
  expect(
    readGitLabContext({ ...base, CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BEFORE_SHA: SHA('p') }).eventBase,
  ).toBe(SHA('p'));
  const fresh = readGitLabContext({ ...base, CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BEFORE_SHA: SHA('0') });
  expect(fresh.eventBase).toBeUndefined();
  expect(fresh.mergeRequestIid).toBeUndefined();
});

it('takes an external pull request’s target commit, and nothing from a schedule', () => {
  expect(
    readGitLabContext({
      ...base,
      CI_PIPELINE_SOURCE: 'external_pull_request_event',
      CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_SHA: SHA('e'),
    }).eventBase,
  ).toBe(SHA('e'));
  expect(
    readGitLabContext({ ...base, CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BEFORE_SHA: SHA('p') }).eventBase,
  ).toBeUndefined();
});

it('works in the folder it runs in when CI_PROJECT_DIR is elsewhere (gitlab-ci-local’s shell executor)', () => {
  const ctx = readGitLabContext(
    { ...base, CI_PROJECT_DIR: '/builds/mmf/service', CI_JOB_TOKEN: 'x' },
    project,
  );
  expect(ctx.projectDir).toBe(project);
  expect(ctx.hasJobToken).toBe(true);
  expect(readGitLabContext({}, project)).toMatchObject({
    inCi: false,
    projectDir: project,
    jobName: 'helm-migrate',
  });
});
