/**
 * The configuration migrator's report: which values keys became what, which
 * are left to other tools, which nobody understood, and the defaults chosen.
 * One model for config-report.json and MIGRATION_CONFIG_REPORT.md. Values
 * are never copied here except scalars the migrator itself read (modes,
 * ports, intervals): no secret is ever read, so none can leak.
 */
import type { DefaultUse } from './config-settings.js';
import type { KeyElsewhere, KeyUnknown } from './values-keys.js';
import type { ComponentName, KeyUse } from './values-reader.js';

export interface ComponentReport {
  name: ComponentName;
  /** Relative to the output folder: components/<name>. */
  path: string;
  generated: boolean;
  /** Why it was not generated. */
  reason?: string;
  resources: string[];
  patches: string[];
}

export interface ConfigReport {
  serviceName: string;
  /** The app.kubernetes.io/name value selectors match. */
  selectorName: string;
  valuesFiles: string[];
  /** The values shapes recognised: marty-legacy, marty-standard, helm-create. */
  shapes: string[];
  components: ComponentReport[];
  podSecurityLevel?: string;
  keys: { used: KeyUse[]; elsewhere: KeyElsewhere[]; unknown: KeyUnknown[] };
  defaults: DefaultUse[];
  notes: string[];
}

export function renderConfigReport(r: ConfigReport): string {
  const out: string[] = [];
  const generated = r.components.filter((c) => c.generated);
  out.push(`# Configuration migration: ${r.serviceName}`, '');
  out.push(
    `Values: ${r.valuesFiles.map(code).join(', ')} (merged in this order, as helm does)` +
      (r.shapes.length ? `; recognised shapes: ${r.shapes.join(', ')}.` : '.'),
    `Selectors match \`app.kubernetes.io/name: ${r.selectorName}\`; patches name the Deployment and Service \`${r.serviceName}\`.`,
    '',
  );
  if (r.keys.unknown.length) {
    out.push(
      `> **${r.keys.unknown.length} values key(s) not understood** and not migrated: ` +
        `${r.keys.unknown.map((k) => code(k.key)).join(', ')}. See "Not understood" below.`,
      '',
    );
  }
  out.push('## Components', '');
  if (generated.length) {
    out.push(
      'Add the ones you want to an overlay (paths relative to `overlays/<env>/`):',
      '',
      '```yaml',
      'components:',
    );
    for (const c of generated) out.push(`  - ../../${c.path}`);
    out.push('```', '');
  }
  for (const c of r.components) {
    out.push(`### ${c.name}${c.generated ? '' : ' (not generated)'}`, '');
    if (!c.generated) {
      out.push(c.reason ?? '', '');
      continue;
    }
    for (const res of c.resources) out.push(`- adds ${code(res)}`);
    for (const p of c.patches) out.push(`- patches ${p}`);
    out.push('');
  }
  if (r.podSecurityLevel)
    out.push(`Pod Security Admission: enforce \`${r.podSecurityLevel}\`, audit and warn \`restricted\`.`, '');

  out.push('## Values keys used', '');
  if (r.keys.used.length) {
    out.push('| Key | Component | Used for | Applied |', '| --- | --- | --- | --- |');
    for (const u of r.keys.used) {
      const value = u.value === undefined ? '' : ` = ${u.value === '' ? '`""`' : code(String(u.value))}`;
      out.push(
        `| ${code(u.key)}${value} | ${u.component} | ${cell(u.use)} | ${u.applied ? 'yes' : 'no (feature off)'} |`,
      );
    }
  } else out.push('None.');
  out.push('');

  out.push('## Not understood', '');
  if (r.keys.unknown.length) {
    out.push(
      'The migrator does not know these keys; nothing was generated from them. Check for typos, or carry them over by hand:',
      '',
    );
    for (const k of r.keys.unknown) out.push(`- ${code(k.key)}${k.from ? ` (from ${code(k.from)})` : ''}`);
  } else out.push('Every values key was understood.');
  out.push('');

  out.push('## Handled elsewhere', '');
  if (r.keys.elsewhere.length) {
    out.push('Understood, and left to the tools that carry the workload itself:', '');
    const byReason = new Map<string, string[]>();
    for (const k of r.keys.elsewhere) byReason.set(k.reason, [...(byReason.get(k.reason) ?? []), k.key]);
    for (const [reason, keys] of byReason) out.push(`- ${reason}: ${keys.map(code).join(', ')}`);
  } else out.push('None.');
  out.push('');

  if (r.defaults.length) {
    out.push('## Defaults chosen', '', '| Component | Setting | Value | Why |', '| --- | --- | --- | --- |');
    for (const d of r.defaults)
      out.push(`| ${d.component} | ${cell(d.setting)} | ${cell(d.value)} | ${cell(d.why)} |`);
    out.push('');
  }
  if (r.notes.length) {
    out.push('## Notes', '');
    for (const n of r.notes) out.push(`- ${n}`);
    out.push('');
  }
  return out.join('\n');
}

function code(text: string): string {
  return '`' + text.replace(/`/g, "'").replace(/\|/g, '\\|') + '`';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
