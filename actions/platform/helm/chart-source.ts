import { rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { MmfError } from '../../kernel/errors.js';
import { isObject } from '../../kernel/json.js';
import { parseYamlDocuments } from '../../kernel/yaml-codec.js';
import { assertNoEscapingEntries, assertResolvesInside } from '../fs/link-guard.js';
import { onExit } from '../process/exit-cleanup.js';
import { runCommand } from '../process/run-command.js';

export interface ChartInfo {
  /** The chart directory helm renders (unpacked when the input was a .tgz). */
  dir: string;
  name: string;
  version: string;
  appVersion?: string;
  /** Template features that affect how the render can be trusted. */
  usesLookup: boolean;
  usesCapabilities: boolean;
  usesRandomness: boolean;
  /** Removes the unpacked copy of a packaged chart. */
  cleanup(): Promise<void>;
}

const RANDOM_FUNCTIONS =
  /\b(randAlphaNum|randAlpha|randNumeric|randAscii|randBytes|randInt|uuidv4|genCA|genCAWithKey|genPrivateKey|genSelfSignedCert|genSelfSignedCertWithKey|genSignedCert|genSignedCertWithKey|htpasswd|bcrypt|now|shuffle)\b/;

export interface OpenChartOptions {
  /**
   * The folder a chart path that is (or passes through) a symbolic link must
   * resolve inside: the workspace. Default: the current directory.
   */
  root?: string;
}

/**
 * Opens a chart given as a directory or a packaged .tgz, refuses one that
 * holds a symbolic link leading outside the chart (or a device file), reads
 * Chart.yaml, checks that declared dependencies are vendored, and scans the
 * templates of the chart and its subcharts for lookup(), .Capabilities and
 * random values.
 */
export async function openChart(chartPath: string, options: OpenChartOptions = {}): Promise<ChartInfo> {
  let info;
  try {
    info = await stat(chartPath);
  } catch {
    throw new MmfError('E_CHART_NOT_FOUND', 'chart does not exist', {
      file: chartPath,
      hint: 'pass --chart <chart directory or packaged .tgz>',
    });
  }
  await assertResolvesInside(chartPath, options.root ?? process.cwd(), 'the chart');
  if (info.isDirectory()) {
    await assertNoEscapingEntries(chartPath);
    return inspect(chartPath, async () => {});
  }
  if (!chartPath.endsWith('.tgz') && !chartPath.endsWith('.tar.gz')) {
    throw new MmfError('E_CHART_NOT_FOUND', 'is neither a chart directory nor a packaged chart (.tgz)', {
      file: chartPath,
    });
  }
  const temp = await mkdtemp(join(tmpdir(), 'mmf-chart-'));
  const forget = onExit(() => rmSync(temp, { recursive: true, force: true }));
  const cleanup = async () => {
    await rm(temp, { recursive: true, force: true });
    forget();
  };
  // GNU and BSD tar refuse members with absolute or `..` paths; links are checked after unpacking.
  const untar = await runCommand('tar', ['-xzf', chartPath, '-C', temp, '--no-same-owner']);
  if (untar.exitCode !== 0) {
    await cleanup();
    throw new MmfError('E_CHART_YAML', `cannot unpack the chart archive: ${untar.stderr.trim()}`, {
      file: chartPath,
    });
  }
  const entries = (await readdir(temp, { withFileTypes: true })).filter((e) => e.isDirectory());
  if (entries.length !== 1) {
    await cleanup();
    throw new MmfError('E_CHART_YAML', 'a packaged chart must hold exactly one top-level folder', {
      file: chartPath,
    });
  }
  const dir = join(temp, (entries[0] as { name: string }).name);
  try {
    await assertNoEscapingEntries(temp, chartPath);
  } catch (err) {
    await cleanup();
    throw err;
  }
  return inspect(dir, cleanup, chartPath);
}

async function readChartYaml(dir: string, shownAs: string) {
  const file = join(dir, 'Chart.yaml');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new MmfError('E_CHART_YAML', 'Chart.yaml is missing', {
      file: shownAs,
      hint: 'point --chart at the folder that holds Chart.yaml',
    });
  }
  let doc;
  try {
    doc = parseYamlDocuments(text, join(shownAs, 'Chart.yaml'))[0]?.value;
  } catch (err) {
    if (err instanceof MmfError)
      throw new MmfError('E_CHART_YAML', err.message, { file: join(shownAs, 'Chart.yaml') });
    throw err;
  }
  if (!isObject(doc) || typeof doc.name !== 'string' || doc.version === undefined) {
    throw new MmfError('E_CHART_YAML', 'Chart.yaml must define at least `name` and `version`', {
      file: join(shownAs, 'Chart.yaml'),
    });
  }
  return doc;
}

async function inspect(dir: string, cleanup: () => Promise<void>, shownAs = dir): Promise<ChartInfo> {
  try {
    const chart = await readChartYaml(dir, shownAs);
    await checkDependencies(dir, chart, shownAs);
    const scan = { usesLookup: false, usesCapabilities: false, usesRandomness: false };
    await scanTemplates(dir, scan);
    return {
      dir,
      name: chart.name as string,
      version: String(chart.version),
      ...(chart.appVersion !== undefined ? { appVersion: String(chart.appVersion) } : {}),
      ...scan,
      cleanup,
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

async function checkDependencies(
  dir: string,
  chart: Record<string, unknown>,
  shownAs: string,
): Promise<void> {
  const deps = Array.isArray(chart.dependencies) ? chart.dependencies.filter(isObject) : [];
  if (!deps.length) return;
  const vendored = new Set<string>();
  const chartsDir = join(dir, 'charts');
  const entries = await readdir(chartsDir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isDirectory()) {
      const sub = await readFile(join(chartsDir, entry.name, 'Chart.yaml'), 'utf8').catch(() => undefined);
      const name = sub ? /^name:\s*["']?([^"'\s#]+)/m.exec(sub)?.[1] : undefined;
      if (name) vendored.add(name);
    } else if (entry.name.endsWith('.tgz')) {
      vendored.add(basename(entry.name, '.tgz').replace(/-v?\d+\.\d+\.\d+.*$/, ''));
    }
  }
  const missing = deps.map((d) => String(d.name)).filter((name) => !vendored.has(name));
  if (missing.length) {
    throw new MmfError(
      'E_DEPENDENCIES_MISSING',
      `dependencies declared in Chart.yaml are not vendored in charts/: ${missing.join(', ')}`,
      {
        file: join(shownAs, 'Chart.yaml'),
        hint: `run \`helm dependency build ${shownAs}\` (with network access to the chart repositories), then convert again`,
      },
    );
  }
}

async function scanTemplates(
  dir: string,
  scan: { usesLookup: boolean; usesCapabilities: boolean; usesRandomness: boolean },
) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    // A link was checked to stay inside the chart; helm follows it, so the scan does too.
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    // A packaged subchart cannot be scanned cheaply: assume it may be random.
    if (entry.name.endsWith('.tgz')) scan.usesRandomness = true;
    const parent =
      (entry as unknown as { parentPath?: string; path?: string }).parentPath ??
      (entry as unknown as { path: string }).path;
    if (!/(^|\/)templates(\/|$)/.test(parent.slice(dir.length)) || !/\.(ya?ml|tpl|txt)$/.test(entry.name))
      continue;
    const text = await readFile(join(parent, entry.name), 'utf8').catch(() => '');
    const actions = (text.match(/\{\{[\s\S]*?\}\}/g) ?? []).join('\n');
    if (/\blookup\b/.test(actions)) scan.usesLookup = true;
    if (/\.Capabilities\b/.test(actions)) scan.usesCapabilities = true;
    if (RANDOM_FUNCTIONS.test(actions)) scan.usesRandomness = true;
  }
}
