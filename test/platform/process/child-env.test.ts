import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  childEnvironment,
  isPassedToChildren,
  privateHome,
} from '../../../actions/platform/process/child-env.js';
import { runCommand } from '../../../actions/platform/process/run-command.js';
import { gitEnvironment, runGit } from '../../../actions/platform/git/run-git.js';

const SECRETS: Record<string, string> = {
  GITHUB_TOKEN: 'ghs_parentToken000000000000000000000',
  INPUT_TOKEN: 'ghs_inputToken1111111111111111111111',
  ACTIONS_RUNTIME_TOKEN: 'actions-runtime-secret',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-secret',
  RUNNER_TEMP_SECRET: 'runner-secret',
  CI_JOB_TOKEN: 'glcbt-job-token-secret',
  AWS_SECRET_ACCESS_KEY: 'aws-secret-key',
  NPM_TOKEN: 'npm-token-secret',
  DB_PASSWORD: 'db-password-secret',
  KUBECONFIG: '/root/.kube/prod-admin',
  HELM_PLUGINS: '/opt/evil-plugins',
  GIT_DIR: '/somewhere/else/.git',
};

const saved: Record<string, string | undefined> = {};
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-child-env-'));
  for (const [k, v] of Object.entries({ ...SECRETS, HTTPS_PROXY: 'http://proxy.local:3128', LC_ALL: 'C' })) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});

afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await rm(work, { recursive: true, force: true });
});

function parseEnv(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) env.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return env;
}

describe('the environment of child processes', () => {
  it('keeps only PATH, temp, locale and proxies from the parent, with a private home', async () => {
    const run = await runCommand('env', []);
    expect(run.exitCode).toBe(0);
    const env = parseEnv(run.stdout);
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(env.has(name)).toBe(false);
      expect(run.stdout).not.toContain(value);
    }
    expect(env.get('PATH')).toBe(process.env.PATH);
    expect(env.get('HTTPS_PROXY')).toBe('http://proxy.local:3128');
    expect(env.get('LC_ALL')).toBe('C');
    const home = privateHome();
    expect(home.startsWith(tmpdir())).toBe(true);
    expect(env.get('HOME')).toBe(home);
    for (const name of [
      'XDG_CONFIG_HOME',
      'XDG_CACHE_HOME',
      'XDG_DATA_HOME',
      'HELM_CONFIG_HOME',
      'HELM_CACHE_HOME',
      'HELM_DATA_HOME',
    ])
      expect(env.get(name)?.startsWith(home)).toBe(true);
    expect(existsSync(home)).toBe(true);
    // Every variable the child saw is one mmf set or one the allowlist passes.
    const set = new Set(Object.keys(childEnvironment({})));
    for (const name of env.keys()) expect(set.has(name) || isPassedToChildren(name)).toBe(true);
  });

  it('names what passes and what does not', () => {
    for (const name of [
      'PATH',
      'https_proxy',
      'NO_PROXY',
      'LC_CTYPE',
      'TZ',
      'TMPDIR',
      'SSL_CERT_FILE',
      'GOGC',
    ])
      expect(isPassedToChildren(name)).toBe(true);
    for (const name of [...Object.keys(SECRETS), 'HOME', 'HELM_DEBUG', 'INPUT_CHART', 'GITHUB_API_URL'])
      expect(isPassedToChildren(name)).toBe(false);
  });

  it("tunes Go's collector for short-lived tools unless the parent sets the Go runtime itself", () => {
    expect(childEnvironment({ PATH: '/bin' })).toMatchObject({
      GOGC: '400',
      GOMEMLIMIT: '1GiB',
      GOMAXPROCS: '1',
    });
    // One setting of the user's own wins over all of mmf's: they are chosen together.
    const own = childEnvironment({ PATH: '/bin', GOGC: '100' });
    expect(own.GOGC).toBe('100');
    expect(own.GOMEMLIMIT).toBeUndefined();
    expect(own.GOMAXPROCS).toBeUndefined();
    expect(childEnvironment({ GOMAXPROCS: '2' })).toMatchObject({ GOMAXPROCS: '2' });
    expect(childEnvironment({ GOMAXPROCS: '2' }).GOGC).toBeUndefined();
  });

  it('lets mmf add variables of its own', async () => {
    const run = await runCommand('env', [], { env: { MMF_CHILD_MARK: 'yes' } });
    expect(parseEnv(run.stdout).get('MMF_CHILD_MARK')).toBe('yes');
  });

  it('gives git no global config, credential helper, prompt or hooks', async () => {
    const fakeHome = join(work, 'home');
    await rm(fakeHome, { recursive: true, force: true });
    await runCommand('mkdir', ['-p', fakeHome]);
    await writeFile(join(fakeHome, '.gitconfig'), '[credential]\n\thelper = store\n[user]\n\tname = Leaky\n');
    const savedHome = process.env.HOME;
    process.env.HOME = fakeHome;
    try {
      const repo = join(work, 'repo');
      expect((await runGit(['init', '-q', repo], work)).exitCode).toBe(0);
      expect((await runGit(['config', '--get', 'user.name'], repo)).stdout).toBe('');
      expect((await runGit(['config', '--get', 'credential.helper'], repo)).stdout.trim()).toBe('');
      expect((await runGit(['config', '--get', 'protocol.allow'], repo)).stdout.trim()).toBe('never');
      const hooks = (await runGit(['config', '--get', 'core.hooksPath'], repo)).stdout.trim();
      expect(hooks.startsWith(privateHome())).toBe(true);
      expect(gitEnvironment()).toMatchObject({ GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1' });
    } finally {
      process.env.HOME = savedHome;
    }
  });
});
