import { renderReportMarkdown } from '../report/render-markdown.js';
import { describeCounts, verdictOf, type ReviewReport } from './review-report.js';
import { environmentSections, reviewMetrics, reviewOverview, VERDICT_HEADLINE } from './review-sections.js';

export interface MarkdownBlocks {
  /** Summary: verdict, table per environment and kind. */
  header: string;
  /** One block per changed resource, each self-contained (a `<details>` element). */
  resources: string[];
}

/**
 * A bare review (no policy, no annotations) as Markdown, for the CLI's
 * `--format markdown`. Surfaces that publish use the capability's
 * ActionReport and renderReportMarkdown instead; both render the same sections.
 */
export function renderReviewMarkdown(report: ReviewReport, title: string): MarkdownBlocks {
  const verdict = verdictOf(report);
  const [header = '', ...resources] = renderReportMarkdown({
    capability: 'review',
    title,
    subject: '',
    conclusion: verdict === 'parity-failure' ? 'failure' : verdict === 'changes' ? 'neutral' : 'success',
    headline: VERDICT_HEADLINE[verdict],
    summary: reviewMetrics(report),
    sections: [reviewOverview(report), ...environmentSections(report)],
    annotations: [],
    cases: [],
    files: [],
    outputs: {},
    notes: report.notes,
    result: report,
  });
  return { header, resources };
}

/** One line per environment for logs and check-run titles. */
export function summaryLine(report: ReviewReport): string {
  return report.sections
    .map((s) => `${s.name}: ${s.parity === false ? 'parity failure, ' : ''}${describeCounts(s.diff)}`)
    .join('; ');
}
