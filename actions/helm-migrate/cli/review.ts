import { tmpdir } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { MmfError } from '../../kernel/errors.js';
import { renderReportText } from '../../kernel/report/render-text.js';
import type { CliIo } from '../../runtime/cli/run-cli.js';
import { addFormatFlags } from '../../runtime/cli/format-flags.js';
import { addExample, commandPath, setExitCodes } from '../../runtime/cli/help.js';
import { addAlias, requiredOption } from '../../runtime/cli/option-aliases.js';
import { printOutput } from '../../runtime/cli/report-output.js';
import {
  addToolFlags,
  collect,
  stderrLogger,
  toolOptions,
  type ToolFlags,
} from '../../runtime/cli/tool-flags.js';
import { renderJobLog } from '../../runtime/gitlab/job-log.js';
import { writeReportFolder } from '../../runtime/gitlab/report-files.js';
import { HOOK_MODES, type HookMode } from '../core/hooks.js';
import { FAIL_ON, REVIEW_MODES, type FailOn, type ReviewMode } from '../core/review-policy.js';
import { runGitLabReview } from '../gitlab-review.js';
import { runReview } from '../run-review.js';

interface ReviewFlags extends ToolFlags {
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
  comment: boolean;
  commentId?: string;
  maxCommentParts: number;
  reportDir?: string;
  dotenvPrefix: string;
  json?: boolean;
}

export const DEFAULT_REPORT_DIR = 'mmf-report/helm-migrate';

function bool(value: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InvalidArgumentError('Give true or false.');
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50)
    throw new InvalidArgumentError('Give a whole number from 1 to 50.');
  return n;
}

/**
 * The `environments` input as the component passes it: a JSON array (GitLab
 * writes an array input inside a larger string as one), or one spec per line.
 */
export function parseEnvironmentsList(value: string): string[] {
  const text = value.trim();
  if (!text) return [];
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new InvalidArgumentError(
        'Give a JSON array of "name=values.yaml[,more.yaml]" strings, or one per line.',
      );
    }
    if (!Array.isArray(parsed) || !parsed.every((e) => typeof e === 'string'))
      throw new InvalidArgumentError('Every environment must be a string "name=values.yaml[,more.yaml]".');
    return parsed.map((e) => e.trim()).filter(Boolean);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The review's fail-on verdict as the paragraph the command ends with (exit 3). */
function failureError(failure: string, chart: string): MmfError {
  return /^Parity failure/.test(failure)
    ? new MmfError('E_PARITY', failure, {
        file: chart,
        hint: 'the differing resources and field paths are listed above and in the report (REVIEW.md)',
      })
    : new MmfError('E_DIFFERENCE', failure, {
        file: chart,
        hint: 'the changed resources are listed above and in the report (REVIEW.md); with fail-on parity-failure they are reported without failing',
      });
}

/** Empty strings (an unset component input) mean "not given". */
const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * `mmf migrate review`: the helm-migrate review of the GitHub action and the
 * GitLab component (convert, validate or diff with the fail-on policy), from
 * the command line. With `--gitlab` it runs as the component's job: base ref
 * and paths from GitLab's CI variables, the report folder for the artifacts
 * (codequality, junit, dotenv), the sticky merge request note written with
 * MMF_GITLAB_TOKEN.
 */
export function addReviewCommand(migrate: Command, io: CliIo, state: { exitCode: number }): void {
  const command = migrate
    .command('review')
    .summary('review a chart migration as the helm-migrate action and GitLab component do')
    .description(
      'Review a Helm chart migration the way the helm-migrate GitHub action and GitLab component do: ' +
        'convert, validate (prove parity) or diff against a base ref, and fail by the fail-on policy. ' +
        "With --gitlab it runs as the component's job: base ref and paths from the GitLab CI variables, " +
        'the report folder for the artifacts (codequality, junit, dotenv) and one sticky merge request ' +
        'note written with the token in MMF_GITLAB_TOKEN (docs/GITLAB.md).',
    )
    .addOption(
      new Option('--mode <mode>', 'convert, validate (prove parity) or diff (against --base-ref)')
        .choices([...REVIEW_MODES])
        .default('validate'),
    )
    .addOption(requiredOption('--chart <dir|tgz>', 'the Helm chart'))
    .option(
      '--env <name=values.yaml[,more.yaml]>',
      'an environment and its values files (repeatable)',
      collect,
      [],
    )
    .option(
      '--environments <list>',
      'environments as the component passes them: a JSON array or one spec per line (added to --env)',
      parseEnvironmentsList,
    )
    .option('--output <dir>', 'the Kustomize tree (convert writes it; validate and diff read it)', 'k8s')
    .option('--release <name>', 'release name (default: the chart name)')
    .option('--namespace <ns>', 'release namespace', 'default')
    .option(
      '--base-env <name>',
      'when it converts: write the base from this environment (default: each resource as most environments render it)',
    )
    .option('--base-ref <ref>', 'diff: the git ref to compare with (default: the CI event base, else HEAD^)')
    .addOption(
      new Option('--fail-on <when>', 'what fails the command (exit 3)')
        .choices([...FAIL_ON])
        .default('parity-failure'),
    )
    .addOption(
      new Option('--hooks <mode>', 'what becomes of Helm hooks other than tests')
        .choices([...HOOK_MODES])
        .default('keep'),
    )
    .option('--kustomize-version <version>', 'exact kustomize version to use, e.g. 5.7.1')
    .option(
      '--gitlab',
      'publish to GitLab: report folder, sticky merge request note (GitLab CI variables, MMF_GITLAB_TOKEN)',
    )
    .option('--comment <true|false>', '--gitlab: write the sticky merge request note', bool, true)
    .option('--comment-id <key>', '--gitlab: key of the sticky note (default: job, chart, mode and output)')
    .option('--max-comment-parts <n>', '--gitlab: most notes one report may take', count, 2)
    .option(
      '--report-dir <dir>',
      `folder for the report files (codequality, junit, dotenv …); --gitlab default ${DEFAULT_REPORT_DIR}`,
    )
    .option('--dotenv-prefix <prefix>', 'prefix of the dotenv variables', 'HELM_MIGRATE_')
    .exitOverride();
  addAlias(command, '--output', '--output-path <dir>');
  addFormatFlags(command, { json: "print the review (the report's result) as JSON" });
  setExitCodes(command, {
    0: 'the review passed (by fail-on)',
    1: 'usage or input error, or GitLab refused the token (E_API_AUTH) or found no merge request',
    2: 'helm, kustomize or git failed, or GitLab refused the note for another reason',
    3: 'fail-on says the review fails: a parity failure (E_PARITY) or changed resources (E_DIFFERENCE)',
  });
  addExample(
    command,
    'mmf migrate review --mode validate --chart examples/marty-service --env dev=examples/marty-service/values-dev.yaml --env prod=examples/marty-service/values-prod.yaml',
  );
  addToolFlags(command).action(async (flags: ReviewFlags, cmd: Command) => {
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
  });
}
