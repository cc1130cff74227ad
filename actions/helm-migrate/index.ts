// The helm-migrate capability's public face: what entries and other capabilities may use.
import type { RunReviewOptions, RunReviewResult } from './run-review.js';

export { registerHelmMigrateCli } from './cli.js';

/**
 * The GitHub action. Loaded on first use, so the CLI never loads @actions/core,
 * @actions/github and their HTTP client at start-up.
 */
export async function runHelmMigrate(): Promise<void> {
  const { runHelmMigrate: run } = await import('./action.js');
  return run();
}
/**
 * What every front end of a review runs (the GitHub action, the GitLab component): policy, engine,
 * report. Loaded on first use, so `mmf` loads the converter and the diff engine only when a command runs them.
 */
export async function runReview(options: RunReviewOptions): Promise<RunReviewResult> {
  return (await import('./run-review.js')).runReview(options);
}
export type { RunReviewOptions, RunReviewResult } from './run-review.js';
export { FAIL_ON, REVIEW_MODES, type FailOn, type ReviewMode } from './core/review-policy.js';
export type { HelmMigrateReport } from './core/review-action-report.js';
