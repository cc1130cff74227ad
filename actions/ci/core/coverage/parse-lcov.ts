import { MmfError } from '../../../kernel/errors.js';
import { addLine, type CoverageReport, type RawFileCoverage } from './line-coverage.js';

/** Reads a non-negative integer at text[from, to) without allocating; -1 when it is not one. */
function intAt(text: string, from: number, to: number): number {
  if (from >= to) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * LCOV tracefiles (geninfo, Istanbul/jest, c8, coverage.py `coverage lcov`,
 * cargo-llvm-cov, …): `SF:` starts a file, `DA:<line>,<hits>[,<checksum>]`
 * gives a line, `end_of_record` ends it. Other records (functions, branches,
 * LF/LH totals) are not needed for line coverage and are skipped. The same SF
 * in several records is merged.
 */
export function parseLcov(text: string, report: string): CoverageReport {
  const files = new Map<string, RawFileCoverage>();
  let current: Map<number, number> | undefined;
  let lineNo = 0;
  let start = 0;
  const length = text.length;
  while (start < length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    lineNo += 1;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop -= 1; // CRLF
    // DA:<line>,<hits>: by far the most common record, parsed in place.
    if (text.startsWith('DA:', start)) {
      if (!current)
        throw new MmfError('E_REPORT_PARSE', `line ${lineNo}: DA record before any SF: record`, {
          file: report,
        });
      const comma = text.indexOf(',', start + 3);
      const valid = comma > 0 && comma < stop;
      const line = valid ? intAt(text, start + 3, comma) : -1;
      let hitsEnd = valid ? text.indexOf(',', comma + 1) : -1;
      if (hitsEnd < 0 || hitsEnd > stop) hitsEnd = stop;
      // Some tools write negative or huge counts; anything but digits means "ran" only if it is not 0.
      let hits = valid ? intAt(text, comma + 1, hitsEnd) : -1;
      if (hits < 0 && valid) {
        const n = Number(text.slice(comma + 1, hitsEnd));
        hits = Number.isFinite(n) ? Math.max(0, n) : -1;
      }
      if (line < 0 || hits < 0)
        throw new MmfError(
          'E_REPORT_PARSE',
          `line ${lineNo}: "${text.slice(start, Math.min(stop, start + 80))}" is not DA:<line>,<hits>`,
          { file: report },
        );
      // coverage.py writes DA:0 for a module with no statements (an empty __init__.py): no line.
      if (line > 0) addLine(current, line, hits);
    } else if (text.startsWith('SF:', start)) {
      const path = text.slice(start + 3, stop).trim();
      let file = files.get(path);
      if (!file) {
        file = { path, lines: new Map() };
        files.set(path, file);
      }
      current = file.lines;
    } else if (text.startsWith('end_of_record', start)) {
      current = undefined;
    }
    start = end + 1;
  }
  if (files.size === 0)
    throw new MmfError('E_REPORT_PARSE', 'no SF: records: this is not an LCOV tracefile', { file: report });
  return { format: 'lcov', report, files: [...files.values()], sourceRoots: [] };
}
