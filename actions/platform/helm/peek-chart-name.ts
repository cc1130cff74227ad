import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A top-level `name:` line of Chart.yaml, plain or quoted, with an optional comment. */
const NAME_LINE = /^name:[ \t]*(["']?)([A-Za-z0-9][-A-Za-z0-9_.]*)\1[ \t]*(?:#.*)?$/gm;

/**
 * The chart's name from its Chart.yaml, read without a YAML parser, when the
 * file is a plain file (not a link) of ordinary size with exactly one
 * top-level `name:` line; else undefined. A guess made before the chart is
 * opened: whatever uses it checks it against the parsed Chart.yaml.
 */
export async function peekChartName(chartDir: string): Promise<string | undefined> {
  const file = join(chartDir, 'Chart.yaml');
  const info = await lstat(file).catch(() => undefined);
  if (!info?.isFile() || info.size > 64 * 1024) return undefined;
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const names = [...(text ?? '').matchAll(NAME_LINE)].map((m) => m[2]);
  return names.length === 1 ? names[0] : undefined;
}
