import type { ResourceChange } from '../diff/diff-model.js';
import { describeCounts, type ReviewReport } from './review-report.js';

const MARK = { added: '+', removed: '-', changed: '~', renamed: '>' } as const;

function renderChange(change: ResourceChange, unified: boolean): string[] {
  const from = change.renamedFrom
    ? ` (renamed from ${change.renamedFrom.kind}/${change.renamedFrom.name})`
    : '';
  const lines = [`${MARK[change.status]} ${change.resource}${from}`];
  for (const f of change.fields) {
    if (f.change === 'changed') lines.push(`    ${f.path}: ${f.before ?? ''} -> ${f.after ?? ''}`);
    else
      lines.push(
        `    ${f.change === 'added' ? '+' : '-'} ${f.path}${f.change === 'added' && f.after ? ` = ${f.after}` : ''}`,
      );
  }
  for (const k of change.secretKeys ?? []) {
    if (k.status === 'unchanged') continue;
    const bytes =
      k.status === 'changed'
        ? `${k.beforeBytes} -> ${k.afterBytes} bytes`
        : `${k.afterBytes ?? k.beforeBytes} bytes`;
    lines.push(`    secret key ${k.key}: ${k.status} (${bytes}; value not shown)`);
  }
  if (unified && change.unifiedDiff)
    lines.push(
      ...change.unifiedDiff
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => `    ${l}`),
    );
  return lines;
}

/** Plain text for terminals and logs. */
export function renderReviewText(report: ReviewReport, options: { unified?: boolean } = {}): string {
  const out: string[] = [];
  for (const s of report.sections) {
    const head = report.sections.length > 1 || s.parity !== undefined ? `${s.name}: ` : '';
    const parity = s.parity === undefined ? '' : s.parity ? 'identical; ' : 'DIFFERS; ';
    out.push(
      `${head}${parity}${s.diff.left.label} -> ${s.diff.right.label}: ${describeCounts(s.diff)}, ${s.diff.unchanged} unchanged`,
    );
    for (const c of s.diff.changes) out.push(...renderChange(c, options.unified ?? false));
  }
  for (const note of report.notes) out.push(`note: ${note}`);
  return out.join('\n') + '\n';
}
