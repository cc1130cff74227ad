import { MmfError } from '../../kernel/errors.js';
import { runCommand } from '../process/run-command.js';

/** One commit as `git log` prints it. */
export interface GitCommit {
  hash: string;
  parents: string[];
  /** Committer date, ISO 8601 (`%cI`). */
  date: string;
  /** The raw message (`%B`). */
  message: string;
}

/** A merge commit with the commits it brought into its first parent's line. */
export interface GitMerge extends GitCommit {
  brought: string[];
}

export interface CommitRange {
  /** Exclusive lower end (a tag or commit); the whole history when absent. */
  since?: string;
  /** Upper end, default HEAD. */
  until?: string;
}

/** Merges read at most per range, so a huge history stays bounded. */
export const MAX_MERGES = 500;

// Fields and commits separated by NUL (`-z`): messages may hold any other character.
const FORMAT = '--format=%H%x00%P%x00%cI%x00%B';

export async function git(cwd: string, args: readonly string[]): Promise<string> {
  const result = await runCommand('git', args, { cwd });
  if (result.exitCode !== 0) {
    const first = result.stderr.trim().split('\n')[0] ?? '';
    throw new MmfError('E_GIT', `git ${args[0]} failed in ${cwd}: ${first}`, {
      hint: /not a git repository/.test(first)
        ? 'run in (or pass --repo) the root of a git checkout'
        : /unknown revision|bad revision/.test(first)
          ? 'fetch the full history and tags (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0)'
          : undefined,
    });
  }
  return result.stdout;
}

function parseLog(stdout: string): GitCommit[] {
  const fields = stdout.split('\0');
  const commits: GitCommit[] = [];
  for (let i = 0; i + 3 < fields.length; i += 4) {
    const hash = (fields[i] as string).replace(/^\n/, '');
    if (!hash) break;
    commits.push({
      hash,
      parents: (fields[i + 1] as string).split(' ').filter(Boolean),
      date: fields[i + 2] as string,
      message: fields[i + 3] as string,
    });
  }
  return commits;
}

const revRange = (range: CommitRange) =>
  range.since ? `${range.since}..${range.until ?? 'HEAD'}` : (range.until ?? 'HEAD');

/**
 * Non-merge commits in the range that touch `path` (`.` = anywhere) outside `exclude`, newest
 * first: `git log <since>..HEAD --no-merges -z --format=… -- <path> :(exclude)<other>`.
 */
export async function readCommits(
  cwd: string,
  range: CommitRange,
  path: string,
  exclude: readonly string[] = [],
): Promise<GitCommit[]> {
  // The whole repository without exclusions: no pathspec, so commits that change no file count too.
  const pathspec =
    path === '.' && !exclude.length
      ? []
      : ['--', path === '.' ? '.' : `:(top)${path}`, ...exclude.map((p) => `:(top,exclude)${p}`)];
  return parseLog(await git(cwd, ['log', '--no-merges', '-z', FORMAT, revRange(range), ...pathspec]));
}

/** Merge commits in the range (at most MAX_MERGES, newest first), each with the commits it brought in. */
export async function readMerges(cwd: string, range: CommitRange): Promise<GitMerge[]> {
  const merges = parseLog(
    await git(cwd, ['log', '--merges', '-z', FORMAT, `--max-count=${MAX_MERGES}`, revRange(range)]),
  );
  const out: GitMerge[] = [];
  for (const merge of merges) {
    const [first, ...others] = merge.parents as [string, ...string[]];
    const listed = await git(cwd, ['rev-list', '--no-merges', ...others, `^${first}`]);
    out.push({ ...merge, brought: listed.split('\n').filter(Boolean) });
  }
  return out;
}

/** The full hash of a revision, e.g. HEAD. */
export async function resolveCommit(cwd: string, rev: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim();
}

/** The committer date (ISO 8601) of a commit. */
export async function commitDate(cwd: string, rev: string): Promise<string> {
  return (await git(cwd, ['show', '-s', '--format=%cI', rev])).trim();
}

/** The top folder of the repository holding `cwd`. */
export async function repositoryRoot(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
}
