/**
 * The ci ActionReport: result in the CLI contract's shape, sections, cases
 * (one per test and per gate), outputs, annotations at failures and on
 * uncovered changed ranges with their caps, and the gates' edge cases.
 */
import type { FileCoverage } from '../../actions/ci/core/coverage/line-coverage.js';
import { changedLinesCoverage } from '../../actions/ci/core/diff/changed-lines-coverage.js';
import { evaluateGates } from '../../actions/ci/core/gates.js';
import { buildCiReport, type CiReportInput } from '../../actions/ci/core/report/build-ci-report.js';
import { ANNOTATIONS_PER_FILE, ANNOTATIONS_TOTAL } from '../../actions/ci/core/report/ci-annotations.js';
import type { LocatedCase } from '../../actions/ci/core/tests/locate-failures.js';
import type { TestCaseResult } from '../../actions/ci/core/tests/test-case.js';
import { renderReportText } from '../../actions/kernel/report/render-text.js';

const test_ = (name: string, fields: Partial<TestCaseResult> = {}): TestCaseResult => ({
  suite: 'shop',
  classname: 'tests.test_cart',
  name,
  outcome: 'passed',
  flaky: false,
  reruns: 0,
  durationMs: 10,
  report: 'reports/junit.xml',
  ...fields,
});
const file = (path: string, lines: Record<number, number>): FileCoverage => ({
  path,
  lines: new Map(Object.entries(lines).map(([l, h]) => [Number(l), h])),
  inWorkspace: true,
  reports: ['coverage.xml'],
});

function input(overrides: Partial<CiReportInput> = {}): CiReportInput {
  const cases: LocatedCase[] = [
    { test: test_('test_add') },
    {
      test: test_('test_total', { outcome: 'failed', message: 'assert 3 == 4', details: 'E assert 3 == 4' }),
      location: { path: 'tests/test_cart.py', line: 12 },
    },
    { test: test_('test_pay', { outcome: 'error', message: 'fixture db not found' }) },
    { test: test_('test_later', { outcome: 'skipped', message: 'needs network' }) },
    { test: test_('test_retry', { flaky: true, reruns: 1, message: 'timeout' }) },
  ];
  const coverage = [file('shop/cart.py', { 1: 1, 2: 1, 3: 0, 4: 0 }), file('shop/pay.py', { 1: 1, 2: 1 })];
  return {
    subject: 'services/shop',
    tests: { cases, reports: ['reports/junit.xml'] },
    coverage: { files: coverage, reports: [{ path: 'coverage.xml', format: 'cobertura' }] },
    changed: {
      baseRef: 'origin/main',
      mergeBase: 'a'.repeat(40),
      coverage: changedLinesCoverage(
        new Map([
          ['shop/cart.py', [2, 3, 4]],
          ['docs/x.md', [1]],
        ]),
        new Map(coverage.map((f) => [f.path, f])),
      ),
    },
    gates: { minCoverage: 60, minChangedLinesCoverage: 50, maxFailures: 1, failOnFlaky: false },
    commands: [],
    notes: [],
    ...overrides,
  };
}

describe('buildCiReport', () => {
  const report = buildCiReport(input());

  test('result holds the CLI contract: tests, coverage, changedLines, gates', () => {
    expect(report.result.tests).toEqual({
      total: 5,
      passed: 2,
      failed: 2,
      errors: 1,
      skipped: 1,
      flaky: 1,
      durationMs: 50,
    });
    expect(report.result.coverage).toMatchObject({ lines: 6, covered: 4, percent: 66.66 });
    expect(report.result.coverage.files.map((f) => f.path)).toEqual(['shop/cart.py', 'shop/pay.py']);
    expect(report.result.changedLines).toMatchObject({
      lines: 3,
      covered: 1,
      percent: 33.33,
      baseRef: 'origin/main',
      unmeasured: ['docs/x.md'],
      files: [
        { path: 'shop/cart.py', changed: 3, lines: 3, covered: 1, percent: 33.33, uncovered: [[3, 4]] },
      ],
    });
    expect(
      report.result.gates.map(({ name, ok, actual, threshold }) => ({ name, ok, actual, threshold })),
    ).toEqual([
      { name: 'min-coverage', ok: true, actual: 66.66, threshold: 60 },
      { name: 'min-changed-lines-coverage', ok: false, actual: 33.33, threshold: 50 },
      { name: 'max-failures', ok: false, actual: 2, threshold: 1 },
    ]);
    expect(report.result.verdict).toBe('fail');
    expect(report.result.failures.map((f) => [f.name, f.outcome, f.file, f.line])).toEqual([
      ['test_total', 'failed', 'tests/test_cart.py', 12],
      ['test_pay', 'error', null, null],
    ]);
  });

  test('conclusion, headline, outputs', () => {
    expect(report.conclusion).toBe('failure');
    expect(report.headline).toBe(
      '2 of 3 gates failed: min-changed-lines-coverage (changed-lines coverage 33.33% < 50.00%); max-failures (2 failed tests > 1 allowed).',
    );
    expect(report.outputs).toEqual({
      tests: '5',
      failures: '2',
      skipped: '1',
      flaky: '1',
      coverage: '66.66',
      'changed-lines-coverage': '33.33',
      verdict: 'fail',
    });
  });

  test('cases: one per test (flaky ones say so) and one per gate', () => {
    expect(report.cases.map((c) => [c.suite, c.name, c.status])).toEqual([
      ['shop', 'tests.test_cart › test_add', 'passed'],
      ['shop', 'tests.test_cart › test_total', 'failed'],
      ['shop', 'tests.test_cart › test_pay', 'failed'],
      ['shop', 'tests.test_cart › test_later', 'skipped'],
      ['shop', 'tests.test_cart › test_retry', 'passed'],
      ['gates', 'min-coverage', 'passed'],
      ['gates', 'min-changed-lines-coverage', 'failed'],
      ['gates', 'max-failures', 'failed'],
    ]);
    expect(report.cases[1]).toMatchObject({
      file: 'tests/test_cart.py',
      line: 12,
      details: 'E assert 3 == 4',
    });
    expect(report.cases[4]?.message).toBe('flaky: passed after 1 failed run; first failure: timeout');
  });

  test('sections in order; annotations at the failure and on the uncovered range', () => {
    expect(report.sections.map((s) => [s.id, s.conclusion])).toEqual([
      ['tests', 'failure'],
      ['failures', 'failure'],
      ['flaky', 'neutral'],
      ['coverage', undefined],
      ['changed-lines', undefined],
      ['gates', 'failure'],
    ]);
    expect(report.annotations).toEqual([
      {
        path: 'tests/test_cart.py',
        startLine: 12,
        level: 'failure',
        title: 'Test failed: tests.test_cart › test_total',
        message: 'assert 3 == 4\n\nE assert 3 == 4',
        rule: 'test-failure',
      },
      {
        path: 'shop/cart.py',
        startLine: 3,
        endLine: 4,
        level: 'warning',
        title: 'Changed lines not covered by tests',
        message: 'Lines 3–4 were added or changed and no test ran them.',
        rule: 'uncovered-lines',
      },
    ]);
    const text = renderReportText(report);
    expect(text).toContain('ci: services/shop: FAILED');
    expect(text).toMatch(/shop\/cart\.py\s+3\s+3\s+1\s+33\.33%\s+3–4/);
    expect(text).toMatch(
      /min-changed-lines-coverage\s+50\.00%\s+33\.33%\s+FAIL: changed-lines coverage 33\.33% < 50\.00%/,
    );
  });

  test('annotations are capped per file and in all, failures first, with a note', () => {
    const lines: Record<number, number> = {};
    const changedA: number[] = [];
    // 120 uncovered ranges in a.py (every other line), 150 in b.py..e.py
    for (let l = 1; l <= 240; l += 2) {
      lines[l] = 0;
      lines[l + 1] = 1;
      changedA.push(l);
    }
    const files = ['a.py', 'b.py', 'c.py', 'd.py'].map((p) => file(p, lines));
    const changed = changedLinesCoverage(
      new Map(files.map((f) => [f.path, changedA])),
      new Map(files.map((f) => [f.path, f])),
    );
    const failures: LocatedCase[] = Array.from({ length: 60 }, (_, i) => ({
      test: test_(`t${i}`, { outcome: 'failed' }),
      location: { path: 'tests/test_many.py', line: i + 1 },
    }));
    const built = buildCiReport(
      input({
        tests: { cases: failures, reports: ['r.xml'] },
        changed: { baseRef: 'main', mergeBase: 'b'.repeat(40), coverage: changed },
      }),
    );
    const perFile = new Map<string, number>();
    for (const a of built.annotations) perFile.set(a.path, (perFile.get(a.path) ?? 0) + 1);
    expect(built.annotations).toHaveLength(ANNOTATIONS_TOTAL);
    expect(Math.max(...perFile.values())).toBe(ANNOTATIONS_PER_FILE);
    expect(built.annotations[0]?.rule).toBe('test-failure');
    expect([...perFile]).toEqual([
      ['tests/test_many.py', 50],
      ['a.py', 50],
      ['b.py', 50],
      ['c.py', 50],
    ]);
    expect(built.notes).toEqual([
      '340 of 540 annotations are not shown (at most 50 per file and 200 in all); every failure and uncovered range is listed in the report.',
    ]);
    // The report still lists every failure in --json.
    expect(built.result.failures).toHaveLength(60);
  });

  test('with no gates: success, and the headline says no gate is set', () => {
    const none = buildCiReport(input({ gates: {}, changed: undefined }));
    expect(none.conclusion).toBe('success');
    expect(none.headline).toBe('5 tests, 2 failed, coverage 66.66%; no gate is set.');
    expect(none.result.changedLines).toMatchObject({ baseRef: null, lines: 0, percent: null });
    expect(none.outputs['changed-lines-coverage']).toBe('');
  });
});

describe('evaluateGates edge cases', () => {
  test('min-coverage with nothing measured fails; changed lines with nothing instrumented passes', () => {
    const gates = evaluateGates(
      { minCoverage: 0, minChangedLinesCoverage: 90 },
      {
        coverage: { lines: 0, percent: null },
        changedLines: { lines: 0, percent: null },
        tests: undefined,
        commands: [],
      },
    );
    expect(gates.map((g) => [g.name, g.ok, g.actual, g.summary])).toEqual([
      ['min-coverage', false, null, 'no instrumented lines were measured'],
      ['min-changed-lines-coverage', true, null, 'no instrumented line was added or changed'],
    ]);
  });

  test('thresholds are inclusive; fail-on-flaky counts flaky tests', () => {
    const gates = evaluateGates(
      { minCoverage: 80, maxFailures: 2, failOnFlaky: true },
      {
        coverage: { lines: 10, percent: 80 },
        changedLines: undefined,
        tests: { failed: 2, flaky: 1 },
        commands: [],
      },
    );
    expect(gates.map((g) => [g.name, g.ok])).toEqual([
      ['min-coverage', true],
      ['max-failures', true],
      ['fail-on-flaky', false],
    ]);
  });
});
