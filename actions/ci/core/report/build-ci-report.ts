import type {
  ActionReport,
  ReportCase,
  ReportMetric,
  ReportSection,
} from '../../../kernel/report/action-report.js';
import type { CiResult, CommandSummary } from '../ci-result.js';
import {
  coverageTotals,
  fileTotals,
  percentOf,
  type CoverageFormat,
  type FileCoverage,
} from '../coverage/line-coverage.js';
import type { ChangedLinesCoverage } from '../diff/changed-lines-coverage.js';
import { evaluateGates, type GateSettings } from '../gates.js';
import { displayName, type LocatedCase } from '../tests/locate-failures.js';
import { summarizeTests } from '../tests/summarize-tests.js';
import { ciAnnotations } from './ci-annotations.js';
import {
  changedLinesSection,
  commandsSection,
  coverageSection,
  failuresSection,
  flakySection,
  formatPercent,
  gatesSection,
  testsSection,
} from './ci-sections.js';

export interface CiReportInput {
  /** What was checked (the workspace folder), for titles and the sticky comment's key. */
  subject: string;
  /** Undefined when no test report was asked for. */
  tests?: { cases: readonly LocatedCase[]; reports: readonly string[] };
  coverage?: {
    files: readonly FileCoverage[];
    reports: ReadonlyArray<{ path: string; format: CoverageFormat }>;
  };
  changed?: { baseRef: string; mergeBase: string; coverage: ChangedLinesCoverage };
  gates: GateSettings;
  commands: readonly CommandSummary[];
  /** Warnings from reading the inputs (globs that matched nothing, paths outside the workspace …). */
  notes: readonly string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function caseOf({ test, location }: LocatedCase): ReportCase {
  const status = test.outcome === 'passed' ? 'passed' : test.outcome === 'skipped' ? 'skipped' : 'failed';
  const message = test.flaky
    ? `flaky: passed after ${plural(test.reruns, 'failed run')}${test.message ? `; first failure: ${test.message}` : ''}`
    : test.message;
  return {
    suite: test.suite || test.classname,
    name: displayName(test),
    status,
    ...(message ? { message } : {}),
    ...(status === 'failed' && test.details ? { details: test.details.slice(0, 8000) } : {}),
    ...(test.durationMs !== undefined ? { durationMs: test.durationMs } : {}),
    ...(location ? { file: location.path, line: location.line } : {}),
  };
}

/** The ci capability's one report: tests, coverage, changed-lines coverage, gates and commands. */
export function buildCiReport(input: CiReportInput): ActionReport<CiResult> {
  const cases = input.tests?.cases ?? [];
  const summary = summarizeTests(cases.map((c) => c.test));
  const files = input.coverage?.files ?? [];
  const totals = coverageTotals(files);
  const rows = files
    .map((f) => ({ path: f.path, ...fileTotals(f) }))
    .map((f) => ({ ...f, percent: percentOf(f.covered, f.lines) }))
    .sort(
      (a, b) => (a.percent ?? 101) - (b.percent ?? 101) || b.lines - a.lines || (a.path < b.path ? -1 : 1),
    );
  const changed = input.changed?.coverage;
  const gates = evaluateGates(input.gates, {
    coverage: input.coverage ? totals : undefined,
    changedLines: changed,
    tests: input.tests ? summary : undefined,
    commands: input.commands,
  });
  const failedGates = gates.filter((g) => !g.ok);
  const verdict = failedGates.length ? 'fail' : 'pass';

  const result: CiResult = {
    tests: summary,
    coverage: { lines: totals.lines, covered: totals.covered, percent: totals.percent, files: rows },
    changedLines: {
      lines: changed?.lines ?? 0,
      covered: changed?.covered ?? 0,
      percent: changed?.percent ?? null,
      baseRef: input.changed?.baseRef ?? null,
      mergeBase: input.changed?.mergeBase ?? null,
      files: (changed?.files ?? []).map((f) => ({
        path: f.path,
        changed: f.changed,
        lines: f.lines,
        covered: f.covered,
        percent: f.percent,
        uncovered: f.uncovered.map((r) => [r.start, r.end] as [number, number]),
      })),
      unmeasured: changed?.unmeasured ?? [],
    },
    gates: gates.map(({ name, ok, actual, threshold, summary: why }) => ({
      name,
      ok,
      actual,
      threshold,
      summary: why,
    })),
    verdict,
    failures: cases
      .filter(({ test }) => test.outcome === 'failed' || test.outcome === 'error')
      .map(({ test, location }) => ({
        suite: test.suite,
        classname: test.classname,
        name: test.name,
        outcome: test.outcome as 'failed' | 'error',
        message: test.message ?? null,
        file: location?.path ?? null,
        line: location?.line ?? null,
        report: test.report,
      })),
    flaky: cases
      .filter(({ test }) => test.flaky)
      .map(({ test }) => ({
        suite: test.suite,
        classname: test.classname,
        name: test.name,
        reruns: test.reruns,
        message: test.message ?? null,
      })),
    reports: { junit: [...(input.tests?.reports ?? [])], coverage: [...(input.coverage?.reports ?? [])] },
    commands: [...input.commands],
  };

  const sections: ReportSection[] = [];
  const add = (s: ReportSection | undefined) => s && sections.push(s);
  if (input.tests) {
    add(testsSection(result));
    add(failuresSection(cases));
    add(flakySection(result));
  }
  if (input.coverage) add(coverageSection(result));
  add(changedLinesSection(result));
  add(gatesSection(result));
  add(commandsSection(input.commands));

  const { annotations, notes } = ciAnnotations(cases, changed);
  const metrics: ReportMetric[] = [];
  if (input.tests)
    metrics.push(
      { label: 'Tests', value: summary.total },
      { label: 'Failed', value: summary.failed },
      { label: 'Skipped', value: summary.skipped },
      { label: 'Flaky', value: summary.flaky },
    );
  if (input.coverage) metrics.push({ label: 'Coverage', value: formatPercent(totals.percent) });
  if (input.changed) metrics.push({ label: 'Changed lines', value: formatPercent(changed?.percent ?? null) });

  const measured = [
    ...(input.tests ? [`${plural(summary.total, 'test')}, ${summary.failed} failed`] : []),
    ...(input.coverage ? [`coverage ${formatPercent(totals.percent)}`] : []),
    ...(input.changed ? [`changed lines ${formatPercent(changed?.percent ?? null)}`] : []),
    ...(input.commands.length ? [plural(input.commands.length, 'command')] : []),
  ].join(', ');
  const headline = failedGates.length
    ? `${failedGates.length} of ${plural(gates.length, 'gate')} failed: ${failedGates.map((g) => `${g.name} (${g.summary})`).join('; ')}.`
    : gates.length
      ? `All ${plural(gates.length, 'gate')} passed: ${measured}.`
      : `${measured || 'nothing measured'}; no gate is set.`;

  return {
    capability: 'ci',
    title: `ci: ${input.subject}`,
    subject: input.subject,
    conclusion: failedGates.length ? 'failure' : 'success',
    headline,
    summary: metrics,
    sections,
    annotations,
    cases: [
      ...cases.map(caseOf),
      ...gates.map((g): ReportCase => ({
        suite: 'gates',
        name: g.name,
        status: g.ok ? 'passed' : 'failed',
        message: g.summary,
      })),
    ],
    files: [],
    outputs: {
      tests: String(summary.total),
      failures: String(summary.failed),
      skipped: String(summary.skipped),
      flaky: String(summary.flaky),
      coverage: input.coverage && totals.percent !== null ? totals.percent.toFixed(2) : '',
      'changed-lines-coverage': changed && changed.percent !== null ? changed.percent.toFixed(2) : '',
      verdict,
    },
    notes: [...input.notes, ...notes],
    result,
  };
}
