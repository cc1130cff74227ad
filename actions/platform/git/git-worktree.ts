import { mkdtemp, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { MmfError } from '../../kernel/errors.js';
import { onExit } from '../process/exit-cleanup.js';
import { runGit } from './run-git.js';
import { removeTreeSync } from '../fs/remove-tree-sync.js';

async function git(args: string[], cwd: string): Promise<string> {
  const result = await runGit(args, cwd);
  if (result.exitCode !== 0) {
    throw new MmfError(
      'E_TOOL_FAILED',
      `git ${args[0]} failed: ${result.stderr.trim().split('\n')[0] ?? ''}`,
      { file: cwd },
    );
  }
  return result.stdout.trim();
}

/** Maps a path of the working tree to the same path at the ref (paths outside the repository stay as they are). */
export type AtRef = (path: string) => string;

/**
 * Runs `fn` against the repository holding `anchor` as it is at git `ref`,
 * read from a temporary detached worktree: the user's checkout, index and
 * branches are never touched, and the worktree is removed afterwards.
 */
export async function withGitRef<T>(
  anchor: string,
  ref: string,
  fn: (atRef: AtRef) => Promise<T>,
): Promise<T> {
  const absolute = resolve(anchor);
  const info = await stat(absolute).catch(() => undefined);
  const probe = info?.isDirectory() ? absolute : dirname(absolute);
  let top: string;
  try {
    top = await realpath(await git(['rev-parse', '--show-toplevel'], probe));
  } catch {
    throw new MmfError('E_USAGE', `--base-ref needs a git repository, and ${anchor} is not in one`, {
      file: anchor,
    });
  }
  let commit: string;
  try {
    commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
  } catch {
    throw new MmfError('E_USAGE', `git ref "${ref}" does not exist in ${top}`, {
      hint: 'fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0)',
    });
  }
  const parent = await mkdtemp(join(tmpdir(), 'mmf-ref-'));
  // Interrupted: the checkout goes; `git worktree prune` later drops its stale registration.
  const forget = onExit(() => removeTreeSync(parent));
  const tree = join(parent, 'tree');
  await git(['worktree', 'add', '--detach', '--quiet', tree, commit], top);
  const realTop = top;
  const atRef: AtRef = (path) => {
    const abs = resolve(path);
    const rel = relative(realTop, abs);
    return rel.startsWith('..') || isAbsolute(rel) ? abs : join(tree, rel);
  };
  try {
    return await fn(atRef);
  } finally {
    await git(['worktree', 'remove', '--force', tree], top).catch(() => undefined);
    await rm(parent, { recursive: true, force: true });
    forget();
    await git(['worktree', 'prune'], top).catch(() => undefined);
  }
}
