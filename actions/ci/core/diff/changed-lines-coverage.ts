import { percentOf, type FileCoverage } from '../coverage/line-coverage.js';
import type { ChangedLines } from './parse-unified-diff.js';

/** Inclusive line range. */
export interface LineRange {
  start: number;
  end: number;
}

export interface ChangedFileCoverage {
  path: string;
  /** Lines added or changed in the file. */
  changed: number;
  /** Of those, the instrumented ones (code a coverage tool measured). */
  lines: number;
  covered: number;
  percent: number | null;
  /** Uncovered changed lines, merged into ranges. */
  uncovered: LineRange[];
}

export interface ChangedLinesCoverage {
  lines: number;
  covered: number;
  percent: number | null;
  /** Changed files that have instrumented changed lines, worst first. */
  files: ChangedFileCoverage[];
  /** Changed files no coverage report measured (docs, config, or code no test loaded). */
  unmeasured: string[];
}

/**
 * Uncovered changed lines as ranges: neighbours join, and so do two separated
 * only by changed lines that are not instrumented (blank lines, comments, a
 * closing brace), so one untested new block is one range. Unchanged lines
 * never join a range: every line of a range was added or changed.
 */
export function uncoveredRanges(
  uncovered: readonly number[],
  instrumented: ReadonlyMap<number, number>,
  changed: readonly number[],
): LineRange[] {
  const ranges: LineRange[] = [];
  // `changed` is ascending and holds every uncovered line: walk it alongside.
  let at = 0;
  let lastAt = -1;
  for (const line of uncovered) {
    while (changed[at] !== line) at += 1;
    const last = ranges[ranges.length - 1];
    // Every line between is changed when as many changed lines lie between as line numbers do.
    if (last && at - lastAt === line - last.end) {
      let joinable = true;
      for (let l = last.end + 1; l < line && joinable; l++) if (instrumented.has(l)) joinable = false;
      if (joinable) {
        last.end = line;
        lastAt = at;
        continue;
      }
    }
    ranges.push({ start: line, end: line });
    lastAt = at;
  }
  return ranges;
}

/**
 * The changed-lines join: for every line the diff added or changed, whether a
 * coverage report instruments it and whether a test ran it. Lines no report
 * instruments (blank lines, comments, declarations, files that are not code)
 * do not count either way.
 */
export function changedLinesCoverage(
  changed: ChangedLines,
  coverage: ReadonlyMap<string, FileCoverage>,
): ChangedLinesCoverage {
  const files: ChangedFileCoverage[] = [];
  const unmeasured: string[] = [];
  let lines = 0;
  let covered = 0;
  for (const [path, added] of changed) {
    const measured = coverage.get(path)?.lines;
    if (!measured) {
      unmeasured.push(path);
      continue;
    }
    let fileLines = 0;
    let fileCovered = 0;
    const missed: number[] = [];
    for (const line of added) {
      const hits = measured.get(line);
      if (hits === undefined) continue;
      fileLines += 1;
      if (hits > 0) fileCovered += 1;
      else missed.push(line);
    }
    if (fileLines === 0) continue;
    lines += fileLines;
    covered += fileCovered;
    files.push({
      path,
      changed: added.length,
      lines: fileLines,
      covered: fileCovered,
      percent: percentOf(fileCovered, fileLines),
      uncovered: uncoveredRanges(missed, measured, added),
    });
  }
  files.sort(
    (a, b) => (a.percent ?? 100) - (b.percent ?? 100) || b.lines - a.lines || (a.path < b.path ? -1 : 1),
  );
  unmeasured.sort();
  return { lines, covered, percent: percentOf(covered, lines), files, unmeasured };
}
