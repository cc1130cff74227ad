import type { ActionReport } from './action-report.js';

export const REDACTED = '***';

/** Secrets shorter than this are not searched for: they would shred ordinary words. */
export const MIN_SECRET_LENGTH = 4;

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function redactor(secrets: readonly string[]): (text: string) => string {
  const needles = [
    ...new Set(
      secrets
        .filter((s) => s.length >= MIN_SECRET_LENGTH)
        .flatMap((s) => [s, base64(s), base64(s).replace(/=+$/, ''), encodeURIComponent(s)]),
    ),
  ]
    .filter((n) => n.length >= MIN_SECRET_LENGTH)
    // Longest first, so a secret that contains another is replaced whole.
    .sort((a, b) => b.length - a.length);
  return (text) => needles.reduce((out, n) => (out.includes(n) ? out.split(n).join(REDACTED) : out), text);
}

function walk(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, redact));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), walk(v, redact)]));
  return value;
}

/**
 * A copy of the report in which every string (headline, blocks, annotations,
 * outputs, notes and the machine-readable result) has each secret, and its
 * base64 and URL encodings, replaced by `***`. Runs before any renderer.
 */
export function redactReport<R>(report: ActionReport<R>, secrets: readonly string[]): ActionReport<R> {
  if (!secrets.some((s) => s.length >= MIN_SECRET_LENGTH)) return report;
  return walk(report, redactor(secrets)) as ActionReport<R>;
}
