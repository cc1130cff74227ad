import { runGit } from './run-git.js';

/**
 * Files that differ between `ref` and the working tree, relative to `cwd`
 * (tracked changes and new untracked files); empty when git cannot tell.
 */
export async function changedFilesSince(ref: string, cwd: string): Promise<Set<string>> {
  const [diff, untracked] = await Promise.all([
    runGit(['diff', '--name-only', '--relative', ref], cwd),
    runGit(['ls-files', '--others', '--exclude-standard'], cwd),
  ]);
  const files = new Set<string>();
  for (const result of [diff, untracked]) {
    if (result.exitCode !== 0) continue;
    for (const line of result.stdout.split('\n')) if (line.trim()) files.add(line.trim());
  }
  return files;
}
