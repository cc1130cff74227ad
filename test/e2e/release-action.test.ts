/**
 * End-to-end tests of the bundled release action (dist/release/index.js), run as the runner runs it
 * (INPUT_* with release/action.yml's defaults, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY)
 * against the OpenAPI-validating GitHub stand-in, in a real git repository whose `origin` is a local
 * bare repository: a pull request gets the preview comment and nothing is written; a push to the
 * default branch tags, moves v1 and v1.1, and publishes the GitHub release.
 */
import { existsSync, rmSync } from 'node:fs';
import { type GitHubServer, isWriteRequest, startGitHubServer } from '../support/github/server.js';
import { git, lsRemoteTags, makeRepo, removeRepo, type TestRepo } from '../release/support/git-repo.js';
import {
  OWNER,
  RELEASE,
  REPO,
  SCRATCH,
  TOKEN,
  expectExit,
  expectNoValidationErrors,
  prComments,
  prEvent,
  runAction,
  seedPr,
  timings,
  useServer,
} from './harness.js';

let server: GitHubServer;
let repo: TestRepo;
let bare: string;
let first: string;
let head: string;

/** What `git push` of main would have told GitHub: every local commit, with its parents. */
function mirrorCommits(): void {
  for (const sha of git(repo.dir, 'rev-list', '--reverse', 'HEAD').split('\n')) {
    const parents = git(repo.dir, 'rev-list', '--parents', '-n', '1', sha).split(' ').slice(1);
    server.seedCommit({
      owner: OWNER,
      repo: REPO,
      sha,
      parents,
      message: git(repo.dir, 'log', '-1', '--format=%s', sha),
    });
  }
}

function pushEvent(ref: string): Record<string, unknown> {
  return {
    ref,
    before: first,
    after: head,
    repository: { full_name: `${OWNER}/${REPO}`, name: REPO, default_branch: 'main' },
    sender: { login: 'octocat' },
  };
}

/** The runner's git: the test's fixed identity, none of the developer's configuration. */
const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
};

beforeAll(async () => {
  if (!existsSync(RELEASE)) throw new Error(`missing ${RELEASE}: run npm run bundle`);
  server = await startGitHubServer({ token: TOKEN });
  useServer(server);
});

afterAll(async () => {
  await server?.close();
  console.log(`release action e2e runs:\n  ${timings.join('\n  ')}`);
  rmSync(SCRATCH, { recursive: true, force: true });
});

beforeEach(() => {
  server.reset();
  repo = makeRepo('mmf-release-e2e-');
  first = repo.commit('feat: first');
  repo.tag('v1.0.0');
  repo.tag('v1', false);
  bare = repo.addBareRemote();
  repo.commit('feat: canary deployments (#12)');
  head = repo.commit('fix: keep the rollout paused on errors');
  git(repo.dir, 'push', '-q', 'origin', 'main');
  mirrorCommits();
  server.seedRef({ owner: OWNER, repo: REPO, ref: 'refs/tags/v1.0.0', sha: first });
  server.seedRef({ owner: OWNER, repo: REPO, ref: 'refs/tags/v1', sha: first });
  server.seedRelease({
    owner: OWNER,
    repo: REPO,
    tag_name: 'v1.0.0',
    target_commitish: first,
    name: '1.0.0',
  });
});

afterEach(() => removeRepo(repo));

/** The log without the runner's own `::add-mask::<secret>` command (which must carry the secret). */
const unmasked = (log: string) =>
  log
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
const remoteTags = () => Object.fromEntries(lsRemoteTags(bare));
const localTags = () => git(repo.dir, 'tag', '--list').split('\n').filter(Boolean).sort();

describe('the bundled release action', () => {
  it('pull_request: a dry run whose sticky comment shows the versions and changelog; nothing is written', async () => {
    seedPr(12);
    const before = remoteTags();
    const run = await runAction({
      label: 'release-pr-preview',
      entry: RELEASE,
      cwd: repo.dir,
      event: prEvent(12),
      inputs: { 'move-major-tags': 'true' },
      env: GIT_ENV,
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(run.outputs).toMatchObject({
      mode: 'plan',
      'releases-created': 'true',
      version: '1.1.0',
      tag: 'v1.1.0',
      tags: JSON.stringify(['v1.1.0', 'v1', 'v1.1']),
      packages: JSON.stringify([{ name: 'work', version: '1.1.0', tag: 'v1.1.0' }]),
    });
    const comments = prComments(12);
    expect(comments).toHaveLength(1);
    const body = (comments[0] as { body: string }).body;
    expect(run.outputs['comment-url']).toMatch(/\/pull\/12#issuecomment-\d+$/);
    expect(body).toContain('Would release work 1.1.0.');
    expect(body).toContain('1.0.0 → 1.1.0 (minor)');
    expect(body).toContain('v1, v1.1');
    expect(body).toContain(`canary deployments ([#12](https://github.com/${OWNER}/${REPO}/pull/12))`);
    expect(body).toContain('keep the rollout paused on errors');
    expect(run.summary).toContain('Would release work 1.1.0.');
    // Nothing written: no tag (local or remote), no release; the only write is the comment.
    expect(remoteTags()).toEqual(before);
    expect(localTags()).toEqual(['v1', 'v1.0.0']);
    expect(server.releases.map((r) => r.tag_name)).toEqual(['v1.0.0']);
    expect(server.requests.filter(isWriteRequest).map((r) => r.operationId)).toEqual([
      'issues/create-comment',
    ]);
    expect(unmasked(run.stdout) + run.summary + body).not.toContain(TOKEN);
  });

  it('pull_request: the next push to the pull request updates the same comment', async () => {
    seedPr(13);
    const event = prEvent(13);
    const preview = () =>
      runAction({
        label: 'release-pr-again',
        entry: RELEASE,
        cwd: repo.dir,
        event,
        inputs: {},
        env: GIT_ENV,
      });
    expectExit(await preview(), 0);
    repo.commit('feat!: drop the v1 configuration format');
    const again = await preview();
    expectExit(again, 0);
    expectNoValidationErrors();
    expect(again.outputs).toMatchObject({ version: '2.0.0', tag: 'v2.0.0' });
    const comments = prComments(13);
    expect(comments).toHaveLength(1);
    expect((comments[0] as { body: string }).body).toContain('1.0.0 → 2.0.0 (major)');
    expect(server.requests.filter(isWriteRequest).map((r) => r.operationId)).toEqual([
      'issues/create-comment',
      'issues/update-comment',
    ]);
  });

  it('push to the default branch: tags, floating tags and the published release', async () => {
    const run = await runAction({
      label: 'release-push-publish',
      entry: RELEASE,
      cwd: repo.dir,
      event: pushEvent('refs/heads/main'),
      inputs: { 'move-major-tags': 'true' },
      env: GIT_ENV,
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(run.stdout).toContain('release publish: push on the default branch main');
    expect(run.outputs).toMatchObject({
      mode: 'publish',
      'releases-created': 'true',
      version: '1.1.0',
      tag: 'v1.1.0',
      tags: JSON.stringify(['v1.1.0', 'v1', 'v1.1']),
      'comment-url': '',
    });
    // The tags in the bare remote: the release tag and both floating tags at the released commit.
    expect(remoteTags()).toMatchObject({ 'v1.0.0': first, 'v1.1.0': head, v1: head, 'v1.1': head });
    const tagger = git(
      repo.dir,
      'for-each-ref',
      '--format=%(taggername) %(contents:subject)',
      'refs/tags/v1.1.0',
    );
    expect(tagger).toMatch(/^github-actions\[bot\] /);
    const released = server.releases.find((r) => r.tag_name === 'v1.1.0');
    expect(released).toMatchObject({ draft: false, prerelease: false, latest: true, target_commitish: head });
    expect(released?.body).toContain('canary deployments');
    expect(run.summary).toContain('Released work 1.1.0.');
    expect(prComments(12)).toEqual([]);
    expect(unmasked(run.stdout) + run.summary).not.toContain(TOKEN);
  });

  it('push with a pre-release channel: rc tag, no floating tag moves, never the latest release', async () => {
    const run = await runAction({
      label: 'release-push-rc',
      entry: RELEASE,
      cwd: repo.dir,
      event: pushEvent('refs/heads/main'),
      inputs: { 'move-major-tags': 'true', prerelease: 'rc' },
      env: GIT_ENV,
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(run.outputs).toMatchObject({ version: '1.1.0-rc.1', tags: JSON.stringify(['v1.1.0-rc.1']) });
    expect(remoteTags()).toMatchObject({ 'v1.1.0-rc.1': head, v1: first });
    expect(remoteTags()['v1.1']).toBeUndefined();
    expect(server.releases.find((r) => r.tag_name === 'v1.1.0-rc.1')).toMatchObject({
      prerelease: true,
      latest: false,
      draft: false,
    });
  });

  it('push to another branch plans only; mode publish on a pull request is refused', async () => {
    const before = remoteTags();
    const branch = await runAction({
      label: 'release-push-branch',
      entry: RELEASE,
      cwd: repo.dir,
      event: pushEvent('refs/heads/feature'),
      inputs: {},
      env: GIT_ENV,
    });
    expectExit(branch, 0);
    expect(branch.outputs).toMatchObject({ mode: 'plan', version: '1.1.0' });
    expect(branch.stdout).toContain('mode auto publishes only on a push to the default branch');

    seedPr(14);
    const refused = await runAction({
      label: 'release-pr-publish',
      entry: RELEASE,
      cwd: repo.dir,
      event: prEvent(14),
      inputs: { mode: 'publish' },
      env: GIT_ENV,
    });
    expectExit(refused, 1);
    expect(refused.stdout).toContain(
      '::error::error[E_USAGE]: mode publish does not run on pull_request events',
    );
    expect(remoteTags()).toEqual(before);
    expect(server.requests.filter(isWriteRequest)).toEqual([]);
  });
});
