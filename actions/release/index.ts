// The release capability's public face: what entries and other capabilities may use.
export { registerReleaseCli } from './cli.js';
export { runReleasePlan, runReleasePublish, planFromRepository } from './run-release.js';
export type { ReleaseResult, PublishSummary, PublishedPackage } from './core/release-report.js';
export type { PlannedRelease, ReleasePlan } from './core/plan-release.js';

/** The GitHub action (entries/release.ts). Loaded on first use, so the CLI never loads @actions/*. */
export async function runRelease(): Promise<void> {
  return (await import('./action.js')).runRelease();
}
