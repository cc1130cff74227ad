/**
 * mmf release publish against the OpenAPI-validating GitHub stand-in: releases (draft, then
 * published; found again on a rerun), make_latest, pre-releases, and tags through the git data
 * API. The local repository is real; the stand-in is seeded with the same commit SHAs, as if the
 * branch had been pushed.
 */
import { runReleasePublish } from '../../actions/release/index.js';
import { GitHubReleases, releaseOctokit } from '../../actions/release/forges/github-release.js';
import { MmfError } from '../../actions/kernel/errors.js';
import { silentLogger } from '../../actions/kernel/logger.js';
import { RegistryClient } from '../../actions/platform/oci/registry-client.js';
import { startGitHubServer, type GitHubServer } from '../support/github/server.js';
import { git, lsRemoteTags, makeRepo, removeRepo, writeConfig, type TestRepo } from './support/git-repo.js';

const owner = 'acme';
const name = 'deploy-action';
const TOKEN = 'ghs_releaseTestToken0123456789';

describe('mmf release publish on GitHub (stand-in)', () => {
  let server: GitHubServer;
  let repo: TestRepo;
  let first: string;

  const forge = () => new GitHubReleases(releaseOctokit(TOKEN, server.url), `${owner}/${name}`, TOKEN);
  const publish = (extra: Partial<Parameters<typeof runReleasePublish>[0]> = {}) =>
    runReleasePublish({
      repo: repo.dir,
      dryRun: false,
      tagVia: 'api',
      remote: null,
      forge: forge(),
      images: [],
      registry: new RegistryClient(),
      log: silentLogger,
      links: { forge: 'github', webUrl: 'https://github.com', repository: `${owner}/${name}` },
      ...extra,
    });
  /** Mirrors the local commits into the stand-in (what `git push` of main would do). */
  const mirror = () => {
    const known = new Set(Object.values(server.refs(owner, name)));
    for (const sha of git(repo.dir, 'rev-list', '--reverse', 'HEAD').split('\n')) {
      if (known.has(sha)) continue;
      const parents = git(repo.dir, 'rev-list', '--parents', '-n', '1', sha).split(' ').slice(1);
      server.seedCommit({
        owner,
        repo: name,
        sha,
        parents,
        message: git(repo.dir, 'log', '-1', '--format=%s', sha),
      });
      known.add(sha);
    }
  };

  beforeAll(async () => {
    server = await startGitHubServer({ token: TOKEN });
  });
  afterAll(async () => server?.close());

  beforeEach(() => {
    server.reset();
    repo = makeRepo();
    writeConfig(repo, 'packages:\n  - path: .\n    name: deploy-action\n    floating-tags: true\n');
    first = repo.commit('feat: first', ['.mmf/release.yml', 'README.md']);
    repo.tag('v1.1.0');
    mirror();
    server.seedRef({ owner, repo: name, ref: 'refs/tags/v1.1.0', sha: first });
    server.seedRef({ owner, repo: name, ref: 'refs/tags/v1', sha: first });
    server.seedRelease({
      owner,
      repo: name,
      tag_name: 'v1.1.0',
      target_commitish: first,
      name: 'deploy-action 1.1.0',
    });
  });
  afterEach(() => removeRepo(repo));

  it('creates the tag, moves v1 and v1.2, and publishes a draft as the latest release', async () => {
    const head = repo.commit('feat: canary deployments (#17)');
    mirror();
    server.clearRecords();
    const report = await publish();
    expect(server.describeValidationErrors()).toBe('');
    expect(server.validationErrors).toEqual([]);

    const refs = server.refs(owner, name);
    const tagObject = server.tagObject(owner, name, refs['refs/tags/v1.2.0'] as string);
    expect(tagObject).toMatchObject({ tag: 'v1.2.0', object: { sha: head, type: 'commit' } });
    expect(tagObject?.message).toContain('deploy-action 1.2.0');
    expect(refs['refs/tags/v1']).toBe(head);
    expect(refs['refs/tags/v1.2']).toBe(head);

    const writes = server.requests.filter((r) => r.operationId?.includes('release') && r.method !== 'GET');
    expect(writes.map((r) => [r.operationId, (r.body as { draft?: boolean }).draft])).toEqual([
      ['repos/create-release', true],
      ['repos/update-release', false],
    ]);
    expect((writes[1]?.body as { make_latest?: string }).make_latest).toBe('true');
    const release = server.releases.find((r) => r.tag_name === 'v1.2.0');
    expect(release).toMatchObject({
      draft: false,
      prerelease: false,
      name: 'deploy-action 1.2.0',
      latest: true,
    });
    expect(release?.body).toContain(
      `* canary deployments ([#17](https://github.com/${owner}/${name}/pull/17))`,
    );
    expect(report.result.published?.packages[0]?.release).toMatchObject({
      forge: 'github',
      action: 'created',
    });
    expect(JSON.stringify(server.requests)).not.toContain(TOKEN);
  });

  it('updates the same release on a rerun instead of making a second one', async () => {
    repo.commit('fix: retry');
    mirror();
    await publish();
    const again = await publish();
    expect(server.validationErrors).toEqual([]);
    expect(server.releases.filter((r) => r.tag_name === 'v1.1.1')).toHaveLength(1);
    expect(again.result.published?.packages[0]).toMatchObject({
      tagAction: 'exists',
      release: { action: 'updated' },
    });
  });

  it('finds a draft left by a failed run and publishes it', async () => {
    const head = repo.commit('fix: half done');
    mirror();
    server.seedRelease({
      owner,
      repo: name,
      tag_name: 'v1.1.1',
      target_commitish: head,
      draft: true,
      body: 'old notes',
    });
    await publish();
    const mine = server.releases.filter((r) => r.tag_name === 'v1.1.1');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ draft: false });
    expect(mine[0]?.body).toContain('half done');
    expect(server.validationErrors).toEqual([]);
  });

  it('publishes a pre-release that never becomes latest and moves no floating tag', async () => {
    repo.commit('feat: experimental');
    mirror();
    server.clearRecords();
    await publish({ channel: 'rc' });
    expect(server.validationErrors).toEqual([]);
    const release = server.releases.find((r) => r.tag_name === 'v1.2.0-rc.1');
    expect(release).toMatchObject({ draft: false, prerelease: true, latest: false });
    const publishReq = server.requests.find((r) => r.operationId === 'repos/update-release');
    expect(publishReq?.body).toMatchObject({ draft: false, prerelease: true, make_latest: 'false' });
    expect(server.refs(owner, name)['refs/tags/v1']).toBe(first);
    expect(server.refs(owner, name)['refs/tags/v1.2']).toBeUndefined();
  });

  it('pushes tags with git to a bare remote and only the release goes through the API', async () => {
    const head = repo.commit('fix: via git');
    const bare = repo.addBareRemote();
    mirror();
    server.clearRecords();
    await publish({ tagVia: 'git', remote: 'origin' });
    expect(server.validationErrors).toEqual([]);
    expect(lsRemoteTags(bare).get('v1.1.1')).toBe(head);
    expect(lsRemoteTags(bare).get('v1')).toBe(head);
    expect(server.requests.some((r) => r.operationId?.startsWith('git/'))).toBe(false);
    expect(server.releases.find((r) => r.tag_name === 'v1.1.1')).toMatchObject({ draft: false });
  });

  it('turns a read-only token into E_API_AUTH with the permission hint', async () => {
    repo.commit('fix: nope');
    mirror();
    server.simulateReadOnlyToken();
    const err = await publish().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MmfError);
    expect((err as MmfError).code).toBe('E_API_AUTH');
    expect((err as MmfError).format()).toContain('contents: write');
    expect((err as MmfError).message).toContain('the token cannot create the tag v1.1.1 (HTTP 403');
    expect((err as MmfError).format()).not.toContain(TOKEN);
  });
});
