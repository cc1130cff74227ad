import semver from 'semver';
import { MmfError } from '../../kernel/errors.js';
import type { Bump } from './release-commits.js';

/** How versions below 1.0.0 move, and where a package without releases starts (release-please's options). */
export interface VersionRules {
  /** 0.x: a breaking change bumps the minor (0.3.1 → 0.4.0) instead of going to 1.0.0. Default false. */
  bumpMinorPreMajor: boolean;
  /** 0.x: a feature bumps the patch (0.3.1 → 0.3.2) instead of the minor. Default false. */
  bumpPatchForMinorPreMajor: boolean;
  /** The first release of a package that has no release tag yet. Default 1.0.0. */
  initialVersion: string;
}

export const DEFAULT_VERSION_RULES: VersionRules = {
  bumpMinorPreMajor: false,
  bumpPatchForMinorPreMajor: false,
  initialVersion: '1.0.0',
};

export interface NextVersion {
  version: string;
  /** The bump after the 0.x rules: what the change did to the last final version. */
  bump: Bump;
}

const CHANNEL = /^[0-9A-Za-z-]+$/;

/** Checks a pre-release channel name (`rc`, `beta`, `next`): identifiers semver allows, not only digits. */
export function checkChannel(channel: string): string {
  if (!CHANNEL.test(channel) || /^\d+$/.test(channel)) {
    throw new MmfError(
      'E_RELEASE_CONFIG',
      `pre-release channel "${channel}" is not a semver identifier (letters, digits and "-", not only digits)`,
      { hint: 'use a name such as rc, beta or next: --prerelease rc gives 1.3.0-rc.1' },
    );
  }
  return channel;
}

/** The 0.x rules: below 1.0.0 a breaking change and a feature may ask for less. */
export function effectiveBump(current: string | null, bump: Bump, rules: VersionRules): Bump {
  if (!current || semver.major(current) > 0) return bump;
  if (bump === 'major' && rules.bumpMinorPreMajor) return 'minor';
  if (bump === 'minor' && rules.bumpPatchForMinorPreMajor) return 'patch';
  return bump;
}

/**
 * The next version of a package. `stable` is its last final release, `latest` its highest release
 * including pre-releases; `bump` comes from every commit since `stable`, so a final release after
 * release candidates carries all of them. With a `channel` the result is a pre-release: the first
 * of a version is `-<channel>.1`, the next one of the same version and channel counts up; without
 * one, a pending pre-release of the same version is promoted (1.3.0-rc.2 → 1.3.0).
 */
export function nextVersion(
  stable: string | null,
  latest: string | null,
  bump: Bump,
  rules: VersionRules,
  channel?: string,
): NextVersion {
  const effective = effectiveBump(stable, bump, rules);
  let target = stable ? (semver.inc(stable, effective) as string) : rules.initialVersion;
  const pending =
    latest && semver.prerelease(latest) && (!stable || semver.gt(latest, stable)) ? latest : null;
  if (pending) {
    const core = `${semver.major(pending)}.${semver.minor(pending)}.${semver.patch(pending)}`;
    if (semver.gte(core, target)) target = core;
  }
  if (!channel) return { version: target, bump: effective };

  checkChannel(channel);
  let version = `${target}-${channel}.1`;
  if (pending && semver.prerelease(pending)?.[0] === channel && semver.gte(pending, `${target}-0`)) {
    version = semver.inc(pending, 'prerelease', channel) as string;
  }
  if (latest && semver.lte(version, latest)) {
    throw new MmfError(
      'E_RELEASE_VERSION',
      `the next ${channel} pre-release would be ${version}, which is not above the latest release ${latest}`,
      {
        hint: `pre-release channels sort by name (alpha < beta < rc): continue on the ${String(semver.prerelease(latest)?.[0] ?? 'current')} channel or release the final version`,
      },
    );
  }
  return { version, bump: effective };
}
