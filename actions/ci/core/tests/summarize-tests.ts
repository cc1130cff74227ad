import type { TestCaseResult } from './test-case.js';

export interface TestSummary {
  total: number;
  passed: number;
  /** Failures and errors: the cases that did not pass (what `max-failures` counts). */
  failed: number;
  /** Of `failed`, the cases reported as <error> rather than <failure>. */
  errors: number;
  skipped: number;
  /** Passed after failing at least once (counted in `passed` too). */
  flaky: number;
  durationMs: number;
}

const isFailure = (c: TestCaseResult) => c.outcome === 'failed' || c.outcome === 'error';

/**
 * Retries that a tool writes as repeated cases (Gradle's test-retry plugin,
 * `go test -count`, merged reports): within one report, cases with the same
 * suite, classname and name where some failed and some passed become one flaky,
 * passed case. Repeats that all passed or all failed stay separate: they may be
 * different tests that share a name.
 */
export function collapseReruns(cases: readonly TestCaseResult[]): TestCaseResult[] {
  // Nested maps on the strings the cases already hold: no key is built per case (50,000-case reports).
  const index = new Map<string, Map<string, Map<string, Map<string, TestCaseResult[]>>>>();
  const groups: TestCaseResult[][] = [];
  for (const c of cases) {
    let bySuite = index.get(c.report);
    if (!bySuite) index.set(c.report, (bySuite = new Map()));
    let byClass = bySuite.get(c.suite);
    if (!byClass) bySuite.set(c.suite, (byClass = new Map()));
    let byName = byClass.get(c.classname);
    if (!byName) byClass.set(c.classname, (byName = new Map()));
    const group = byName.get(c.name);
    if (group) group.push(c);
    else {
      const fresh = [c];
      byName.set(c.name, fresh);
      groups.push(fresh);
    }
  }
  if (groups.length === cases.length) return [...cases];
  const out: TestCaseResult[] = [];
  for (const group of groups) {
    const passed = group.find((c) => c.outcome === 'passed');
    const failed = group.filter(isFailure);
    if (group.length === 1 || !passed || failed.length === 0) {
      out.push(...group);
      continue;
    }
    const first = failed[0] as TestCaseResult;
    const duration = group.reduce((sum, c) => sum + (c.durationMs ?? 0), 0);
    out.push({
      ...passed,
      flaky: true,
      reruns: group.length - 1 + group.reduce((sum, c) => sum + c.reruns, 0),
      ...(first.message ? { message: first.message } : {}),
      ...(first.type ? { type: first.type } : {}),
      ...(first.details ? { details: first.details } : {}),
      ...(passed.file || !first.file ? {} : { file: first.file }),
      ...(passed.line || !first.line ? {} : { line: first.line }),
      durationMs: duration,
    });
  }
  return out;
}

export function summarizeTests(cases: readonly TestCaseResult[]): TestSummary {
  const summary: TestSummary = {
    total: 0,
    passed: 0,
    failed: 0,
    errors: 0,
    skipped: 0,
    flaky: 0,
    durationMs: 0,
  };
  for (const c of cases) {
    summary.total += 1;
    summary.durationMs += c.durationMs ?? 0;
    if (c.outcome === 'passed') summary.passed += 1;
    else if (c.outcome === 'skipped') summary.skipped += 1;
    else {
      summary.failed += 1;
      if (c.outcome === 'error') summary.errors += 1;
    }
    if (c.flaky) summary.flaky += 1;
  }
  return summary;
}
