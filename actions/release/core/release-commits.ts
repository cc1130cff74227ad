import type { ConventionalCommit } from './conventional-commit.js';

export type Bump = 'major' | 'minor' | 'patch';

/** Types that make a release and appear in the changelog, in the changelog's order. Others are kept out. */
export const RELEASE_TYPES: Readonly<Record<string, { title: string; bump: Bump }>> = {
  feat: { title: 'Features', bump: 'minor' },
  fix: { title: 'Bug fixes', bump: 'patch' },
  perf: { title: 'Performance', bump: 'patch' },
  revert: { title: 'Reverts', bump: 'patch' },
};

export const BREAKING_TITLE = 'Breaking changes';

export interface ReleaseCommits {
  /** Commits that count, newest first: reverted pairs and non-release types removed. */
  included: ConventionalCommit[];
  /** Pairs cancelled because both the commit and its revert are in the range. */
  cancelled: Array<{ commit: ConventionalCommit; revert: ConventionalCommit }>;
  /** Commits that are not conventional or of a type that makes no release (chore, docs …). */
  ignored: ConventionalCommit[];
}

const sameHash = (full: string, short: string) => full.toLowerCase().startsWith(short.toLowerCase());

/**
 * Which commits of a range make the release. A revert whose target is also in the range cancels
 * it (neither appears; a revert of a revert restores the original); a revert of something released
 * earlier stays, under Reverts. Breaking commits count whatever their type.
 */
export function selectReleaseCommits(commits: readonly ConventionalCommit[]): ReleaseCommits {
  const cancelled: ReleaseCommits['cancelled'] = [];
  const gone = new Set<string>();
  // Newest first: in "A, B reverts A, C reverts B" C and B cancel, and A stays.
  for (const revert of commits) {
    if (!revert.reverts || gone.has(revert.hash)) continue;
    const target = commits.find(
      (c) => c !== revert && !gone.has(c.hash) && sameHash(c.hash, revert.reverts as string),
    );
    if (!target) continue;
    gone.add(target.hash);
    gone.add(revert.hash);
    cancelled.push({ commit: target, revert });
  }
  const included: ConventionalCommit[] = [];
  const ignored: ConventionalCommit[] = [];
  for (const commit of commits) {
    if (gone.has(commit.hash)) continue;
    if (commit.breaking || (commit.type !== null && commit.type in RELEASE_TYPES)) included.push(commit);
    else ignored.push(commit);
  }
  return { included, cancelled, ignored };
}

/** The semver bump the commits ask for, or null when none of them makes a release. */
export function bumpFor(commits: readonly ConventionalCommit[]): Bump | null {
  let bump: Bump | null = null;
  for (const commit of commits) {
    if (commit.breaking) return 'major';
    const wanted = commit.type ? RELEASE_TYPES[commit.type]?.bump : undefined;
    if (wanted === 'minor') bump = 'minor';
    else if (wanted === 'patch' && bump === null) bump = 'patch';
  }
  return bump;
}
