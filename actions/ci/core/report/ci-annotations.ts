import type { ReportAnnotation } from '../../../kernel/report/action-report.js';
import type { ChangedLinesCoverage } from '../diff/changed-lines-coverage.js';
import { displayName, type LocatedCase } from '../tests/locate-failures.js';

export const ANNOTATIONS_PER_FILE = 50;
export const ANNOTATIONS_TOTAL = 200;
const MESSAGE_LIMIT = 4000;

const cut = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit)}\n…` : text);

const lineWord = (start: number, end: number) => (start === end ? `Line ${start}` : `Lines ${start}–${end}`);

/**
 * Annotations for a check run or codequality report: one at each failing
 * test's file and line, then one per uncovered range of changed lines; at most
 * ANNOTATIONS_PER_FILE per file and ANNOTATIONS_TOTAL in all (failures first),
 * with a note saying how many were left out.
 */
export function ciAnnotations(
  cases: readonly LocatedCase[],
  changed: ChangedLinesCoverage | undefined,
): { annotations: ReportAnnotation[]; notes: string[] } {
  const wanted: ReportAnnotation[] = [];
  for (const { test, location } of cases) {
    if (!location) continue;
    const details = [test.message, test.details && test.details !== test.message ? test.details : undefined]
      .filter(Boolean)
      .join('\n\n');
    wanted.push({
      path: location.path,
      startLine: location.line,
      level: 'failure',
      title: `${test.outcome === 'error' ? 'Test error' : 'Test failed'}: ${displayName(test)}`,
      message: cut(details || 'the test failed without a message', MESSAGE_LIMIT),
      rule: 'test-failure',
    });
  }
  for (const file of changed?.files ?? []) {
    for (const range of file.uncovered) {
      wanted.push({
        path: file.path,
        startLine: range.start,
        ...(range.end !== range.start ? { endLine: range.end } : {}),
        level: 'warning',
        title: 'Changed lines not covered by tests',
        message: `${lineWord(range.start, range.end)} ${range.start === range.end ? 'was' : 'were'} added or changed and no test ran ${range.start === range.end ? 'it' : 'them'}.`,
        rule: 'uncovered-lines',
      });
    }
  }
  const perFile = new Map<string, number>();
  const annotations: ReportAnnotation[] = [];
  let droppedPerFile = 0;
  let droppedTotal = 0;
  for (const annotation of wanted) {
    const count = perFile.get(annotation.path) ?? 0;
    if (count >= ANNOTATIONS_PER_FILE) droppedPerFile += 1;
    else if (annotations.length >= ANNOTATIONS_TOTAL) droppedTotal += 1;
    else {
      perFile.set(annotation.path, count + 1);
      annotations.push(annotation);
    }
  }
  const notes: string[] = [];
  if (droppedPerFile + droppedTotal > 0)
    notes.push(
      `${droppedPerFile + droppedTotal} of ${wanted.length} annotations are not shown (at most ${ANNOTATIONS_PER_FILE} per file and ${ANNOTATIONS_TOTAL} in all); every failure and uncovered range is listed in the report.`,
    );
  return { annotations, notes };
}
