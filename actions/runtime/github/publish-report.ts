import * as core from '@actions/core';
import type { ActionReport } from '../../kernel/report/action-report.js';
import { mergeAnnotations } from '../../kernel/report/merge-annotations.js';
import { renderReportMarkdown } from '../../kernel/report/render-markdown.js';
import { GITHUB_COMMENT_LIMIT, splitComment } from '../../kernel/review/split-comment.js';
import { publishCheckRun } from './check-run.js';
import { createGitHubClient, type Octokit } from './client.js';
import type { EventContext } from './event-context.js';
import { classifyGitHubError, type ClassifiedError } from './github-errors.js';
import { appendJobSummaryNotes, writeJobSummary } from './job-summary.js';
import { upsertStickyComment } from './sticky-comment.js';

/** Annotations per check run after merging per file and line; more are counted, not posted. */
export const MAX_ANNOTATIONS = 50;

export interface PublishSettings {
  token: string;
  context: EventContext;
  /** Sticky PR comment: its marker id and how many parts at most. */
  comment: { enabled: boolean; id: string; maxParts: number };
  /** Check run on `context.sha`. Default name: `<capability>: <subject>`. */
  checkRun: { enabled: boolean; name?: string };
  /** Write the job summary (off when a compute job already wrote it). Default true. */
  summary?: boolean;
  /** Say where the whole report is, when the comment is cut (e.g. "the `mmf-report` artifact"). */
  reportLocation?: string;
  /** Retries of failed requests (see createGitHubClient). */
  retries?: number;
  /** For tests: a ready client. */
  octokit?: Octokit;
}

export interface PublishResult {
  commentUrl?: string;
  checkRunUrl?: string;
  /** Said in the job summary too: what was not published, and why. */
  notes: string[];
  /** A problem the user must fix (an invalid token, a refused request): the step should fail. */
  error?: string;
}

/** Failures that are the world's (fork tokens, rate limits, outages): reported, the step goes on. */
const TOLERATED = new Set<ClassifiedError['kind']>([
  'permission',
  'rate-limit',
  'secondary-rate-limit',
  'transient',
  'not-found',
]);

/**
 * Publishes any capability's report on GitHub: step outputs and the job
 * summary first (so nothing is lost when GitHub refuses or fails), then one
 * sticky pull request comment (split at 65,536 characters, at most
 * `maxParts` parts, then a link to the run), then a check run with the
 * annotations merged per file and line and capped. The report must already
 * be redacted (redactReport).
 */
export async function publishReport(report: ActionReport, settings: PublishSettings): Promise<PublishResult> {
  const { context } = settings;
  const notes: string[] = [];
  const result: PublishResult = { notes };
  for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value);
  for (const warning of context.warnings) core.warning(warning);

  const blocks = renderReportMarkdown(report);
  const elsewhere = settings.reportLocation ?? 'the report file';
  if (settings.summary ?? true) await writeJobSummary(blocks, `the pull request comment and ${elsewhere}`);

  const octokit =
    settings.octokit ??
    createGitHubClient(settings.token, {
      apiUrl: context.apiUrl,
      log: core.info,
      ...(settings.retries !== undefined ? { retries: settings.retries } : {}),
    });
  const failed = (what: string, err: unknown, permission: string): void => {
    const c = classifyGitHubError(err, {
      token: settings.token,
      action: what,
      permission,
      forkPullRequest: context.fork && context.eventName === 'pull_request',
    });
    core.warning(`${c.message}. The full report is in the job summary.`);
    notes.push(`Not published: ${c.message}.`);
    if (!TOLERATED.has(c.kind)) result.error ??= c.message;
  };

  if (settings.comment.enabled && context.pullRequest === undefined)
    core.info('No pull request for this event: the report is in the job summary (and the check run).');
  if (settings.comment.enabled && context.pullRequest !== undefined) {
    const issueNumber = context.pullRequest;
    try {
      const split = splitComment(blocks, {
        id: settings.comment.id,
        title: report.title,
        limit: GITHUB_COMMENT_LIMIT,
        maxParts: settings.comment.maxParts,
        overflow: (omitted) =>
          `> ✂️ ${omitted} more part(s) of this report are not posted here (max-comment-parts: ${settings.comment.maxParts}). The whole report is in the job summary of [this run](${context.runUrl}) and in ${elsewhere}.`,
      });
      const posted = await upsertStickyComment(
        octokit,
        { owner: context.owner, repo: context.repo, issueNumber, id: settings.comment.id },
        split.parts,
      );
      if (posted.url) result.commentUrl = posted.url;
      core.info(
        `PR comment: ${split.parts.length} part(s)${split.omitted ? ` (${split.omitted} more not posted)` : ''}, ${posted.created} created, ${posted.updated} updated, ${posted.deleted} deleted: ${posted.url}`,
      );
    } catch (err) {
      failed(`comment on pull request #${issueNumber}`, err, 'pull-requests: write');
    }
  }

  if (settings.checkRun.enabled && context.sha) {
    const { annotations, omitted } = mergeAnnotations(report.annotations, MAX_ANNOTATIONS);
    if (omitted) notes.push(`${omitted} more annotation(s) are in the report, not on the check run.`);
    const lead = renderReportMarkdown({ ...report, sections: report.sections.filter((s) => !s.title) });
    const rest = renderReportMarkdown({ ...report, sections: report.sections.filter((s) => s.title) }).slice(
      1,
    );
    const metrics = report.summary.map((m) => `${m.label}: ${m.value}${m.unit ?? ''}`).join(', ');
    try {
      const run = await publishCheckRun(octokit, {
        owner: context.owner,
        repo: context.repo,
        headSha: context.sha,
        name: settings.checkRun.name ?? `${report.capability}: ${report.subject}`,
        conclusion: report.conclusion,
        title: metrics || report.headline,
        summary: lead.join('\n'),
        ...(rest.length ? { text: rest.join('\n') } : {}),
        detailsUrl: context.runUrl,
        annotations,
      });
      if (run.url) result.checkRunUrl = run.url;
      core.info(`Check run: ${run.url ?? '(no URL)'}`);
    } catch (err) {
      failed('create a check run', err, 'checks: write');
    }
  }
  core.setOutput('comment-url', result.commentUrl ?? '');
  await appendJobSummaryNotes(notes);
  return result;
}
