import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isMmfError } from '../kernel/errors.js';
import { renderReviewMarkdown } from '../kernel/review/render-review-markdown.js';
import { changedResources, verdictOf, type ReviewReport } from '../kernel/review/review-report.js';
import { changedFilesSince } from '../platform/git/git-changes.js';
import { parseEnvironmentSpecs } from './core/environments.js';
import { reviewChart } from './review-chart.js';
import { readInputs, type HelmMigrateInputs } from './inputs.js';
import {
  appendJobSummaryNotes,
  publishToPullRequest,
  writeJobSummary,
} from '../runtime/github/publish-review.js';

function defaultBaseRef(): string {
  const base = (github.context.payload.pull_request?.base as { sha?: string } | undefined)?.sha;
  return base ?? 'HEAD^';
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

function failed(inputs: HelmMigrateInputs, parityFailed: boolean, changed: number): boolean {
  if (inputs.failOn === 'never') return false;
  return parityFailed || (inputs.failOn === 'difference' && changed > 0);
}

/** Writes review.json (and REVIEW.md beside it) for validate and diff; convert has its migration report. */
async function writeReviewFiles(dir: string, report: ReviewReport, markdown: string): Promise<string> {
  const path = join(dir, 'review.json');
  await writeFile(path, JSON.stringify(report, null, 2) + '\n');
  await writeFile(join(dir, 'REVIEW.md'), markdown);
  return path;
}

/**
 * helm-migrate: read inputs, run the engine, then publish the review: job
 * summary, outputs and report files first (so nothing is lost if GitHub
 * refuses or fails), then the PR comment and the check run.
 */
export async function runHelmMigrate(): Promise<void> {
  let scratch: string | undefined;
  try {
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    scratch = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'mmf-helm-migrate-'));
    // validate without a committed tree converts into scratch space (removed at the end: it holds Secret values).
    const validateFresh = inputs.mode === 'validate' && !(await exists(inputs.output));
    const output = validateFresh ? join(scratch, 'k8s') : inputs.output;
    const baseRef = inputs.mode === 'diff' ? (inputs.baseRef ?? defaultBaseRef()) : undefined;
    const { report, migration } = await core.group(`helm-migrate ${inputs.mode}: ${inputs.chart}`, () =>
      reviewChart({
        mode: validateFresh ? 'convert' : inputs.mode,
        chart: inputs.chart,
        environments: inputs.environments,
        output,
        ...(inputs.release ? { release: inputs.release } : {}),
        namespace: inputs.namespace,
        hookMode: inputs.hookMode,
        ...(baseRef ? { baseRef } : {}),
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
        log: { info: core.info, warn: core.warning },
      }),
    );
    const title = `helm-migrate ${inputs.mode}: \`${inputs.chart}\``;
    const blocks = renderReviewMarkdown({ ...report, mode: inputs.mode }, title);
    const parityFailed = verdictOf(report) === 'parity-failure';
    const changed = changedResources(report);
    const isFailure = failed(inputs, parityFailed, changed);

    await writeJobSummary(blocks);
    const reportPath = resolve(
      migration && inputs.mode === 'convert'
        ? join(output, 'migration-report.json')
        : await writeReviewFiles(scratch, report, [blocks.header, ...blocks.resources].join('\n')),
    );
    const hasParity = report.sections.some((s) => s.parity !== undefined);
    core.setOutput('parity', hasParity ? String(!parityFailed) : '');
    core.setOutput('changed-resources', String(changed));
    core.setOutput('report-path', reportPath);

    const published = await publishToPullRequest(report, blocks, {
      title,
      id: `${process.env.GITHUB_WORKFLOW ?? 'workflow'}/${process.env.GITHUB_JOB ?? 'job'}/${inputs.chart}`,
      chart: inputs.chart,
      output,
      comment: inputs.comment,
      checkRun: inputs.checkRun,
      failed: isFailure,
      token: inputs.token,
      workspace,
      ...(baseRef ? { changedFiles: await changedFilesSince(baseRef, workspace) } : {}),
      valuesFiles: new Map(parseEnvironmentSpecs(inputs.environments).map((e) => [e.name, e.valuesFiles])),
    });
    core.setOutput('comment-url', published.commentUrl ?? '');
    await appendJobSummaryNotes(published.notes);

    if (isFailure) {
      core.setFailed(
        parityFailed
          ? `Parity failure: Kustomize does not reproduce Helm in every environment (see the report). fail-on: ${inputs.failOn}`
          : `${changed} resource(s) change (fail-on: difference).`,
      );
    } else if (published.error) {
      core.setFailed(
        `The report is in the job summary, but publishing to the pull request failed: ${published.error}`,
      );
    }
  } catch (err) {
    core.setFailed(
      isMmfError(err) ? err.format() : `unexpected failure: ${(err as Error).stack ?? String(err)}`,
    );
  } finally {
    if (scratch) await rm(join(scratch, 'k8s'), { recursive: true, force: true });
  }
}
