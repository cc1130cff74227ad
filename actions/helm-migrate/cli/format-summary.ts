import { MmfError } from '../../kernel/errors.js';
import type { ConvertResult } from '../convert-chart.js';

/** The human summary printed at the end of a conversion. */
export function formatConvertSummary(result: ConvertResult): string {
  const { report } = result;
  const lines = [
    `Wrote ${result.output}: base (${report.base.environment ? `from ${report.base.environment}, ` : ''}${report.base.resources} resources) + ${report.environments.length} overlay(s)`,
  ];
  for (const env of report.environments) {
    const verdict = env.parity ? (env.parity.identical ? 'identical' : 'DIFFERS') : 'not validated';
    lines.push(
      `  ${env.name}: ${env.renderedResources} resources, overlay ${env.overlay.lines} lines (${Math.round(env.overlayRatio * 1000) / 10}% of render), ${verdict}`,
    );
    const p = env.parity;
    if (p && !p.identical) {
      for (const r of p.missing) lines.push(`    missing: ${r}`);
      for (const r of p.unexpected) lines.push(`    unexpected: ${r}`);
      for (const c of p.changed)
        for (const f of c.fields) lines.push(`    ${c.resource}: ${f.path} ${f.change}`);
    }
  }
  if (report.hooks.length)
    lines.push(`Hooks: ${report.hooks.map((h) => `${h.resource} (${h.action})`).join(', ')}`);
  if (report.volatile.length) {
    // One entry per resource and paths, with the environments where they are volatile.
    const envsOf = new Map<string, string[]>();
    for (const v of report.volatile) {
      const key = `${v.resource} ${v.paths.join(', ')}`;
      envsOf.set(key, [...(envsOf.get(key) ?? []), v.environment]);
    }
    lines.push(`Volatile fields: ${[...envsOf].map(([k, envs]) => `${k} (${envs.join(', ')})`).join('; ')}`);
  }
  if (report.secrets.length)
    lines.push(
      `Secrets: ${report.secrets.length} secretGenerator(s); values in git-ignored overlays/*/secrets/`,
    );
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  lines.push(`Report: ${result.output}/MIGRATION_REPORT.md`);
  if (report.parity)
    lines.push(`parity: ${report.parity.identicalEnvironments}/${report.parity.environments} environments`);
  return lines.join('\n') + '\n';
}

/** The E_PARITY error printed on stderr when --validate found differences (exit 3). */
export function parityError(result: ConvertResult): MmfError {
  const differing = result.report.environments
    .filter((e) => e.parity && !e.parity.identical)
    .map((e) => e.name);
  const total = result.report.environments.length;
  return new MmfError(
    'E_PARITY',
    `${differing.length} of ${total} environments differ from helm template: ${differing.join(', ')}`,
    {
      file: result.output,
      hint: `${result.output}/MIGRATION_REPORT.md ("Parity") lists the differing resources and field paths`,
    },
  );
}
