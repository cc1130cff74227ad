import { runCli } from '../support/run-cli.js';
import {
  gitEnv,
  lsRemoteTags,
  makeRepo,
  removeRepo,
  writeConfig,
  type TestRepo,
} from './support/git-repo.js';

/** The bundled CLI (dist/cli/index.js) with a hermetic git and no CI variables. */
const mmf = (args: string[], env: Record<string, string | undefined> = {}) =>
  runCli(args, {
    env: {
      ...gitEnv(),
      GITHUB_ACTIONS: undefined,
      GITLAB_CI: undefined,
      GITHUB_TOKEN: undefined,
      GITLAB_TOKEN: undefined,
      CI_JOB_TOKEN: undefined,
      ...env,
    },
  });

describe('mmf release (bundled CLI)', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo();
    repo.commit('chore: start');
    repo.tag('v2.0.0');
    repo.commit('feat: new thing (#5)');
  });
  afterAll(() => removeRepo(repo));

  it('plan --json prints only the envelope with result.packages', async () => {
    const run = await mmf([
      'release',
      'plan',
      '--repo',
      repo.dir,
      '--json',
      '--forge',
      'github',
      '--repository',
      'acme/x',
    ]);
    expect(run.code).toBe(0);
    const envelope = JSON.parse(run.stdout);
    expect(envelope).toMatchObject({ command: 'release plan', ok: true, exitCode: 0, error: null });
    expect(envelope.result.packages).toEqual([
      expect.objectContaining({
        name: repo.dir.split('/').pop(),
        path: '.',
        current: '2.0.0',
        next: '2.1.0',
        bump: 'minor',
        changelog: expect.stringContaining('* new thing ([#5](https://github.com/acme/x/pull/5))'),
      }),
    ]);
  });

  it('plan prints a readable report without --json', async () => {
    const run = await mmf(['release', 'plan', '--repo', repo.dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Would release');
    expect(run.stdout).toContain('2.0.0 → 2.1.0 (minor)');
  });

  it('a bad configuration is exit 1 with E_RELEASE_CONFIG naming the file', async () => {
    const bad = makeRepo();
    try {
      writeConfig(bad, 'packages:\n  - path: /etc\n');
      bad.commit('chore: x', ['.mmf/release.yml']);
      const run = await mmf(['release', 'plan', '--repo', bad.dir, '--json']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'error[E_RELEASE_CONFIG]: .mmf/release.yml: package path "/etc" must be relative to the repository and stay inside it',
      );
    } finally {
      removeRepo(bad);
    }
  });

  it('publish --forge github without GITHUB_TOKEN is exit 1 E_API_AUTH, and writes nothing', async () => {
    const run = await mmf([
      'release',
      'publish',
      '--repo',
      repo.dir,
      '--forge',
      'github',
      '--repository',
      'acme/x',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error[E_API_AUTH]: GITHUB_TOKEN is not set');
  });

  it('publish --forge none pushes the tag to the remote and reports it as JSON', async () => {
    const other = makeRepo();
    try {
      other.commit('chore: start');
      other.tag('v0.1.0');
      const head = other.commit('fix: y');
      const bare = other.addBareRemote();
      const run = await mmf(['release', 'publish', '--repo', other.dir, '--forge', 'none', '--json']);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).result.published.packages[0]).toMatchObject({
        tag: 'v0.1.1',
        tagAction: 'created',
      });
      expect(lsRemoteTags(bare).get('v0.1.1')).toBe(head);
      expect(run.stderr).toContain('v0.1.1: created');
    } finally {
      removeRepo(other);
    }
  });

  it('publish without --repo is a usage error naming the option, and writes nothing', async () => {
    const run = await mmf(['release', 'publish', '--forge', 'none', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      command: 'release publish',
      error: { code: 'E_USAGE', message: 'missing --repo <dir>', hint: expect.stringContaining('--repo .') },
    });
    expect([...lsRemoteTags(repo.dir).keys()]).toEqual(['v2.0.0']);
  });

  it('--help lists the exit codes', async () => {
    const run = await mmf(['release', 'publish', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Exit codes:');
    expect(run.stdout).toContain('--prerelease <channel>');
    expect(run.stdout).toContain('--image <[package=]image@digest>');
  });
});
