import type { ActionReport, ReportBlock, ReportCell, ReportMetric } from './action-report.js';

const CONCLUSION_MARK = { success: 'ok', failure: 'FAILED', neutral: 'note', skipped: 'skipped' } as const;

function metric(m: ReportMetric): string {
  return `${m.label}: ${m.value}${m.unit ?? ''}`;
}

const cellText = (c: ReportCell): string => (typeof c === 'object' ? c.code : String(c));

function table(columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<ReportCell>>): string[] {
  const cells = [columns, ...rows.map((r) => r.map(cellText))];
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
    const body = section.blocks.flatMap(blockLines);
    if (section.title) lines.push('', `${section.title}${mark}`, ...body.map((l) => `  ${l}`));
    else lines.push('', ...body);
  }
  for (const note of report.notes) lines.push('', `note: ${note}`);
  return lines.join('\n') + '\n';
}
