import type {
  ActionReport,
  ReportAnnotation,
  ReportCase,
  ReportFile,
} from '../../kernel/report/action-report.js';
import {
  describeCounts,
  changedResources,
  verdictOf,
  type ReviewReport,
} from '../../kernel/review/review-report.js';
import {
  environmentSections,
  reviewMetrics,
  reviewOverview,
  VERDICT_HEADLINE,
} from '../../kernel/review/review-sections.js';
import type { ResourceChange } from '../../kernel/diff/diff-model.js';
import { environmentFails, reviewConclusion, type FailOn, type ReviewMode } from './review-policy.js';

/** Where a changed resource comes from (found by the orchestration, which reads files). */
export interface ChangeLocation {
  environment: string;
  change: ResourceChange;
  path: string;
  line: number;
}

export interface ReviewReportContext {
  mode: ReviewMode;
  chart: string;
  failOn: FailOn;
  locations: readonly ChangeLocation[];
  files: readonly ReportFile[];
  /** The JSON report's path, for the `report-path` output. */
  reportPath: string;
}

export type HelmMigrateReport = ActionReport<ReviewReport>;

function annotation(loc: ChangeLocation, parity: boolean | undefined): ReportAnnotation {
  const fields = loc.change.fields.slice(0, 10).map((f) => `${f.path} ${f.change}`);
  const keys = (loc.change.secretKeys ?? [])
    .filter((k) => k.status !== 'unchanged')
    .map((k) => `secret key ${k.key} ${k.status}`);
  return {
    path: loc.path,
    startLine: loc.line,
    level: parity === false ? 'failure' : 'notice',
    title: `${loc.environment}: ${loc.change.resource} ${loc.change.status}`,
    message: [...fields, ...keys].join('\n') || loc.change.status,
    rule: parity === false ? 'parity' : 'resource-change',
  };
}

function cases(review: ReviewReport, mode: ReviewMode, failOn: FailOn): ReportCase[] {
  const suite = mode === 'diff' ? 'helm-migrate diff' : 'helm-migrate parity';
  return review.sections.map((s) => {
    const failed = environmentFails(s, failOn);
    const counts = describeCounts(s.diff);
    const message =
      s.parity === false
        ? `Kustomize does not reproduce Helm: ${counts}`
        : mode === 'diff'
          ? `${s.diff.left.label} -> ${s.diff.right.label}: ${counts}`
          : undefined;
    const details = s.diff.changes.map((c) => `${c.status}: ${c.resource}`).join('\n');
    return {
      suite,
      name: s.name,
      status: failed ? 'failed' : 'passed',
      ...(message ? { message } : {}),
      ...(failed && details ? { details } : {}),
    };
  });
}

/**
 * helm-migrate's ActionReport: verdict, one row per environment, one
 * collapsed block per changed resource (field changes, Secret key names,
 * the diff), annotations where the changes come from, one test case per
 * environment, and the review itself as `result`.
 */
export function reviewActionReport(review: ReviewReport, ctx: ReviewReportContext): HelmMigrateReport {
  const parityOf = new Map(review.sections.map((s) => [s.name, s.parity]));
  const hasParity = review.sections.some((s) => s.parity !== undefined);
  const parityFailed = review.sections.some((s) => s.parity === false);
  return {
    capability: 'helm-migrate',
    title: `helm-migrate ${ctx.mode}: ${ctx.chart}`,
    subject: ctx.chart,
    conclusion: reviewConclusion(review, ctx.failOn),
    headline: VERDICT_HEADLINE[verdictOf(review)],
    summary: reviewMetrics(review),
    sections: [reviewOverview(review), ...environmentSections(review)],
    annotations: ctx.locations.map((l) => annotation(l, parityOf.get(l.environment))),
    cases: cases(review, ctx.mode, ctx.failOn),
    files: ctx.files,
    outputs: {
      parity: hasParity ? String(!parityFailed) : '',
      'changed-resources': String(changedResources(review)),
      'report-path': ctx.reportPath,
    },
    notes: review.notes,
    result: review,
  };
}
