/**
 * templates/release.yml through the real gitlab-ci-local (shell executor, `mmf` on the PATH as the
 * built CLI) in a project whose history is real and whose tags go to a local bare repository, the
 * repository behind the GitLab stand-in's project: a merge request pipeline plans (preview in the
 * note, updated in place on the next push; the report folder and the dotenv report) and writes no tag
 * or release; a default-branch pipeline
 * pushes the release tag and the floating tags and creates the GitLab release.
 */
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, scratchDir } from '../support/git-repos.js';
import {
  type ConsumerProject,
  type GitLabCiLocalRun,
  createConsumerProject,
} from '../support/gitlab-ci-local.js';
import { BOT_TOKEN, type GitLabServer, startGitLabServer } from '../support/gitlab/server.js';
import { REPO_ROOT } from '../support/run-cli.js';
import { lsRemoteTags } from './support/git-repo.js';

// gitlab-ci-local sets CI_PROJECT_ID 1217 and CI_PROJECT_PATH from origin.
const PROJECT = 'grp/svc';
const TEMPLATE = readFileSync(join(REPO_ROOT, 'templates', 'release.yml'), 'utf8');

let gitlab: GitLabServer;
let project: ConsumerProject;
let bare: string;
let bin: string;
let first: string;
let head: string;

/** `mmf` on the PATH, as a shell runner with the CLI installed has it. */
function mmfOnPath(): string {
  const dir = scratchDir('mmf-bin-');
  const wrapper = join(dir, 'mmf');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec "${process.execPath}" "${join(REPO_ROOT, 'dist', 'cli', 'index.js')}" "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  return dir;
}

const ci = (inputs: string) => `include:
  - component: $CI_SERVER_FQDN/${PROJECT}/release@$CI_COMMIT_SHA
    inputs:
      stage: test
      move-major-tags: true
      remote: ${bare}
      gitlab-token: $MMF_RELEASE_TOKEN
${inputs}`;

function explain(run: GitLabCiLocalRun): string {
  return `gitlab-ci-local ${run.args.join(' ')} exited ${run.exitCode}\n--- stdout\n${run.stdout.slice(-6000)}\n--- stderr\n${run.stderr.slice(-3000)}`;
}

const run = (jobs: string[], variables: Record<string, string> = {}) =>
  project.run({
    jobs,
    args: ['--force-shell-executor'],
    variables: { CI_API_V4_URL: gitlab.apiUrl, MMF_RELEASE_TOKEN: BOT_TOKEN, ...variables },
    env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
  });

beforeAll(() => {
  bin = mmfOnPath();
});
afterAll(() => rmSync(bin, { recursive: true, force: true }));

beforeEach(async () => {
  const root = scratchDir('mmf-release-gcl-');
  bare = join(root, 'svc.git');
  git(root, 'init', '-q', '--bare', '-b', 'main', bare);
  gitlab = await startGitLabServer({ projects: [{ id: 1217, path: PROJECT, repository: bare }] });
  project = createConsumerProject({
    origin: `${gitlab.url}/${PROJECT}.git`,
    files: { 'templates/release.yml': TEMPLATE, '.gitlab-ci.yml': ci('') },
  });
  first = project.commit({ 'README.md': 'svc\n' }, 'feat: first');
  git(project.dir, 'tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
  git(project.dir, 'tag', 'v1');
  git(project.dir, 'push', '-q', bare, 'main', '--tags');
  project.commit({ 'src/canary.txt': 'canary\n' }, 'feat: canary deployments (!5)');
  head = project.commit({ 'src/pool.txt': 'pool\n' }, 'fix: close the pool on shutdown');
  git(project.dir, 'push', '-q', bare, 'main');
});

afterEach(async () => {
  await gitlab.close();
  project.cleanup();
});

describe('templates/release.yml (gitlab-ci-local)', () => {
  it('a merge request pipeline plans: the preview and the dotenv report, nothing written', async () => {
    const before = Object.fromEntries(lsRemoteTags(bare));
    gitlab.seedMergeRequest({ project: 1217, iid: 5, sha: head });
    const result = await run(['release-plan'], {
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '5',
    });
    if (result.exitCode !== 0) throw new Error(explain(result));
    expect(result.dotenv('release-plan')).toMatchObject({
      RELEASES_CREATED: 'true',
      VERSION: '1.1.0',
      TAG: 'v1.1.0',
      TAGS: JSON.stringify(['v1.1.0', 'v1', 'v1.1']),
    });
    const notes = gitlab.notesOf(5, 1217);
    expect(notes).toHaveLength(1);
    const note = (notes[0] as { body: string }).body;
    const preview = readFileSync(join(project.dir, 'mmf-report', 'release', 'report.md'), 'utf8');
    for (const text of [note, preview]) {
      expect(text).toContain('Would release');
      expect(text).toContain('1.0.0 → 1.1.0 (minor)');
      expect(text).toContain(
        `canary deployments ([!5](${gitlab.url.replace(/\/+$/, '')}/${PROJECT}/-/merge_requests/5))`,
      );
      expect(text).toContain('close the pool on shutdown');
    }
    // A second run (a new push to the merge request) updates the same note.
    project.commit({ 'src/more.txt': 'more\n' }, 'feat!: drop the old settings format');
    const again = await run(['release-plan'], {
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '5',
    });
    if (again.exitCode !== 0) throw new Error(explain(again));
    expect(gitlab.notesOf(5, 1217)).toHaveLength(1);
    expect((gitlab.notesOf(5, 1217)[0] as { body: string }).body).toContain('1.0.0 → 2.0.0 (major)');
    expect(Object.fromEntries(lsRemoteTags(bare))).toEqual(before);
    expect(gitlab.releasesOf(1217)).toEqual([]);
    expect(gitlab.validationErrors).toEqual([]);
  });

  it('the default branch publishes: tags pushed, floating tags moved, the GitLab release created', async () => {
    const result = await run(['release']);
    if (result.exitCode !== 0) throw new Error(explain(result));
    expect(result.dotenv('release')).toMatchObject({ VERSION: '1.1.0', TAG: 'v1.1.0' });
    expect(Object.fromEntries(lsRemoteTags(bare))).toMatchObject({
      'v1.0.0': first,
      'v1.1.0': head,
      v1: head,
      'v1.1': head,
    });
    const [release] = gitlab.releasesOf(1217);
    expect(release).toMatchObject({ tag_name: 'v1.1.0', commitSha: head });
    expect(release?.description).toContain('canary deployments');
    expect(gitlab.validationErrors).toEqual([]);
    expect(result.stdout + result.log('release')).not.toContain(BOT_TOKEN);
  });
});
