import { tmpdir } from 'node:os';
import type { Command } from 'commander';
import { MmfError } from '../../kernel/errors.js';
import { renderReportText } from '../../kernel/report/render-text.js';
import type { GitLabNoteFlags } from '../../runtime/cli/comment-flags.js';
import { commandPath } from '../../runtime/cli/help.js';
import { printOutput } from '../../runtime/cli/report-output.js';
import type { CliIo } from '../../runtime/cli/run-cli.js';
import { stderrLogger, toolOptions, type ToolFlags } from '../../runtime/cli/tool-flags.js';
import { renderJobLog } from '../../runtime/gitlab/job-log.js';
import { writeReportFolder } from '../../runtime/gitlab/report-files.js';
import type { HookMode } from '../core/hooks.js';
import type { FailOn, ReviewMode } from '../core/review-policy.js';
import { runGitLabReview } from '../gitlab-review.js';
import { runReview } from '../run-review.js';
import { DEFAULT_REPORT_DIR } from './review.js';

export interface ReviewFlags extends ToolFlags, GitLabNoteFlags {
  mode: ReviewMode;
  chart: string;
  env: string[];
  environments?: string[];
  output: string;
  release?: string;
  namespace: string;
  baseEnv?: string;
  baseRef?: string;
  failOn: FailOn;
  hooks: HookMode;
  kustomizeVersion?: string;
  gitlab?: boolean;
  reportDir?: string;
  dotenvPrefix: string;
  json?: boolean;
}

/** The review's fail-on verdict as the paragraph the command ends with (exit 3). */
function failureError(failure: string, chart: string): MmfError {
  return /^Parity failure/.test(failure)
    ? new MmfError('E_PARITY', failure, {
        file: chart,
        hint: 'the report (REVIEW.md) lists the differing resources and field paths',
      })
    : new MmfError('E_DIFFERENCE', failure, {
        file: chart,
        hint: 'the report (REVIEW.md) lists the changed resources; with fail-on parity-failure they are reported without failing',
      });
}

/** Empty strings (an unset component input) mean "not given". */
const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** What `mmf migrate review` does once its flags are parsed (loaded only when it runs). */
export async function runMigrateReview(
  flags: ReviewFlags,
  cmd: Command,
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
  const chart = given(flags.chart);
  if (!chart)
    throw new MmfError('E_USAGE', 'missing --chart <dir|tgz>', {
      hint: 'mmf migrate review --mode validate --chart charts/my-service --env prod=charts/my-service/values-prod.yaml',
    });
  const log = stderrLogger(io);
  const tools = toolOptions(flags, log);
  const kustomizeVersion = given(flags.kustomizeVersion);
  const release = given(flags.release);
  const baseRef = given(flags.baseRef);
  const baseEnvironment = given(flags.baseEnv);
  const review = {
    mode: flags.mode,
    chart,
    environments: [...flags.env, ...(flags.environments ?? [])],
    output: given(flags.output) ?? 'k8s',
    ...(release ? { release } : {}),
    ...(baseEnvironment ? { baseEnvironment } : {}),
    namespace: given(flags.namespace) ?? 'default',
    hookMode: flags.hooks,
    failOn: flags.failOn,
    ...(baseRef ? { baseRef } : {}),
    helm: tools.helm,
    kustomize: { ...tools.kustomize, ...(kustomizeVersion ? { kustomizeVersion } : {}) },
  };
  const reportDir = given(flags.reportDir);
  let failure: string | undefined;
  let publishError: MmfError | undefined;
  let result: unknown;
  let text = '';
  if (flags.gitlab) {
    const run = await runGitLabReview(
      {
        ...review,
        comment: flags.comment,
        ...(given(flags.commentId) ? { commentId: given(flags.commentId) } : {}),
        maxCommentParts: flags.maxCommentParts,
        reportDir: reportDir ?? DEFAULT_REPORT_DIR,
        dotenvPrefix: flags.dotenvPrefix,
      },
      { log },
    );
    failure = run.failure;
    publishError = run.published.error;
    result = run.report.result;
    text = renderJobLog(run.report, run.published);
  } else {
    const run = await runReview({
      ...review,
      workspace: process.cwd(),
      scratchRoot: process.env.TMPDIR || tmpdir(),
      log,
    });
    try {
      failure = run.failure;
      result = run.report.result;
      if (reportDir) {
        const folder = await writeReportFolder(run.report, {
          dir: reportDir,
          projectDir: process.cwd(),
          dotenvPrefix: flags.dotenvPrefix,
          keep: [chart, review.output],
        });
        log.info(
          `report files: ${folder.markdown}, ${folder.junit}, ${folder.codequality}, ${folder.dotenv}`,
        );
      }
      text = renderReportText(run.report);
    } finally {
      await run.discard();
    }
  }
  const failed = failure ? failureError(failure, chart) : undefined;
  // The review's verdict goes into the envelope; a refused note is said after it.
  const exitCode = failed?.exitCode ?? publishError?.exitCode ?? 0;
  const reported = failed ?? publishError;
  printOutput(
    io,
    state,
    commandPath(cmd),
    { result, exitCode, text: () => text, ...(reported ? { failure: reported } : {}) },
    flags,
  );
  if (failed && publishError) io.stderr(publishError.format() + '\n');
}
