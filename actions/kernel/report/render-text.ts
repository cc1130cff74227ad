import type { ActionReport, ReportBlock, ReportMetric } from './action-report.js';

const CONCLUSION_MARK = { success: 'ok', failure: 'FAILED', neutral: 'note', skipped: 'skipped' } as const;

function metric(m: ReportMetric): string {
  return `${m.label}: ${m.value}${m.unit ?? ''}`;
}

function table(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string[] {
  const cells = [columns, ...rows.map((r) => r.map(String))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

function blockLines(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items.map((i) => `- ${i}`);
    case 'table':
      return table(block.columns, block.rows);
    case 'code':
      return block.text.replace(/\n$/, '').split('\n');
    case 'details':
      return [`${block.summary}:`, ...block.blocks.flatMap(blockLines).map((l) => `  ${l}`)];
  }
}

/** The report for a terminal: headline, numbers, then each section indented. */
export function renderReportText(report: ActionReport): string {
  const lines = [`${report.title}: ${CONCLUSION_MARK[report.conclusion]}`, report.headline];
  if (report.summary.length) lines.push(report.summary.map(metric).join(', '));
  for (const section of report.sections) {
    const mark = section.conclusion ? ` [${CONCLUSION_MARK[section.conclusion]}]` : '';
    lines.push('', `${section.title}${mark}`, ...section.blocks.flatMap(blockLines).map((l) => `  ${l}`));
  }
  for (const note of report.notes) lines.push('', `note: ${note}`);
  return lines.join('\n') + '\n';
}
