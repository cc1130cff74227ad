/**
 * mmf release publish on GitLab: the stand-in's project is backed by the test's bare remote, so
 * tags pushed with git and tags created through the API are the same real refs.
 */
import { runReleasePublish } from '../../actions/release/index.js';
import { GitLabReleases } from '../../actions/release/forges/gitlab-release.js';
import { GitLabClient } from '../../actions/runtime/gitlab/api-client.js';
import { silentLogger } from '../../actions/kernel/logger.js';
import { RegistryClient } from '../../actions/platform/oci/registry-client.js';
import { BOT_TOKEN, JOB_TOKEN, startGitLabServer, type GitLabServer } from '../support/gitlab/server.js';
import { git, lsRemoteTags, makeRepo, removeRepo, writeConfig, type TestRepo } from './support/git-repo.js';

const PROJECT = 'grp/platform/svc';

describe('mmf release publish on GitLab (stand-in backed by a bare repository)', () => {
  let gitlab: GitLabServer;
  let repo: TestRepo;
  let bare: string;

  const publish = (
    extra: Partial<Parameters<typeof runReleasePublish>[0]> = {},
    token = BOT_TOKEN,
    kind: 'private' | 'job' = 'private',
  ) =>
    runReleasePublish({
      repo: repo.dir,
      dryRun: false,
      tagVia: 'git',
      remote: 'origin',
      forge: new GitLabReleases(
        new GitLabClient({ apiUrl: gitlab.apiUrl, auth: { kind, token } }),
        PROJECT,
        `${gitlab.url}/${PROJECT}`,
      ),
      images: [],
      registry: new RegistryClient(),
      log: silentLogger,
      links: { forge: 'gitlab', webUrl: 'https://gitlab.example.com', repository: PROJECT },
      ...extra,
    });

  beforeEach(async () => {
    repo = makeRepo();
    writeConfig(
      repo,
      'packages:\n  - path: .\n    name: svc\n    tag-format: "{name}/v{version}"\n    floating-tags: true\n',
    );
    repo.commit('feat: first', ['.mmf/release.yml', 'README.md']);
    repo.tag('svc/v2.3.0');
    bare = repo.addBareRemote();
    gitlab = await startGitLabServer({ projects: [{ id: 77, path: PROJECT, repository: bare }] });
  });
  afterEach(async () => {
    await gitlab.close();
    removeRepo(repo);
  });

  it('pushes the tags with git and creates the release with the changelog', async () => {
    const head = repo.commit('fix: close the pool (!9)');
    const report = await publish();
    expect(gitlab.validationErrors).toEqual([]);
    const tags = lsRemoteTags(bare);
    expect([tags.get('svc/v2.3.1'), tags.get('svc/v2'), tags.get('svc/v2.3')]).toEqual([head, head, head]);
    const [release] = gitlab.releasesOf(77);
    expect(release).toMatchObject({ tag_name: 'svc/v2.3.1', name: 'svc 2.3.1', commitSha: head });
    expect(release?.description).toContain(
      `* close the pool ([!9](https://gitlab.example.com/${PROJECT}/-/merge_requests/9))`,
    );
    expect(report.result.published?.packages[0]?.release).toMatchObject({
      forge: 'gitlab',
      action: 'created',
    });
  });

  it('updates the release on a rerun (PUT), never a second POST', async () => {
    repo.commit('fix: again');
    await publish();
    gitlab.clearRecords();
    const again = await publish();
    expect(gitlab.validationErrors).toEqual([]);
    expect(gitlab.releasesOf(77)).toHaveLength(1);
    expect(again.result.published?.packages[0]?.release?.action).toBe('updated');
    const writes = gitlab.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.endpoint}`);
    expect(writes).toEqual(['PUT releases.update']);
  });

  it('creates tags through the tags API, moving floating tags by delete + create', async () => {
    const head = repo.commit('feat: api tags');
    git(repo.dir, 'push', '-q', 'origin', 'main'); // the commit is on GitLab; only the tags are made there
    await gitlab.seedTag({ project: 77, name: 'svc/v2', ref: 'svc/v2.3.0' });
    const before = lsRemoteTags(bare).get('svc/v2');
    const report = await publish({ tagVia: 'api', remote: null });
    expect(gitlab.validationErrors).toEqual([]);
    const tags = lsRemoteTags(bare);
    expect(before).not.toBe(head);
    expect([tags.get('svc/v2.4.0'), tags.get('svc/v2'), tags.get('svc/v2.4')]).toEqual([head, head, head]);
    expect(report.result.packages[0]?.next).toBe('2.4.0');
  });

  it('a pre-release with CI_JOB_TOKEN: release created, floating tags untouched', async () => {
    const head = repo.commit('feat: beta thing');
    const before = lsRemoteTags(bare);
    await publish({ channel: 'beta' }, JOB_TOKEN, 'job');
    expect(gitlab.validationErrors).toEqual([]);
    const tags = lsRemoteTags(bare);
    expect(tags.get('svc/v2.4.0-beta.1')).toBe(head);
    expect(tags.get('svc/v2')).toBe(before.get('svc/v2'));
    expect(gitlab.releasesOf(77).map((r) => r.tag_name)).toEqual(['svc/v2.4.0-beta.1']);
  });
});
