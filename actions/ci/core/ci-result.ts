import type { CoverageFormat } from './coverage/line-coverage.js';
import type { GateResult } from './gates.js';
import type { TestSummary } from './tests/summarize-tests.js';

/** A named command `mmf ci run` ran before reading reports. */
export interface CommandSummary {
  name: string;
  /** The command line as given. */
  command: string;
  shell: boolean;
  exitCode: number;
  durationMs: number;
  timedOut?: boolean;
  /** The log file holding its (bounded) output. */
  log: string;
  /** The end of its output, shown when it failed. */
  outputTail: string;
}

export interface FileCoverageRow {
  path: string;
  lines: number;
  covered: number;
  percent: number | null;
}

export interface ChangedFileRow extends FileCoverageRow {
  changed: number;
  /** Uncovered changed lines as inclusive [start, end] ranges. */
  uncovered: Array<[number, number]>;
}

export interface FailedTest {
  suite: string;
  classname: string;
  name: string;
  outcome: 'failed' | 'error';
  message: string | null;
  /** Workspace file and line where it failed, when the report or its stack trace tells. */
  file: string | null;
  line: number | null;
  report: string;
}

/** `result` of `mmf ci report --json` and `mmf ci run --json` (the CLI contract's shape, plus detail). */
export interface CiResult {
  tests: TestSummary;
  coverage: { lines: number; covered: number; percent: number | null; files: FileCoverageRow[] };
  changedLines: {
    lines: number;
    covered: number;
    percent: number | null;
    /** The --base-ref compared against; null when changed lines were not computed. */
    baseRef: string | null;
    mergeBase: string | null;
    files: ChangedFileRow[];
    unmeasured: string[];
  };
  gates: Array<Pick<GateResult, 'name' | 'ok' | 'actual' | 'threshold'> & { summary: string }>;
  verdict: 'pass' | 'fail';
  failures: FailedTest[];
  flaky: Array<{ suite: string; classname: string; name: string; reruns: number; message: string | null }>;
  reports: { junit: string[]; coverage: Array<{ path: string; format: CoverageFormat }> };
  commands: CommandSummary[];
}
