import { MmfError } from '../../kernel/errors.js';
import { runCommand } from '../process/run-command.js';

export interface BaseDiff {
  /** The ref as resolved (`origin/main` when only the remote-tracking branch exists). */
  baseRef: string;
  mergeBase: string;
  /** `git diff --unified=0` from the merge base to HEAD, paths relative to the workspace. */
  diff: string;
}

async function git(args: string[], cwd: string) {
  return runCommand('git', args, { cwd });
}

const firstLine = (text: string) => text.trim().split('\n')[0] ?? '';

/**
 * What the change being checked added: the diff from the merge base of
 * `baseRef` and HEAD to HEAD (what `git diff base...HEAD` shows, so commits
 * made on the base branch since do not count), with no context lines, limited
 * to the workspace folder and with paths relative to it. A ref that does not
 * exist locally is also tried as `origin/<ref>` (what CI checkouts fetch).
 */
export async function diffAgainstBase(workspace: string, baseRef: string): Promise<BaseDiff> {
  if (!baseRef.trim() || baseRef.startsWith('-') || /[\s\0]/.test(baseRef))
    throw new MmfError('E_USAGE', `--base-ref "${baseRef}" is not a git ref (branch, tag or commit)`);
  const top = await git(['rev-parse', '--show-toplevel'], workspace).catch(() => undefined);
  if (!top || top.exitCode !== 0)
    throw new MmfError(
      'E_BASE_REF',
      `--base-ref ${baseRef} needs a git repository, and ${workspace} is not in one`,
      {
        file: workspace,
        hint: 'run inside the checkout (actions/checkout) or leave --base-ref out',
      },
    );
  let ref = baseRef;
  let commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], workspace);
  if (commit.exitCode !== 0 && !ref.startsWith('origin/')) {
    const remote = await git(['rev-parse', '--verify', '--quiet', `origin/${ref}^{commit}`], workspace);
    if (remote.exitCode === 0) {
      ref = `origin/${ref}`;
      commit = remote;
    }
  }
  if (commit.exitCode !== 0)
    throw new MmfError('E_BASE_REF', `the base ref "${baseRef}" does not exist in this repository`, {
      file: workspace,
      hint: 'fetch it first: actions/checkout with fetch-depth: 0, or git fetch origin <branch>',
    });
  const base = await git(['merge-base', commit.stdout.trim(), 'HEAD'], workspace);
  if (base.exitCode !== 0 || !base.stdout.trim())
    throw new MmfError(
      'E_BASE_REF',
      `"${ref}" and HEAD have no common ancestor in this clone${base.stderr.trim() ? ` (${firstLine(base.stderr)})` : ''}; a shallow clone lacks the history to find it`,
      {
        file: workspace,
        hint: 'fetch the full history: actions/checkout with fetch-depth: 0 (GitLab: GIT_DEPTH: 0)',
      },
    );
  const mergeBase = base.stdout.trim();
  const diff = await git(
    [
      '-c',
      'core.quotePath=true',
      'diff',
      '--unified=0',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--find-renames',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      '--relative',
      mergeBase,
      'HEAD',
      '--',
    ],
    workspace,
  );
  if (diff.exitCode !== 0)
    throw new MmfError('E_BASE_REF', `git diff against ${ref} failed: ${firstLine(diff.stderr)}`, {
      file: workspace,
    });
  return { baseRef: ref, mergeBase, diff: diff.stdout };
}
