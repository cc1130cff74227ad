import type { MigrationReport } from './migration-report.js';
import type { ParityResult } from './parity.js';

/** Where the parity rules are written down for users (the report lives in their repository, not ours). */
export const PARITY_RULES_URL = 'https://github.com/mmf/actions/blob/v1/docs/PARITY.md';

const cell = (text: string | number) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function parityCell(parity: ParityResult | undefined): string {
  if (!parity) return 'not checked';
  if (parity.identical) return 'identical';
  return `**differs** (${parity.missing.length + parity.unexpected.length + parity.changed.length} resources)`;
}

/** MIGRATION_REPORT.md: what was converted, what was lost, and what to do next. */
export function renderMigrationReport(report: MigrationReport): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  push(`# Migration report: ${report.chart.name} ${report.chart.version}`, '');
  push(
    `Helm chart \`${report.chart.source}\` (release \`${report.release}\`, namespace \`${report.namespace}\`) converted to Kustomize: \`base/\` plus one overlay per environment under \`overlays/\`.`,
    '',
  );
  if (report.parity) {
    push(
      report.parity.identical
        ? `**Parity: ${report.parity.identicalEnvironments}/${report.parity.environments} environments identical** to \`helm template\` ([parity rules](${PARITY_RULES_URL})).`
        : `**Parity: only ${report.parity.identicalEnvironments}/${report.parity.environments} environments identical.** See "Parity" below.`,
      '',
    );
  } else {
    push(
      'Parity was not checked: run again with `--validate` to prove the overlays render what Helm renders.',
      '',
    );
  }
  push('## Tools', '', '| tool | version | found via |', '|---|---|---|');
  push(`| helm | ${report.tools.helm.version} | ${report.tools.helm.source} |`);
  if (report.tools.kustomize)
    push(`| kustomize | ${report.tools.kustomize.version} | ${report.tools.kustomize.source} |`);
  push('', '## Environments', '');
  push(
    '| environment | values | rendered resources | overlay files | overlay lines / rendered lines | patches (strategic / RFC 6902) | parity |',
  );
  push('|---|---|---|---|---|---|---|');
  for (const env of report.environments) {
    push(
      `| ${cell(env.name)} | ${cell(env.valuesFiles.join(', ') || '(chart defaults)')} | ${env.renderedResources} | ${env.overlay.files} | ${env.overlay.lines} / ${env.renderedLines} (${env.overlayRatio}) | ${env.overlay.strategicMergePatches} / ${env.overlay.jsonPatches} | ${parityCell(env.parity)} |`,
    );
  }
  push(
    '',
    `Base: ${report.base.resources} resources in ${report.base.files} files (${report.base.lines} lines)${report.base.environment ? `, written from environment \`${report.base.environment}\` (\`--base-env\`)` : ''}.`,
  );
  if (report.namespaceField)
    push(`Namespace set with Kustomize's \`namespace: ${report.namespaceField}\` field.`);
  push('');
  for (const env of report.environments) {
    const lines: string[] = [];
    if (env.overlay.addedResources.length)
      lines.push(`- only here: ${env.overlay.addedResources.join(', ')}`);
    if (env.overlay.removedResources.length)
      lines.push(`- removed here: ${env.overlay.removedResources.join(', ')}`);
    for (const image of env.overlay.images) lines.push(`- image \`${image.name}\` tag \`${image.newTag}\``);
    for (const r of env.overlay.replicas) lines.push(`- replicas of \`${r.name}\`: ${r.count}`);
    for (const [k, v] of Object.entries(env.overlay.labels))
      lines.push(`- label \`${k}: ${v}\` on every resource`);
    if (lines.length) push(`### ${env.name}`, '', ...lines, '');
  }
  push('## Helm hooks', '');
  if (!report.hooks.length) push('The chart has no hooks.', '');
  else {
    push(
      `Mode: \`${report.hookMode}\`.`,
      '',
      '| resource | Helm events | weight | result | what changes |',
      '|---|---|---|---|---|',
    );
    const seen = new Set<string>();
    for (const h of report.hooks) {
      const row = `| ${cell(h.resource)} | ${cell(h.events.join(', '))} | ${h.weight} | ${h.action} | ${cell(h.lostOrdering)} |`;
      if (!seen.has(row)) push(row);
      seen.add(row);
    }
    push('');
  }
  push('## Volatile fields', '');
  if (!report.render.twice)
    push(
      'No migrated resource comes from a template that calls a random function, so each environment was rendered once.',
      '',
    );
  else if (!report.volatile.length)
    push(`Two renders of ${report.render.renderedTwice.join(', ')} were identical: nothing random.`, '');
  else {
    push(
      "These fields differ between two renders of the same environment (random values, generated certificates). They are volatile in that environment only: an environment that sets a fixed value keeps Helm's exact value there, and parity compares it exactly. Secret values keep the environment's own sample in the git-ignored files; every other volatile string holds a fixed stand-in, so tracked files do not change between runs. Parity compares volatile fields as present. Generate such values at deploy time instead (for example with External Secrets or cert-manager).",
      '',
    );
    for (const v of report.volatile)
      push(`- ${v.environment}: ${v.resource}: ${v.paths.map((p) => `\`${p}\``).join(', ')}`);
    push('');
  }
  push('## Secrets', '');
  if (!report.secrets.length) push('The chart renders no Secrets.', '');
  else {
    push(
      'Every rendered Secret became a `secretGenerator` (same name, no hash suffix) reading files under `overlays/<env>/secrets/`, which the generated `.gitignore` keeps out of git. `kustomize build` reproduces the Secrets locally; in the cluster, provide them from your secret store instead (External Secrets Operator, Sealed Secrets or SOPS) and remove the generator. Values are never shown here.',
      '',
      '| environment | secret | keys (bytes) |',
      '|---|---|---|',
    );
    for (const s of report.secrets)
      push(
        `| ${cell(s.environment)} | ${cell(s.name)} | ${cell(s.keys.map((k) => `${k.name} (${k.bytes})`).join(', ') || '(no data)')} |`,
      );
    push('');
  }
  push('## Warnings', '');
  push(...(report.warnings.length ? report.warnings.map((w) => `- ${w}`) : ['None.']), '');
  const failed = report.environments.filter((e) => e.parity && !e.parity.identical);
  if (failed.length) {
    push('## Parity', '');
    for (const env of failed) {
      const p = env.parity as ParityResult;
      push(`### ${env.name}`, '');
      for (const r of p.missing) push(`- missing from the Kustomize build: ${r}`);
      for (const r of p.unexpected) push(`- only in the Kustomize build: ${r}`);
      for (const c of p.changed)
        push(`- ${c.resource}: ${c.fields.map((f) => `\`${f.path}\` ${f.change}`).join(', ')}`);
      push('');
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
