/**
 * Exercises the OpenAPI-validating GitHub fake (test/support/github/server.ts) with the real
 * @actions/github octokit, the way a PR-review action talks to api.github.com.
 */
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { dirname } from 'node:path';
import { context, getOctokit } from '@actions/github';
import {
  type CheckAnnotation,
  type GitHubServer,
  RESOURCE_NOT_ACCESSIBLE,
  fakeSha,
  pullRequestActionEnv,
  pullRequestEvent,
  startGitHubServer,
} from '../support/github/server.js';

const owner = 'marty-fw';
const repo = 'user-service';
const TOKEN = 'ghs_fixtureToken123';
const headSha = fakeSha('head');

type Octokit = ReturnType<typeof getOctokit>;

let server: GitHubServer;
let octokit: Octokit;
let startupMs = 0;

function annotations(from: number, count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `out/marty-service/overlays/prod/patch-${from + i}.yaml`,
    start_line: from + i,
    end_line: from + i,
    annotation_level: 'warning' as const,
    title: 'Parity drift',
    message: `Rendered value differs from Helm output (#${from + i})`,
  }));
}

/** Awaits a promise expected to reject with an octokit RequestError; returns status + message. */
async function rejection(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status?: number; message?: string };
    return { status: e.status ?? -1, message: e.message ?? '' };
  }
  throw new Error('expected the request to fail');
}

/** A GET with exactly these headers (fetch would add `accept: *\/*`). */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function expectNoValidationErrors(): void {
  if (server.validationErrors.length > 0) throw new Error(server.describeValidationErrors());
}

beforeAll(async () => {
  const started = performance.now();
  server = await startGitHubServer({ token: TOKEN });
  startupMs = performance.now() - started;
  octokit = getOctokit(TOKEN, { baseUrl: server.url });
});

afterAll(async () => {
  const { loadMs, compileMs } = server.spec;
  console.log(
    `GitHub fake: description ${server.spec.version} loaded in ${loadMs.toFixed(0)} ms ` +
      `(startup ${startupMs.toFixed(0)} ms); validators compiled in ${compileMs.toFixed(0)} ms total; ` +
      `${server.spec.operations.size} operations indexed`,
  );
  await server.close();
});

beforeEach(() => {
  server.reset();
});

describe('issue comments', () => {
  it('paginates 150 seeded comments with per_page=100 and a GitHub-style Link header', async () => {
    for (let i = 1; i <= 150; i++) {
      server.seedComment({ owner, repo, issue_number: 7, body: `comment ${i}` });
    }
    server.seedComment({ owner, repo, issue_number: 8, body: 'other PR' });

    const first = await octokit.rest.issues.listComments({ owner, repo, issue_number: 7, per_page: 100 });
    expect(first.data).toHaveLength(100);
    const base = `${server.url}/repos/${owner}/${repo}/issues/7/comments`;
    expect(first.headers.link).toBe(
      `<${base}?per_page=100&page=2>; rel="next", <${base}?per_page=100&page=2>; rel="last"`,
    );

    server.clearRecords();
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 7,
      per_page: 100,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 150 }, (_, i) => `comment ${i + 1}`));
    expect(
      server.requests.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.query)} ${r.status}`),
    ).toEqual([
      `GET /repos/${owner}/${repo}/issues/7/comments {"per_page":"100"} 200`,
      `GET /repos/${owner}/${repo}/issues/7/comments {"per_page":"100","page":"2"} 200`,
    ]);

    // Default page size (30): five pages.
    server.clearRecords();
    const defaults = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 7,
    });
    expect(defaults).toHaveLength(150);
    expect(server.requests).toHaveLength(5);

    const last = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: 7,
      per_page: 100,
      page: 2,
    });
    expect(last.data).toHaveLength(50);
    expect(last.headers.link).toBe(
      `<${base}?per_page=100&page=1>; rel="prev", <${base}?per_page=100&page=1>; rel="first"`,
    );
    expectNoValidationErrors();
  });

  it('creates, updates and deletes a comment with GitHub-shaped bodies', async () => {
    server.seedPullRequest({ owner, repo, number: 7, headSha });
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: 7,
      body: '<!-- mmf-review -->\nParity: OK',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      body: '<!-- mmf-review -->\nParity: OK',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: expect.stringMatching(
        new RegExp(`^https://github.com/${owner}/${repo}/pull/7#issuecomment-\\d+$`),
      ),
      node_id: expect.stringMatching(/^IC_/),
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });
    expect(created.headers.location).toBe(
      `${server.url}/repos/${owner}/${repo}/issues/comments/${created.data.id}`,
    );
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]).toMatchObject({ id: created.data.id, issue_number: 7 });

    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: created.data.id,
      body: '<!-- mmf-review -->\nParity: drift in prod',
    });
    expect(updated.data.body).toBe('<!-- mmf-review -->\nParity: drift in prod');
    expect(server.comments[0]!.body).toBe('<!-- mmf-review -->\nParity: drift in prod');

    const deleted = await octokit.rest.issues.deleteComment({ owner, repo, comment_id: created.data.id });
    expect(deleted.status).toBe(204);
    expect(server.comments).toEqual([]);
    expect(
      await rejection(
        octokit.rest.issues.updateComment({ owner, repo, comment_id: created.data.id, body: 'x' }),
      ),
    ).toMatchObject({ status: 404 });

    // The recorded request keeps headers but not the token.
    const post = server.requests.find((r) => r.method === 'POST')!;
    expect(post).toMatchObject({
      operationId: 'issues/create-comment',
      params: { owner, repo, issue_number: '7' },
      body: { body: '<!-- mmf-review -->\nParity: OK' },
      status: 201,
    });
    expect(post.headers.authorization).toBe('token ***');
    expect(JSON.stringify(server.requests)).not.toContain(TOKEN);
    expectNoValidationErrors();
  });
});

describe('check runs', () => {
  it('creates and updates a check run with annotations in batches of 50', async () => {
    server.seedPullRequest({ owner, repo, number: 7, headSha, headRef: 'feature/kustomize' });
    const created = await octokit.rest.checks.create({
      owner,
      repo,
      name: 'mmf / parity',
      head_sha: headSha,
      status: 'in_progress',
      output: {
        title: 'Checking parity',
        summary: 'Rendering 3 environments',
        annotations: annotations(1, 50),
      },
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      status: 'in_progress',
      conclusion: null,
      head_sha: headSha,
      output: { annotations_count: 50 },
      app: { slug: 'github-actions' },
      pull_requests: [{ number: 7, head: { sha: headSha, ref: 'feature/kustomize' } }],
    });

    const updated = await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: { title: 'Parity drift', summary: '100 differences', annotations: annotations(51, 50) },
    });
    expect(updated.data).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      completed_at: expect.any(String),
      output: { title: 'Parity drift', summary: '100 differences', annotations_count: 100 },
    });
    expect(server.checkRuns).toHaveLength(1);
    expect(server.checkRuns[0]!.annotations).toHaveLength(100);
    expect(server.checkRuns[0]!.annotations[99]!.start_line).toBe(100);

    const listed = await octokit.paginate(octokit.rest.checks.listAnnotations, {
      owner,
      repo,
      check_run_id: created.data.id,
      per_page: 100,
    });
    expect(listed).toHaveLength(100);

    await octokit.rest.checks.create({
      owner,
      repo,
      name: 'mmf / lint',
      head_sha: headSha,
      conclusion: 'success',
    });
    const byName = await octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: headSha,
      check_name: 'mmf / parity',
    });
    expect(byName.data.total_count).toBe(1);
    expect(byName.data.check_runs[0]!.id).toBe(created.data.id);
    const byBranch = await octokit.rest.checks.listForRef({ owner, repo, ref: 'feature/kustomize' });
    expect(byBranch.data.check_runs.map((r) => r.name).sort()).toEqual(['mmf / lint', 'mmf / parity']);
    const none = await octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: fakeSha('other'),
      check_name: 'x',
    });
    expect(none.data).toEqual({ total_count: 0, check_runs: [] });
    expectNoValidationErrors();
  });
});

describe('request validation', () => {
  it('rejects an invalid check-run conclusion with 422 and records it', async () => {
    const failure = await rejection(
      octokit.rest.checks.create({
        owner,
        repo,
        name: 'mmf / parity',
        head_sha: headSha,
        // @ts-expect-error -- deliberately not one of the documented conclusions
        conclusion: 'bogus',
      }),
    );
    expect(failure.status).toBe(422);
    expect(failure.message).toContain('body/conclusion');
    expect(server.checkRuns).toEqual([]);
    expect(server.validationErrors).toEqual([
      expect.objectContaining({
        kind: 'body',
        operationId: 'checks/create',
        problems: [
          expect.objectContaining({ at: 'body/conclusion', message: expect.stringContaining('"bogus"') }),
        ],
      }),
    ]);
  });

  it('rejects per_page above the documented maximum (GitHub would silently clamp it)', async () => {
    const failure = await rejection(
      octokit.rest.issues.listComments({ owner, repo, issue_number: 7, per_page: 500 }),
    );
    expect(failure.status).toBe(422);
    expect(server.validationErrors).toEqual([
      expect.objectContaining({
        kind: 'params',
        operationId: 'issues/list-comments',
        problems: [{ at: 'query.per_page', message: 'must be <= 100' }],
      }),
    ]);
  });

  it('rejects more than 50 annotations per request, typos and schema-valid but impossible requests', async () => {
    const tooMany = await rejection(
      octokit.rest.checks.create({
        owner,
        repo,
        name: 'mmf / parity',
        head_sha: headSha,
        output: { title: 't', summary: 's', annotations: annotations(1, 51) },
      }),
    );
    expect(tooMany.status).toBe(422);
    const typo = await rejection(
      octokit.request('POST /repos/{owner}/{repo}/check-runs', {
        owner,
        repo,
        name: 'mmf / parity',
        head_sha: headSha,
        conclussion: 'success',
      }),
    );
    expect(typo.status).toBe(422);
    const completedWithoutConclusion = await rejection(
      octokit.rest.checks.create({
        owner,
        repo,
        name: 'mmf / parity',
        head_sha: headSha,
        status: 'completed',
      }),
    );
    expect(completedWithoutConclusion.status).toBe(422);
    const missingBody = await rejection(
      // @ts-expect-error -- deliberately without the required `body`
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: 7,
      }),
    );
    expect(missingBody.status).toBe(422);
    const badPathParam = await rejection(
      octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner,
        repo,
        // @ts-expect-error -- deliberately not an integer
        comment_id: 'latest',
        body: 'x',
      }),
    );
    expect(badPathParam.status).toBe(422);

    expect(server.validationErrors.map((e) => [e.kind, e.operationId, e.problems?.map((p) => p.at)])).toEqual(
      [
        ['body', 'checks/create', ['body/output/annotations']],
        ['body', 'checks/create', ['body/conclussion']],
        ['semantic', 'checks/create', ['body/conclusion']],
        ['body', 'issues/create-comment', ['body']],
        ['params', 'issues/update-comment', ['path.comment_id']],
      ],
    );
    expect(server.checkRuns).toEqual([]);
  });

  it('answers unknown paths and methods with 404', async () => {
    const unknownPath = await rejection(
      octokit.request('GET /repos/{owner}/{repo}/no-such-thing', { owner, repo }),
    );
    expect(unknownPath.status).toBe(404);
    const unknownMethod = await rejection(
      octokit.request('PUT /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner,
        repo,
        comment_id: 1,
      }),
    );
    expect(unknownMethod.status).toBe(404);
    expect(server.validationErrors.map((e) => [e.kind, e.problems?.[0]?.message])).toEqual([
      ['route', `GET /repos/${owner}/${repo}/no-such-thing matches no path in the REST description`],
      ['route', '/repos/{owner}/{repo}/issues/comments/{comment_id} supports GET, PATCH, DELETE, not PUT'],
    ]);
  });

  it('requires the authorization and accept headers', async () => {
    const path = `/repos/${owner}/${repo}/issues/7/comments`;
    const noAuth = await rawGet(path, { accept: 'application/vnd.github+json' });
    expect(noAuth.status).toBe(401);
    const wrongToken = await rawGet(path, { accept: 'application/json', authorization: 'token nope' });
    expect(wrongToken.status).toBe(401);
    const noAccept = await rawGet(path, { authorization: `Bearer ${TOKEN}` });
    expect(noAccept.status).toBe(422);
    expect((noAccept.body as { message: string }).message).toContain('headers.accept: is missing');
    const ok = await rawGet(path, { authorization: `Bearer ${TOKEN}`, accept: 'application/json' });
    expect(ok.status).toBe(200);
    expect(server.validationErrors.map((e) => e.kind)).toEqual(['auth', 'auth', 'headers']);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      undefined,
      'token ***',
      'Bearer ***',
      'Bearer ***',
    ]);
  });

  it('checks its own responses against the documented schema', async () => {
    server.handle('issues/get-comment', () => ({ status: 200, body: { id: 'not-a-number' } }));
    await octokit.rest.issues.getComment({ owner, repo, comment_id: 1 });
    expect(server.validationErrors).toEqual([
      expect.objectContaining({
        kind: 'response',
        operationId: 'issues/get-comment',
        problems: expect.arrayContaining([{ at: 'response/id', message: 'must be integer' }]),
      }),
    ]);
  });
});

describe('fork pull requests (read-only token)', () => {
  it('answers writes with 403 Resource not accessible by integration', async () => {
    server.seedComment({ owner, repo, issue_number: 7, body: 'existing' });
    const undo = server.simulateReadOnlyToken();

    const comment = await rejection(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'hi' }),
    );
    expect(comment).toEqual({ status: 403, message: expect.stringContaining(RESOURCE_NOT_ACCESSIBLE) });
    const check = await rejection(
      octokit.rest.checks.create({
        owner,
        repo,
        name: 'mmf / parity',
        head_sha: headSha,
        status: 'in_progress',
      }),
    );
    expect(check.status).toBe(403);
    // Reads still work.
    const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: 7 });
    expect(listed.data).toHaveLength(1);
    expect(server.comments).toHaveLength(1);
    expect(server.checkRuns).toEqual([]);

    undo();
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'now allowed' });
    expect(server.comments).toHaveLength(2);

    // A one-off failure with a custom predicate.
    server.failWith((r) => r.operationId === 'checks/create', 500, undefined, { times: 1 });
    expect(
      (await rejection(octokit.rest.checks.create({ owner, repo, name: 'a', head_sha: headSha }))).status,
    ).toBe(500);
    expect((await octokit.rest.checks.create({ owner, repo, name: 'a', head_sha: headSha })).status).toBe(
      201,
    );
    expectNoValidationErrors();
  });
});

describe('pull requests and the webhook payload', () => {
  it('serves GET pulls/{n} for seeded pull requests and 404 otherwise', async () => {
    server.seedPullRequest({ owner, repo, number: 7, headSha, headRef: 'contrib', fork: true });
    const pr = await octokit.rest.pulls.get({ owner, repo, pull_number: 7 });
    expect(pr.data).toMatchObject({
      number: 7,
      state: 'open',
      head: { sha: headSha, ref: 'contrib', repo: { fork: true, full_name: `external-contributor/${repo}` } },
      base: { ref: 'main', repo: { full_name: `${owner}/${repo}` } },
    });
    expect((await rejection(octokit.rest.pulls.get({ owner, repo, pull_number: 8 }))).status).toBe(404);
    expectNoValidationErrors();
  });

  it('builds pull_request payloads that match the published webhook schemas', () => {
    for (const fork of [false, true]) {
      const opened = pullRequestEvent({
        owner,
        repo,
        number: 7,
        headSha,
        baseRef: 'main',
        headRef: 'x',
        fork,
      });
      expect(server.spec.validateWebhook('pull-request-opened', opened)).toEqual([]);
      const sync = pullRequestEvent({ owner, repo, number: 7, headSha, fork, action: 'synchronize' });
      expect(server.spec.validateWebhook('pull-request-synchronize', sync)).toEqual([]);
      expect(sync).toMatchObject({
        action: 'synchronize',
        after: headSha,
        before: expect.stringMatching(/^[0-9a-f]{40}$/),
      });
    }
  });

  it('feeds @actions/github context through GITHUB_EVENT_PATH', () => {
    const event = pullRequestEvent({ owner, repo, number: 12, headSha, headRef: 'contrib', fork: true });
    const env = pullRequestActionEnv(event, { apiUrl: server.url, token: TOKEN });
    const saved = { ...process.env };
    try {
      Object.assign(process.env, env);
      const Context = context.constructor as new () => typeof context;
      const ctx = new Context();
      expect(ctx.eventName).toBe('pull_request');
      expect(ctx.repo).toEqual({ owner, repo });
      expect(ctx.issue.number).toBe(12);
      expect(ctx.apiUrl).toBe(server.url);
      const pr = ctx.payload.pull_request as unknown as { head: { sha: string; repo: { fork: boolean } } };
      expect(pr.head).toMatchObject({ sha: headSha, repo: { fork: true } });
    } finally {
      for (const k of Object.keys(env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
      rmSync(dirname(env.GITHUB_EVENT_PATH!), { recursive: true, force: true });
    }
  });
});
