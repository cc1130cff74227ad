/**
 * Exercises the GitLab REST API stand-in (test/support/gitlab/server.ts) over real HTTP with
 * fetch, the way a GitLab CI job's client talks to $CI_API_V4_URL.
 */
import { rmSync } from 'node:fs';
import {
  type GitLabServer,
  BOT_TOKEN,
  HUMAN_TOKEN,
  HUMAN_USER,
  JOB_TOKEN,
  OTHER_USER,
  PROJECT_BOT,
  READ_ONLY_TOKEN,
  fakeSha,
  startGitLabServer,
} from '../support/gitlab/server.js';
import { createBareRepository, gitAsync, scratchDir } from '../support/git-repos.js';

const PROJECT = 'mmf%2Factions';
const headSha = fakeSha('head');
const baseSha = fakeSha('base');

let gitlab: GitLabServer;

interface Reply {
  status: number;
  headers: Headers;
  json: unknown;
  text: string;
}

type Auth =
  { 'PRIVATE-TOKEN': string } | { Authorization: string } | { 'JOB-TOKEN': string } | Record<string, never>;

async function api(
  method: string,
  path: string,
  options: { auth?: Auth; body?: unknown; query?: Record<string, string | number> } = {},
): Promise<Reply> {
  const url = new URL(`${gitlab.apiUrl}${path}`);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, String(v));
  const headers: Record<string, string> = { ...(options.auth ?? { 'PRIVATE-TOKEN': BOT_TOKEN }) };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

const notesPath = (iid = 7) => `/projects/${PROJECT}/merge_requests/${iid}/notes`;

function expectNoValidationErrors(): void {
  if (gitlab.validationErrors.length > 0) throw new Error(gitlab.describeValidationErrors());
}

beforeAll(async () => {
  gitlab = await startGitLabServer();
});

afterAll(async () => {
  await gitlab.close();
});

beforeEach(() => {
  gitlab.reset();
  gitlab.seedMergeRequest({ iid: 7, sha: headSha, baseSha, sourceBranch: 'feature/kustomize' });
});

describe('merge request notes', () => {
  it('pages through notes with GitLab headers, newest first by default', async () => {
    for (let i = 1; i <= 45; i++) {
      gitlab.seedNote({
        mrIid: 7,
        body: `note ${i}`,
        author: i % 3 === 0 ? OTHER_USER : HUMAN_USER,
        system: i % 10 === 0,
      });
    }
    const ids = gitlab.notesOf(7).map((n) => n.id);

    const first = await api('GET', notesPath(), { query: { sort: 'asc', per_page: 20 } });
    expect(first.status).toBe(200);
    expect((first.json as { id: number }[]).map((n) => n.id)).toEqual(ids.slice(0, 20));
    expect(
      Object.fromEntries(
        ['x-page', 'x-per-page', 'x-total', 'x-total-pages', 'x-next-page', 'x-prev-page'].map((h) => [
          h,
          first.headers.get(h),
        ]),
      ),
    ).toEqual({
      'x-page': '1',
      'x-per-page': '20',
      'x-total': '45',
      'x-total-pages': '3',
      'x-next-page': '2',
      'x-prev-page': '',
    });
    const base = `${gitlab.apiUrl}${notesPath()}`;
    expect(first.headers.get('link')).toBe(
      `<${base}?sort=asc&page=2&per_page=20>; rel="next", <${base}?sort=asc&page=1&per_page=20>; rel="first", ` +
        `<${base}?sort=asc&page=3&per_page=20>; rel="last"`,
    );

    const third = await api('GET', notesPath(), { query: { sort: 'asc', per_page: 20, page: 3 } });
    expect((third.json as { id: number }[]).map((n) => n.id)).toEqual(ids.slice(40));
    expect(third.headers.get('x-next-page')).toBe('');
    expect(third.headers.get('link')).toContain('rel="prev"');
    expect(third.headers.get('link')).not.toContain('rel="next"');

    // GitLab's default order is created_at desc, 20 a page.
    const byDefault = await api('GET', notesPath());
    expect((byDefault.json as { id: number }[]).map((n) => n.id)).toEqual([...ids].reverse().slice(0, 20));

    const comments = await api('GET', notesPath(), {
      query: { activity_filter: 'only_comments', per_page: 100 },
    });
    expect(comments.json).toHaveLength(41);
    expect((comments.json as { system: boolean }[]).every((n) => !n.system)).toBe(true);
    expectNoValidationErrors();
  });

  it('creates, edits and deletes its own note with GitLab-shaped bodies', async () => {
    const created = await api('POST', notesPath(), { body: { body: '<!-- mmf-review -->\nParity: OK' } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      body: '<!-- mmf-review -->\nParity: OK',
      author: { id: PROJECT_BOT.id, username: PROJECT_BOT.username, name: 'mmf-review' },
      system: false,
      noteable_type: 'MergeRequest',
      noteable_iid: 7,
      project_id: 4242,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    const id = (created.json as { id: number }).id;

    const edited = await api('PUT', `${notesPath()}/${id}`, { body: { body: 'Parity: drift in prod' } });
    expect(edited.status).toBe(200);
    expect(gitlab.notesOf(7)).toEqual([expect.objectContaining({ id, body: 'Parity: drift in prod' })]);

    const fetched = await api('GET', `${notesPath()}/${id}`);
    expect(fetched.json).toMatchObject({ id, body: 'Parity: drift in prod' });

    const deleted = await api('DELETE', `${notesPath()}/${id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect(gitlab.notesOf(7)).toEqual([]);
    expect((await api('PUT', `${notesPath()}/${id}`, { body: { body: 'x' } })).json).toEqual({
      message: '404 Not found',
    });
    expect((await api('GET', notesPath(8))).json).toEqual({ message: '404 MergeRequest Not Found' });
    expectNoValidationErrors();
  });

  it("refuses to edit or delete another user's note or a system note (403, recorded)", async () => {
    const theirs = gitlab.seedNote({ mrIid: 7, body: 'I quote <!-- mmf-review -->', author: OTHER_USER });
    const system = gitlab.seedNote({ mrIid: 7, body: 'added 1 commit', system: true });
    for (const [method, id] of [
      ['PUT', theirs.id],
      ['DELETE', theirs.id],
      ['PUT', system.id],
    ] as const) {
      const reply = await api(
        method,
        `${notesPath()}/${id}`,
        method === 'PUT' ? { body: { body: 'mine now' } } : {},
      );
      expect(reply).toMatchObject({ status: 403, json: { message: '403 Forbidden' } });
    }
    expect(gitlab.notesOf(7).map((n) => n.body)).toEqual(['I quote <!-- mmf-review -->', 'added 1 commit']);
    expect(gitlab.validationErrors.map((e) => [e.kind, e.endpoint])).toEqual([
      ['permission', 'notes.update'],
      ['permission', 'notes.delete'],
      ['permission', 'notes.update'],
    ]);
  });

  it('rejects a missing body, a blank one and one over 1,000,000 characters', async () => {
    const missing = await api('POST', notesPath(), { body: { note: 'wrong field name' } });
    expect(missing).toMatchObject({ status: 400 });
    expect((missing.json as { error: string }).error).toMatch(
      /^note is not a parameter .*, body is missing$/,
    );

    const blank = await api('POST', notesPath(), { body: { body: '   ' } });
    expect(blank.json).toEqual({ message: '400 Bad request - Note {:note=>["can\'t be blank"]}' });

    const tooLong = await api('POST', notesPath(), { body: { body: 'x'.repeat(1_000_001) } });
    expect(tooLong).toMatchObject({
      status: 400,
      json: { message: '400 Bad request - Note {:note=>["is too long (maximum is 1000000 characters)"]}' },
    });
    expect(gitlab.notesOf(7)).toEqual([]);
    expect(gitlab.validationErrors.map((e) => [e.kind, e.problems?.map((p) => p.at) ?? e.message])).toEqual([
      ['body', ['body.note', 'body.body']],
      ['body', 'a note body must not be blank'],
      ['body', 'body has 1000001 characters; GitLab allows 1000000'],
    ]);

    gitlab.clearRecords();
    const longest = await api('POST', notesPath(), { body: { body: 'x'.repeat(1_000_000) } });
    expect(longest.status).toBe(201);
    expectNoValidationErrors();
  });

  it('rejects per_page above 100, unknown parameters and bad enum values (GitLab would clamp or ignore)', async () => {
    expect((await api('GET', notesPath(), { query: { per_page: 101 } })).status).toBe(400);
    expect((await api('GET', notesPath(), { query: { perPage: 100 } })).status).toBe(400);
    const badSort = await api('GET', notesPath(), { query: { sort: 'ascending' } });
    expect(badSort.json).toEqual({ error: 'sort does not have a valid value' });
    const badIid = await api('GET', '/projects/mmf%2Factions/merge_requests/seven/notes');
    expect(badIid.json).toEqual({ error: 'noteable_id is invalid' });
    expect(gitlab.validationErrors.map((e) => [e.kind, e.problems?.[0]?.at])).toEqual([
      ['params', 'query.per_page'],
      ['params', 'query.perPage'],
      ['params', 'query.sort'],
      ['params', 'path.noteable_id'],
    ]);

    const lenient = await startGitLabServer({ strictParams: false });
    try {
      lenient.seedMergeRequest({ iid: 7, sha: headSha });
      const res = await fetch(`${lenient.apiUrl}${notesPath()}?perPage=100`, {
        headers: { 'PRIVATE-TOKEN': BOT_TOKEN },
      });
      expect(res.status).toBe(200);
      expect(lenient.validationErrors).toEqual([]);
    } finally {
      await lenient.close();
    }
  });
});

describe('authentication', () => {
  it('answers 401 without a token, with a wrong one and with a GitHub-style header', async () => {
    expect(await api('GET', notesPath(), { auth: {} })).toMatchObject({
      status: 401,
      json: { message: '401 Unauthorized' },
    });
    expect((await api('GET', notesPath(), { auth: { 'PRIVATE-TOKEN': 'glpat-nope' } })).status).toBe(401);
    expect((await api('GET', notesPath(), { auth: { Authorization: `token ${BOT_TOKEN}` } })).status).toBe(
      401,
    );
    expect((await api('GET', notesPath(), { auth: { Authorization: `Bearer ${BOT_TOKEN}` } })).status).toBe(
      200,
    );
    expect((await api('GET', notesPath(), { query: { private_token: HUMAN_TOKEN } })).status).toBe(200);
    expect(gitlab.validationErrors.map((e) => e.kind)).toEqual(['auth', 'auth', 'auth']);
    // Tokens never reach the records.
    expect(JSON.stringify(gitlab.requests)).not.toContain(BOT_TOKEN);
    expect(JSON.stringify(gitlab.requests)).not.toContain(HUMAN_TOKEN);
    expect(gitlab.requests.map((r) => r.auth)).toEqual([
      'none',
      'private-token',
      'none',
      'bearer',
      'private-token',
    ]);
  });

  it('refuses CI_JOB_TOKEN for notes, statuses and merge requests (401 like GitLab) but takes it for releases', async () => {
    const job = { 'JOB-TOKEN': JOB_TOKEN };
    expect((await api('POST', notesPath(), { auth: job, body: { body: 'hi' } })).status).toBe(401);
    expect(
      (await api('POST', notesPath(), { auth: { 'PRIVATE-TOKEN': JOB_TOKEN }, body: { body: 'hi' } })).status,
    ).toBe(401);
    expect(
      (
        await api('POST', `/projects/${PROJECT}/statuses/${headSha}`, {
          auth: job,
          body: { state: 'success' },
        })
      ).status,
    ).toBe(401);
    expect((await api('GET', `/projects/${PROJECT}/merge_requests/7`, { auth: job })).status).toBe(401);
    expect(gitlab.notesOf(7)).toEqual([]);
    expect(gitlab.statuses).toEqual([]);
    expect(gitlab.validationErrors.map((e) => [e.kind, e.endpoint])).toEqual([
      ['auth', 'notes.create'],
      ['auth', 'notes.create'],
      ['auth', 'statuses.create'],
      ['auth', 'merge_requests.get'],
    ]);
    expect(gitlab.validationErrors[0]!.message).toContain('does not accept job tokens');

    gitlab.clearRecords();
    const release = await api('POST', `/projects/${PROJECT}/releases`, {
      auth: job,
      body: { tag_name: '1.0.0', ref: headSha, description: 'First' },
    });
    expect(release.status).toBe(201);
    expect(release.json).toMatchObject({ tag_name: '1.0.0', author: { username: HUMAN_USER.username } });
    // The same token in PRIVATE-TOKEN is not looked at as a job token.
    expect(
      (await api('GET', `/projects/${PROJECT}/releases`, { auth: { 'PRIVATE-TOKEN': JOB_TOKEN } })).status,
    ).toBe(401);
    expect(gitlab.validationErrors.map((e) => e.message)).toEqual([
      expect.stringContaining('only accepts it in the JOB-TOKEN header'),
    ]);
  });

  it('answers 403 insufficient_scope to a read_api token that writes', async () => {
    const auth = { 'PRIVATE-TOKEN': READ_ONLY_TOKEN };
    expect((await api('GET', notesPath(), { auth })).status).toBe(200);
    const write = await api('POST', notesPath(), { auth, body: { body: 'x' } });
    expect(write).toMatchObject({ status: 403, json: { error: 'insufficient_scope', scope: 'api' } });
    expect(gitlab.validationErrors.map((e) => e.kind)).toEqual(['permission']);
  });

  it('tells who the token belongs to (GET /user)', async () => {
    expect((await api('GET', '/user')).json).toMatchObject({ id: PROJECT_BOT.id, bot: true });
    expect((await api('GET', '/user', { auth: { 'PRIVATE-TOKEN': HUMAN_TOKEN } })).json).toMatchObject({
      username: 'jdoe',
      bot: false,
    });
    expectNoValidationErrors();
  });
});

describe('merge requests and routing', () => {
  it('serves a seeded merge request by project id or encoded path', async () => {
    const byPath = await api('GET', `/projects/${PROJECT}/merge_requests/7`);
    const byId = await api('GET', '/projects/4242/merge_requests/7');
    expect(byPath.json).toEqual(byId.json);
    expect(byPath.json).toMatchObject({
      iid: 7,
      sha: headSha,
      source_branch: 'feature/kustomize',
      target_branch: 'main',
      diff_refs: { base_sha: baseSha, head_sha: headSha, start_sha: baseSha },
      web_url: 'https://gitlab.example.com/mmf/actions/-/merge_requests/7',
    });
    expect((await api('GET', `/projects/${PROJECT}/merge_requests/8`)).json).toEqual({
      message: '404 Not found',
    });
    expect((await api('GET', '/projects/mmf%2Fother/merge_requests/7')).json).toEqual({
      message: '404 Project Not Found',
    });
    expectNoValidationErrors();
  });

  it('answers unknown routes with 404, other methods with 405, and explains unencoded paths', async () => {
    expect(await api('GET', '/projects/mmf/actions/merge_requests/7')).toMatchObject({
      status: 404,
      json: { error: '404 Not Found' },
    });
    expect((await api('GET', `/projects/${PROJECT}/merge_requests/7/discussions`)).status).toBe(404);
    expect((await api('PATCH', `${notesPath()}/1`, { body: { body: 'x' } })).status).toBe(405);
    expect(gitlab.validationErrors.map((e) => [e.kind, e.message])).toEqual([
      ['route', expect.stringContaining('the project path must be URL-encoded (mmf%2Factions)')],
      ['route', expect.stringContaining('is not an endpoint of the stand-in')],
      ['route', expect.stringContaining('supports GET, PUT, DELETE, not PATCH')],
    ]);
  });

  it('checks its own answers against the contract', async () => {
    gitlab.handle('user.get', () => ({ status: 200, body: { id: 'nine', username: 'x', invented: true } }));
    await api('GET', '/user');
    expect(gitlab.validationErrors).toEqual([
      expect.objectContaining({
        kind: 'response',
        endpoint: 'user.get',
        problems: expect.arrayContaining([
          { at: 'response/id', message: 'must be integer' },
          { at: 'response', message: 'must NOT have additional properties ("invented")' },
        ]),
      }),
    ]);
  });
});

describe('commit statuses', () => {
  const statusPath = (sha = headSha) => `/projects/${PROJECT}/statuses/${sha}`;

  it('moves a status from pending to running to success and lists the latest per name', async () => {
    const pending = await api('POST', statusPath(), {
      body: {
        state: 'pending',
        name: 'mmf/parity',
        description: 'Rendering',
        target_url: 'https://ci.example.com/1',
      },
    });
    expect(pending.status).toBe(201);
    expect(pending.json).toMatchObject({
      status: 'pending',
      name: 'mmf/parity',
      ref: 'feature/kustomize',
      sha: headSha,
    });
    await api('POST', statusPath(), { body: { state: 'running', name: 'mmf/parity' } });
    const done = await api('POST', statusPath(), {
      body: { state: 'success', name: 'mmf/parity', description: 'No drift' },
    });
    expect(done.json).toMatchObject({
      id: (pending.json as { id: number }).id,
      status: 'success',
      description: 'No drift',
      target_url: 'https://ci.example.com/1',
      started_at: expect.any(String),
      finished_at: expect.any(String),
    });
    // A finished status is not reopened: pending again starts a new one.
    await api('POST', statusPath(), { body: { state: 'pending', name: 'mmf/parity' } });
    await api('POST', statusPath(), { body: { state: 'failed', context: 'mmf/lint' } });
    expect(gitlab.statusesOf(headSha).map((s) => [s.name, s.status])).toEqual([
      ['mmf/parity', 'success'],
      ['mmf/parity', 'pending'],
      ['mmf/lint', 'failed'],
    ]);

    const latest = await api('GET', `/projects/${PROJECT}/repository/commits/${headSha}/statuses`);
    expect((latest.json as { name: string; status: string }[]).map((s) => [s.name, s.status])).toEqual([
      ['mmf/parity', 'pending'],
      ['mmf/lint', 'failed'],
    ]);
    const all = await api('GET', `/projects/${PROJECT}/repository/commits/${headSha}/statuses`, {
      query: { all: 'true' },
    });
    expect(all.json).toHaveLength(3);
    expectNoValidationErrors();
  });

  it("refuses to re-post the state a status already has, like GitLab's state machine", async () => {
    await api('POST', statusPath(), { body: { state: 'pending', name: 'mmf/parity' } });
    const again = await api('POST', statusPath(), { body: { state: 'pending', name: 'mmf/parity' } });
    expect(again).toMatchObject({
      status: 400,
      json: {
        message:
          'Cannot transition status via :enqueue from :pending (Reason(s): Status cannot transition via "enqueue")',
      },
    });
    await api('POST', statusPath(), { body: { state: 'running', name: 'mmf/parity' } });
    expect(
      (await api('POST', statusPath(), { body: { state: 'running', name: 'mmf/parity' } })).json,
    ).toEqual({
      message:
        'Cannot transition status via :run from :running (Reason(s): Status cannot transition via "run")',
    });
    expectNoValidationErrors(); // a state answer, not a contract violation
  });

  it('validates state, lengths, target_url and the commit', async () => {
    expect((await api('POST', statusPath(), { body: { state: 'failure' } })).json).toEqual({
      error: 'state does not have a valid value',
    });
    expect((await api('POST', statusPath(), { body: { name: 'x' } })).json).toEqual({
      error: 'state is missing',
    });
    expect(
      (await api('POST', statusPath(), { body: { state: 'success', description: 'd'.repeat(256) } })).json,
    ).toEqual({
      message: { description: ['is too long (maximum is 255 characters)'] },
    });
    expect((await api('POST', statusPath(), { body: { state: 'success', target_url: 'ci/1' } })).status).toBe(
      400,
    );
    expect(gitlab.validationErrors.map((e) => e.kind)).toEqual(['body', 'body', 'body', 'body']);
    gitlab.clearRecords();
    expect((await api('POST', statusPath(fakeSha('unknown')), { body: { state: 'success' } })).json).toEqual({
      message: '404 Commit Not Found',
    });
    expect(gitlab.statuses).toEqual([]);
    expectNoValidationErrors();
  });
});

describe('releases and tags', () => {
  const releases = `/projects/${PROJECT}/releases`;

  it('creates a release (and its tag) from a ref, refuses a second one, updates and deletes it', async () => {
    const created = await api('POST', releases, {
      body: {
        tag_name: '1.2.0',
        ref: headSha,
        name: 'mmf 1.2.0',
        description: '## Changes',
        assets: {
          links: [{ name: 'report', url: 'https://example.com/r.json', direct_asset_path: '/report.json' }],
        },
      },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      tag_name: '1.2.0',
      name: 'mmf 1.2.0',
      commit: { id: headSha },
      upcoming_release: false,
      assets: {
        count: 5,
        links: [
          {
            name: 'report',
            direct_asset_url: 'https://gitlab.example.com/mmf/actions/-/releases/1.2.0/downloads/report.json',
          },
        ],
      },
      _links: { self: 'https://gitlab.example.com/mmf/actions/-/releases/1.2.0' },
    });
    expect((await gitlab.tags()).map((t) => [t.name, t.commitSha])).toEqual([['1.2.0', headSha]]);

    expect(await api('POST', releases, { body: { tag_name: '1.2.0', ref: headSha } })).toMatchObject({
      status: 409,
      json: { message: 'Release already exists' },
    });
    expect(await api('POST', releases, { body: { tag_name: '9.9.9' } })).toMatchObject({
      status: 422,
      json: { message: 'Ref is not specified' },
    });
    expect(
      (await api('POST', releases, { body: { tag_name: '1.3.0', ref: 'no-such-branch' } })).json,
    ).toEqual({
      message: 'Target no-such-branch is invalid',
    });

    const updated = await api('PUT', `${releases}/1.2.0`, { body: { description: 'Edited' } });
    expect(updated.json).toMatchObject({ description: 'Edited', name: 'mmf 1.2.0' });
    // GitLab answers 403, not 404, for a release that does not exist.
    expect((await api('PUT', `${releases}/7.7.7`, { body: { name: 'x' } })).status).toBe(403);
    expect((await api('GET', `${releases}/7.7.7`)).json).toEqual({ message: '404 Not Found' });

    const deleted = await api('DELETE', `${releases}/1.2.0`, { auth: { 'PRIVATE-TOKEN': HUMAN_TOKEN } });
    expect(deleted).toMatchObject({ status: 200, json: { tag_name: '1.2.0' } });
    expect(gitlab.releasesOf()).toEqual([]);
    expect((await gitlab.tags()).map((t) => t.name)).toEqual(['1.2.0']); // the tag stays
    expectNoValidationErrors();
  });

  it('needs maintainer to delete a release and refuses unknown milestones and long descriptions', async () => {
    await gitlab.seedRelease({ tag_name: '1.0.0', ref: headSha });
    expect((await api('DELETE', `${releases}/1.0.0`)).status).toBe(403); // the bot is a developer
    expect(
      (await api('POST', releases, { body: { tag_name: '1.1.0', ref: headSha, milestones: ['v1'] } })).json,
    ).toEqual({
      message: 'Milestone(s) not found: v1',
    });
    expect(
      (
        await api('POST', releases, {
          body: { tag_name: '1.1.0', ref: headSha, description: 'd'.repeat(1_000_001) },
        })
      ).json,
    ).toEqual({ message: 'Validation failed: Description is too long (maximum is 1000000 characters)' });
    expect(gitlab.validationErrors.map((e) => e.kind)).toEqual(['permission', 'body']);
  });

  it('lists releases newest first and paginates them', async () => {
    for (const [tag, at] of [
      ['1.0.0', '2024-01-01T00:00:00Z'],
      ['1.1.0', '2024-02-01T00:00:00Z'],
      ['2.0.0', '2024-03-01T00:00:00Z'],
    ]) {
      await gitlab.seedRelease({ tag_name: tag!, ref: headSha, released_at: at! });
    }
    const page1 = await api('GET', releases, { query: { per_page: 2 } });
    expect((page1.json as { tag_name: string }[]).map((r) => r.tag_name)).toEqual(['2.0.0', '1.1.0']);
    expect(page1.headers.get('x-total')).toBe('3');
    const asc = await api('GET', releases, { query: { sort: 'asc' } });
    expect((asc.json as { tag_name: string }[]).map((r) => r.tag_name)).toEqual(['1.0.0', '1.1.0', '2.0.0']);
    expectNoValidationErrors();
  });

  it('creates lightweight and annotated tags, refuses duplicates and bad names, and deletes a tag with its release', async () => {
    const tags = `/projects/${PROJECT}/repository/tags`;
    const light = await api('POST', tags, { body: { tag_name: 'v1', ref: 'feature/kustomize' } });
    expect(light.json).toMatchObject({
      name: 'v1',
      target: headSha,
      message: null,
      created_at: null,
      release: null,
    });
    const annotated = await api('POST', tags, {
      body: { tag_name: 'v1.0.0', ref: headSha, message: 'First release' },
    });
    expect(annotated.json).toMatchObject({
      name: 'v1.0.0',
      message: 'First release',
      commit: { id: headSha },
    });
    expect((annotated.json as { target: string }).target).not.toBe(headSha);

    expect((await api('POST', tags, { body: { tag_name: 'v1', ref: headSha } })).json).toEqual({
      message: 'Tag v1 already exists',
    });
    expect((await api('POST', tags, { body: { tag_name: 'bad..name', ref: headSha } })).json).toEqual({
      message: 'Tag name invalid',
    });
    expect((await api('POST', tags, { body: { tag_name: 'v2' } })).json).toEqual({ error: 'ref is missing' });

    await api('POST', `/projects/${PROJECT}/releases`, {
      body: { tag_name: 'v1.0.0', description: 'notes' },
    });
    const one = await api('GET', `${tags}/v1.0.0`);
    expect(one.json).toMatchObject({ release: { tag_name: 'v1.0.0', description: 'notes' } });
    const byName = await api('GET', tags, { query: { order_by: 'name', sort: 'asc' } });
    expect((byName.json as { name: string }[]).map((t) => t.name)).toEqual(['v1', 'v1.0.0']);

    expect((await api('DELETE', `${tags}/v1.0.0`)).status).toBe(204);
    expect(gitlab.releasesOf()).toEqual([]);
    expect((await api('GET', `${tags}/v1.0.0`)).json).toEqual({ message: '404 Tag Not Found' });
    expect(gitlab.validationErrors.map((e) => e.kind)).toEqual(['body']); // the missing ref
  });
});

describe('a project backed by a bare git repository', () => {
  it('creates tags over the API as real refs and lists tags pushed with git', async () => {
    const root = scratchDir('gitlab-backed-');
    try {
      const repo = createBareRepository(root, 'mmf/components', [
        { files: { 'README.md': '# components\n' }, tags: ['1.0.0'] },
        { files: { 'templates/hello.yml': 'spec:\n' }, message: 'Add hello' },
      ]);
      const backed = await startGitLabServer({
        projects: [{ id: 77, path: 'mmf/components', repository: repo.path }],
      });
      try {
        const head = repo.commits[1]!;
        const post = await fetch(`${backed.apiUrl}/projects/77/releases`, {
          method: 'POST',
          headers: { 'JOB-TOKEN': JOB_TOKEN, 'content-type': 'application/json' },
          body: JSON.stringify({ tag_name: '1.1.0', ref: 'main', tag_message: 'Release 1.1.0' }),
        });
        expect(post.status).toBe(201);
        expect(await post.json()).toMatchObject({ commit: { id: head, title: 'Add hello' } });

        expect(await gitAsync(root, ['--git-dir', repo.path, 'tag', '--list'])).toBe('1.0.0\n1.1.0');
        expect(await gitAsync(root, ['--git-dir', repo.path, 'cat-file', '-t', '1.1.0'])).toBe('tag');
        expect(await gitAsync(root, ['--git-dir', repo.path, 'rev-parse', '1.1.0^{commit}'])).toBe(head);

        const listed = await fetch(`${backed.apiUrl}/projects/mmf%2Fcomponents/repository/tags`, {
          headers: { 'PRIVATE-TOKEN': BOT_TOKEN },
        });
        const tags = (await listed.json()) as { name: string; message: string | null; release: unknown }[];
        expect(tags.map((t) => [t.name, t.message, t.release !== null])).toEqual([
          ['1.1.0', 'Release 1.1.0', true],
          ['1.0.0', null, false],
        ]);

        const del = await fetch(`${backed.apiUrl}/projects/77/repository/tags/1.0.0`, {
          method: 'DELETE',
          headers: { 'PRIVATE-TOKEN': BOT_TOKEN },
        });
        expect(del.status).toBe(204);
        expect(await gitAsync(root, ['--git-dir', repo.path, 'tag', '--list'])).toBe('1.1.0');
        expect(backed.validationErrors).toEqual([]);
      } finally {
        await backed.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('fault injection', () => {
  it('answers 429 with Retry-After once, then normally; 502 as HTML; 503 as JSON', async () => {
    gitlab.failNext((r) => r.endpoint === 'notes.create', 429, 1, { retryAfter: 2 });
    const limited = await api('POST', notesPath(), { body: { body: 'hi' } });
    expect(limited.status).toBe(429);
    expect(limited.text).toBe('Retry later\n');
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect((await api('POST', notesPath(), { body: { body: 'hi' } })).status).toBe(201);

    gitlab.failNext(() => true, 502, 1);
    const gateway = await api('GET', notesPath());
    expect(gateway.status).toBe(502);
    expect(gateway.headers.get('content-type')).toContain('text/html');
    gitlab.failNext(() => true, 503, 2, { retryAfter: 5 });
    expect((await api('GET', notesPath())).json).toEqual({ message: '503 Service Unavailable' });
    expect((await api('GET', notesPath())).headers.get('retry-after')).toBe('5');
    expect((await api('GET', notesPath())).status).toBe(200);

    // Invalid requests are still refused as such while a failure is armed.
    gitlab.failNext(() => true, 500, 1);
    expect((await api('POST', notesPath(), { body: {} })).status).toBe(400);
    expect(gitlab.notesOf(7)).toHaveLength(1);
    expect(gitlab.validationErrors.map((e) => e.kind)).toEqual(['body']);
  });
});
