import { resolve } from 'node:path';
import type { ActionReport } from '../kernel/report/action-report.js';
import { mergeAnnotations } from '../kernel/report/merge-annotations.js';
import { redactReport } from '../kernel/report/redact-report.js';
import { renderCodeQuality } from '../kernel/report/render-codequality.js';
import { renderDotenv } from '../kernel/report/render-dotenv.js';
import { renderJUnit } from '../kernel/report/render-junit.js';
import { renderReportMarkdown } from '../kernel/report/render-markdown.js';
import { writeReportFiles } from '../platform/fs/write-report-files.js';
import { commandEnvironment, secretLookingValues } from '../platform/process/command-env.js';
import type { CiResult } from './core/ci-result.js';
import { renderCobertura } from './core/report/render-cobertura.js';
import type { CiOutcome } from './run.js';

/** The files of `--report-dir`, fixed names so a GitLab job's `artifacts:reports` can list them. */
export const CI_REPORT_FILES = {
  codequality: 'gl-codequality.json',
  junit: 'junit.xml',
  cobertura: 'cobertura.xml',
  dotenv: 'outputs.env',
  markdown: 'report.md',
  json: 'ci-report.json',
} as const;

/** Findings the codequality report keeps after merging per file and line. */
const MAX_CODEQUALITY_FINDINGS = 1000;

export interface ReportFolderOptions {
  /** Prefix of the dotenv variable names (`ci-` gives CI_TESTS, CI_VERDICT …). */
  dotenvPrefix?: string;
  /** Values replaced by *** (the environment's credential-looking values are added). */
  secrets?: readonly string[];
}

/**
 * Writes the report as the files GitLab reads (`codequality` for failing
 * tests and uncovered changed lines, `junit`, `coverage_report` as Cobertura,
 * `dotenv` with the outputs) plus the Markdown and JSON report, redacted: the
 * artifacts are readable by everyone who can read the pipeline. The folder
 * files are written under temporary names and renamed, so none is ever half
 * written; other files in the folder are left alone. Returns the redacted report.
 */
export async function writeCiReportFolder(
  dir: string,
  outcome: CiOutcome,
  options: ReportFolderOptions = {},
): Promise<ActionReport<CiResult>> {
  const target = resolve(dir);
  const secrets = [...(options.secrets ?? []), ...secretLookingValues(commandEnvironment(process.env))];
  const report = redactReport(outcome.report, secrets);
  const { annotations } = mergeAnnotations(report.annotations, MAX_CODEQUALITY_FINDINGS);
  const files: Record<string, string> = {
    [CI_REPORT_FILES.codequality]:
      JSON.stringify(renderCodeQuality({ ...report, annotations }), null, 2) + '\n',
    [CI_REPORT_FILES.junit]: renderJUnit(report),
    [CI_REPORT_FILES.dotenv]: renderDotenv(report.outputs, { prefix: options.dotenvPrefix ?? '' }).text,
    [CI_REPORT_FILES.markdown]: renderReportMarkdown(report).join('\n'),
    [CI_REPORT_FILES.json]: JSON.stringify(report.result, null, 2) + '\n',
  };
  if (outcome.coverage) files[CI_REPORT_FILES.cobertura] = renderCobertura(outcome.coverage);
  await writeReportFiles(target, files);
  return report;
}
