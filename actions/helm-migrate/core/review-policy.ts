import type { Conclusion } from '../../kernel/report/action-report.js';
import { changedResources, verdictOf, type ReviewReport } from '../../kernel/review/review-report.js';

/** helm-migrate's review policy, shared by the GitHub action, the GitLab component and the CLI. */
export const REVIEW_MODES = ['convert', 'validate', 'diff'] as const;
export type ReviewMode = (typeof REVIEW_MODES)[number];

export const FAIL_ON = ['parity-failure', 'difference', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Without `base-ref` and outside pull requests, diff mode compares with the parent commit. */
export const FALLBACK_BASE_REF = 'HEAD^';

/**
 * What diff mode compares with: the `base-ref` input, else the base the CI
 * event names (the pull request's base commit, a push's `before`, a merge
 * group's `base_sha`, a merge request's diff base), else the parent commit.
 */
export function chooseBaseRef(explicit: string | undefined, eventBase: string | undefined): string {
  return explicit || eventBase || FALLBACK_BASE_REF;
}

/**
 * How a mode runs: `validate` without a committed tree converts into scratch
 * space (removed afterwards: it holds Secret values) and proves parity there,
 * leaving the workspace untouched.
 */
export function planRun(
  mode: ReviewMode,
  outputExists: boolean,
): { engineMode: ReviewMode; outputInScratch: boolean } {
  const fresh = mode === 'validate' && !outputExists;
  return { engineMode: fresh ? 'convert' : mode, outputInScratch: fresh };
}

export function parityFailed(report: ReviewReport): boolean {
  return verdictOf(report) === 'parity-failure';
}

/** Whether the step / job fails, by `fail-on`. Tool and input errors fail regardless (they throw). */
export function reviewFails(report: ReviewReport, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return parityFailed(report) || (failOn === 'difference' && changedResources(report) > 0);
}

export function reviewConclusion(report: ReviewReport, failOn: FailOn): Conclusion {
  if (reviewFails(report, failOn)) return 'failure';
  const verdict = verdictOf(report);
  return verdict === 'parity' || verdict === 'no-changes' ? 'success' : 'neutral';
}

/** The one line a failed step ends with. */
export function failureMessage(report: ReviewReport, failOn: FailOn): string | undefined {
  if (!reviewFails(report, failOn)) return undefined;
  return parityFailed(report)
    ? `Parity failure: Kustomize does not reproduce Helm in every environment (see the report). fail-on: ${failOn}`
    : `${changedResources(report)} resource(s) change (fail-on: difference).`;
}

/** Whether an environment counts as failed (one JUnit case per environment). */
export function environmentFails(section: ReviewReport['sections'][number], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return section.parity === false || (failOn === 'difference' && section.diff.changes.length > 0);
}
