/**
 * The GitHub stand-in's release side (test/support/github/repo-handlers.ts): releases, git refs
 * and tags, commits and comparisons, plus rate limits, token permissions and PAT-vs-App
 * differences, driven by the real @actions/github octokit. Every request and every answer is
 * still checked against GitHub's OpenAPI description.
 */
import { getOctokit } from '@actions/github';
import {
  type GitHubServer,
  RELEASE_BODY_LIMIT,
  RESOURCE_NOT_ACCESSIBLE,
  isWriteRequest,
  startGitHubServer,
} from '../support/github/server.js';

const owner = 'marty-fw';
const repo = 'mmf-actions';
const TOKEN = 'ghs_releaseFixture123';

type Octokit = ReturnType<typeof getOctokit>;
let server: GitHubServer;
let octokit: Octokit;
let c1: string;
let c2: string;
let c3: string;
let side: string;

/** Awaits a promise expected to reject with an octokit RequestError. */
async function rejection(
  promise: Promise<unknown>,
): Promise<{ status: number; message: string; headers: Record<string, string> }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status?: number; message?: string; response?: { headers?: Record<string, string> } };
    return { status: e.status ?? -1, message: e.message ?? '', headers: e.response?.headers ?? {} };
  }
  throw new Error('expected the request to fail');
}

function expectNoValidationErrors(s: GitHubServer = server): void {
  if (s.validationErrors.length > 0) throw new Error(s.describeValidationErrors());
}

/** main: c1 ← c2 ← c3; side branch: c1 ← side. */
function seedHistory(s: GitHubServer): void {
  c1 = s.seedCommit({
    owner,
    repo,
    message: 'Initial commit',
    files: [{ filename: 'README.md', status: 'added' }],
  }).sha;
  c2 = s.seedCommit({
    owner,
    repo,
    message: 'Add hello component',
    files: [{ filename: 'templates/hello.yml', status: 'added' }],
  }).sha;
  c3 = s.seedCommit({
    owner,
    repo,
    message: 'Fix hello',
    files: [{ filename: 'templates/hello.yml', status: 'modified' }],
  }).sha;
  side = s.seedCommit({ owner, repo, message: 'Experiment', branch: 'side', parents: [c1] }).sha;
}

beforeAll(async () => {
  server = await startGitHubServer({ token: TOKEN });
  octokit = getOctokit(TOKEN, { baseUrl: server.url });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.reset();
  seedHistory(server);
});

describe('releases', () => {
  it('creates a release with its tag, refuses a second one for the tag, and updates and deletes it', async () => {
    const created = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'v1.0.0',
      name: 'v1.0.0',
      body: 'First',
    });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      tag_name: 'v1.0.0',
      target_commitish: 'main',
      draft: false,
      author: { login: 'github-actions[bot]' },
      html_url: `https://github.com/${owner}/${repo}/releases/tag/v1.0.0`,
    });
    expect(server.refs(owner, repo)['refs/tags/v1.0.0']).toBe(c3);

    const again = await rejection(octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' }));
    expect(again.status).toBe(422);
    expect(again.message).toContain('already_exists');

    const byTag = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'v1.0.0' });
    expect(byTag.data.id).toBe(created.data.id);
    const updated = await octokit.rest.repos.updateRelease({
      owner,
      repo,
      release_id: created.data.id,
      body: 'Edited',
    });
    expect(updated.data.body).toBe('Edited');

    expect(
      (await octokit.rest.repos.deleteRelease({ owner, repo, release_id: created.data.id })).status,
    ).toBe(204);
    expect(server.releases).toEqual([]);
    expect(server.refs(owner, repo)['refs/tags/v1.0.0']).toBe(c3); // deleting a release keeps the tag
    expect(
      (await rejection(octokit.rest.repos.getRelease({ owner, repo, release_id: created.data.id }))).status,
    ).toBe(404);
    expectNoValidationErrors();
  });

  it('keeps drafts untagged and unfindable by tag until published; prereleases are never latest', async () => {
    const draft = await octokit.rest.repos.createRelease({
      owner,
      repo,
      tag_name: 'v2.0.0',
      draft: true,
      target_commitish: c2,
    });
    expect(draft.data).toMatchObject({ draft: true, published_at: null, tarball_url: null });
    expect(draft.data.html_url).toMatch(/\/releases\/tag\/untagged-[0-9a-f]+$/);
    expect(server.refs(owner, repo)['refs/tags/v2.0.0']).toBeUndefined();
    expect((await rejection(octokit.rest.repos.getReleaseByTag({ owner, repo, tag: 'v2.0.0' }))).status).toBe(
      404,
    );
    expect((await rejection(octokit.rest.repos.getLatestRelease({ owner, repo }))).status).toBe(404);

    await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v2.1.0-rc.1', prerelease: true });
    expect((await rejection(octokit.rest.repos.getLatestRelease({ owner, repo }))).status).toBe(404);

    const published = await octokit.rest.repos.updateRelease({
      owner,
      repo,
      release_id: draft.data.id,
      draft: false,
    });
    expect(published.data.published_at).not.toBeNull();
    expect(server.refs(owner, repo)['refs/tags/v2.0.0']).toBe(c2);
    expect((await octokit.rest.repos.getLatestRelease({ owner, repo })).data.tag_name).toBe('v2.0.0');

    // A newer release with make_latest=false leaves the latest where it is.
    await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v1.9.9', make_latest: 'false' });
    expect((await octokit.rest.repos.getLatestRelease({ owner, repo })).data.tag_name).toBe('v2.0.0');
    await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v2.0.1' });
    expect((await octokit.rest.repos.getLatestRelease({ owner, repo })).data.tag_name).toBe('v2.0.1');

    const listed = await octokit.paginate(octokit.rest.repos.listReleases, { owner, repo, per_page: 2 });
    expect(listed.map((r) => r.tag_name).sort()).toEqual(['v1.9.9', 'v2.0.0', 'v2.0.1', 'v2.1.0-rc.1']);
    expectNoValidationErrors();
  });

  it('refuses a body over 125,000 characters (recorded) and an unknown target_commitish', async () => {
    const long = await rejection(
      octokit.rest.repos.createRelease({
        owner,
        repo,
        tag_name: 'v3.0.0',
        body: 'x'.repeat(RELEASE_BODY_LIMIT + 1),
      }),
    );
    expect(long.status).toBe(422);
    const target = await rejection(
      octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v3.0.0', target_commitish: 'nope' }),
    );
    expect(target.status).toBe(422);
    expect(target.message).toContain('target_commitish');
    const typo = await rejection(
      octokit.request('POST /repos/{owner}/{repo}/releases', {
        owner,
        repo,
        tag_name: 'v3.0.0',
        make_lastest: 'true',
      }),
    );
    expect(typo.status).toBe(422);
    expect(server.releases).toEqual([]);
    expect(server.validationErrors.map((e) => [e.kind, e.operationId])).toEqual([
      ['semantic', 'repos/create-release'],
      ['body', 'repos/create-release'],
    ]);
  });
});

describe('git refs and tags', () => {
  it('creates, reads, fast-forwards, force-moves and deletes a tag ref', async () => {
    const created = await octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v1', sha: c2 });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ ref: 'refs/tags/v1', object: { type: 'commit', sha: c2 } });
    expect((await octokit.rest.git.getRef({ owner, repo, ref: 'tags/v1' })).data.object.sha).toBe(c2);

    expect(
      await rejection(octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v1', sha: c3 })),
    ).toMatchObject({
      status: 422,
      message: expect.stringContaining('Reference already exists'),
    });
    const ff = await octokit.rest.git.updateRef({ owner, repo, ref: 'tags/v1', sha: c3 });
    expect(ff.data.object.sha).toBe(c3);
    // c3 → side is not a fast-forward: refused without force, done with it.
    expect(
      (await rejection(octokit.rest.git.updateRef({ owner, repo, ref: 'tags/v1', sha: side }))).message,
    ).toContain('Update is not a fast forward');
    expect(
      (await octokit.rest.git.updateRef({ owner, repo, ref: 'tags/v1', sha: side, force: true })).data.object
        .sha,
    ).toBe(side);

    const matching = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: 'tags/v' });
    expect(matching.data.map((r) => r.ref)).toEqual(['refs/tags/v1']);
    expect((await octokit.rest.git.deleteRef({ owner, repo, ref: 'tags/v1' })).status).toBe(204);
    expect((await rejection(octokit.rest.git.getRef({ owner, repo, ref: 'tags/v1' }))).status).toBe(404);
    expect((await rejection(octokit.rest.git.deleteRef({ owner, repo, ref: 'tags/v1' }))).message).toContain(
      'Reference does not exist',
    );
    expectNoValidationErrors();
  });

  it('records the classic ref mistakes: no refs/ prefix on create, refs/ prefix on update, unknown objects', async () => {
    expect(
      (await rejection(octokit.rest.git.createRef({ owner, repo, ref: 'tags/v1', sha: c1 }))).message,
    ).toContain("Reference name must start with 'refs/'");
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v1', sha: c1 });
    expect(
      (await rejection(octokit.rest.git.updateRef({ owner, repo, ref: 'refs/tags/v1', sha: c2 }))).message,
    ).toContain('Reference does not exist');
    expect(
      (await rejection(octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v9', sha: 'f'.repeat(40) })))
        .message,
    ).toContain('Object does not exist');
    expect(server.validationErrors.map((e) => [e.kind, e.problems?.[0]?.at])).toEqual([
      ['semantic', 'body/ref'],
      ['semantic', 'path.ref'],
    ]);
  });

  it('accepts a ref path with unencoded slashes, as GitHub does', async () => {
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v1.2.3', sha: c1 });
    const res = await fetch(`${server.url}/repos/${owner}/${repo}/git/ref/tags/v1.2.3`, {
      headers: { authorization: `token ${TOKEN}`, accept: 'application/vnd.github+json' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ref: string }).ref).toBe('refs/tags/v1.2.3');
    expectNoValidationErrors();
  });

  it('creates an annotated tag object, points a ref at it and lists tags peeled', async () => {
    const tag = await octokit.rest.git.createTag({
      owner,
      repo,
      tag: 'v1.0.0',
      message: 'Release 1.0.0',
      object: c2,
      type: 'commit',
    });
    expect(tag.data).toMatchObject({
      tag: 'v1.0.0',
      object: { sha: c2, type: 'commit' },
      tagger: { name: 'github-actions[bot]' },
    });
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v1.0.0', sha: tag.data.sha });
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v1.10.0', sha: c3 });
    await octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v1.2.0', sha: c3 });
    expect((await octokit.rest.git.getRef({ owner, repo, ref: 'tags/v1.0.0' })).data.object.type).toBe('tag');
    expect((await octokit.rest.git.getTag({ owner, repo, tag_sha: tag.data.sha })).data.message).toBe(
      'Release 1.0.0',
    );

    const tags = await octokit.rest.repos.listTags({ owner, repo });
    expect(tags.data.map((t) => [t.name, t.commit.sha])).toEqual([
      ['v1.10.0', c3],
      ['v1.2.0', c3],
      ['v1.0.0', c2],
    ]);
    // A release of an existing (annotated) tag uses it as it is.
    const release = await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' });
    expect(release.status).toBe(201);
    expect(server.refs(owner, repo)['refs/tags/v1.0.0']).toBe(tag.data.sha);
    expectNoValidationErrors();
  });
});

describe('commits and comparisons', () => {
  it('gets a commit by SHA, branch or tag, and 422s an unknown one', async () => {
    const byBranch = await octokit.rest.repos.getCommit({ owner, repo, ref: 'main' });
    expect(byBranch.data).toMatchObject({
      sha: c3,
      parents: [{ sha: c2 }],
      commit: { message: 'Fix hello' },
    });
    expect(byBranch.data.files?.map((f) => [f.filename, f.status])).toEqual([
      ['templates/hello.yml', 'modified'],
    ]);
    expect((await octokit.rest.repos.getCommit({ owner, repo, ref: c1.slice(0, 7) })).data.sha).toBe(c1);
    expect((await rejection(octokit.rest.repos.getCommit({ owner, repo, ref: 'no-such-ref' }))).status).toBe(
      422,
    );
    expectNoValidationErrors();
  });

  it('compares ahead, behind, identical and diverged histories', async () => {
    const ahead = await octokit.rest.repos.compareCommits({ owner, repo, base: c1, head: 'main' });
    expect(ahead.data).toMatchObject({
      status: 'ahead',
      ahead_by: 2,
      behind_by: 0,
      merge_base_commit: { sha: c1 },
    });
    expect(ahead.data.commits.map((c) => c.sha)).toEqual([c2, c3]);
    expect(ahead.data.files?.map((f) => f.filename)).toEqual(['templates/hello.yml']);
    expect(
      (await octokit.rest.repos.compareCommits({ owner, repo, base: 'main', head: c1 })).data,
    ).toMatchObject({
      status: 'behind',
      behind_by: 2,
    });
    expect(
      (await octokit.rest.repos.compareCommits({ owner, repo, base: c3, head: 'main' })).data.status,
    ).toBe('identical');
    const diverged = await octokit.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: 'main...side',
    });
    expect(diverged.data).toMatchObject({
      status: 'diverged',
      ahead_by: 1,
      behind_by: 2,
      merge_base_commit: { sha: c1 },
    });
    expect(
      (await rejection(octokit.rest.repos.compareCommits({ owner, repo, base: 'nope', head: 'main' })))
        .status,
    ).toBe(404);
    expectNoValidationErrors();
  });
});

describe('rate limits and outages', () => {
  it('answers the primary rate limit with x-ratelimit-remaining 0 and a reset time', async () => {
    server.simulatePrimaryRateLimit(undefined, { resetInSeconds: 120 });
    const limited = await rejection(octokit.rest.repos.listTags({ owner, repo }));
    expect(limited.status).toBe(403);
    expect(limited.message).toContain('API rate limit exceeded for installation ID');
    expect(limited.headers['x-ratelimit-remaining']).toBe('0');
    const reset = Number(limited.headers['x-ratelimit-reset']);
    expect(reset - Date.now() / 1000).toBeGreaterThan(100);
    expect((await octokit.rest.repos.listTags({ owner, repo })).status).toBe(200);
    expectNoValidationErrors();
  });

  it('answers the secondary rate limit with retry-after and normal quota headers', async () => {
    server.simulateSecondaryRateLimit(isWriteRequest, { retryAfter: 7, times: 2 });
    for (let i = 0; i < 2; i++) {
      const limited = await rejection(
        octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v1', sha: c1 }),
      );
      expect(limited.status).toBe(403);
      expect(limited.message).toContain('You have exceeded a secondary rate limit');
      expect(limited.headers['retry-after']).toBe('7');
      expect(Number(limited.headers['x-ratelimit-remaining'])).toBeGreaterThan(0);
    }
    expect((await octokit.rest.repos.listTags({ owner, repo })).status).toBe(200); // reads pass
    expect((await octokit.rest.git.createRef({ owner, repo, ref: 'refs/tags/v1', sha: c1 })).status).toBe(
      201,
    );
    expectNoValidationErrors();
  });

  it('answers 429, 502 and 503 once each when asked', async () => {
    for (const status of [429, 502, 503]) {
      server.failWith(() => true, status, undefined, { times: 1, headers: { 'retry-after': '1' } });
      const failed = await rejection(octokit.rest.repos.getCommit({ owner, repo, ref: 'main' }));
      expect(failed.status).toBe(status);
      expect(failed.headers['retry-after']).toBe('1');
      expect((await octokit.rest.repos.getCommit({ owner, repo, ref: 'main' })).status).toBe(200);
    }
    expectNoValidationErrors();
  });
});

describe('tokens', () => {
  it('refuses writes the GITHUB_TOKEN has no permission for (contents: read)', async () => {
    const readOnly = await startGitHubServer({ token: TOKEN, permissions: { contents: 'read' } });
    try {
      seedHistory(readOnly);
      const client = getOctokit(TOKEN, { baseUrl: readOnly.url });
      const refused = await rejection(client.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' }));
      expect(refused).toMatchObject({
        status: 403,
        message: expect.stringContaining(RESOURCE_NOT_ACCESSIBLE),
      });
      expect(
        (await rejection(client.rest.git.createRef({ owner, repo, ref: 'refs/tags/v1', sha: c1 }))).status,
      ).toBe(403);
      expect((await client.rest.repos.listTags({ owner, repo })).status).toBe(200);
      // Other permissions are untouched.
      expect((await client.rest.checks.create({ owner, repo, name: 'mmf', head_sha: c1 })).status).toBe(201);
      expect(readOnly.releases).toEqual([]);
      expectNoValidationErrors(readOnly);
    } finally {
      await readOnly.close();
    }
  });

  it('tells a personal access token from the GITHUB_TOKEN', async () => {
    expect((await rejection(octokit.rest.users.getAuthenticated())).status).toBe(403);
    const pat = await startGitHubServer({ token: 'ghp_patFixture', tokenKind: 'pat' });
    try {
      seedHistory(pat);
      const client = getOctokit('ghp_patFixture', { baseUrl: pat.url });
      const me = await client.rest.users.getAuthenticated();
      expect(me.data).toMatchObject({ login: 'octocat', type: 'User' });
      expect(me.headers['x-oauth-scopes']).toBe('repo, workflow');
      const check = await rejection(client.rest.checks.create({ owner, repo, name: 'mmf', head_sha: c1 }));
      expect(check).toMatchObject({
        status: 403,
        message: expect.stringContaining('You must authenticate via a GitHub App.'),
      });
      const release = await client.rest.repos.createRelease({ owner, repo, tag_name: 'v1.0.0' });
      expect(release.data.author.login).toBe('octocat');
      pat.simulatePrimaryRateLimit();
      expect((await rejection(client.rest.repos.listTags({ owner, repo }))).message).toContain(
        'for user ID 583231',
      );
      expectNoValidationErrors(pat);
    } finally {
      await pat.close();
    }
  });
});
