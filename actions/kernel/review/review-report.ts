import type { ManifestDiff } from '../diff/diff-model.js';
import { countByStatus } from '../diff/diff-model.js';

/** One environment's (or one comparison's) result. */
export interface ReviewSection {
  name: string;
  diff: ManifestDiff;
  /** With validate/convert: whether Kustomize reproduces Helm exactly. */
  parity?: boolean;
}

/** The one report model behind the PR comment, the check run, the job summary and the CLI. */
export interface ReviewReport {
  /** What is reviewed, e.g. the chart path. */
  subject: string;
  mode: 'convert' | 'validate' | 'diff';
  sections: ReviewSection[];
  notes: string[];
}

export type Verdict = 'no-changes' | 'changes' | 'parity' | 'parity-failure';

export function verdictOf(report: ReviewReport): Verdict {
  if (report.sections.some((s) => s.parity === false)) return 'parity-failure';
  if (report.sections.some((s) => s.parity === true)) return 'parity';
  return report.sections.some((s) => s.diff.changes.length) ? 'changes' : 'no-changes';
}

export function changedResources(report: ReviewReport): number {
  return report.sections.reduce((n, s) => n + s.diff.changes.length, 0);
}

export interface KindCounts {
  kind: string;
  added: number;
  changed: number;
  removed: number;
  renamed: number;
}

/** Added/changed/removed/renamed per kind, for the summary table. */
export function countsByKind(diff: ManifestDiff): KindCounts[] {
  const rows = new Map<string, KindCounts>();
  for (const c of diff.changes) {
    const row = rows.get(c.id.kind) ?? { kind: c.id.kind, added: 0, changed: 0, removed: 0, renamed: 0 };
    row[c.status]++;
    rows.set(c.id.kind, row);
  }
  return [...rows.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}

export function describeCounts(diff: ManifestDiff): string {
  const c = countByStatus(diff);
  const parts = (['added', 'changed', 'removed', 'renamed'] as const)
    .filter((k) => c[k])
    .map((k) => `${c[k]} ${k}`);
  return parts.length ? parts.join(', ') : 'no changes';
}
