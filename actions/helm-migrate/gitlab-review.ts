import { tmpdir } from 'node:os';
import type { Logger } from '../kernel/logger.js';
import { readGitLabContext, type GitLabContext } from '../runtime/gitlab/ci-context.js';
import {
  GITLAB_TOKEN_ENV,
  publishGitLabReport,
  type GitLabPublishResult,
  type GitLabPublishSettings,
} from '../runtime/gitlab/publish-report.js';
import type { HelmMigrateReport } from './core/review-action-report.js';
import { runReview, type RunReviewOptions } from './run-review.js';

/** The review's inputs as the component (and `mmf migrate review`) take them; the rest comes from CI variables. */
export type GitLabReviewInputs = Omit<
  RunReviewOptions,
  'eventBase' | 'workspace' | 'scratchRoot' | 'secrets' | 'log'
> & {
  comment: boolean;
  /** Marker id of the sticky note; default from the job, chart, mode and output. */
  commentId?: string;
  maxCommentParts: number;
  /** The report folder the job uploads (relative to CI_PROJECT_DIR). */
  reportDir: string;
  dotenvPrefix: string;
};

export interface GitLabReviewResult {
  report: HelmMigrateReport;
  /** Set when `fail-on` says the job fails: the one line to end with. */
  failure?: string;
  published: GitLabPublishResult;
  context: GitLabContext;
}

/** The sticky note's default key: two jobs on one chart (other mode or output) keep their own note. */
export function defaultNoteId(context: GitLabContext, inputs: GitLabReviewInputs): string {
  return [context.jobName, inputs.chart, inputs.mode, inputs.output].join('/');
}

/**
 * helm-migrate in a GitLab job: the review every front end runs (runReview:
 * policy, engine, report), with the base of diff mode and the paths from
 * GitLab's CI variables, then published the GitLab way (report folder for
 * the artifacts, sticky merge request note with gitlab-token). The token is
 * redacted from the report before anything is rendered.
 */
export async function runGitLabReview(
  inputs: GitLabReviewInputs,
  options: { env?: NodeJS.ProcessEnv; log: Logger; client?: GitLabPublishSettings['client'] },
): Promise<GitLabReviewResult> {
  const env = options.env ?? process.env;
  const context = readGitLabContext(env);
  const token = env[GITLAB_TOKEN_ENV]?.trim() || undefined;
  const { comment, commentId, maxCommentParts, reportDir, dotenvPrefix, ...review } = inputs;
  const run = await runReview({
    ...review,
    ...(context.eventBase ? { eventBase: context.eventBase } : {}),
    workspace: context.projectDir,
    scratchRoot: env.TMPDIR || tmpdir(),
    secrets: token ? [token] : [],
    log: options.log,
  });
  try {
    const published = await publishGitLabReport(run.report, {
      context,
      ...(token ? { token } : {}),
      reportDir,
      dotenvPrefix,
      note: { enabled: comment, id: commentId ?? defaultNoteId(context, inputs), maxParts: maxCommentParts },
      keep: [inputs.chart, inputs.output],
      log: options.log,
      ...(options.client ? { client: options.client } : {}),
    });
    return { report: run.report, ...(run.failure ? { failure: run.failure } : {}), published, context };
  } finally {
    // The review's scratch folder (and the conversion in it, which holds Secret values): its files are copied.
    await run.discard();
  }
}
