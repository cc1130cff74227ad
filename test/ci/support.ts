/**
 * Helpers for the ci tests: throw-away workspaces, real git repositories, the
 * `mmf` CLI in process (the same commander wiring and exit codes as the
 * bundle), and the real test tools this machine has.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MMF_COMMANDS } from '../../actions/entries/commands.js';
import { runCli } from '../../actions/runtime/cli/run-cli.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(REPO_ROOT, 'test', 'ci', 'fixtures');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder holding `files` (path → content), removed after the test file. */
export function workspace(files: Record<string, string> = {}, prefix = 'mmf-ci-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'CI Test',
  GIT_AUTHOR_EMAIL: 'ci@example.com',
  GIT_COMMITTER_NAME: 'CI Test',
  GIT_COMMITTER_EMAIL: 'ci@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
}

/** `git init` on `main` with everything in `dir` committed as the base commit. */
export function gitRepo(dir: string): void {
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'base');
}

/** Writes `files` and commits them on a new branch `change`. */
export function commitChange(dir: string, files: Record<string, string>, branch = 'change'): void {
  git(dir, 'checkout', '--quiet', '-b', branch);
  writeFiles(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '--quiet', '-m', 'change');
}

export interface MmfRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `mmf <args>` in process, as the bundled CLI runs it. */
export async function mmf(...args: string[]): Promise<MmfRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    args,
    { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) },
    MMF_COMMANDS,
  );
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** `mmf … --json`: the envelope, checked to be the only thing on stdout. */
export async function mmfJson<R = Record<string, unknown>>(
  ...args: string[]
): Promise<
  MmfRun & {
    envelope: { ok: boolean; exitCode: number; result: R; error: { code: string; message: string } | null };
  }
> {
  const run = await mmf(...args, '--json');
  try {
    return { ...run, envelope: JSON.parse(run.stdout) };
  } catch {
    throw new Error(
      `mmf ${args.join(' ')} exited ${run.code} without JSON on stdout; stderr:\n${run.stderr}`,
    );
  }
}

/** Debian's python3 with pytest and coverage.py (a pyenv python3 on PATH may lack them). */
export const PYTHON = (() => {
  for (const python of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(
      python,
      ['-c', 'import pytest, coverage; print(pytest.__version__, coverage.__version__)'],
      {
        encoding: 'utf8',
      },
    );
    if (probe.status === 0) {
      const [pytest, coverage] = probe.stdout.trim().split(' ');
      return { python, pytest, coverage };
    }
  }
  return undefined;
})();

export const GO = (() => {
  const probe = spawnSync('go', ['version'], { encoding: 'utf8' });
  return probe.status === 0 ? { go: 'go', version: probe.stdout.trim() } : undefined;
})();
