import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMmfError } from '../core/errors.js';
import { renderReviewMarkdown } from '../core/review/render-review-markdown.js';
import { changedResources, verdictOf } from '../core/review/review-report.js';
import { reviewChart } from '../engine/review-chart.js';
import { readInputs, type HelmMigrateInputs } from './inputs.js';
import { publishToPullRequest, writeJobSummary } from './publish-review.js';

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

/** helm-migrate: read inputs, run the engine, publish the review everywhere, set outputs. */
export async function runHelmMigrate(): Promise<void> {
  try {
    const inputs = readInputs();
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const scratch = await mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'mmf-helm-migrate-'));
    // validate without a committed tree converts into scratch space: the workspace stays untouched.
    const validateFresh = inputs.mode === 'validate' && !(await exists(inputs.output));
    const output =
      inputs.mode === 'convert' ? inputs.output : validateFresh ? join(scratch, 'k8s') : inputs.output;
    const log = { info: core.info, warn: core.warning };
    const { report, migration } = await core.group(`helm-migrate ${inputs.mode}: ${inputs.chart}`, () =>
      reviewChart({
        mode: validateFresh ? 'convert' : inputs.mode,
        chart: inputs.chart,
        environments: inputs.environments,
        output,
        ...(inputs.release ? { release: inputs.release } : {}),
        namespace: inputs.namespace,
        hookMode: 'keep',
        ...(inputs.mode === 'diff' ? { baseRef: inputs.baseRef ?? defaultBaseRef() } : {}),
        helm: { ...(inputs.helmVersion ? { helmVersion: inputs.helmVersion } : {}), log: core.info },
        kustomize: {
          ...(inputs.kustomizeVersion ? { kustomizeVersion: inputs.kustomizeVersion } : {}),
          log: core.info,
        },
        log,
      }),
    );
    const title = `helm-migrate ${inputs.mode}: \`${inputs.chart}\``;
    const blocks = renderReviewMarkdown({ ...report, mode: inputs.mode }, title);
    const parityFailed = verdictOf(report) === 'parity-failure';
    const changed = changedResources(report);
    const isFailure = failed(inputs, parityFailed, changed);
    const id = `${process.env.GITHUB_WORKFLOW ?? 'workflow'}/${process.env.GITHUB_JOB ?? 'job'}/${inputs.chart}`;
    const { commentUrl, notes } = await publishToPullRequest(report, blocks, {
      title,
      id,
      chart: inputs.chart,
      output,
      comment: inputs.comment,
      checkRun: inputs.checkRun,
      failed: isFailure,
      token: inputs.token,
      workspace,
    });
    await writeJobSummary(blocks, notes);

    const reportPath =
      migration && inputs.mode === 'convert'
        ? join(output, 'migration-report.json')
        : join(scratch, 'review.json');
    if (!migration || inputs.mode !== 'convert') {
      await mkdir(scratch, { recursive: true });
      await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
    }
    const hasParity = report.sections.some((s) => s.parity !== undefined);
    core.setOutput('parity', hasParity ? String(!parityFailed) : '');
    core.setOutput('changed-resources', String(changed));
    core.setOutput('report-path', reportPath);
    core.setOutput('comment-url', commentUrl ?? '');
    if (isFailure) {
      core.setFailed(
        parityFailed
          ? `Parity failure: Kustomize does not reproduce Helm in every environment (see the report). fail-on: ${inputs.failOn}`
          : `${changed} resource(s) change (fail-on: difference).`,
      );
    }
  } catch (err) {
    core.setFailed(
      isMmfError(err) ? err.format() : `unexpected failure: ${(err as Error).stack ?? String(err)}`,
    );
  }
}
