import { join, resolve } from 'node:path';
import type { ReportFile } from '../kernel/report/action-report.js';
import { redactReport } from '../kernel/report/redact-report.js';
import { changedFilesSince } from '../platform/git/git-changes.js';
import { exists } from '../platform/fs/file-info.js';
import { locateChange } from '../platform/sources/locate-source.js';
import { parseEnvironmentSpecs } from './core/environments.js';
import {
  reviewActionReport,
  type ChangeLocation,
  type HelmMigrateReport,
} from './core/review-action-report.js';
import { chooseBaseRef, failureMessage, planRun, type FailOn } from './core/review-policy.js';
import { reviewChart, type ReviewChartOptions } from './review-chart.js';
import { createScratchFolder, removeTree } from '../platform/fs/scratch-folder.js';
import { writeResultAndMarkdown } from '../platform/fs/write-report-files.js';
import type { ReviewReport } from '../kernel/review/review-report.js';

const CONVERT_FILES = [
  { name: 'migration-report.json', description: 'The migration report (JSON)' },
  { name: 'MIGRATION_REPORT.md', description: 'The migration report' },
] as const;
const REVIEW_FILES = [
  { name: 'review.json', description: 'The review (JSON)' },
  { name: 'REVIEW.md', description: 'The review (Markdown)' },
] as const;

/** The engine's options (review-chart.ts) plus the policy and where the front end keeps its files. */
export interface RunReviewOptions extends Omit<ReviewChartOptions, 'diff'> {
  failOn: FailOn;
  /** diff: the base the CI event names (PR base, push `before` …); `baseRef` is the input. */
  eventBase?: string;
  /** Paths in the report are relative to it (annotations, codequality). */
  workspace: string;
  /** Where scratch space goes (RUNNER_TEMP, CI_BUILDS_DIR …); review.json and REVIEW.md are written there. */
  scratchRoot: string;
  /** Values no report may show (tokens): redacted before anything is rendered or written. */
  secrets?: readonly string[];
}

export interface RunReviewResult {
  report: HelmMigrateReport;
  /** Set when `fail-on` says the run fails: the one line to end with. */
  failure?: string;
  /** The folder holding review.json and REVIEW.md (front ends add their own files). */
  dir: string;
  /** Removes the scratch conversion (it holds Secret values); keeps the report files. */
  cleanup(): Promise<void>;
  /** Removes the whole folder, report files included (front ends that copied them). */
  discard(): Promise<void>;
}

async function locations(review: ReviewReport, options: RunReviewOptions, output: string, baseRef?: string) {
  const changedFiles = baseRef ? await changedFilesSince(baseRef, options.workspace) : undefined;
  const valuesFiles = new Map(
    parseEnvironmentSpecs(options.environments).map((e) => [e.name, e.valuesFiles]),
  );
  const out: ChangeLocation[] = [];
  for (const section of review.sections)
    for (const change of section.diff.changes) {
      const where = await locateChange(change, {
        workspace: options.workspace,
        chartDir: options.chart,
        output,
        environment: section.name,
        ...(changedFiles ? { changedFiles } : {}),
        valuesFiles: valuesFiles.get(section.name) ?? [],
      });
      if (where) out.push({ environment: section.name, change, path: where.path, line: where.line });
    }
  return out;
}

/**
 * What every front end of helm-migrate runs (the GitHub action, the GitLab
 * component): plan by the review policy, run the engine, write review.json
 * and REVIEW.md, and build the ActionReport the surfaces render.
 */
export async function runReview(options: RunReviewOptions): Promise<RunReviewResult> {
  const scratch = await createScratchFolder(options.scratchRoot, 'mmf-helm-migrate-');
  const dir = scratch.dir;
  const plan = planRun(options.mode, await exists(options.output));
  const output = plan.outputInScratch ? join(dir, 'k8s') : options.output;
  const cleanup = () => removeTree(join(dir, 'k8s'));
  try {
    const baseRef = options.mode === 'diff' ? chooseBaseRef(options.baseRef, options.eventBase) : undefined;
    const { review, migration } = await reviewChart({
      mode: plan.engineMode,
      chart: options.chart,
      environments: options.environments,
      output,
      ...(options.release ? { release: options.release } : {}),
      ...(options.baseEnvironment ? { baseEnvironment: options.baseEnvironment } : {}),
      namespace: options.namespace,
      hookMode: options.hookMode,
      ...(baseRef ? { baseRef } : {}),
      ...(options.helm ? { helm: options.helm } : {}),
      ...(options.kustomize ? { kustomize: options.kustomize } : {}),
      log: options.log,
    });
    const reviewed: ReviewReport = { ...review, mode: options.mode };
    const converted = migration !== undefined && options.mode === 'convert';
    // Built from a table: ncc's asset relocator would otherwise glob `resolve(output, '<literal>')`
    // at bundle time and copy whatever matches on the build machine into dist/.
    const [folder, produced] = converted ? [output, CONVERT_FILES] : [dir, REVIEW_FILES];
    const files: ReportFile[] = produced.map(({ name, description }) => ({
      name,
      path: resolve(folder, name),
      description,
    }));
    const report = redactReport(
      reviewActionReport(reviewed, {
        mode: options.mode,
        chart: options.chart,
        failOn: options.failOn,
        locations: await locations(reviewed, options, output, baseRef),
        files,
        reportPath: (files[0] as ReportFile).path,
      }),
      options.secrets ?? [],
    );
    if (!converted) {
      await writeResultAndMarkdown(dir, report, {
        json: REVIEW_FILES[0].name,
        markdown: REVIEW_FILES[1].name,
      });
    }
    const failure = failureMessage(reviewed, options.failOn);
    return { report, ...(failure ? { failure } : {}), dir, cleanup, discard: scratch.remove };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
