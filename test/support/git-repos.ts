/**
 * Throw-away git repositories for tests: a hermetic environment for the git CLI (no system or
 * user configuration, a fixed identity) and builders for bare repositories with tagged commits,
 * the shape `serveGitRepos()` (git-http.ts) serves and gitlab-ci-local clones components from.
 *
 *   const root = scratchDir('components-');
 *   const repo = createBareRepository(root, 'mmf/components', [
 *     { files: { 'README.md': '# c\n', 'templates/hello.yml': v1 }, tags: ['1.0.0'] },
 *     { files: { 'templates/hello.yml': v2 }, tags: ['1.1.0'] },
 *   ]);
 *
 * The builders use execFileSync and must run before a server in the same process is asked to
 * answer (a blocked event loop cannot serve a git client); `gitAsync` is for everything later.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

export const GIT_IDENTITY = { name: 'MMF Test', email: 'mmf-test@example.com' } as const;

/**
 * Variables that make the git CLI ignore the machine's configuration (system and global files,
 * credential helpers, askpass prompts) and commit with a fixed identity and clock-independent
 * defaults. `home` becomes HOME (default: the OS temp folder, which holds no .gitconfig).
 */
export function hermeticGitEnv(home = tmpdir()): Record<string, string> {
  return {
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GIT_AUTHOR_NAME: GIT_IDENTITY.name,
    GIT_AUTHOR_EMAIL: GIT_IDENTITY.email,
    GIT_COMMITTER_NAME: GIT_IDENTITY.name,
    GIT_COMMITTER_EMAIL: GIT_IDENTITY.email,
  };
}

/** The test process's environment without variables that would steer git, plus hermeticGitEnv. */
export function gitProcessEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('GIT_') || k === 'NODE_OPTIONS') continue;
    env[k] = v;
  }
  return { ...env, ...hermeticGitEnv(), ...extra };
}

/** Runs git synchronously; returns trimmed stdout. Throws with git's stderr on failure. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    env: gitProcessEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

const execFileAsync = promisify(execFile);

/** Runs git without blocking the event loop (use it while an in-process server must answer). */
export async function gitAsync(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<string> {
  const { stdout } = await execFileAsync('git', args, {
    cwd,
    env: gitProcessEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.trim();
}

/** A fresh folder under the OS temp folder. */
export function scratchDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CommitSpec {
  /** Files to write (relative path → content); `null` deletes the file. Earlier commits' files stay. */
  files: Record<string, string | null>;
  message?: string;
  /** Lightweight tags on this commit; `{ name, message }` makes an annotated tag. */
  tags?: (string | { name: string; message: string })[];
  /** Branch to commit on (default `main`); created from the previous commit when new. */
  branch?: string;
}

export interface BareRepository {
  /** Absolute path of the bare repository (`<root>/<projectPath>.git`). */
  path: string;
  /** `group/project` as given. */
  projectPath: string;
  /** Commit SHA per CommitSpec, in order. */
  commits: string[];
  /** Tag name → commit SHA it points to (peeled). */
  tags: Record<string, string>;
}

/**
 * Creates `<root>/<projectPath>.git` as a bare repository whose `main` holds `commits` in order
 * (each one tagged as asked). HEAD points at `main`. Built in a temporary work tree that is
 * pushed and then removed.
 */
export function createBareRepository(
  root: string,
  projectPath: string,
  commits: CommitSpec[],
): BareRepository {
  const bare = join(root, `${projectPath}.git`);
  mkdirSync(dirname(bare), { recursive: true });
  git(root, 'init', '-q', '--bare', '-b', 'main', bare);
  const work = scratchDir('git-work-');
  try {
    git(work, 'init', '-q', '-b', 'main');
    git(work, 'config', 'commit.gpgsign', 'false');
    git(work, 'config', 'tag.gpgsign', 'false');
    const shas: string[] = [];
    const tags: Record<string, string> = {};
    let branch = 'main';
    for (const [i, spec] of commits.entries()) {
      const wanted = spec.branch ?? 'main';
      if (wanted !== branch) {
        const exists = git(work, 'branch', '--list', wanted) !== '';
        git(work, 'checkout', '-q', ...(exists ? [wanted] : ['-b', wanted]));
        branch = wanted;
      }
      for (const [file, content] of Object.entries(spec.files)) {
        const target = join(work, file);
        if (content === null) {
          rmSync(target, { force: true });
          continue;
        }
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
      git(work, 'add', '-A');
      git(work, 'commit', '-q', '--allow-empty', '-m', spec.message ?? `commit ${i + 1}`);
      const sha = git(work, 'rev-parse', 'HEAD');
      shas.push(sha);
      for (const tag of spec.tags ?? []) {
        if (typeof tag === 'string') git(work, 'tag', tag);
        else git(work, 'tag', '-a', '-m', tag.message, tag.name);
        tags[typeof tag === 'string' ? tag : tag.name] = sha;
      }
    }
    git(work, 'push', '-q', '--all', bare);
    git(work, 'push', '-q', '--tags', bare);
    return { path: bare, projectPath, commits: shas, tags };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
