import { createHash } from 'node:crypto';
import type { ActionReport, AnnotationLevel } from './action-report.js';

/** One finding of GitLab's `codequality` report (the Code Climate subset GitLab reads). */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end?: number } };
}

const SEVERITY: Record<AnnotationLevel, CodeQualityIssue['severity']> = {
  notice: 'info',
  warning: 'minor',
  failure: 'major',
};

/**
 * The report's annotations as a `codequality` report. Fingerprints hash what
 * a finding is (capability, rule, path, title), not its line or wording, so
 * the merge request widget recognises the same finding in the base and the
 * head pipeline; repeats get a running number so each stays unique.
 */
export function renderCodeQuality(report: ActionReport): CodeQualityIssue[] {
  const seen = new Map<string, number>();
  return report.annotations.map((a) => {
    const identity = [report.capability, a.rule, a.path, a.title].join('\u0000');
    const n = seen.get(identity) ?? 0;
    seen.set(identity, n + 1);
    const fingerprint = createHash('sha256')
      .update(n ? `${identity}\u0000${n}` : identity)
      .digest('hex')
      .slice(0, 32);
    const end = a.endLine !== undefined && a.endLine !== a.startLine ? { end: a.endLine } : {};
    return {
      description: a.message ? `${a.title}: ${a.message}` : a.title,
      check_name: a.rule,
      fingerprint,
      severity: SEVERITY[a.level],
      location: { path: a.path, lines: { begin: a.startLine, ...end } },
    };
  });
}
