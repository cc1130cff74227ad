import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { MmfError } from '../core/errors.js';
import { runCommand } from './run-command.js';

async function git(args: string[], cwd: string): Promise<string> {
  const result = await runCommand('git', args, { cwd });
  if (result.exitCode !== 0) {
    throw new MmfError(
      'E_TOOL_FAILED',
      `git ${args[0]} failed: ${result.stderr.trim().split('\n')[0] ?? ''}`,
      { file: cwd },
    );
  }
  return result.stdout.trim();
}

/**
 * Runs `fn` with `path` as it is at git `ref`, read from a temporary detached
 * worktree: the user's checkout, index and branches are never touched, and
 * the worktree is removed afterwards.
 */
export async function atGitRef<T>(
  path: string,
  ref: string,
  fn: (pathAtRef: string) => Promise<T>,
): Promise<T> {
  const absolute = resolve(path);
  const info = await stat(absolute).catch(() => undefined);
  const probe = info?.isDirectory() ? absolute : dirname(absolute);
  const top = await realpath(
    await git(['rev-parse', '--show-toplevel'], probe).catch(() => {
      throw new MmfError('E_USAGE', `--base-ref needs a git repository, and ${path} is not in one`, {
        file: path,
      });
    }),
  );
  const rel = relative(top, await realpath(absolute).catch(() => absolute));
  const commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top).catch(() => {
    throw new MmfError('E_USAGE', `git ref "${ref}" does not exist here`, {
      file: top,
      hint: 'fetch it first (in Actions: actions/checkout with fetch-depth: 0)',
    });
  });
  const parent = await mkdtemp(join(tmpdir(), 'mmf-ref-'));
  const tree = join(parent, 'tree');
  await git(['worktree', 'add', '--detach', '--quiet', tree, commit], top);
  try {
    return await fn(join(tree, rel));
  } finally {
    await git(['worktree', 'remove', '--force', tree], top).catch(() => undefined);
    await rm(parent, { recursive: true, force: true });
    await git(['worktree', 'prune'], top).catch(() => undefined);
  }
}
