import semver from 'semver';
import { renderChangelog, type ForgeLinks } from './changelog.js';
import type { ConventionalCommit, RawCommit } from './conventional-commit.js';
import { parseWithMerges, type RawMerge } from './merge-commits.js';
import { checkChannel, nextVersion, type VersionRules } from './next-version.js';
import type { ReleasePackage } from './release-config.js';
import { bumpFor, selectReleaseCommits, type Bump } from './release-commits.js';
import { formatTag } from './tag-format.js';

export interface TagRef {
  tag: string;
  version: string;
  /** The commit the tag points at. */
  commit: string;
}

/** What git says about one package: its release tags and the commits touching its path since them. */
export interface PackageHistory {
  package: ReleasePackage;
  /** The highest final release tag reachable from HEAD. */
  stable: TagRef | null;
  /** The highest release tag reachable from HEAD, pre-releases included. */
  latest: TagRef | null;
  /** Every version the package has a tag for (reachable or not), to keep floating tags on the highest. */
  versions: readonly string[];
  /** Commits touching the package since `stable` (all of history when none), newest first. */
  sinceStable: readonly RawCommit[];
  /** The same since `latest` (equal to sinceStable when latest is stable). */
  sinceLatest: readonly RawCommit[];
  /** Merge commits since `stable` (anywhere in the repository), for pull request numbers. */
  merges: readonly RawMerge[];
}

export interface PlannedCommit {
  hash: string;
  type: string | null;
  scope: string | null;
  subject: string;
  breaking: boolean;
}

/** One package that gets released: the `result.packages[]` entry of `mmf release plan`. */
export interface PlannedRelease {
  name: string;
  path: string;
  /** The latest release (a pre-release counts), or null before the first one. */
  current: string | null;
  next: string;
  bump: Bump;
  prerelease: boolean;
  tag: string;
  previousTag: string | null;
  /** `v1`, `v1.2` for a final release of a package with floating-tags; only the ones that move. */
  floatingTags: string[];
  /** The same as versions (`1`, `1.2`): the extra image tags of a promotion. */
  floatingVersions: string[];
  /** The Markdown changelog section (also the body of the GitHub/GitLab release). */
  changelog: string;
  commits: PlannedCommit[];
  images: readonly string[];
}

export interface SkippedPackage {
  name: string;
  path: string;
  current: string | null;
  reason: string;
}

export interface ReleasePlan {
  /** The commit being released (HEAD). */
  head: string;
  channel: string | null;
  packages: PlannedRelease[];
  skipped: SkippedPackage[];
}

export interface PlanOptions {
  rules: VersionRules;
  /** Pre-release channel (`rc`): every release becomes `x.y.z-rc.N`. */
  channel?: string;
  head: string;
  /** ISO date of HEAD's commit: the changelog's date. */
  headDate: string;
  links?: ForgeLinks;
}

const planned = (c: ConventionalCommit): PlannedCommit => ({
  hash: c.hash,
  type: c.type,
  scope: c.scope,
  subject: c.subject,
  breaking: c.breaking,
});

/** The floating versions that move to `version` (`1`, `1.2`): only when no higher final release shares the major (minor). */
function movingVersions(history: PackageHistory, version: string): string[] {
  if (!history.package.floatingTags || semver.prerelease(version)) return [];
  const finals = history.versions.filter((v) => !semver.prerelease(v));
  const v = semver.parse(version) as semver.SemVer;
  const [major, minor] = [`${v.major}`, `${v.major}.${v.minor}`];
  const out: string[] = [];
  if (!finals.some((f) => semver.major(f) === v.major && semver.gt(f, version))) out.push(major);
  if (
    !finals.some((f) => semver.major(f) === v.major && semver.minor(f) === v.minor && semver.gt(f, version))
  )
    out.push(minor);
  return out;
}

/** Plans one package, or says why it has nothing to release. */
function planPackage(history: PackageHistory, options: PlanOptions): PlannedRelease | SkippedPackage {
  const pkg = history.package;
  const channel = options.channel ?? null;
  const current = history.latest?.version ?? null;
  const sinceStable = selectReleaseCommits(parseWithMerges(history.sinceStable, history.merges));
  // A pre-release shows what changed since the previous tag of any kind; a final release everything since the last final.
  const shown =
    channel && history.latest && history.latest.tag !== history.stable?.tag
      ? selectReleaseCommits(parseWithMerges(history.sinceLatest, history.merges))
      : sinceStable;
  const bump = bumpFor(sinceStable.included);
  const skip = (reason: string): SkippedPackage => ({ name: pkg.name, path: pkg.path, current, reason });
  if (!bump || !shown.included.length) {
    const total = (channel ? history.sinceLatest : history.sinceStable).length;
    const since = (channel ? history.latest : history.stable)?.tag;
    return skip(
      total === 0
        ? `no commits touch ${pkg.path} since ${since ?? 'the beginning'}`
        : `${total} commit${total === 1 ? '' : 's'} since ${since ?? 'the beginning'}, none of them a feat, fix, perf, revert or breaking change`,
    );
  }
  const next = nextVersion(
    history.stable?.version ?? null,
    history.latest?.version ?? null,
    bump,
    options.rules,
    channel ?? undefined,
  );
  const tagFormat = { format: pkg.tagFormat, name: pkg.name };
  const tag = formatTag(tagFormat, next.version);
  const previousTag = (channel ? history.latest : history.stable)?.tag ?? null;
  const floating = movingVersions(history, next.version);
  return {
    name: pkg.name,
    path: pkg.path,
    current,
    next: next.version,
    bump: next.bump,
    prerelease: semver.prerelease(next.version) !== null,
    tag,
    previousTag,
    floatingTags: floating.map((v) => formatTag(tagFormat, v)),
    floatingVersions: floating,
    changelog: renderChangelog({
      version: next.version,
      tag,
      previousTag,
      date: options.headDate.slice(0, 10),
      commits: shown.included,
      ...(options.links ? { links: options.links } : {}),
    }),
    commits: shown.included.map(planned),
    images: pkg.images,
  };
}

/** The release plan of every configured package: what `mmf release plan` prints and `publish` carries out. */
export function planRelease(histories: readonly PackageHistory[], options: PlanOptions): ReleasePlan {
  if (options.channel) checkChannel(options.channel);
  const packages: PlannedRelease[] = [];
  const skipped: SkippedPackage[] = [];
  for (const history of histories) {
    const result = planPackage(history, options);
    if ('next' in result) packages.push(result);
    else skipped.push(result);
  }
  return { head: options.head, channel: options.channel ?? null, packages, skipped };
}
