import { MmfError } from '../../../kernel/errors.js';
import { parseGoTestJson } from './parse-go-test-json.js';
import { parseJunit } from './parse-junit.js';
import type { TestCaseResult } from './test-case.js';

/** A test report of any supported kind, told from its content: JUnit XML, or `go test -json` lines. */
export function parseTestReport(text: string, report: string): TestCaseResult[] {
  const head = text.replace(/^\ufeff/, '').trimStart();
  if (head.startsWith('<')) return parseJunit(text, report);
  if (head.startsWith('{')) return parseGoTestJson(text, report);
  if (head === '')
    throw new MmfError('E_REPORT_PARSE', 'the test report is empty', {
      file: report,
      hint: 'the test runner may have crashed before writing it',
    });
  throw new MmfError(
    'E_REPORT_PARSE',
    'not a test report this reads (JUnit XML, or `go test -json` output)',
    {
      file: report,
      hint: 'pass test reports with --junit and coverage reports with --coverage',
    },
  );
}
