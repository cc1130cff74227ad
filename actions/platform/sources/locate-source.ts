import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { safeStem } from '../../kernel/k8s/file-names.js';
import type { ResourceChange } from '../../kernel/diff/diff-model.js';

export interface SourceLocation {
  /** Relative to the workspace, with forward slashes. */
  path: string;
  line: number;
}

export interface LocateContext {
  workspace: string;
  chartDir: string;
  /** The Kustomize tree (its overlays/<env> and base/). */
  output?: string;
  environment: string;
  /** diff mode: files the change touched (workspace-relative) and this environment's values files. */
  changedFiles?: ReadonlySet<string>;
  valuesFiles?: readonly string[];
}

async function lineOf(file: string, pattern: RegExp): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const index = text.split('\n').findIndex((l) => pattern.test(l));
  return index < 0 ? 1 : index + 1;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The file (and line) a reviewer should look at for a changed resource: the
 * overlay patch or resource file that produces it, else the base file, else
 * the chart template helm named in `# Source:`.
 */
export async function locateChange(
  change: ResourceChange,
  ctx: LocateContext,
): Promise<SourceLocation | undefined> {
  const found = await locateProducer(change, ctx);
  // When the template or overlay file did not change but a values file did, the values file caused it.
  if (ctx.changedFiles && (!found || !ctx.changedFiles.has(found.path))) {
    for (const file of ctx.valuesFiles ?? []) {
      const rel = relative(ctx.workspace, file).split(sep).join('/');
      if (ctx.changedFiles.has(rel)) return { path: rel, line: 1 };
    }
  }
  return found;
}

async function locateProducer(
  change: ResourceChange,
  ctx: LocateContext,
): Promise<SourceLocation | undefined> {
  const stem = `${safeStem(change.id.kind)}-${safeStem(change.id.name)}.yaml`;
  const name = new RegExp(`^\\s*name:\\s*["']?${escape(change.id.name)}["']?\\s*$`);
  const candidates: string[] = [];
  if (ctx.output) {
    const overlay = join(ctx.output, 'overlays', ctx.environment);
    candidates.push(
      join(overlay, 'patches', stem),
      join(overlay, 'patches', `delete-${stem}`),
      join(overlay, stem),
      join(ctx.output, 'base', stem),
    );
  }
  for (const source of [change.sources.right, change.sources.left]) {
    if (!source) continue;
    // helm: "<chart>/templates/x.yaml" (subcharts: "<chart>/charts/<sub>/templates/x.yaml")
    const parts = source.split('/');
    if (parts.length > 1 && parts.includes('templates'))
      candidates.push(join(ctx.chartDir, ...parts.slice(1)));
    else candidates.push(source);
  }
  if (ctx.output) candidates.push(join(ctx.output, 'overlays', ctx.environment, 'kustomization.yaml'));
  for (const file of candidates) {
    const line = await lineOf(file, name);
    if (line !== undefined) {
      const rel = relative(ctx.workspace, file);
      if (!rel.startsWith('..')) return { path: rel.split(sep).join('/'), line };
    }
  }
  return undefined;
}
