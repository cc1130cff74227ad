/**
 * Throw-away git repositories for release tests: a hermetic git (no system or user config, fixed
 * identity and clock), commits that touch chosen files, tags of any format, and a bare remote.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

let clock = Date.UTC(2024, 4, 1, 12, 0, 0) / 1000;

export function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.startsWith('GIT_') && k !== 'NODE_OPTIONS') env[k] = v;
  return {
    ...env,
    HOME: tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'MMF Test',
    GIT_AUTHOR_EMAIL: 'mmf-test@example.com',
    GIT_COMMITTER_NAME: 'MMF Test',
    GIT_COMMITTER_EMAIL: 'mmf-test@example.com',
  };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: gitEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export class TestRepo {
  readonly dir: string;
  private n = 0;

  constructor(readonly root: string) {
    this.dir = join(root, 'work');
    mkdirSync(this.dir, { recursive: true });
    git(this.dir, 'init', '-q', '-b', 'main');
  }

  /** Commits `message`, touching each of `files` (new content every time; files under .mmf/ are added as they are). */
  commit(message: string, files: readonly string[] = ['README.md']): string {
    for (const file of files) {
      const path = join(this.dir, file);
      mkdirSync(dirname(path), { recursive: true });
      if (!file.startsWith('.mmf/')) writeFileSync(path, `${file} change ${++this.n}\n`);
      git(this.dir, 'add', file);
    }
    clock += 60;
    const date = `${clock} +0000`;
    execFileSync('git', ['commit', '-q', '-m', message], {
      cwd: this.dir,
      env: { ...gitEnv(), GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return this.head();
  }

  tag(name: string, annotated = true): void {
    if (annotated) git(this.dir, 'tag', '-a', name, '-m', name);
    else git(this.dir, 'tag', name);
  }

  head(): string {
    return git(this.dir, 'rev-parse', 'HEAD');
  }

  /** A bare repository as `origin`, with main and every tag pushed. */
  addBareRemote(): string {
    const bare = join(this.root, 'remote.git');
    git(this.root, 'init', '-q', '--bare', bare);
    git(this.dir, 'remote', 'add', 'origin', bare);
    git(this.dir, 'push', '-q', 'origin', 'main', '--tags');
    return bare;
  }
}

export function makeRepo(prefix = 'mmf-release-'): TestRepo {
  return new TestRepo(mkdtempSync(join(tmpdir(), prefix)));
}

export function removeRepo(repo: TestRepo): void {
  rmSync(repo.root, { recursive: true, force: true });
}

/** `git ls-remote --tags <bare>`: tag → commit (peeled for annotated tags). */
export function lsRemoteTags(bare: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of git(tmpdir(), 'ls-remote', '--tags', bare).split('\n')) {
    const [sha, ref] = line.split('\t');
    if (!sha || !ref) continue;
    const name = ref.replace('refs/tags/', '').replace('^{}', '');
    if (ref.endsWith('^{}') || !out.has(name)) out.set(name, sha);
  }
  return out;
}

export function writeConfig(repo: TestRepo, yaml: string): void {
  mkdirSync(join(repo.dir, '.mmf'), { recursive: true });
  writeFileSync(join(repo.dir, '.mmf', 'release.yml'), yaml);
}
