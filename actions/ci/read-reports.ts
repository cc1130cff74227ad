import { MmfError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import { findFiles, type IfNoFilesFound } from '../platform/fs/find-files.js';
import { readBoundedText } from '../platform/fs/read-bounded.js';
import type { CoverageReport } from './core/coverage/line-coverage.js';
import { parseCoverage } from './core/coverage/parse-coverage.js';
import { collapseReruns } from './core/tests/summarize-tests.js';
import { parseTestReport } from './core/tests/parse-test-report.js';
import type { TestCaseResult } from './core/tests/test-case.js';

export interface ReadReportsOptions {
  workspace: string;
  ifNoFilesFound: IfNoFilesFound;
  /** Bytes per report file. */
  maxReportBytes: number;
  log: Logger;
}

const SIZE_HINT =
  'raise the limit with --max-report-size <MiB> (action input max-report-size), or split the report';

export async function readTestReports(
  patterns: readonly string[],
  options: ReadReportsOptions,
): Promise<{ cases: TestCaseResult[]; reports: string[]; warnings: string[] }> {
  const { files, warnings } = await findFiles(patterns, {
    workspace: options.workspace,
    what: 'test report',
    option: '--junit',
    ifNoFilesFound: options.ifNoFilesFound,
  });
  const cases: TestCaseResult[] = [];
  for (const file of files) {
    const text = await readBoundedText(file.absolute, options.maxReportBytes, {
      label: file.path,
      hint: SIZE_HINT,
    });
    const parsed = collapseReruns(parseTestReport(text, file.path));
    options.log.info(`Read ${file.path}: ${parsed.length} test case${parsed.length === 1 ? '' : 's'}`);
    cases.push(...parsed);
  }
  return { cases, reports: files.map((f) => f.path), warnings };
}

export async function readCoverageReports(
  patterns: readonly string[],
  options: ReadReportsOptions,
): Promise<{ reports: CoverageReport[]; warnings: string[] }> {
  const { files, warnings } = await findFiles(patterns, {
    workspace: options.workspace,
    what: 'coverage report',
    option: '--coverage',
    ifNoFilesFound: options.ifNoFilesFound,
  });
  const reports: CoverageReport[] = [];
  for (const file of files) {
    const text = await readBoundedText(file.absolute, options.maxReportBytes, {
      label: file.path,
      hint: SIZE_HINT,
    });
    const report = parseCoverage(text, file.path);
    options.log.info(
      `Read ${file.path}: ${report.format}, ${report.files.length} source file${report.files.length === 1 ? '' : 's'}`,
    );
    reports.push(report);
  }
  return { reports, warnings };
}

export function assertSomethingToRead(
  junit: readonly string[],
  coverage: readonly string[],
  commands: number,
): void {
  if (junit.length === 0 && coverage.length === 0 && commands === 0)
    throw new MmfError('E_USAGE', 'nothing to report: give --junit <glob> and/or --coverage <glob>', {
      hint: 'mmf ci report --junit "reports/junit*.xml" --coverage coverage/lcov.info',
    });
}
