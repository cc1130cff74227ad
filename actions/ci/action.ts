import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isMmfError, MmfError } from '../kernel/errors.js';
import type { ActionReport } from '../kernel/report/action-report.js';
import { redactReport } from '../kernel/report/redact-report.js';
import { requireFolder } from '../platform/fs/file-info.js';
import { createScratchFolder } from '../platform/fs/scratch-folder.js';
import { writeResultAndMarkdown } from '../platform/fs/write-report-files.js';
import { reportSecrets } from '../platform/process/command-env.js';
import { readEventContext, type EventContext } from '../runtime/github/event-context.js';
import { publishReportBundle } from '../runtime/github/publish-bundle.js';
import { publishReport, type PublishResult } from '../runtime/github/publish-report.js';
import { writeReportBundle } from '../runtime/github/report-bundle.js';
import { failIfNotPublished, failStep } from '../runtime/github/step-failure.js';
import type { CiResult } from './core/ci-result.js';
import { readCiInputs, type CiInputs, type CiPublishInputs } from './inputs.js';
import { runCi, runCiReport, type CiRunOptions, type CommandHooks } from './run.js';

/** The sticky comment's default key: two ci steps of one pull request (other job or folder) keep their own. */
export function defaultCommentId(context: EventContext, inputs: Pick<CiInputs, 'workingDirectory'>): string {
  return [context.workflow, context.job, 'ci', inputs.workingDirectory].join('/');
}

/** The check run's name: `ci`, or `ci: <comment-id or folder>` when there may be several. */
export function checkRunName(inputs: Pick<CiInputs, 'workingDirectory' | 'commentId'>): string {
  const key = inputs.commentId ?? (inputs.workingDirectory === '.' ? undefined : inputs.workingDirectory);
  return key ? `ci: ${key}` : 'ci';
}

/** The report files the step leaves (ci-report.json is `report-path`). */
export const REPORT_JSON = 'ci-report.json';
export const REPORT_MARKDOWN = 'CI_REPORT.md';
const REPORT_LOCATION = `${REPORT_MARKDOWN} and ${REPORT_JSON} (the \`report-path\` output; the reusable workflow uploads them)`;

/**
 * Input combinations the engine would refuse with its CLI flag names,
 * refused first with the action's input names.
 */
function checkInputs(inputs: CiInputs, baseRef: string | undefined, context: EventContext): void {
  if (!inputs.commands.length && !inputs.junit.length && !inputs.coverage.length)
    throw new MmfError('E_USAGE', 'nothing to do: set `commands`, `junit` or `coverage`', {
      hint: 'with: junit: reports/junit.xml, coverage: coverage/lcov.info',
    });
  const needsCoverage =
    inputs.gates.minCoverage !== undefined || inputs.gates.minChangedLinesCoverage !== undefined;
  if (needsCoverage && !inputs.coverage.length)
    throw new MmfError('E_USAGE', 'input min-coverage / min-changed-lines-coverage needs coverage reports', {
      hint: 'with: coverage: coverage/lcov.info (one glob per line)',
    });
  if (inputs.gates.failOnFlaky && !inputs.junit.length)
    throw new MmfError('E_USAGE', 'input fail-on-flaky needs test reports: set `junit`');
  if (inputs.gates.minChangedLinesCoverage !== undefined && !baseRef)
    throw new MmfError(
      'E_USAGE',
      `input min-changed-lines-coverage needs a base to count changed lines from, and this ${context.eventName || 'run'} event names none`,
      { hint: 'set base-ref (e.g. origin/main), or run on pull_request, push or merge_group' },
    );
}

/**
 * Each command's output goes to the job log in a group of its own, as it
 * comes, with workflow commands off: a line the tests print (`::set-output`,
 * `::add-mask::`, `::stop-commands::`) is shown, never obeyed.
 */
function jobLogHooks(): CommandHooks {
  let resume = '';
  return {
    before: (command) => {
      core.startGroup(`${command.name}: ${command.command}`);
      resume = randomUUID();
      process.stdout.write(`::stop-commands::${resume}\n`);
    },
    output: (chunk) => void process.stdout.write(chunk),
    after: (run) => {
      process.stdout.write(`\n::${resume}::\n`);
      core.endGroup();
      // The run's own log line says how each command ended; a failure also gets an annotation.
      if (run.exitCode !== 0)
        core.error(
          `${run.name} exited ${run.exitCode} after ${(run.durationMs / 1000).toFixed(1)} s: its gate command:${run.name} fails`,
        );
    },
  };
}

async function writeActionReportFiles(
  dir: string,
  report: ActionReport<CiResult>,
): Promise<ActionReport<CiResult>> {
  const json = join(dir, REPORT_JSON);
  const markdown = join(dir, REPORT_MARKDOWN);
  const withFiles: ActionReport<CiResult> = {
    ...report,
    files: [
      ...report.files,
      { name: REPORT_JSON, path: json, description: 'The result (as `mmf ci report --json` prints it)' },
      { name: REPORT_MARKDOWN, path: markdown, description: 'The report (Markdown)' },
    ],
    outputs: { ...report.outputs, 'report-path': json },
  };
  await writeResultAndMarkdown(dir, withFiles, { json: REPORT_JSON, markdown: REPORT_MARKDOWN });
  return withFiles;
}

async function workingDirectory(inputs: CiInputs): Promise<string> {
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const dir = resolve(root, inputs.workingDirectory);
  await requireFolder(dir, `working-directory ${inputs.workingDirectory}`, {
    code: 'E_INPUT_INVALID',
    hint: 'check out the repository first (actions/checkout), and give the folder relative to it',
  });
  return dir;
}

function finish(report: ActionReport<CiResult>, published: PublishResult): void {
  if (report.result.verdict === 'fail') {
    core.setFailed(report.headline);
    // As `mmf ci`: 3 a gate failed (the runner fails the step on any non-zero exit).
    process.exitCode = 3;
  } else failIfNotPublished(published);
}

async function check(inputs: CiInputs, context: EventContext): Promise<void> {
  const workspace = await workingDirectory(inputs);
  const baseRef = inputs.baseRef ?? (inputs.coverage.length ? context.baseSha : undefined);
  checkInputs(inputs, baseRef, context);
  const secrets = reportSecrets([inputs.token]);
  // Kept after the run: the command logs are uploaded with the report.
  const { dir } = await createScratchFolder(process.env.RUNNER_TEMP ?? tmpdir(), 'mmf-ci-');
  const logDir = join(dir, 'logs');
  const options: CiRunOptions = {
    workspace,
    subject: inputs.workingDirectory === '.' ? context.repo || '.' : inputs.workingDirectory,
    junit: inputs.junit,
    coverage: inputs.coverage,
    ...(baseRef ? { baseRef, optionalBase: inputs.baseRef === undefined } : {}),
    gates: inputs.gates,
    ifNoFilesFound: inputs.ifNoFilesFound,
    maxReportBytes: Math.floor(inputs.maxReportMib * 1024 * 1024),
    log: { info: core.info, warn: core.warning },
    commands: inputs.commands,
    logDir,
    secrets: [inputs.token],
    hooks: jobLogHooks(),
  };
  if (baseRef) core.info(`Changed lines: since the merge base of ${baseRef} and HEAD`);
  const outcome = inputs.commands.length ? await runCi(options) : await runCiReport(options);
  const report = await writeActionReportFiles(dir, redactReport(outcome.report, secrets));

  const commentId = inputs.commentId ?? defaultCommentId(context, inputs);
  const checkName = checkRunName(inputs);
  const bundle = join(dir, 'report-bundle.json');
  await writeReportBundle(bundle, {
    report,
    commentId,
    checkName,
    headSha: context.sha,
    ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
  });
  core.setOutput('report-bundle', bundle);
  const published = await publishReport(report, {
    token: inputs.token,
    context,
    comment: { enabled: inputs.comment, id: commentId, maxParts: inputs.maxCommentParts },
    checkRun: { enabled: inputs.checkRun, name: checkName },
    reportLocation: REPORT_LOCATION,
  });
  finish(report, published);
}

async function publish(inputs: CiPublishInputs, context: EventContext): Promise<void> {
  const published = await publishReportBundle({
    bundle: inputs.report,
    token: inputs.token,
    context,
    comment: inputs.comment,
    checkRun: inputs.checkRun,
    maxCommentParts: inputs.maxCommentParts,
  });
  // The compute job already failed on the gates; this one fails only if publishing does.
  failIfNotPublished(published);
}

/**
 * ci: read inputs and the event, run the commands, read the reports and
 * apply the gates (or take a computed report), then publish: outputs and
 * job summary first, then the sticky comment and the check run. The step
 * fails when a gate fails, or on bad input.
 */
export async function runCiAction(): Promise<void> {
  try {
    const inputs = readCiInputs();
    const context = readEventContext();
    if (inputs.mode === 'publish') await publish(inputs, context);
    else await check(inputs, context);
  } catch (err) {
    failStep(err);
    // As `mmf ci`: 1 usage or input error, 2 a tool (git) failed.
    if (isMmfError(err)) process.exitCode = err.exitCode;
  }
}
