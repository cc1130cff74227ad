// The release capability's public face: what entries and other capabilities may use.
export { registerReleaseCli } from './cli.js';
export type { ReleaseResult, PublishSummary, PublishedPackage } from './core/release-report.js';
export type { PlannedRelease, ReleasePlan } from './core/plan-release.js';

/** The GitHub action (entries/release.ts). Loaded on first use, so the CLI never loads @actions/*. */
export async function runRelease(): Promise<void> {
  return (await import('./action.js')).runRelease();
}

type Engine = typeof import('./run-release.js');

/** The engine, loaded on first use too, so `mmf` loads the commit parser and semver only for `mmf release`. */
export async function runReleasePlan(
  ...args: Parameters<Engine['runReleasePlan']>
): ReturnType<Engine['runReleasePlan']> {
  return (await import('./run-release.js')).runReleasePlan(...args);
}

export async function runReleasePublish(
  ...args: Parameters<Engine['runReleasePublish']>
): ReturnType<Engine['runReleasePublish']> {
  return (await import('./run-release.js')).runReleasePublish(...args);
}

export async function planFromRepository(
  ...args: Parameters<Engine['planFromRepository']>
): ReturnType<Engine['planFromRepository']> {
  return (await import('./run-release.js')).planFromRepository(...args);
}
