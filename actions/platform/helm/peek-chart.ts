import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RandomTemplates, scanTemplates, type TemplateSource } from '../../kernel/helm/random-templates.js';

/** A top-level `name:` line of Chart.yaml, plain or quoted, with an optional comment. */
const NAME_LINE = /^name:[ \t]*(["']?)([A-Za-z0-9][-A-Za-z0-9_.]*)\1[ \t]*(?:#.*)?$/gm;
const MAX_PEEKED_BYTES = 1024 * 1024;

/** What a quick look at a chart folder suggests, before the chart is checked and opened. */
export interface ChartPeek {
  /** From the one top-level `name:` line of a plain Chart.yaml. */
  name: string;
  /** The chart's own plain template files make a second render likely (RandomTemplates). */
  likelyNeedsSecondRender: boolean;
}

/**
 * Looks at a chart folder without a YAML parser and without following a
 * single symbolic link: only plain files directly under it (Chart.yaml) and
 * under its templates/ folder are read, up to 1 MiB in all, so nothing
 * outside the folder is. Undefined unless Chart.yaml is a plain file with
 * exactly one top-level `name:` line. A guess: whatever uses it checks it
 * against the opened chart.
 */
export async function peekChart(chartDir: string): Promise<ChartPeek | undefined> {
  const name = await peekName(join(chartDir, 'Chart.yaml'));
  if (name === undefined) return undefined;
  const templatesDir = join(chartDir, 'templates');
  const info = await lstat(templatesDir).catch(() => undefined);
  const entries = info?.isDirectory()
    ? await readdir(templatesDir, { withFileTypes: true, recursive: true }).catch(() => [])
    : [];
  const sources: TemplateSource[] = [];
  let bytes = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue; // links (and what they lead to) are left to the checks
    // parentPath from Node 20.12 on; `path` before.
    const file = join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    const size = (await lstat(file).catch(() => undefined))?.size ?? Infinity;
    if ((bytes += size) > MAX_PEEKED_BYTES) break;
    const text = await readFile(file, 'utf8').catch(() => undefined);
    const rel = file
      .slice(templatesDir.length + 1)
      .split('\\')
      .join('/');
    if (text !== undefined) sources.push({ name: `${name}/templates/${rel}`, chart: name, text });
  }
  const likelyNeedsSecondRender = new RandomTemplates(scanTemplates(sources), false).likelyNeedsSecondRender;
  return { name, likelyNeedsSecondRender };
}

async function peekName(file: string): Promise<string | undefined> {
  const info = await lstat(file).catch(() => undefined);
  if (!info?.isFile() || info.size > 64 * 1024) return undefined;
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const names = [...(text ?? '').matchAll(NAME_LINE)].map((m) => m[2]);
  return names.length === 1 ? names[0] : undefined;
}
