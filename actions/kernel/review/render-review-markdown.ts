import type { ResourceChange } from '../diff/diff-model.js';
import { countsByKind, describeCounts, verdictOf, type ReviewReport } from './review-report.js';

const VERDICT_TEXT = {
  'no-changes': '✅ No changes to the rendered manifests.',
  changes: '📝 The rendered manifests change (details below).',
  parity: '✅ Parity: every environment renders exactly what Helm renders.',
  'parity-failure': '❌ Parity failure: Kustomize does not reproduce Helm in every environment.',
} as const;

const SYMBOL = { added: '➕', removed: '➖', changed: '✏️', renamed: '🔀' } as const;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Longest run of backticks in `text`, so a fence can be longer. */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  return '`'.repeat(longest + 1);
}

export interface MarkdownBlocks {
  /** Summary: verdict, table per environment and kind. */
  header: string;
  /** One block per changed resource, each self-contained (a `<details>` element). */
  resources: string[];
}

/** The review as Markdown blocks; the comment splitter cuts only between blocks (or inside one too big to fit). */
export function renderReviewMarkdown(report: ReviewReport, title: string): MarkdownBlocks {
  const lines = [`### ${title}`, '', VERDICT_TEXT[verdictOf(report)], ''];
  lines.push(
    '| environment | parity | added | changed | removed | renamed | unchanged |',
    '|---|---|---|---|---|---|---|',
  );
  for (const s of report.sections) {
    const kinds = countsByKind(s.diff);
    const sum = (k: 'added' | 'changed' | 'removed' | 'renamed') => kinds.reduce((n, r) => n + r[k], 0);
    const parity = s.parity === undefined ? '—' : s.parity ? '✅ identical' : '❌ differs';
    lines.push(
      `| ${cell(s.name)} | ${parity} | ${sum('added')} | ${sum('changed')} | ${sum('removed')} | ${sum('renamed')} | ${s.diff.unchanged} |`,
    );
  }
  const kindRows = report.sections.flatMap((s) =>
    countsByKind(s.diff).map(
      (k) =>
        `| ${cell(s.name)} | ${cell(k.kind)} | ${k.added} | ${k.changed} | ${k.removed} | ${k.renamed} |`,
    ),
  );
  if (kindRows.length) {
    lines.push(
      '',
      '<details><summary>Changes per kind</summary>',
      '',
      '| environment | kind | added | changed | removed | renamed |',
      '|---|---|---|---|---|---|',
      ...kindRows,
      '',
      '</details>',
    );
  }
  for (const note of report.notes) lines.push('', `> ${note}`);
  const resources = report.sections.flatMap((s) => s.diff.changes.map((c) => renderResource(s.name, c)));
  return { header: lines.join('\n') + '\n', resources };
}

export function renderResource(environment: string, change: ResourceChange): string {
  const from = change.renamedFrom ? ` (was ${change.renamedFrom.kind}/${change.renamedFrom.name})` : '';
  const summary = `${SYMBOL[change.status]} <b>${environment}</b>: ${change.resource}${from}: ${change.status}`;
  const out = [`<details><summary>${summary}</summary>`, ''];
  if (change.fields.length) {
    out.push('| field | change | before | after |', '|---|---|---|---|');
    for (const f of change.fields.slice(0, 50))
      out.push(`| \`${cell(f.path)}\` | ${f.change} | ${cell(f.before ?? '')} | ${cell(f.after ?? '')} |`);
    if (change.fields.length > 50) out.push(`| … ${change.fields.length - 50} more fields | | | |`);
    out.push('');
  }
  if (change.secretKeys?.length) {
    out.push(
      'Secret keys (values never shown):',
      '',
      '| key | status | bytes before | bytes after |',
      '|---|---|---|---|',
    );
    for (const k of change.secretKeys)
      out.push(`| \`${cell(k.key)}\` | ${k.status} | ${k.beforeBytes ?? ''} | ${k.afterBytes ?? ''} |`);
    out.push('');
  }
  if (change.unifiedDiff) {
    const fence = fenceFor(change.unifiedDiff);
    out.push(`${fence}diff`, change.unifiedDiff.replace(/\n$/, ''), fence, '');
  }
  out.push('</details>', '');
  return out.join('\n');
}

/** One line per environment for logs and check-run titles. */
export function summaryLine(report: ReviewReport): string {
  return report.sections
    .map((s) => `${s.name}: ${s.parity === false ? 'parity failure, ' : ''}${describeCounts(s.diff)}`)
    .join('; ');
}
