import { resolve } from 'node:path';
import type { ActionReport } from '../kernel/report/action-report.js';
import { redactReport } from '../kernel/report/redact-report.js';
import { renderDotenv } from '../kernel/report/render-dotenv.js';
import { writeReportFiles } from '../platform/fs/write-report-files.js';
import { reportSecrets } from '../platform/process/command-env.js';
import { REPORT_FILE_NAMES, renderGitLabReportFiles } from '../runtime/gitlab/report-files.js';
import type { CiResult } from './core/ci-result.js';
import { renderCobertura } from './core/report/render-cobertura.js';
import type { CiOutcome } from './run.js';

/** The files of `--report-dir`: GitLab's report files plus ci's own, fixed names for `artifacts:reports`. */
export const CI_REPORT_FILES = {
  ...REPORT_FILE_NAMES,
  cobertura: 'cobertura.xml',
  json: 'ci-report.json',
} as const;

export interface ReportFolderOptions {
  /** Prefix of the dotenv variable names (`ci-` gives CI_TESTS, CI_VERDICT …). */
  dotenvPrefix?: string;
  /** Values replaced by *** (the environment's credential-looking values are added). */
  secrets?: readonly string[];
}

/** ci's files beside GitLab's report files: the result as JSON and, with coverage, Cobertura. */
export function ciReportFiles(report: ActionReport<CiResult>, outcome: CiOutcome): Record<string, string> {
  return {
    [CI_REPORT_FILES.json]: JSON.stringify(report.result, null, 2) + '\n',
    ...(outcome.coverage ? { [CI_REPORT_FILES.cobertura]: renderCobertura(outcome.coverage) } : {}),
  };
}

/**
 * Writes the report as the files GitLab reads (`codequality` for failing
 * tests and uncovered changed lines, `junit`, `coverage_report` as Cobertura,
 * `dotenv` with the outputs) plus the Markdown, text and JSON report,
 * redacted: the artifacts are readable by everyone who can read the
 * pipeline. The folder's files are written under temporary names and
 * renamed, so none is ever half written; other files in the folder are left
 * alone. Returns the redacted report.
 */
export async function writeCiReportFolder(
  dir: string,
  outcome: CiOutcome,
  options: ReportFolderOptions = {},
): Promise<ActionReport<CiResult>> {
  const report = redactReport(outcome.report, reportSecrets(options.secrets ?? []));
  await writeReportFiles(resolve(dir), {
    ...Object.fromEntries(renderGitLabReportFiles(report).files),
    [CI_REPORT_FILES.dotenv]: renderDotenv(report.outputs, { prefix: options.dotenvPrefix ?? '' }).text,
    ...ciReportFiles(report, outcome),
  });
  return report;
}
