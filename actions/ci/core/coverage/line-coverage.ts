/** Line coverage of source files, whatever tool measured it. */

export type CoverageFormat = 'lcov' | 'cobertura' | 'jacoco' | 'go' | 'istanbul' | 'istanbul-summary';

/** One source file as a report names it, before its path is mapped into the workspace. */
export interface RawFileCoverage {
  /** The path as written (absolute, relative, or a Go import path). */
  path: string;
  /** Instrumented lines: line number → hits (0 = not run). */
  lines?: Map<number, number>;
  /** Only totals, no lines (Istanbul json-summary): counts but cannot join with changed lines. */
  totals?: { lines: number; covered: number };
}

export interface CoverageReport {
  format: CoverageFormat;
  /** The report file, workspace-relative. */
  report: string;
  files: RawFileCoverage[];
  /** Folders the report says its paths are relative to (Cobertura <sources>). */
  sourceRoots: string[];
}

/** A file's coverage after its path is mapped into the workspace (POSIX, relative). */
export interface FileCoverage {
  path: string;
  lines?: Map<number, number>;
  totals?: { lines: number; covered: number };
  /** Whether the path was found among the workspace's files. */
  inWorkspace: boolean;
  /** The reports that measured it. */
  reports: string[];
}

export interface CoverageTotals {
  lines: number;
  covered: number;
  /** Covered / lines × 100, floored to 2 decimals (never shown higher than measured); null with no lines. */
  percent: number | null;
}

/** Floors to 2 decimals so a value below a threshold is never printed as equal to it. */
export function percentOf(covered: number, lines: number): number | null {
  if (lines === 0) return null;
  return Math.floor((covered / lines) * 10000) / 100;
}

export function fileTotals(file: Pick<FileCoverage, 'lines' | 'totals'>): { lines: number; covered: number } {
  if (file.lines) {
    let covered = 0;
    for (const hits of file.lines.values()) if (hits > 0) covered += 1;
    return { lines: file.lines.size, covered };
  }
  return file.totals ?? { lines: 0, covered: 0 };
}

/** Adds `hits` for `line`, keeping the higher count when two blocks or classes report it. */
export function addLine(lines: Map<number, number>, line: number, hits: number): void {
  const before = lines.get(line);
  if (before === undefined || hits > before) lines.set(line, hits);
}

/**
 * Merges files measured by several reports (unit and integration runs, one
 * report per package): instrumented lines are the union, a line counts as
 * covered when any report ran it. Per-line data wins over totals-only data;
 * of two totals-only entries the one with more covered lines is kept.
 */
export function mergeFileCoverage(into: FileCoverage, from: FileCoverage): FileCoverage {
  const reports = [...new Set([...into.reports, ...from.reports])];
  if (into.lines && from.lines) {
    const lines = new Map(into.lines);
    for (const [line, hits] of from.lines) addLine(lines, line, hits);
    return { ...into, lines, reports };
  }
  if (into.lines || from.lines) return { ...(into.lines ? into : from), reports };
  const a = into.totals ?? { lines: 0, covered: 0 };
  const b = from.totals ?? { lines: 0, covered: 0 };
  return { ...(b.covered > a.covered ? from : into), reports };
}

export function coverageTotals(files: Iterable<Pick<FileCoverage, 'lines' | 'totals'>>): CoverageTotals {
  let lines = 0;
  let covered = 0;
  for (const file of files) {
    const t = fileTotals(file);
    lines += t.lines;
    covered += t.covered;
  }
  return { lines, covered, percent: percentOf(covered, lines) };
}
