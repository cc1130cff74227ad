import { MmfError } from '../../../kernel/errors.js';
import { addLine, type CoverageReport, type RawFileCoverage } from './line-coverage.js';

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const MODES = new Set(['set', 'count', 'atomic']);

/**
 * A Go cover profile (`go test -coverprofile`, any of `-covermode=set|count|atomic`):
 * `mode: <m>`, then `<import path>/<file>.go:<l1>.<c1>,<l2>.<c2> <statements> <count>`
 * blocks. Every line a block spans is instrumented; a line is covered when
 * any block on it ran (as Istanbul counts a line by its best statement).
 * Profiles concatenated from several runs (several `mode:` lines) are merged.
 */
export function parseGoCover(text: string, report: string): CoverageReport {
  const files = new Map<string, RawFileCoverage>();
  let sawMode = false;
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo += 1;
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('mode:')) {
      const mode = line.slice(5).trim();
      if (!MODES.has(mode))
        throw new MmfError('E_REPORT_PARSE', `line ${lineNo}: unknown cover mode "${mode}"`, {
          file: report,
        });
      sawMode = true;
      continue;
    }
    if (!sawMode)
      throw new MmfError('E_REPORT_PARSE', 'a Go cover profile starts with a "mode:" line', {
        file: report,
        hint: 'write it with `go test -coverprofile=cover.out ./...`',
      });
    const m = BLOCK.exec(line);
    if (!m)
      throw new MmfError(
        'E_REPORT_PARSE',
        `line ${lineNo}: "${line.slice(0, 80)}" is not a cover profile block`,
        {
          file: report,
        },
      );
    const [, path, l1, , l2, , statements, count] = m as unknown as string[];
    if (Number(statements) === 0) continue;
    let file = files.get(path as string);
    if (!file) {
      file = { path: path as string, lines: new Map() };
      files.set(path as string, file);
    }
    const hits = Number(count);
    for (let l = Number(l1); l <= Number(l2); l++) addLine(file.lines as Map<number, number>, l, hits);
  }
  if (!sawMode) throw new MmfError('E_REPORT_PARSE', 'the Go cover profile is empty', { file: report });
  return { format: 'go', report, files: [...files.values()], sourceRoots: [] };
}
