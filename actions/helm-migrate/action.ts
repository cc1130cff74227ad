import * as core from '@actions/core';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readEventContext, type EventContext } from '../runtime/github/event-context.js';
import { publishReport, type PublishResult } from '../runtime/github/publish-report.js';
import { publishReportBundle } from '../runtime/github/publish-bundle.js';
import { writeReportBundle } from '../runtime/github/report-bundle.js';
import { failIfNotPublished, failStep } from '../runtime/github/step-failure.js';
import { readInputs, type HelmMigrateInputs, type PublishInputs } from './inputs.js';
import { runReview } from './run-review.js';

/** The sticky comment's default key: two steps on one chart (other mode or output) keep their own comment. */
export function defaultCommentId(context: EventContext, inputs: HelmMigrateInputs): string {
  return [context.workflow, context.job, inputs.chart, inputs.mode, inputs.output].join('/');
}

const REPORT_LOCATION =
  'the report file (`report-path` output; the reusable workflow uploads it as an artifact)';

function finish(failure: string | undefined, published: PublishResult): void {
  if (failure) core.setFailed(failure);
  else failIfNotPublished(published);
}

async function review(inputs: HelmMigrateInputs, context: EventContext): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const run = await core.group(`helm-migrate ${inputs.mode}: ${inputs.chart}`, () =>
    runReview({
      mode: inputs.mode,
      chart: inputs.chart,
      environments: inputs.environments,
      output: inputs.output,
      ...(inputs.release ? { release: inputs.release } : {}),
      ...(inputs.baseEnv ? { baseEnvironment: inputs.baseEnv } : {}),
      namespace: inputs.namespace,
      hookMode: inputs.hookMode,
      failOn: inputs.failOn,
      ...(inputs.baseRef ? { baseRef: inputs.baseRef } : {}),
      ...(context.baseSha ? { eventBase: context.baseSha } : {}),
      workspace,
      scratchRoot: process.env.RUNNER_TEMP ?? tmpdir(),
      helm: {
        ...(inputs.helmVersion ? { helmVersion: inputs.helmVersion } : {}),
        toolSource: inputs.toolSource,
        log: core.info,
      },
      kustomize: {
        ...(inputs.kustomizeVersion ? { kustomizeVersion: inputs.kustomizeVersion } : {}),
        toolSource: inputs.toolSource,
        allowRemote: inputs.allowRemote,
        log: core.info,
      },
      secrets: [inputs.token],
      log: { info: core.info, warn: core.warning },
    }),
  );
  try {
    const commentId = inputs.commentId ?? defaultCommentId(context, inputs);
    const checkName = `helm-migrate: ${inputs.chart}`;
    const bundle = join(run.dir, 'report-bundle.json');
    await writeReportBundle(bundle, {
      report: run.report,
      commentId,
      checkName,
      headSha: context.sha,
      ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
    });
    core.setOutput('report-bundle', bundle);
    const published = await publishReport(run.report, {
      token: inputs.token,
      context,
      comment: { enabled: inputs.comment, id: commentId, maxParts: inputs.maxCommentParts },
      checkRun: { enabled: inputs.checkRun, name: checkName },
      reportLocation: REPORT_LOCATION,
    });
    finish(run.failure, published);
  } finally {
    await run.cleanup();
  }
}

/** `mode: publish`: posts a report bundle another run computed (see publishReportBundle). */
async function publish(inputs: PublishInputs, context: EventContext): Promise<void> {
  const published = await publishReportBundle({
    bundle: inputs.report,
    token: inputs.token,
    context,
    comment: inputs.comment,
    checkRun: inputs.checkRun,
    maxCommentParts: inputs.maxCommentParts,
  });
  // The run that computed the report already failed on it; this one fails only if publishing does.
  finish(undefined, published);
}

/**
 * helm-migrate: read inputs and the event, run the review (or take a
 * computed one), then publish it: outputs and job summary first, then the
 * sticky comment and the check run.
 */
export async function runHelmMigrate(): Promise<void> {
  try {
    const inputs = readInputs();
    const context = readEventContext();
    if (inputs.mode === 'publish') await publish(inputs, context);
    else await review(inputs, context);
  } catch (err) {
    failStep(err);
  }
}
