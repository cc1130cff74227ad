/** What every test report (JUnit XML of any tool, `go test -json`) is read into. */

/** `error` is JUnit's <error> (the test could not run as written: an exception, a setup failure). */
export type TestOutcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface TestCaseResult {
  /** The suite (JUnit <testsuite name>, Go package), for grouping. */
  suite: string;
  /** JUnit `classname` (a class, module or Go package), may be empty. */
  classname: string;
  name: string;
  outcome: TestOutcome;
  /** Failed at least once and passed on a rerun (Surefire flakyFailure/flakyError, or a repeated case). */
  flaky: boolean;
  /** Runs beyond the first (reruns), 0 when it ran once. */
  reruns: number;
  /** One line: the failure's message attribute, or its first line of text; the skip reason. */
  message?: string;
  /** The failure's type, e.g. AssertionError. */
  type?: string;
  /** The stack trace or failure text (bounded). */
  details?: string;
  /** Captured output (system-out, system-err), bounded; shown for failures. */
  output?: string;
  durationMs?: number;
  /** Location given by the report itself (file/line attributes), as written by the tool. */
  file?: string;
  line?: number;
  /** The report this case came from, workspace-relative. */
  report: string;
}
