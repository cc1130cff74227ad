import type { AnnotationLevel, ReportAnnotation } from './action-report.js';

const RANK: Record<AnnotationLevel, number> = { failure: 0, warning: 1, notice: 2 };

/** GitHub keeps 64 KB of an annotation's message; merged ones stop well before. */
const MESSAGE_LIMIT = 16_000;

export interface MergedAnnotations {
  annotations: ReportAnnotation[];
  /** Annotations dropped by the cap (after merging). */
  omitted: number;
}

/**
 * One annotation per file and line: findings on the same lines are merged
 * (the most severe level, the first title with a count, every message), then
 * at most `max` are kept, failures first. A run that changes 400 resources
 * from one values file thus posts one annotation there, not 400.
 */
export function mergeAnnotations(annotations: readonly ReportAnnotation[], max: number): MergedAnnotations {
  const groups = new Map<string, ReportAnnotation[]>();
  for (const a of annotations) {
    const key = `${a.path}\u0000${a.startLine}\u0000${a.endLine ?? a.startLine}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const merged = [...groups.values()].map((group): ReportAnnotation => {
    const [first] = group as [ReportAnnotation, ...ReportAnnotation[]];
    if (group.length === 1) return first;
    const level = group.reduce((l, a) => (RANK[a.level] < RANK[l] ? a.level : l), first.level);
    let message = '';
    let shown = 0;
    for (const a of group) {
      const entry = `${a.title}${a.message ? `\n${a.message}` : ''}`;
      if (message.length + entry.length + 2 > MESSAGE_LIMIT) break;
      message += (message ? '\n\n' : '') + entry;
      shown++;
    }
    if (shown < group.length) message += `\n\n… and ${group.length - shown} more`;
    const rules = new Set(group.map((a) => a.rule));
    return {
      ...first,
      level,
      title: `${first.title} (and ${group.length - 1} more on this line)`,
      message,
      rule: rules.size === 1 ? first.rule : 'multiple',
    };
  });
  const ordered = merged
    .map((a, i) => ({ a, i }))
    .sort((x, y) => RANK[x.a.level] - RANK[y.a.level] || x.i - y.i)
    .map((x) => x.a);
  return { annotations: ordered.slice(0, Math.max(0, max)), omitted: Math.max(0, ordered.length - max) };
}
