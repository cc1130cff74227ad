import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { MmfError } from '../../kernel/errors.js';
import { isObject } from '../../kernel/json.js';
import { parseManifestStream } from '../../kernel/k8s/manifest-stream.js';
import {
  RandomTemplates,
  scanTemplates as scanTemplateActions,
  textCallsRandom,
  type TemplateSource,
} from '../../kernel/helm/random-templates.js';
import { assertNoEscapingEntries, assertResolvesInside } from '../fs/link-guard.js';
import { onExit } from '../process/exit-cleanup.js';
import { runCommand } from '../process/run-command.js';
import { removeTreeSync } from '../fs/remove-tree-sync.js';

export interface ChartInfo {
  /** The chart directory helm renders (unpacked when the input was a .tgz). */
  dir: string;
  name: string;
  version: string;
  appVersion?: string;
  /** Template features that affect how the render can be trusted. */
  usesLookup: boolean;
  usesCapabilities: boolean;
  /** Some template may call a random function (or cannot be read): renders may need a second look. */
  usesRandomness: boolean;
  /** Which templates can render differently on each run, given the texts of the values files used. */
  randomTemplates(valuesTexts: readonly string[]): RandomTemplates;
  /** Removes the unpacked copy of a packaged chart. */
  cleanup(): Promise<void>;
}

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
  const forget = onExit(() => removeTreeSync(temp));
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
    doc = parseManifestStream(text, join(shownAs, 'Chart.yaml'))[0]?.value;
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
    const found = await readTemplates(dir, String(chart.name));
    const actions = found.sources.map((t) => (t.text.match(/\{\{[\s\S]*?\}\}/g) ?? []).join('\n'));
    const scan = scanTemplateActions(found.sources, found.unscanned);
    // Text that tpl may evaluate: values files and other files of the chart.
    const chartTextRandom = scan.usesTpl && found.otherTexts.some(textCallsRandom);
    const probe = new RandomTemplates(scan, scan.usesTpl);
    return {
      dir,
      name: chart.name as string,
      version: String(chart.version),
      ...(chart.appVersion !== undefined ? { appVersion: String(chart.appVersion) } : {}),
      usesLookup: actions.some((a) => /\blookup\b/.test(a)),
      usesCapabilities: actions.some((a) => /\.Capabilities\b/.test(a)),
      usesRandomness: probe.any,
      randomTemplates: (valuesTexts) =>
        new RandomTemplates(scan, chartTextRandom || (scan.usesTpl && valuesTexts.some(textCallsRandom))),
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

interface ChartTexts {
  sources: TemplateSource[];
  /** Chart files outside templates/ (values.yaml, files/...), read only when templates call tpl. */
  otherTexts: string[];
  unscanned: boolean;
}

const MAX_SCANNED_BYTES = 4 * 1024 * 1024;

/**
 * Reads the templates of a chart and its vendored subcharts, named as Helm
 * names them in `# Source:` comments (`<chart>/charts/<subchart>/templates/…`).
 * A packaged subchart (.tgz) is not read: it is marked unscanned.
 */
async function readTemplates(dir: string, name: string): Promise<ChartTexts> {
  const out: ChartTexts = { sources: [], otherTexts: [], unscanned: false };
  const read = async (file: string) => {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const text =
      info.size <= MAX_SCANNED_BYTES ? await readFile(file, 'utf8').catch(() => undefined) : undefined;
    if (text === undefined) out.unscanned = true;
    return text;
  };
  // Links were checked to stay inside the chart; helm follows them, so the scan does too.
  const walk = async (chartDir: string, prefix: string): Promise<void> => {
    const templatesDir = join(chartDir, 'templates');
    const templates = await readdir(templatesDir, { withFileTypes: true, recursive: true }).catch(() => []);
    const subcharts = await readdir(join(chartDir, 'charts'), { withFileTypes: true }).catch(() => []);
    await Promise.all([
      ...templates
        .filter((e) => e.isFile() || e.isSymbolicLink())
        .map(async (e) => {
          const file = join(parentOf(e), e.name);
          const text = await read(file);
          const rel = file
            .slice(templatesDir.length + 1)
            .split('\\')
            .join('/');
          if (text !== undefined)
            out.sources.push({ name: `${prefix}/templates/${rel}`, chart: prefix, text });
        }),
      ...subcharts.map(async (e) => {
        const sub = join(chartDir, 'charts', e.name);
        if (e.isFile() && /\.t(ar\.)?gz$/.test(e.name)) out.unscanned = true;
        if (!e.isDirectory() && !e.isSymbolicLink()) return;
        const chartYaml = await read(join(sub, 'Chart.yaml'));
        const subName = chartYaml ? /^name:\s*["']?([^"'\s#]+)/m.exec(chartYaml)?.[1] : undefined;
        if (subName) await walk(sub, `${prefix}/charts/${subName}`);
      }),
    ]);
  };
  await walk(dir, name);
  // Sorted, so that the scan does not depend on the order reads finish in.
  out.sources.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (out.sources.some((s) => /\btpl\b/.test(s.text))) out.otherTexts = await readOtherTexts(dir, read);
  return out;
}

/** Every file of the chart tree outside a templates/ folder. */
async function readOtherTexts(
  dir: string,
  read: (file: string) => Promise<string | undefined>,
): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile() && !/(^|\/)templates(\/|$)/.test(parentOf(e).slice(dir.length)))
    .map((e) => join(parentOf(e), e.name));
  return (await Promise.all(files.map(read))).filter((t): t is string => t !== undefined);
}

function parentOf(entry: { name: string }): string {
  return (
    (entry as unknown as { parentPath?: string; path?: string }).parentPath ??
    (entry as unknown as { path: string }).path
  );
}
