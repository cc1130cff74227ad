import type { ReportBlock, ReportSection } from '../../../kernel/report/action-report.js';
import type { CiResult, CommandSummary } from '../ci-result.js';
import { displayName, type LocatedCase } from '../tests/locate-failures.js';

/** Rows and items listed per section; the rest is counted (every item is in `--json`). */
export const SECTION_ROWS = 50;
const DETAIL_LINES = 40;
const DETAIL_CHARS = 4000;

export const formatPercent = (p: number | null) => (p === null ? 'n/a' : `${p.toFixed(2)}%`);

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function clip(text: string): string {
  const lines = text.split('\n');
  let out = lines.slice(0, DETAIL_LINES).join('\n');
  if (out.length > DETAIL_CHARS) out = out.slice(0, DETAIL_CHARS);
  return out.length < text.length ? `${out}\n… (${text.length - out.length} more characters)` : out;
}

const more = (shown: number, total: number, what: string): ReportBlock[] =>
  total > shown
    ? [{ kind: 'paragraph', text: `… and ${total - shown} more ${what} (all of them are in --json).` }]
    : [];

const ranges = (list: ReadonlyArray<[number, number]>) =>
  list.map(([s, e]) => (s === e ? `${s}` : `${s}–${e}`)).join(', ');

export function testsSection(result: CiResult): ReportSection {
  const t = result.tests;
  return {
    id: 'tests',
    title: 'Tests',
    conclusion: t.failed > 0 ? 'failure' : 'success',
    blocks: [
      {
        kind: 'table',
        columns: ['Tests', 'Passed', 'Failed', 'Errors', 'Skipped', 'Flaky', 'Time'],
        rows: [[t.total, t.passed, t.failed, t.errors, t.skipped, t.flaky, formatDuration(t.durationMs)]],
      },
      { kind: 'paragraph', text: `From ${result.reports.junit.join(', ') || 'no report'}.` },
    ],
  };
}

export function failuresSection(cases: readonly LocatedCase[]): ReportSection | undefined {
  const failed = cases.filter(({ test }) => test.outcome === 'failed' || test.outcome === 'error');
  if (failed.length === 0) return undefined;
  const blocks: ReportBlock[] = [];
  for (const { test, location } of failed.slice(0, SECTION_ROWS)) {
    const where = location ? ` (${location.path}:${location.line})` : '';
    const kind = test.outcome === 'error' ? 'error' : 'failed';
    const inner: ReportBlock[] = [];
    if (test.details) inner.push({ kind: 'code', text: clip(test.details) });
    if (test.output)
      inner.push({ kind: 'details', summary: 'Output', blocks: [{ kind: 'code', text: clip(test.output) }] });
    if (test.reruns > 0) inner.push({ kind: 'paragraph', text: `Failed in all ${test.reruns + 1} runs.` });
    blocks.push({
      kind: 'details',
      summary: `${displayName(test)} ${kind}${where}: ${test.message ?? 'no message'}`,
      blocks: inner.length ? inner : [{ kind: 'paragraph', text: `Report: ${test.report}` }],
    });
  }
  blocks.push(...more(Math.min(failed.length, SECTION_ROWS), failed.length, 'failed tests'));
  return { id: 'failures', title: `Failed tests (${failed.length})`, conclusion: 'failure', blocks };
}

export function flakySection(result: CiResult): ReportSection | undefined {
  if (result.flaky.length === 0) return undefined;
  const shown = result.flaky.slice(0, SECTION_ROWS);
  return {
    id: 'flaky',
    title: `Flaky tests (${result.flaky.length})`,
    conclusion: 'neutral',
    blocks: [
      { kind: 'paragraph', text: 'These failed at least once and passed on a rerun.' },
      {
        kind: 'table',
        columns: ['Test', 'Failed runs', 'First failure'],
        rows: shown.map((f) => [displayName(f), f.reruns, f.message ?? '']),
      },
      ...more(shown.length, result.flaky.length, 'flaky tests'),
    ],
  };
}

export function coverageSection(result: CiResult): ReportSection {
  const c = result.coverage;
  const worst = c.files.slice(0, SECTION_ROWS);
  return {
    id: 'coverage',
    title: `Coverage ${formatPercent(c.percent)}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `${c.covered} of ${c.lines} instrumented lines covered, from ${result.reports.coverage.map((r) => `${r.path} (${r.format})`).join(', ') || 'no report'}.`,
      },
      ...(worst.length
        ? [
            {
              kind: 'table' as const,
              columns: ['File', 'Lines', 'Covered', 'Coverage'],
              rows: worst.map((f) => [f.path, f.lines, f.covered, formatPercent(f.percent)]),
            },
          ]
        : []),
      ...more(worst.length, c.files.length, 'files'),
    ],
  };
}

export function changedLinesSection(result: CiResult): ReportSection | undefined {
  const ch = result.changedLines;
  if (ch.baseRef === null) return undefined;
  const shown = ch.files.slice(0, SECTION_ROWS);
  const base = `${ch.baseRef}${ch.mergeBase ? ` (merge base ${ch.mergeBase.slice(0, 12)})` : ''}`;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        ch.lines === 0
          ? `No instrumented line was added or changed since ${base}.`
          : `${ch.covered} of ${ch.lines} instrumented lines added or changed since ${base} are covered.`,
    },
  ];
  if (shown.length)
    blocks.push({
      kind: 'table',
      columns: ['File', 'Changed', 'Instrumented', 'Covered', 'Coverage', 'Not covered'],
      rows: shown.map((f) => [
        f.path,
        f.changed,
        f.lines,
        f.covered,
        formatPercent(f.percent),
        ranges(f.uncovered),
      ]),
    });
  blocks.push(...more(shown.length, ch.files.length, 'files'));
  if (ch.unmeasured.length) {
    const names = ch.unmeasured.slice(0, 20);
    blocks.push({
      kind: 'details',
      summary: `${ch.unmeasured.length} changed file${ch.unmeasured.length === 1 ? '' : 's'} no coverage report measured`,
      blocks: [{ kind: 'list', items: names }, ...more(names.length, ch.unmeasured.length, 'files')],
    });
  }
  return { id: 'changed-lines', title: `Changed lines ${formatPercent(ch.percent)}`, blocks };
}

export function gatesSection(result: CiResult): ReportSection {
  const shown = (name: string, v: number | null) =>
    v === null ? 'n/a' : name.includes('coverage') ? formatPercent(v) : String(v);
  return {
    id: 'gates',
    title: 'Gates',
    conclusion: result.gates.some((g) => !g.ok) ? 'failure' : 'success',
    blocks: result.gates.length
      ? [
          {
            kind: 'table',
            columns: ['Gate', 'Threshold', 'Actual', 'Result'],
            rows: result.gates.map((g) => [
              g.name,
              g.name.startsWith('command:')
                ? 'exit 0'
                : g.name === 'fail-on-flaky'
                  ? '0'
                  : shown(g.name, g.threshold),
              g.name.startsWith('command:') ? `exit ${g.actual}` : shown(g.name, g.actual),
              g.ok ? 'pass' : `FAIL: ${g.summary}`,
            ]),
          },
        ]
      : [{ kind: 'paragraph', text: 'No gate is set: the run passes whatever it measured.' }],
  };
}

export function commandsSection(commands: readonly CommandSummary[]): ReportSection | undefined {
  if (commands.length === 0) return undefined;
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      columns: ['Command', 'Ran', 'Exit', 'Time', 'Log'],
      rows: commands.map((c) => [
        c.name,
        `${c.shell ? 'sh -c ' : ''}${c.command}`,
        c.timedOut ? 'timed out' : c.exitCode,
        formatDuration(c.durationMs),
        c.log,
      ]),
    },
  ];
  for (const c of commands.filter((c) => c.exitCode !== 0))
    blocks.push({
      kind: 'details',
      summary: `Output of ${c.name} (end)`,
      blocks: [{ kind: 'code', text: c.outputTail || '(no output)' }],
    });
  return {
    id: 'commands',
    title: 'Commands',
    conclusion: commands.some((c) => c.exitCode !== 0) ? 'failure' : 'success',
    blocks,
  };
}
