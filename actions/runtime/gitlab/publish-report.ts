import type { MmfError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { ActionReport } from '../../kernel/report/action-report.js';
import { renderReportMarkdown } from '../../kernel/report/render-markdown.js';
import { GITLAB_NOTE_LIMIT, splitComment } from '../../kernel/review/split-comment.js';
import { noteUrl, type GitLabContext } from './ci-context.js';
import { GitLabClient } from './client.js';
import { classifyGitLabError, gitLabMmfError, isFatal } from './gitlab-errors.js';
import { upsertStickyNote } from './sticky-note.js';
import { updateDotenv, writeReportFolder, type ReportFolder } from './report-files.js';

/** Where the component passes `gitlab-token` (a job variable set from the input). */
export const GITLAB_TOKEN_ENV = 'MMF_GITLAB_TOKEN';

export interface GitLabPublishSettings {
  context: GitLabContext;
  /** The gitlab-token value; empty or undefined: no note. */
  token?: string;
  /** The report folder (relative to the project folder) that the job uploads as artifacts. */
  reportDir: string;
  /** Prefix of the dotenv variables, e.g. `HELM_MIGRATE_`. */
  dotenvPrefix: string;
  /** The sticky merge request note: on or off, its marker id, most parts. */
  note: { enabled: boolean; id: string; maxParts: number };
  /** Folders the report folder must not replace (chart, output). */
  keep?: readonly string[];
  log: Logger;
  /** Client settings (tests: a sleep that does not wait). */
  client?: { retries?: number; sleep?: (ms: number) => Promise<void> };
}

export interface GitLabPublishResult {
  folder: ReportFolder;
  noteUrl?: string;
  /** Why there is no note, or what was left out (said in the job log). */
  notes: string[];
  /** A problem the user must fix (token refused, merge request not found): the job should fail. */
  error?: MmfError;
}

/** A gitlab-token that is still a variable reference: the variable did not reach this job. */
const UNEXPANDED = /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/;

function noNoteReason(settings: GitLabPublishSettings, where: string): string | undefined {
  const { context, token } = settings;
  if (!settings.note.enabled)
    return `No merge request note: comment is false. The report is in the job log and in ${where}.`;
  if (context.mergeRequestIid === undefined)
    return `No merge request note: this is not a merge request pipeline (CI_PIPELINE_SOURCE=${context.pipelineSource || 'unset'}). The report is in the job log and in ${where}.`;
  if (!token || UNEXPANDED.test(token)) {
    const reference = token
      ? ` gitlab-token is ${token}, a variable this job does not have (a protected variable reaches only pipelines of protected branches and tags).`
      : ' No gitlab-token was given.';
    return `No merge request note:${reference} CI_JOB_TOKEN cannot write merge request notes; pass a masked CI/CD variable holding a project access token with the api scope as the gitlab-token input (docs/GITLAB.md#tokens). The report is in the job log and in ${where}.`;
  }
  if (!context.apiUrl || !context.projectId)
    return `No merge request note: CI_API_V4_URL or CI_PROJECT_ID is not set. The report is in the job log and in ${where}.`;
  return undefined;
}

/**
 * Publishes any capability's (redacted) report on GitLab: first the report
 * folder the job uploads as artifacts (codequality, junit, dotenv, Markdown,
 * text, the capability's files), so nothing is lost when GitLab refuses or
 * fails; then one sticky merge request note (split at GitLab's 1,000,000
 * characters, at most `maxParts` parts), written with gitlab-token. Without
 * a token, outside merge requests, or with `comment: false` it says why
 * there is no note. The note URL goes into the dotenv report.
 */
export async function publishGitLabReport(
  report: ActionReport,
  settings: GitLabPublishSettings,
): Promise<GitLabPublishResult> {
  const { context, log } = settings;
  const folder = await writeReportFolder(report, {
    dir: settings.reportDir,
    projectDir: context.projectDir,
    dotenvPrefix: settings.dotenvPrefix,
    ...(settings.keep ? { keep: settings.keep } : {}),
  });
  const notes: string[] = [];
  const result: GitLabPublishResult = { folder, notes };
  if (folder.omittedFindings)
    notes.push(`${folder.omittedFindings} more finding(s) are in the report, not in the codequality report.`);
  const where = `the job artifacts (${folder.markdown})`;
  const reason = noNoteReason(settings, where);
  if (reason) {
    notes.push(reason);
    return result;
  }
  const iid = context.mergeRequestIid as number;
  const client = new GitLabClient({
    apiUrl: context.apiUrl as string,
    token: settings.token as string,
    log: log.info,
    ...settings.client,
  });
  const action = `write the note on merge request !${iid}`;
  try {
    const jobLink = context.jobUrl ? ` of [this job](${context.jobUrl})` : '';
    const split = splitComment(renderReportMarkdown(report), {
      id: settings.note.id,
      title: report.title,
      limit: GITLAB_NOTE_LIMIT,
      maxParts: settings.note.maxParts,
      overflow: (omitted) =>
        `> ✂️ ${omitted} more part(s) of this report are not posted here (max-comment-parts: ${settings.note.maxParts}). The whole report is in the artifacts${jobLink}: \`${folder.markdown}\`.`,
    });
    const posted = await upsertStickyNote(
      client,
      { project: context.projectId as string, mergeRequestIid: iid, id: settings.note.id },
      split.parts,
    );
    const url = posted.noteId !== undefined ? noteUrl(context, posted.noteId) : undefined;
    if (url) result.noteUrl = url;
    log.info(
      `Merge request note: ${split.parts.length} part(s)${split.omitted ? ` (${split.omitted} more not posted)` : ''}, ${posted.created} created, ${posted.updated} updated, ${posted.unchanged} unchanged, ${posted.deleted} deleted${url ? `: ${url}` : ''}`,
    );
  } catch (err) {
    const c = classifyGitLabError(err, action);
    notes.push(`No merge request note: ${c.message}. The report is in the job log and in ${where}.`);
    // GitLab's own failures (rate limits, outages) are reported; the job goes on on its report.
    if (isFatal(c)) result.error = gitLabMmfError(c);
  }
  if (result.noteUrl)
    await updateDotenv(folder, report, { 'note-url': result.noteUrl }, settings.dotenvPrefix);
  return result;
}
