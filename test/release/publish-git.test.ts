import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runReleasePublish } from '../../actions/release/index.js';
import { MmfError } from '../../actions/kernel/errors.js';
import { silentLogger } from '../../actions/kernel/logger.js';
import { RegistryClient } from '../../actions/platform/oci/registry-client.js';
import { git, lsRemoteTags, makeRepo, removeRepo, writeConfig, type TestRepo } from './support/git-repo.js';
import { pushImage, startRegistry, type TestRegistry } from './support/registry.js';

const publish = (repo: TestRepo, extra: Partial<Parameters<typeof runReleasePublish>[0]> = {}) =>
  runReleasePublish({
    repo: repo.dir,
    dryRun: false,
    tagVia: 'git',
    remote: 'origin',
    forge: null,
    images: [],
    registry: new RegistryClient(),
    log: silentLogger,
    ...extra,
  });

describe('mmf release publish with git tags on a bare remote', () => {
  let repo: TestRepo;
  let bare: string;
  let v1: string;
  beforeEach(() => {
    repo = makeRepo();
    writeConfig(repo, 'packages:\n  - path: .\n    name: action\n    floating-tags: true\n');
    repo.commit('feat: first', ['.mmf/release.yml', 'README.md']);
    repo.tag('v1.1.0');
    v1 = repo.head();
    git(repo.dir, 'tag', 'v1');
    git(repo.dir, 'tag', 'v1.1');
    bare = repo.addBareRemote();
  });
  afterEach(() => removeRepo(repo));

  it('pushes an annotated release tag and force-moves v1 and v1.2 to the release commit', async () => {
    const head = repo.commit('feat: second feature');
    // Children get a minimal environment; the tagger still comes from mmf's own GIT_COMMITTER_*.
    const saved = { name: process.env['GIT_COMMITTER_NAME'], email: process.env['GIT_COMMITTER_EMAIL'] };
    process.env['GIT_COMMITTER_NAME'] = 'Release Bot';
    process.env['GIT_COMMITTER_EMAIL'] = 'release-bot@example.com';
    let report: Awaited<ReturnType<typeof publish>>;
    try {
      report = await publish(repo);
    } finally {
      for (const [k, v] of [
        ['GIT_COMMITTER_NAME', saved.name],
        ['GIT_COMMITTER_EMAIL', saved.email],
      ] as const)
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
    expect(git(bare, 'tag', '-l', '--format=%(taggername) %(taggeremail)', 'v1.2.0')).toBe(
      'Release Bot <release-bot@example.com>',
    );
    const tags = lsRemoteTags(bare);
    expect(tags.get('v1.2.0')).toBe(head);
    expect(tags.get('v1')).toBe(head);
    expect(tags.get('v1.2')).toBe(head);
    expect(tags.get('v1.1')).toBe(v1); // the older minor line stays where it was
    expect(git(bare, 'cat-file', '-t', 'v1.2.0')).toBe('tag'); // annotated
    expect(git(bare, 'tag', '-l', '--format=%(contents:subject)', 'v1.2.0')).toBe('action 1.2.0');
    expect(report.result.published?.packages[0]).toMatchObject({
      tag: 'v1.2.0',
      tagAction: 'created',
      floatingTags: [
        { tag: 'v1', from: v1, to: head },
        { tag: 'v1.2', from: null, to: head },
      ],
    });
    expect(report.outputs).toMatchObject({ 'releases-created': 'true', version: '1.2.0', tag: 'v1.2.0' });
  });

  it('never moves floating tags for a pre-release', async () => {
    const head = repo.commit('feat: risky');
    const report = await publish(repo, { channel: 'rc' });
    const tags = lsRemoteTags(bare);
    expect(tags.get('v1.2.0-rc.1')).toBe(head);
    expect(tags.get('v1')).toBe(v1);
    expect(tags.has('v1.2')).toBe(false);
    expect(report.result.packages[0]!.floatingTags).toEqual([]);
  });

  it('is idempotent: a rerun finds its tags and changes nothing', async () => {
    const head = repo.commit('fix: one');
    await publish(repo);
    // The rerun of a CI job, in the same checkout (tags present) and in a fresh one (tags only on the remote).
    const again = await publish(repo);
    expect(again.result.packages.map((p) => p.next)).toEqual(['1.1.1']);
    expect(again.result.published?.packages[0]?.tagAction).toBe('exists');
    git(repo.dir, 'tag', '-d', 'v1.1.1', 'v1', 'v1.1');
    const fresh = await publish(repo);
    expect(fresh.result.published?.packages[0]?.tagAction).toBe('exists');
    const tags = lsRemoteTags(bare);
    expect([tags.get('v1.1.1'), tags.get('v1'), tags.get('v1.1')]).toEqual([head, head, head]);
  });

  it('refuses, before writing anything, when the release tag exists on the remote at another commit', async () => {
    repo.commit('fix: one');
    const other = makeRepo();
    try {
      // Someone else pushed v1.1.1 at a different commit.
      git(other.dir, 'fetch', '-q', bare, 'refs/tags/v1.1.0:refs/tags/v1.1.0');
      git(other.dir, 'checkout', '-q', 'v1.1.0');
      other.commit('fix: theirs', ['theirs.txt']);
      git(other.dir, 'tag', 'v1.1.1');
      git(other.dir, 'push', '-q', bare, 'refs/tags/v1.1.1');
    } finally {
      removeRepo(other);
    }
    const before = lsRemoteTags(bare);
    const err = await publish(repo).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MmfError);
    expect((err as MmfError).code).toBe('E_RELEASE_TAG_CONFLICT');
    expect((err as MmfError).message).toMatch(
      /^tag v1\.1\.1 already exists on origin at [0-9a-f]{12}, not at the release commit/,
    );
    expect(lsRemoteTags(bare)).toEqual(before);
    expect(git(repo.dir, 'tag', '-l', 'v1.1.1')).toBe('');
  });

  it('reports a push the remote refuses as E_GIT_PUSH with the remote’s words', async () => {
    repo.commit('fix: protected');
    writeFileSync(
      join(bare, 'hooks', 'pre-receive'),
      '#!/bin/sh\necho "tags are protected here" >&2\nexit 1\n',
    );
    chmodSync(join(bare, 'hooks', 'pre-receive'), 0o755);
    const err = await publish(repo).catch((e: unknown) => e);
    expect((err as MmfError).code).toBe('E_GIT_PUSH');
    expect((err as MmfError).message).toContain('git push of v1.1.1, v1, v1.1 to origin failed');
    expect((err as MmfError).message).toContain('remote: tags are protected here');
    expect(lsRemoteTags(bare).has('v1.1.1')).toBe(false);
    expect(lsRemoteTags(bare).get('v1')).toBe(v1); // atomic: nothing moved
  });

  it('writes nothing on --dry-run', async () => {
    repo.commit('feat: later');
    const before = lsRemoteTags(bare);
    const report = await publish(repo, { dryRun: true });
    expect(report.result.published).toMatchObject({
      dryRun: true,
      packages: [{ tag: 'v1.2.0', tagAction: 'planned' }],
    });
    expect(lsRemoteTags(bare)).toEqual(before);
    expect(git(repo.dir, 'tag', '-l', 'v1.2.0')).toBe('');
  });
});

describe('image promotion during publish (real registry)', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => registry?.close());

  it('gives the built digest the version and floating tags, matched to packages by repository', async () => {
    const repo = makeRepo();
    try {
      writeConfig(
        repo,
        `packages:\n  - path: services/api\n    name: api\n    tag-format: "{name}@{version}"\n    floating-tags: true\n    images: [${registry.host}/acme/api]\n  - path: services/web\n    name: web\n    tag-format: "{name}@{version}"\n    images: [${registry.host}/acme/web]\n`,
      );
      repo.commit('chore: start', ['.mmf/release.yml', 'services/api/a', 'services/web/w']);
      repo.tag('api@0.9.0');
      repo.tag('web@3.0.0');
      repo.commit('feat(api)!: v1 of the API', ['services/api/a']);
      repo.commit('fix(web): typo', ['services/web/w']);
      const api = await pushImage({ host: registry.host }, 'acme/api', 'sha-1234', 'api build');
      const web = await pushImage({ host: registry.host }, 'acme/web', 'sha-1234', 'web build', {
        docker: true,
      });
      const report = await publish(repo, {
        remote: null,
        images: [
          { ref: `${registry.host}/acme/api@${api.digest}` },
          { package: 'web', ref: `${registry.host}/acme/web@${web.digest}` },
        ],
      });
      const client = new RegistryClient();
      const at = (repoName: string, tag: string) =>
        client.resolve({ registry: registry.host, repository: repoName }, tag);
      expect([await at('acme/api', '1.0.0'), await at('acme/api', '1'), await at('acme/api', '1.0')]).toEqual(
        [api.digest, api.digest, api.digest],
      );
      expect(await at('acme/web', '3.0.1')).toBe(web.digest);
      expect(await at('acme/web', '3')).toBeNull(); // web has no floating tags
      expect(report.result.published?.packages.map((p) => [p.name, p.images.map((i) => i.tags)])).toEqual([
        ['api', [['1.0.0', '1', '1.0']]],
        ['web', [['3.0.1']]],
      ]);
      expect(git(repo.dir, 'tag', '-l', 'api@1.0.0')).toBe('api@1.0.0');
    } finally {
      removeRepo(repo);
    }
  });

  it('rejects an image without digest or of no released package before any tag is made', async () => {
    const repo = makeRepo();
    try {
      repo.commit('chore: start');
      repo.tag('v1.0.0');
      repo.commit('fix: x');
      const noDigest = await publish(repo, {
        remote: null,
        images: [{ ref: `${registry.host}/acme/api:latest` }],
      }).catch((e: unknown) => e);
      expect((noDigest as MmfError).code).toBe('E_IMAGE_REF');
      const unknown = await publish(repo, {
        remote: null,
        images: [{ package: 'nope', ref: `${registry.host}/acme/api@sha256:${'1'.repeat(64)}` }],
      }).catch((e: unknown) => e);
      expect((unknown as MmfError).code).toBe('E_USAGE');
      const absent = await publish(repo, {
        remote: null,
        images: [{ ref: `${registry.host}/acme/api@sha256:${'3'.repeat(64)}` }],
      }).catch((e: unknown) => e);
      expect((absent as MmfError).code).toBe('E_REGISTRY_NOT_FOUND');
      expect(git(repo.dir, 'tag', '-l', 'v1.0.1')).toBe('');
    } finally {
      removeRepo(repo);
    }
  });
});
