import type { ResourceChange } from '../diff/diff-model.js';
import type { ReportBlock, ReportMetric, ReportSection } from '../report/action-report.js';
import { changedResources, countsByKind, type ReviewReport, type Verdict } from './review-report.js';

/** What a review found, one line (surfaces add their own mark). */
export const VERDICT_HEADLINE: Record<Verdict, string> = {
  'no-changes': 'No changes to the rendered manifests.',
  changes: 'The rendered manifests change (details below).',
  parity: 'Parity: every environment renders exactly what Helm renders.',
  'parity-failure': 'Parity failure: Kustomize does not reproduce Helm in every environment.',
};

const SYMBOL = { added: '➕', removed: '➖', changed: '✏️', renamed: '🔀' } as const;

/** Field rows shown per resource; the rest are counted. */
export const FIELD_ROWS = 50;

const sum = (
  kinds: ReturnType<typeof countsByKind>,
  status: 'added' | 'changed' | 'removed' | 'renamed',
): number => kinds.reduce((n, k) => n + k[status], 0);

/** The lead section: one row per environment, then the counts per kind (collapsed). */
export function reviewOverview(report: ReviewReport): ReportSection {
  const rows = report.sections.map((s) => {
    const kinds = countsByKind(s.diff);
    const parity = s.parity === undefined ? '—' : s.parity ? '✅ identical' : '❌ differs';
    return [
      s.name,
      parity,
      sum(kinds, 'added'),
      sum(kinds, 'changed'),
      sum(kinds, 'removed'),
      sum(kinds, 'renamed'),
      s.diff.unchanged,
    ];
  });
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      columns: ['environment', 'parity', 'added', 'changed', 'removed', 'renamed', 'unchanged'],
      rows,
    },
  ];
  const kindRows = report.sections.flatMap((s) =>
    countsByKind(s.diff).map((k) => [s.name, k.kind, k.added, k.changed, k.removed, k.renamed]),
  );
  if (kindRows.length)
    blocks.push({
      kind: 'details',
      summary: 'Changes per kind',
      blocks: [
        {
          kind: 'table',
          columns: ['environment', 'kind', 'added', 'changed', 'removed', 'renamed'],
          rows: kindRows,
        },
      ],
    });
  return { id: 'environments', title: '', blocks };
}

/** One collapsed block per changed resource: its field changes, Secret key names (never values), the diff. */
export function resourceDetails(environment: string, change: ResourceChange): ReportBlock {
  const from = change.renamedFrom ? ` (was ${change.renamedFrom.kind}/${change.renamedFrom.name})` : '';
  const blocks: ReportBlock[] = [];
  if (change.fields.length) {
    const rows = change.fields
      .slice(0, FIELD_ROWS)
      .map((f) => [{ code: f.path }, f.change, f.before ?? '', f.after ?? '']);
    if (change.fields.length > FIELD_ROWS)
      rows.push([`… ${change.fields.length - FIELD_ROWS} more fields`, '', '', '']);
    blocks.push({ kind: 'table', columns: ['field', 'change', 'before', 'after'], rows });
  }
  if (change.secretKeys?.length) {
    blocks.push(
      { kind: 'paragraph', text: 'Secret keys (values never shown):' },
      {
        kind: 'table',
        columns: ['key', 'status', 'bytes before', 'bytes after'],
        rows: change.secretKeys.map((k) => [
          { code: k.key },
          k.status,
          k.beforeBytes ?? '',
          k.afterBytes ?? '',
        ]),
      },
    );
  }
  if (change.unifiedDiff) blocks.push({ kind: 'code', language: 'diff', text: change.unifiedDiff });
  return {
    kind: 'details',
    summary: `${SYMBOL[change.status]} ${environment}: ${change.resource}${from}: ${change.status}`,
    blocks,
  };
}

/** One section per environment that changes, holding its resources. */
export function environmentSections(report: ReviewReport): ReportSection[] {
  return report.sections
    .filter((s) => s.diff.changes.length)
    .map((s) => ({
      id: `env:${s.name}`,
      title: s.name,
      ...(s.parity === undefined
        ? {}
        : { conclusion: s.parity ? ('success' as const) : ('failure' as const) }),
      blocks: s.diff.changes.map((c) => resourceDetails(s.name, c)),
    }));
}

export function reviewMetrics(report: ReviewReport): ReportMetric[] {
  const metrics: ReportMetric[] = [
    { label: 'environments', value: report.sections.length },
    { label: 'changed resources', value: changedResources(report) },
  ];
  if (report.sections.some((s) => s.parity !== undefined))
    metrics.push({
      label: 'parity',
      value: `${report.sections.filter((s) => s.parity).length}/${report.sections.length}`,
    });
  return metrics;
}
