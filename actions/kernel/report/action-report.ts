/**
 * The one report model every capability returns and every surface renders:
 * CLI text and `--json`, Markdown (PR/MR comment, job summary), GitHub check
 * runs with annotations and step outputs, GitLab MR notes, `codequality`,
 * `junit` and `dotenv` reports, and the job log. A capability builds it in its
 * core (pure); its policy (what counts as failure, `fail-on`) decides
 * `conclusion`. Renderers never see secret values: `redactReport` runs first.
 */

/** Verdict of a whole report or of one section. `failure` fails the step / job. */
export type Conclusion = 'success' | 'failure' | 'neutral' | 'skipped';

/** One number (or short value) of the summary table, e.g. tests 120, coverage 87.5 %. */
export interface ReportMetric {
  label: string;
  value: string | number;
  /** Shown after the value, e.g. '%'. */
  unit?: string;
}

/** A table cell: plain text, a number, or code (a path, a key) that surfaces show as such. */
export type ReportCell = string | number | { code: string };

/** Content of a section, rendered by every surface in its own way. Text is plain (renderers escape it). */
export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; columns: readonly string[]; rows: ReadonlyArray<ReadonlyArray<ReportCell>> }
  | { kind: 'list'; items: readonly string[] }
  /** Preformatted text, e.g. a unified diff (`language: 'diff'`) or a command's output. */
  | { kind: 'code'; text: string; language?: string }
  /** Collapsed on Markdown surfaces (<details>), indented in text. */
  | { kind: 'details'; summary: string; blocks: readonly ReportBlock[] };

export interface ReportSection {
  /** Stable within a report, e.g. `env:prod` or `gate:min-coverage`. */
  id: string;
  /** Heading of the section; empty for an untitled lead section (e.g. a summary table). */
  title: string;
  conclusion?: Conclusion;
  blocks: readonly ReportBlock[];
}

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

/** A finding at a file and line of the workspace (paths relative to it, POSIX separators). */
export interface ReportAnnotation {
  path: string;
  startLine: number;
  endLine?: number;
  level: AnnotationLevel;
  title: string;
  message: string;
  /** What kind of finding (GitLab codequality `check_name`), e.g. `parity`, `uncovered-lines`, `test-failure`. */
  rule: string;
}

/** A test-like result (one JUnit test case): a test, a gate, an environment's parity proof. */
export interface ReportCase {
  suite: string;
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  /** Why it failed or was skipped, one line. */
  message?: string;
  /** More text for the failure (kept short). */
  details?: string;
  durationMs?: number;
  file?: string;
  line?: number;
}

/** A file the run wrote (report JSON, Markdown, SARIF …), path relative to the workspace when inside it. */
export interface ReportFile {
  name: string;
  path: string;
  description: string;
}

export interface ActionReport<Result = unknown> {
  /** The capability that made it, e.g. `helm-migrate`, `ci`, `release`. */
  capability: string;
  /** Heading of comments and summaries, e.g. `helm-migrate diff: charts/user-service`. */
  title: string;
  /** What the report is about (a chart path, a package); part of the sticky comment's key. */
  subject: string;
  conclusion: Conclusion;
  /** One line saying what happened, e.g. `Parity: every environment renders exactly what Helm renders.` */
  headline: string;
  summary: readonly ReportMetric[];
  sections: readonly ReportSection[];
  annotations: readonly ReportAnnotation[];
  cases: readonly ReportCase[];
  files: readonly ReportFile[];
  /** Step outputs (GitHub) and `dotenv` variables (GitLab): name → single-line value. */
  outputs: Readonly<Record<string, string>>;
  /** Things the reader should know that are not results (fallbacks taken, limits hit). */
  notes: readonly string[];
  /** The capability's machine-readable result: `result` of the CLI's `--json` envelope. */
  result: Result;
}
