/**
 * The GitLab publishing of actions/runtime/gitlab/ against the REST API stand-in: the sticky merge
 * request note (created, updated in place, split at 1,000,000 characters, stale parts deleted,
 * only the token's own notes touched), retries of 429 and 5xx, failures classified by status
 * (401/403 naming the `api` scope, 404), and what happens without a token. Every request is
 * checked against the stand-in's contract.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionReport } from '../../actions/kernel/report/action-report.js';
import { commentMarker, GITLAB_NOTE_LIMIT } from '../../actions/kernel/review/split-comment.js';
import { readGitLabContext, type GitLabContext } from '../../actions/runtime/gitlab/ci-context.js';
import {
  publishGitLabReport,
  type GitLabPublishSettings,
} from '../../actions/runtime/gitlab/publish-report.js';
import {
  type GitLabServer,
  BOT_TOKEN,
  HUMAN_USER,
  JOB_TOKEN,
  OTHER_USER,
  PROJECT_BOT,
  READ_ONLY_TOKEN,
  fakeSha,
  startGitLabServer,
} from '../support/gitlab/server.js';

const IID = 7;
const NOTE_ID = 'helm-migrate/charts/user-service/validate/k8s';

let gitlab: GitLabServer;
let dir: string;

beforeAll(async () => {
  gitlab = await startGitLabServer();
});
afterAll(() => gitlab.close());
beforeEach(() => {
  gitlab.reset();
  gitlab.seedMergeRequest({ iid: IID, sha: fakeSha('head') });
  dir = mkdtempSync(join(tmpdir(), 'mmf-gitlab-publish-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A report of `size` characters or so (one section per 50,000-character block). */
function report(
  size = 0,
  headline = 'Parity: every environment renders exactly what Helm renders.',
): ActionReport {
  const blocks = Array.from({ length: Math.ceil(size / 50_000) }, (_, i) => ({
    kind: 'code' as const,
    language: 'diff',
    text: `+ block ${i}\n${'x'.repeat(49_000)}\n`,
  }));
  return {
    capability: 'helm-migrate',
    title: 'helm-migrate validate: charts/user-service',
    subject: 'charts/user-service',
    conclusion: 'success',
    headline,
    summary: [{ label: 'environments', value: 2 }],
    sections: [{ id: 'env:prod', title: 'prod', conclusion: 'success', blocks }],
    annotations: [
      {
        path: 'charts/user-service/values-prod.yaml',
        startLine: 3,
        level: 'notice',
        title: 'prod: Deployment/user-service modified',
        message: 'spec.replicas changed',
        rule: 'resource-change',
      },
    ],
    cases: [{ suite: 'helm-migrate parity', name: 'prod', status: 'passed' }],
    files: [],
    outputs: { parity: 'true', 'changed-resources': '0', 'report-path': '/tmp/elsewhere/review.json' },
    notes: [],
    result: {},
  };
}

function context(overrides: Record<string, string | undefined> = {}): GitLabContext {
  return readGitLabContext(
    {
      GITLAB_CI: 'true',
      CI_API_V4_URL: gitlab.apiUrl,
      CI_PROJECT_ID: '4242',
      CI_PROJECT_URL: 'https://gitlab.example.com/mmf/actions',
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: String(IID),
      CI_JOB_NAME: 'helm-migrate',
      CI_JOB_URL: 'https://gitlab.example.com/mmf/actions/-/jobs/99',
      CI_PROJECT_DIR: dir,
      ...overrides,
    },
    dir,
  );
}

function settings(overrides: Partial<GitLabPublishSettings> = {}): GitLabPublishSettings {
  return {
    context: context(),
    token: BOT_TOKEN,
    reportDir: 'mmf-report/helm-migrate',
    dotenvPrefix: 'HELM_MIGRATE_',
    note: { enabled: true, id: NOTE_ID, maxParts: 2 },
    log: { info: () => {}, warn: () => {} },
    client: { sleep: async () => {} },
    ...overrides,
  };
}

const ours = () => gitlab.notesOf(IID).filter((n) => n.author.id === PROJECT_BOT.id);
const endpoints = () => gitlab.requests.map((r) => `${r.endpoint} ${r.status}`);

it('writes one sticky note, updates it in place, and never touches system notes or other people’s notes', async () => {
  const quoting = gitlab.seedNote({
    mrIid: IID,
    body: `${commentMarker(NOTE_ID, 1)}\nI copied the marker.`,
    author: OTHER_USER,
  });
  const system = gitlab.seedNote({
    mrIid: IID,
    body: commentMarker(NOTE_ID, 1),
    system: true,
    author: HUMAN_USER,
  });

  const first = await publishGitLabReport(report(), settings());
  expect(first.error).toBeUndefined();
  expect(ours()).toHaveLength(1);
  const [note] = ours();
  expect(note!.body.startsWith(commentMarker(NOTE_ID, 1))).toBe(true);
  expect(note!.body).toContain('Parity: every environment renders exactly what Helm renders.');
  expect(first.noteUrl).toBe(
    `https://gitlab.example.com/mmf/actions/-/merge_requests/${IID}#note_${note!.id}`,
  );

  gitlab.clearRecords();
  const second = await publishGitLabReport(report(0, 'Parity failure: prod differs.'), settings());
  expect(second.noteUrl).toBe(first.noteUrl);
  expect(ours()).toEqual([
    expect.objectContaining({ id: note!.id, body: expect.stringContaining('Parity failure: prod differs.') }),
  ]);
  expect(endpoints()).toEqual(['user.get 200', 'notes.list 200', 'notes.update 200']);

  // Unchanged content: nothing is written.
  gitlab.clearRecords();
  await publishGitLabReport(report(0, 'Parity failure: prod differs.'), settings());
  expect(endpoints()).toEqual(['user.get 200', 'notes.list 200']);

  const untouched = gitlab.notesOf(IID).filter((n) => n.id === quoting.id || n.id === system.id);
  expect(untouched).toEqual([quoting, system]);
  expect(gitlab.validationErrors).toEqual([]);
});

it('splits a report over 1,000,000 characters into parts, then deletes the parts a shorter report no longer needs', async () => {
  const big = await publishGitLabReport(report(1_500_000), settings());
  expect(big.error).toBeUndefined();
  const parts = ours();
  expect(parts).toHaveLength(2);
  for (const [i, part] of parts.entries()) {
    expect(part.body.length).toBeLessThanOrEqual(GITLAB_NOTE_LIMIT);
    expect(part.body.startsWith(commentMarker(NOTE_ID, i + 1))).toBe(true);
  }
  // Nothing is dropped: the parts hold at least the whole Markdown report.
  const markdown = readFileSync(join(big.folder.dir, 'report.md'), 'utf8');
  expect(markdown.length).toBeGreaterThan(GITLAB_NOTE_LIMIT);
  expect(parts.map((p) => p.body.length).reduce((a, b) => a + b)).toBeGreaterThan(markdown.length);

  const small = await publishGitLabReport(report(), settings());
  expect(ours()).toEqual([expect.objectContaining({ id: parts[0]!.id })]);
  expect(small.noteUrl).toContain(`#note_${parts[0]!.id}`);
  expect(gitlab.requests.filter((r) => r.endpoint === 'notes.delete')).toHaveLength(1);
  expect(gitlab.validationErrors).toEqual([]);
});

it('stops at max-comment-parts and points at the report in the artifacts', async () => {
  const published = await publishGitLabReport(
    report(2_500_000),
    settings({ note: { enabled: true, id: NOTE_ID, maxParts: 1 } }),
  );
  expect(ours()).toHaveLength(1);
  expect(ours()[0]!.body).toMatch(
    /2 more part\(s\) of this report are not posted here \(max-comment-parts: 1\)/,
  );
  expect(ours()[0]!.body).toContain('[this job](https://gitlab.example.com/mmf/actions/-/jobs/99)');
  expect(ours()[0]!.body).toContain('`mmf-report/helm-migrate/report.md`');
  expect(readFileSync(join(published.folder.dir, 'report.md'), 'utf8').length).toBeGreaterThan(
    2 * GITLAB_NOTE_LIMIT,
  );
  expect(gitlab.validationErrors).toEqual([]);
});

it('writes the codequality, junit and dotenv reports with paths in the project', async () => {
  const published = await publishGitLabReport(report(), settings());
  const folder = join(dir, 'mmf-report', 'helm-migrate');
  expect(published.folder).toMatchObject({
    dir: folder,
    codequality: 'mmf-report/helm-migrate/gl-codequality.json',
    junit: 'mmf-report/helm-migrate/junit.xml',
    dotenv: 'mmf-report/helm-migrate/outputs.env',
  });
  expect(JSON.parse(readFileSync(join(folder, 'gl-codequality.json'), 'utf8'))).toEqual([
    expect.objectContaining({
      check_name: 'resource-change',
      severity: 'info',
      location: { path: 'charts/user-service/values-prod.yaml', lines: { begin: 3 } },
    }),
  ]);
  expect(readFileSync(join(folder, 'junit.xml'), 'utf8')).toContain(
    '<testcase classname="helm-migrate parity" name="prod"',
  );
  // No report file was copied into the folder here, so report-path stays what the report says.
  expect(readFileSync(join(folder, 'outputs.env'), 'utf8')).toBe(
    `HELM_MIGRATE_PARITY=true\nHELM_MIGRATE_CHANGED_RESOURCES=0\nHELM_MIGRATE_REPORT_PATH=/tmp/elsewhere/review.json\nHELM_MIGRATE_NOTE_URL=${published.noteUrl}\n`,
  );
});

it('retries 429 (with Retry-After) and 5xx answers, then succeeds', async () => {
  gitlab.failNext((r) => r.endpoint === 'notes.list', 429, 1, { retryAfter: 2 });
  gitlab.failNext((r) => r.endpoint === 'notes.create', 502, 2);
  const slept: number[] = [];
  const published = await publishGitLabReport(
    report(),
    settings({ client: { sleep: async (ms) => void slept.push(ms) } }),
  );
  expect(published.error).toBeUndefined();
  expect(ours()).toHaveLength(1);
  expect(slept).toEqual([2000, 500, 1000]);
  expect(endpoints()).toEqual([
    'user.get 200',
    'notes.list 429',
    'notes.list 200',
    'notes.create 502',
    'notes.create 502',
    'notes.create 201',
  ]);
  expect(gitlab.validationErrors).toEqual([]);
});

it('keeps the report and does not fail the job when GitLab stays unavailable', async () => {
  gitlab.failNext((r) => r.endpoint === 'notes.create', 503, 10);
  const published = await publishGitLabReport(report(), settings());
  expect(published.error).toBeUndefined();
  expect(published.notes.join('\n')).toMatch(
    /No merge request note: GitLab did not answer the request to write the note on merge request !7 \(HTTP 503.*still after 3 retries\)/,
  );
  expect(existsSync(join(published.folder.dir, 'report.md'))).toBe(true);
  expect(ours()).toEqual([]);
});

it.each([
  [
    'an invalid token',
    'glpat-not-a-known-token-00000000',
    /GitLab rejected the token .*HTTP 401.*`api` scope.*CI_JOB_TOKEN cannot write merge request notes/,
    'auth',
  ],
  ['CI_JOB_TOKEN given as gitlab-token', JOB_TOKEN, /GitLab rejected the token .*HTTP 401/, 'auth'],
  [
    'a read_api token',
    READ_ONLY_TOKEN,
    /the token cannot write the note on merge request !7 \(HTTP 403: .*insufficient_scope.*\): the token's scopes do not include `api`/,
    'permission',
  ],
])('fails the job with E_API_AUTH for %s', async (_what, token, message, kind) => {
  const published = await publishGitLabReport(report(), settings({ token }));
  expect(published.error?.code).toBe('E_API_AUTH');
  expect(published.error?.exitCode).toBe(1);
  expect(published.error?.message).toMatch(message);
  expect(published.error?.hint).toContain('docs/GITLAB.md#tokens');
  expect(published.error?.format()).not.toContain(token);
  expect(existsSync(join(published.folder.dir, 'report.md'))).toBe(true);
  // The stand-in records the refused request as GitLab would refuse it.
  expect(gitlab.validationErrors.map((e) => e.kind)).toEqual([kind]);
});

it('fails with E_API_NOT_FOUND when the merge request does not exist', async () => {
  const published = await publishGitLabReport(
    report(),
    settings({ context: context({ CI_MERGE_REQUEST_IID: '404' }) }),
  );
  expect(published.error?.code).toBe('E_API_NOT_FOUND');
  expect(published.error?.message).toMatch(/GitLab answered 404 .*merge request !404/);
  expect(gitlab.validationErrors).toEqual([]);
});

it.each([
  ['no token', undefined, /No gitlab-token was given\. CI_JOB_TOKEN cannot write merge request notes/],
  [
    'a variable that did not reach the job',
    '$HELM_MIGRATE_TOKEN',
    /gitlab-token is \$HELM_MIGRATE_TOKEN, a variable this job does not have \(a protected variable/,
  ],
])('says why there is no note with %s, and writes the report all the same', async (_what, token, reason) => {
  const published = await publishGitLabReport(
    report(),
    settings({ ...(token ? { token } : { token: undefined }) }),
  );
  expect(published.error).toBeUndefined();
  expect(published.notes.join('\n')).toMatch(reason);
  expect(published.notes.join('\n')).toContain('the job artifacts (mmf-report/helm-migrate/report.md)');
  expect(gitlab.requests).toEqual([]);
  expect(readFileSync(join(published.folder.dir, 'outputs.env'), 'utf8')).not.toContain('NOTE_URL');
});

it('writes no note outside merge request pipelines, or with comment: false', async () => {
  const push = await publishGitLabReport(
    report(),
    settings({ context: context({ CI_PIPELINE_SOURCE: 'push', CI_MERGE_REQUEST_IID: undefined }) }),
  );
  expect(push.notes.join('\n')).toContain('this is not a merge request pipeline (CI_PIPELINE_SOURCE=push)');
  const off = await publishGitLabReport(
    report(),
    settings({ note: { enabled: false, id: NOTE_ID, maxParts: 2 } }),
  );
  expect(off.notes.join('\n')).toContain('No merge request note: comment is false.');
  expect(gitlab.requests).toEqual([]);
});
