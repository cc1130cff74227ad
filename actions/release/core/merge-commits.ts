import { parseConventionalCommit, type ConventionalCommit, type RawCommit } from './conventional-commit.js';

/** A merge commit and the (non-merge) commits it brought into the first parent's line. */
export interface RawMerge extends RawCommit {
  brought: readonly string[];
}

/**
 * Parses a package's commits and folds in the merges of the same range. The commits a merge
 * brought in are what counts (they carry the real types and breaking changes); the merge gives
 * them its pull/merge request number for links when they have none. A merge whose commits hold
 * no conventional header at all but whose own message does ("Merge pull request #12 from …" then
 * "feat: …", i.e. a conventional PR title over free-form commits) stands for them instead.
 */
export function parseWithMerges(
  commits: readonly RawCommit[],
  merges: readonly RawMerge[],
): ConventionalCommit[] {
  const parsed = commits.map(parseConventionalCommit);
  const byHash = new Map(parsed.map((c, i) => [c.hash, i]));
  const standIns: Array<{ at: number; commit: ConventionalCommit; replaces: Set<number> }> = [];
  for (const raw of merges) {
    const merge = parseConventionalCommit(raw);
    const mine = raw.brought.map((h) => byHash.get(h)).filter((i): i is number => i !== undefined);
    if (!mine.length) continue;
    if (merge.changeRequest) {
      for (const i of mine) {
        const c = parsed[i] as ConventionalCommit;
        if (!c.changeRequest) parsed[i] = { ...c, changeRequest: merge.changeRequest };
      }
    }
    if (merge.type && mine.every((i) => (parsed[i] as ConventionalCommit).type === null)) {
      standIns.push({ at: Math.min(...mine), commit: merge, replaces: new Set(mine) });
    }
  }
  if (!standIns.length) return parsed;
  const replaced = new Set(standIns.flatMap((s) => [...s.replaces]));
  const out: ConventionalCommit[] = [];
  parsed.forEach((c, i) => {
    for (const s of standIns) if (s.at === i) out.push(s.commit);
    if (!replaced.has(i)) out.push(c);
  });
  return out;
}
