import * as core from '@actions/core';
import { redactReport } from '../../kernel/report/redact-report.js';
import { createGitHubClient } from './client.js';
import type { EventContext } from './event-context.js';
import { publishReport, type PublishResult } from './publish-report.js';
import { readReportBundle } from './report-bundle.js';
import { verifiedPullRequest } from './trusted-target.js';

export interface PublishBundleSettings {
  /** The report bundle file (the `report-bundle` output of the run that computed it). */
  bundle: string;
  token: string;
  context: EventContext;
  comment: boolean;
  checkRun: boolean;
  maxCommentParts: number;
}

/**
 * `mode: publish` of any action: posts a report bundle another run computed
 * (the reusable workflow's compute job, or an unprivileged pull_request run
 * of a fork, published from workflow_run). The bundle is untrusted: its shape
 * is checked, its pull request verified against the event, its text redacted
 * and escaped; the commit comes from the event.
 */
export async function publishReportBundle(settings: PublishBundleSettings): Promise<PublishResult> {
  const { context, token } = settings;
  const bundle = await readReportBundle(settings.bundle);
  const report = redactReport(bundle.report, [token]);
  const octokit = createGitHubClient(token, { apiUrl: context.apiUrl, log: core.info });
  const target: EventContext = { ...context };
  if (context.eventName === 'workflow_run') {
    const checked = await verifiedPullRequest(octokit, context, bundle.pullRequest);
    if (checked.note) core.warning(checked.note);
    delete target.pullRequest;
    if (checked.pullRequest !== undefined) target.pullRequest = checked.pullRequest;
  }
  return publishReport(report, {
    token,
    context: target,
    octokit,
    comment: { enabled: settings.comment, id: bundle.commentId, maxParts: settings.maxCommentParts },
    checkRun: { enabled: settings.checkRun, name: bundle.checkName },
    reportLocation: 'the report artifact of the run that computed it',
  });
}
