import type { Logger } from '../kernel/logger.js';
import type { ActionReport } from '../kernel/report/action-report.js';
import { redactReport } from '../kernel/report/redact-report.js';
import { reportSecrets } from '../platform/process/command-env.js';
import { readGitLabContext } from '../runtime/gitlab/ci-context.js';
import { GITLAB_TOKEN_ENV, publishGitLabReport } from '../runtime/gitlab/publish-report.js';
import type { CiResult } from './core/ci-result.js';
import { writeReportFiles } from '../platform/fs/write-report-files.js';
import { ciReportFiles } from './report-folder.js';
import type { CiOutcome } from './run.js';

export interface CiGitLabSettings {
  reportDir: string;
  dotenvPrefix: string;
  comment: boolean;
  commentId?: string;
  maxCommentParts: number;
  log: Logger;
}

/**
 * ci in a GitLab job (the component, `--gitlab`): the report folder GitLab
 * reads (codequality, junit, dotenv, Markdown, through the GitLab runtime,
 * plus cobertura.xml and ci-report.json), then the sticky merge request note
 * written with MMF_GITLAB_TOKEN. The token and the credential-looking values
 * of the environment are redacted first. Returns the redacted report, what
 * was not published and why; a note GitLab refused is `error` (the job fails).
 */
export async function publishCiToGitLab(
  outcome: CiOutcome,
  settings: CiGitLabSettings,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ report: ActionReport<CiResult>; notes: string[]; noteUrl?: string; error?: Error }> {
  const context = readGitLabContext(env);
  const token = env[GITLAB_TOKEN_ENV]?.trim() || undefined;
  const report = redactReport(outcome.report, reportSecrets([token], env));
  const published = await publishGitLabReport(report, {
    context,
    ...(token ? { token } : {}),
    reportDir: settings.reportDir,
    dotenvPrefix: settings.dotenvPrefix,
    note: {
      enabled: settings.comment,
      id: settings.commentId ?? `${context.jobName}/ci`,
      maxParts: settings.maxCommentParts,
    },
    log: settings.log,
  });
  await writeReportFiles(published.folder.dir, ciReportFiles(report, outcome));
  return {
    report,
    notes: published.notes,
    ...(published.noteUrl ? { noteUrl: published.noteUrl } : {}),
    ...(published.error ? { error: published.error } : {}),
  };
}
