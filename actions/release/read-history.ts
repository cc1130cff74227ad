import { readSmallFile, type SmallFileRead } from '../platform/fs/read-small-file.js';
import { basename, join, resolve } from 'node:path';
import semver from 'semver';
import { MmfError } from '../kernel/errors.js';
import {
  commitDate,
  readCommits,
  readMerges,
  repositoryRoot,
  resolveCommit,
} from '../platform/git/commits.js';
import { listTags, type GitTag } from '../platform/git/tags.js';
import type { PackageHistory, TagRef } from './core/plan-release.js';
import {
  RELEASE_CONFIG_FILE,
  defaultReleaseConfig,
  parseReleaseConfig,
  type ReleaseConfig,
  type ReleasePackage,
} from './core/release-config.js';
import { parseTag } from './core/tag-format.js';

export interface RepositoryState {
  root: string;
  head: string;
  headDate: string;
  config: ReleaseConfig;
  /** The configuration file read, or null for the built-in single-package default. */
  configFile: string | null;
  histories: PackageHistory[];
  tags: GitTag[];
}

const MAX_CONFIG_BYTES = 1024 * 1024;
const SKIPPED: Record<Extract<SmallFileRead, { skipped: string }>['skipped'], string> = {
  missing: 'it does not exist',
  'not-a-file': 'it is not a file',
  'too-large': `it is larger than ${MAX_CONFIG_BYTES} bytes`,
  unreadable: 'it cannot be read (permissions?)',
};

/** Reads `.mmf/release.yml` (or `file`), or the default of one package named after the folder. */
export async function loadReleaseConfig(
  root: string,
  file?: string,
): Promise<{ config: ReleaseConfig; file: string | null }> {
  const path = file ?? join(root, RELEASE_CONFIG_FILE);
  const read = await readSmallFile(path, MAX_CONFIG_BYTES);
  if ('skipped' in read) {
    if (read.skipped === 'missing' && !file)
      return { config: defaultReleaseConfig(basename(root)), file: null };
    throw new MmfError(
      'E_RELEASE_CONFIG',
      `cannot read the release configuration: ${SKIPPED[read.skipped]}`,
      {
        file: path,
      },
    );
  }
  const text = read.text;
  return { config: parseReleaseConfig(text, file ?? RELEASE_CONFIG_FILE, basename(root)), file: path };
}

function packageTags(pkg: ReleasePackage, tags: readonly GitTag[]): Array<TagRef & { merged: boolean }> {
  const format = { format: pkg.tagFormat, name: pkg.name };
  const out: Array<TagRef & { merged: boolean }> = [];
  for (const tag of tags) {
    const version = parseTag(format, tag.name);
    if (version) out.push({ tag: tag.name, version, commit: tag.commit, merged: tag.merged });
  }
  return out.sort((a, b) => semver.rcompare(a.version, b.version));
}

const strip = ({ tag, version, commit }: TagRef): TagRef => ({ tag, version, commit });

/**
 * Whether a tag at HEAD is this run's own release from an earlier attempt (a rerun after a
 * failure): then it is planned again, so publish finds it and finishes the job.
 */
function isOwnRelease(version: string, channel: string | undefined): boolean {
  const pre = semver.prerelease(version);
  return channel ? pre?.[0] === channel : pre === null;
}

/** Tags, commits and merges of every configured package, read from the repository holding `dir`. */
export async function readRepositoryState(
  dir: string,
  configFile?: string,
  channel?: string,
): Promise<RepositoryState> {
  const root = await repositoryRoot(dir).catch((err: unknown) => {
    throw new MmfError('E_USAGE', `${resolve(dir)} is not inside a git repository`, {
      hint: 'pass --repo with the root of a git checkout (with its tags: git fetch --tags)',
      cause: err,
    });
  });
  const { config, file } = await loadReleaseConfig(root, configFile);
  const head = await resolveCommit(root, 'HEAD').catch((err: unknown) => {
    throw new MmfError('E_USAGE', `the repository at ${root} has no commits yet`, { cause: err });
  });
  const headDate = await commitDate(root, head);
  const tags = await listTags(root);
  const histories: PackageHistory[] = [];
  for (const pkg of config.packages) {
    const own = packageTags(pkg, tags);
    const reachable = own.filter((t) => t.merged && !(t.commit === head && isOwnRelease(t.version, channel)));
    const stable = reachable.find((t) => !semver.prerelease(t.version)) ?? null;
    const latest = reachable[0] ?? null;
    const sinceStable = await readCommits(
      root,
      stable ? { since: stable.commit } : {},
      pkg.path,
      pkg.excludePaths,
    );
    const sinceLatest =
      latest && latest.tag !== stable?.tag
        ? await readCommits(root, { since: latest.commit }, pkg.path, pkg.excludePaths)
        : sinceStable;
    const merges = await readMerges(root, stable ? { since: stable.commit } : {});
    histories.push({
      package: pkg,
      stable: stable ? strip(stable) : null,
      latest: latest ? strip(latest) : null,
      versions: own.map((t) => t.version),
      sinceStable,
      sinceLatest,
      merges,
    });
  }
  return { root, head, headDate, config, configFile: file, histories, tags };
}
