import type { Dirent } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommand } from '../process/run-command.js';

/** Enough for large monorepos; a walk that reaches it stops there (and says so). */
export const MAX_WORKSPACE_FILES = 500_000;

/**
 * The workspace's files, relative to it with POSIX separators: in a git
 * repository the tracked and untracked-but-not-ignored files (`git ls-files`,
 * which is fast and skips build output), elsewhere a walk that skips .git and
 * node_modules. Used to map the paths reports write onto real files.
 */
export async function listWorkspaceFiles(
  given: string,
): Promise<{ root: string; files: string[]; truncated: boolean }> {
  // Symlinks resolved, so report paths that name the real location still match.
  const workspace = await realpath(given);
  const git = await runCommand('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: workspace,
  }).catch(() => undefined);
  if (git && git.exitCode === 0) {
    const files = [...new Set(git.stdout.split('\0').filter(Boolean))];
    const truncated = files.length > MAX_WORKSPACE_FILES;
    return { root: workspace, files: truncated ? files.slice(0, MAX_WORKSPACE_FILES) : files, truncated };
  }
  const files: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (files.length >= MAX_WORKSPACE_FILES) return;
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules')
          await walk(join(dir, entry.name), childRel);
      } else if (entry.isFile() || entry.isSymbolicLink()) files.push(childRel);
    }
  };
  await walk(workspace, '');
  return { root: workspace, files, truncated: files.length >= MAX_WORKSPACE_FILES };
}
