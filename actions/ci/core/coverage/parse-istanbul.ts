import { MmfError } from '../../../kernel/errors.js';
import { addLine, type CoverageReport, type RawFileCoverage } from './line-coverage.js';

interface Position {
  line?: number;
}
interface FileData {
  path?: string;
  statementMap?: Record<string, { start?: Position }>;
  s?: Record<string, number>;
  data?: FileData;
}
interface SummaryEntry {
  lines?: { total?: number; covered?: number };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `coverage-final.json` has statement maps; `coverage-summary.json` (json-summary) has a `total` entry. */
export function isIstanbulSummary(json: Record<string, unknown>): boolean {
  const total = json['total'];
  return isObject(total) && isObject(total['lines']);
}

/**
 * Istanbul's `coverage-final.json` (jest, nyc, c8, vitest): per file a
 * statement map and hit counts. A line's hits are those of its best statement
 * that starts on it, as istanbul-lib-coverage's line coverage counts them.
 */
export function parseIstanbulFinal(json: Record<string, unknown>, report: string): CoverageReport {
  const files: RawFileCoverage[] = [];
  for (const [key, value] of Object.entries(json)) {
    if (!isObject(value)) continue;
    const data = (isObject(value['data']) ? value['data'] : value) as FileData;
    if (!isObject(data.statementMap) || !isObject(data.s))
      throw new MmfError(
        'E_REPORT_PARSE',
        `entry "${key}" has no statementMap/s: not Istanbul coverage-final.json`,
        {
          file: report,
        },
      );
    const lines = new Map<number, number>();
    for (const [id, location] of Object.entries(data.statementMap)) {
      const line = location?.start?.line;
      const hits = data.s[id];
      if (typeof line === 'number' && line > 0 && typeof hits === 'number')
        addLine(lines, line, Math.max(0, hits));
    }
    files.push({ path: typeof data.path === 'string' ? data.path : key, lines });
  }
  return { format: 'istanbul', report, files, sourceRoots: [] };
}

/**
 * Istanbul's json-summary (`coverage-summary.json`): per file only totals, so
 * it counts towards overall and per-file coverage but cannot tell which
 * changed lines ran.
 */
export function parseIstanbulSummary(json: Record<string, unknown>, report: string): CoverageReport {
  const files: RawFileCoverage[] = [];
  for (const [key, value] of Object.entries(json)) {
    if (key === 'total' || !isObject(value)) continue;
    const lines = (value as SummaryEntry).lines;
    const total = Number(lines?.total);
    const covered = Number(lines?.covered);
    if (!Number.isFinite(total) || !Number.isFinite(covered) || covered > total || covered < 0)
      throw new MmfError('E_REPORT_PARSE', `entry "${key}" has no valid lines.total/lines.covered`, {
        file: report,
      });
    files.push({ path: key, totals: { lines: total, covered } });
  }
  return { format: 'istanbul-summary', report, files, sourceRoots: [] };
}
