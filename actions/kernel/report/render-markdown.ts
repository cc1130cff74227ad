import type { ActionReport, Conclusion, ReportBlock, ReportCell, ReportSection } from './action-report.js';

/** Marks of a conclusion on Markdown surfaces. */
export const CONCLUSION_ICON: Record<Conclusion, string> = {
  success: '✅',
  failure: '❌',
  neutral: '📝',
  skipped: '⏭️',
};

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text inside HTML elements (`<summary>`): entities only, Markdown is not interpreted there. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML[c] as string);
}

/** Plain text in Markdown: no HTML, links, emphasis, code or table cells can be smuggled in. */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** Inline code whose delimiters outnumber any backtick run inside it. */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = longest > 0 || flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** A fence longer than any backtick run in `text`, so the text cannot close it. */
export function fenceFor(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  return '`'.repeat(longest + 1);
}

function cell(value: ReportCell): string {
  if (typeof value === 'object') return inlineCode(value.code).replace(/\|/g, '\\|');
  return escapeMarkdown(String(value)).replace(/\r?\n/g, ' ');
}

function renderBlock(block: ReportBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'list':
      return block.items.map((item) => `- ${escapeMarkdown(item).replace(/\r?\n/g, ' ')}`).join('\n');
    case 'table':
      return [
        `| ${block.columns.map(cell).join(' | ')} |`,
        `|${block.columns.map(() => '---').join('|')}|`,
        ...block.rows.map((row) => `| ${block.columns.map((_, i) => cell(row[i] ?? '')).join(' | ')} |`),
      ].join('\n');
    case 'code': {
      const text = block.text.replace(/\n$/, '');
      const fence = fenceFor(text);
      return `${fence}${(block.language ?? '').replace(/[^\w+-]/g, '')}\n${text}\n${fence}`;
    }
    case 'details':
      return [
        `<details><summary>${escapeHtml(block.summary).replace(/\r?\n/g, ' ')}</summary>`,
        '',
        ...block.blocks.map((b) => `${renderBlock(b)}\n`),
        '</details>',
      ].join('\n');
  }
}

function titleLine(report: ActionReport, level: number): string {
  const hashes = '#'.repeat(level);
  const at = report.subject ? report.title.lastIndexOf(report.subject) : -1;
  if (at < 0) return `${hashes} ${escapeMarkdown(report.title)}`;
  // The subject (a path, a package) reads best as code.
  const before = report.title.slice(0, at);
  const after = report.title.slice(at + report.subject.length);
  return `${hashes} ${escapeMarkdown(before)}${inlineCode(report.subject)}${escapeMarkdown(after)}`;
}

function sectionBlocks(section: ReportSection, level: number): string[] {
  const out = section.blocks.map(renderBlock);
  if (!section.title || !out.length) return out;
  const icon = section.conclusion ? `${CONCLUSION_ICON[section.conclusion]} ` : '';
  out[0] = `${'#'.repeat(level)} ${icon}${escapeMarkdown(section.title)}\n\n${out[0]}`;
  return out;
}

export interface MarkdownOptions {
  /** Heading level of the title (sections get one more). Default 3. */
  headingLevel?: number;
}

/**
 * The report as Markdown blocks for a PR/MR comment or a job summary: first
 * the title, headline, numbers and notes, then one block per section block
 * (a section's heading rides on its first block). Comment splitters cut only
 * between blocks, or inside one too big for a comment on its own.
 */
export function renderReportMarkdown(report: ActionReport, options: MarkdownOptions = {}): string[] {
  const level = options.headingLevel ?? 3;
  const head = [
    titleLine(report, level),
    '',
    `${CONCLUSION_ICON[report.conclusion]} ${escapeMarkdown(report.headline)}`,
  ];
  if (report.summary.length)
    head.push(
      '',
      report.summary
        .map((m) => `${escapeMarkdown(m.label)}: **${escapeMarkdown(`${m.value}${m.unit ?? ''}`)}**`)
        .join(' · '),
    );
  for (const note of report.notes) head.push('', `> ${escapeMarkdown(note).replace(/\r?\n/g, ' ')}`);
  const blocks = [head.join('\n') + '\n'];
  for (const section of report.sections)
    blocks.push(...sectionBlocks(section, level + 1).map((b) => `${b}\n`));
  return blocks;
}
