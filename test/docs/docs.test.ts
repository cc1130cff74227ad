/**
 * Keeps the guides true:
 * - TROUBLESHOOTING.md has exactly one `### E_CODE` section per ERROR_CATALOGUE
 *   entry, each stating the catalogue's exit code and showing a message;
 * - the E_PARITY example is the paragraph the CLI prints for the summary shown;
 * - every `new MmfError('E_…'` in actions/ uses a documented code;
 * - the option tables list every option of `mmf migrate helm-to-kustomize` and
 *   `mmf migrate validate-migration` (HELM_TO_KUSTOMIZE.md), `mmf diff`
 *   (DIFF.md), `mmf scaffold service` and `mmf migrate generate-overlay`
 *   (SCAFFOLDING.md), `mmf migrate config` (CONFIG_MIGRATION.md) and
 *   `mmf infra config` (INFRA_CONFIG.md), and no option the CLI does not have;
 * - the ```sh test blocks of HELM_TO_KUSTOMIZE.md, DIFF.md,
 *   REVIEWING_MIGRATIONS.md, SCAFFOLDING.md, CONFIG_MIGRATION.md and
 *   INFRA_CONFIG.md run and succeed; where an `… output` block follows one,
 *   the command printed (or wrote to "$OUT/<file>") exactly that;
 * - relative links between the guides, the README and scaffold/k8s/README.md resolve.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command, Option } from 'commander';
import { buildMmfProgram as buildProgram } from '../../actions/entries/commands.js';
import { parityError } from '../../actions/helm-migrate/cli/format-summary.js';
import { ERROR_CATALOGUE, type ErrorCode } from '../../actions/kernel/errors.js';
import type { ConvertResult } from '../../actions/helm-migrate/convert-chart.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const docsDir = join(repoRoot, 'docs', 'migration');
const GUIDE = join(docsDir, 'HELM_TO_KUSTOMIZE.md');
const ROLLBACK = join(docsDir, 'ROLLBACK_PROCEDURES.md');
const TROUBLESHOOTING = join(docsDir, 'TROUBLESHOOTING.md');
const DIFF = join(repoRoot, 'docs', 'DIFF.md');
const REVIEWING = join(repoRoot, 'docs', 'REVIEWING_MIGRATIONS.md');
const TESTING = join(repoRoot, 'docs', 'TESTING.md');
const SCAFFOLDING = join(repoRoot, 'docs', 'SCAFFOLDING.md');
const CONFIG_MIGRATION = join(docsDir, 'CONFIG_MIGRATION.md');
const INFRA_CONFIG = join(repoRoot, 'docs', 'INFRA_CONFIG.md');
const GITLAB = join(repoRoot, 'docs', 'GITLAB.md');
const SCAFFOLD_README = join(repoRoot, 'scaffold', 'k8s', 'README.md');
const README = join(repoRoot, 'README.md');
const PARITY = join(repoRoot, 'docs', 'PARITY.md');

const read = (file: string) => readFileSync(file, 'utf8');
const catalogueCodes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

interface FencedBlock {
  /** The info string after the opening fence, e.g. `sh test` or `text output`. */
  info: string;
  /** The lines between the fences, each ending in a newline. */
  body: string;
  /** Offsets of the opening fence and just after the closing fence. */
  start: number;
  end: number;
}

/**
 * Fenced code blocks in order. As in CommonMark, a block opened with ``` or ~~~
 * (three or more) closes only at a fence of the same character that is at
 * least as long, so a ~~~ block can show Markdown that holds ``` blocks.
 */
function fencedBlocks(markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = [];
  let open: { fence: string; info: string; start: number; bodyStart: number } | undefined;
  let offset = 0;
  for (const line of markdown.split('\n')) {
    const m = /^[ \t]*(`{3,}|~{3,})(.*)$/.exec(line);
    if (m && !open) {
      open = {
        fence: m[1] as string,
        info: (m[2] as string).trim(),
        start: offset,
        bodyStart: offset + line.length + 1,
      };
    } else if (m && open) {
      const fence = m[1] as string;
      if (fence[0] === open.fence[0] && fence.length >= open.fence.length && !(m[2] as string).trim()) {
        const body = markdown.slice(open.bodyStart, offset);
        blocks.push({ info: open.info, body, start: open.start, end: offset + line.length });
        open = undefined;
      }
    }
    offset += line.length + 1;
  }
  if (open)
    blocks.push({
      info: open.info,
      body: markdown.slice(open.bodyStart),
      start: open.start,
      end: markdown.length,
    });
  return blocks;
}

/** Markdown without fenced code blocks (headings and links inside them are examples, not structure). */
function withoutCodeBlocks(markdown: string): string {
  let out = '';
  let from = 0;
  for (const block of fencedBlocks(markdown)) {
    out += markdown.slice(from, block.start);
    from = block.end;
  }
  return out + markdown.slice(from);
}

/** `### E_…` sections of TROUBLESHOOTING.md: code -> body up to the next heading of level 1-3. */
function errorSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  const headings = [...markdown.matchAll(/^(#{1,3}) (.+?)[ \t]*$/gm)].filter(
    (m) => !isInsideCodeBlock(markdown, m.index ?? 0),
  );
  headings.forEach((m, i) => {
    const title = (m[2] as string).trim();
    if (m[1] !== '###' || !/^E_/.test(title)) return;
    const start = (m.index ?? 0) + m[0].length;
    const end = headings[i + 1]?.index ?? markdown.length;
    if (sections.has(title)) throw new Error(`TROUBLESHOOTING.md has two "### ${title}" sections`);
    sections.set(title, markdown.slice(start, end));
  });
  return sections;
}

function isInsideCodeBlock(markdown: string, offset: number): boolean {
  return fencedBlocks(markdown).some((b) => offset > b.start && offset < b.end);
}

/** The text under the heading line `heading` (e.g. `## Command reference`) up to the next heading of that level or higher. */
function sectionOf(markdown: string, heading: string): string {
  const level = /^#+/.exec(heading)?.[0].length ?? 2;
  const text = withoutCodeBlocks(markdown);
  const start = text.split('\n').indexOf(heading);
  if (start < 0) return '';
  const lines = text.split('\n').slice(start + 1);
  const end = lines.findIndex((l) => new RegExp(`^#{1,${level}} `).test(l));
  return lines.slice(0, end < 0 ? undefined : end).join('\n');
}

function tsFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFilesUnder(path));
    else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  for (const m of withoutCodeBlocks(markdown).matchAll(/^#{1,6} (.+?)[ \t]*#*[ \t]*$/gm)) {
    const base = slug(m[1] as string);
    const seen = counts.get(base) ?? 0;
    anchors.add(seen ? `${base}-${seen}` : base);
    counts.set(base, seen + 1);
  }
  return anchors;
}

describe('TROUBLESHOOTING.md documents every error code', () => {
  const markdown = read(TROUBLESHOOTING);
  const sections = errorSections(markdown);

  it('has a "### CODE" section for every ERROR_CATALOGUE key', () => {
    const missing = catalogueCodes.filter((code) => !sections.has(code));
    expect(missing).toEqual([]);
  });

  it('has no "### E_…" section that is not a catalogue key', () => {
    const unknown = [...sections.keys()].filter((code) => !(code in ERROR_CATALOGUE));
    expect(unknown).toEqual([]);
  });

  it.each(catalogueCodes)('%s states the catalogue exit code and shows what the CLI prints', (code) => {
    const body = sections.get(code) ?? '';
    const stated = [...body.matchAll(/\*\*Exit code:\*\*\s*(\d+)/g)].map((m) => Number(m[1]));
    expect(stated).toEqual([ERROR_CATALOGUE[code].exit]);
    // An example of the real output, in a fenced block, plus cause and fix.
    expect(body).toMatch(/^```text\n/m);
    expect(body).toContain(`error[${code}]:`);
    // Parity also shows the summary that comes before the error.
    if (code === 'E_PARITY') expect(body).toMatch(/DIFFERS[\s\S]*parity: \d+\/\d+ environments/);
    expect(body).toMatch(/\*\*Cause:\*\*/);
    expect(body).toMatch(/\*\*Fix:\*\*/);
  });

  it('shows the E_PARITY paragraph the CLI prints for the summary above it', () => {
    const body = sections.get('E_PARITY') ?? '';
    const output = /^Wrote (\S+): /m.exec(body)?.[1];
    const environments = [
      ...body.matchAll(/^ {2}([A-Za-z0-9._-]+): \d+ resources, .*, (identical|DIFFERS)$/gm),
    ].map((m) => ({ name: m[1] as string, parity: { identical: m[2] === 'identical' } }));
    expect(output).toBeDefined();
    expect(environments.some((e) => !e.parity.identical)).toBe(true);
    const count = /^parity: (\d+)\/(\d+) environments$/m.exec(body);
    expect(count?.slice(1).map(Number)).toEqual([
      environments.filter((e) => e.parity.identical).length,
      environments.length,
    ]);
    const shown = /^error\[E_PARITY\]: .*\n {2}hint: .*$/m.exec(body)?.[0];
    const printed = parityError({ output, report: { environments } } as unknown as ConvertResult).format();
    expect(shown).toBe(printed);
  });

  it('explains how to read "parity: differs" output', () => {
    expect(anchorsOf(markdown)).toContain('reading-parity-differs-output');
  });
});

describe('every MmfError the sources can throw is documented', () => {
  const sources = tsFilesUnder(join(repoRoot, 'actions'));
  const used = new Map<string, string[]>();
  for (const file of sources) {
    for (const m of read(file).matchAll(/new\s+MmfError\s*\(\s*(['"`])([A-Za-z0-9_]+)\1/g)) {
      const code = m[2] as string;
      used.set(code, [...(used.get(code) ?? []), relative(repoRoot, file)]);
    }
  }

  it('finds the MmfError constructions (the scan works)', () => {
    expect(sources.length).toBeGreaterThan(10);
    expect(used.size).toBeGreaterThanOrEqual(10);
  });

  it('uses only codes that have a TROUBLESHOOTING.md section', () => {
    const documented = errorSections(read(TROUBLESHOOTING));
    const undocumented = [...used]
      .filter(([code]) => !documented.has(code))
      .map(([code, files]) => `${code} (${files.join(', ')})`);
    expect(undocumented).toEqual([]);
  });
});

describe('the option tables', () => {
  const program = buildProgram({ stdout: () => {}, stderr: () => {} }, { exitCode: 0 });
  const commandAt = (path: string[]) => {
    let command: Command | undefined = program;
    for (const name of path) command = command?.commands.find((c) => c.name() === name);
    if (!command) throw new Error(`no command mmf ${path.join(' ')}`);
    return command;
  };
  const long = (options: readonly Option[]) => options.map((o) => o.long as string);
  const tables = [
    { command: ['migrate', 'helm-to-kustomize'], file: GUIDE, heading: '## Command reference', min: 10 },
    {
      command: ['migrate', 'validate-migration'],
      file: GUIDE,
      heading: '## Validate a Kustomize tree later',
      min: 8,
    },
    { command: ['diff'], file: DIFF, heading: '## Command reference', min: 15 },
    {
      command: ['scaffold', 'service'],
      file: SCAFFOLDING,
      heading: '## `mmf scaffold service` options',
      min: 10,
    },
    {
      command: ['migrate', 'generate-overlay'],
      file: SCAFFOLDING,
      heading: '## `mmf migrate generate-overlay` options',
      min: 15,
    },
    { command: ['migrate', 'config'], file: CONFIG_MIGRATION, heading: '## Command reference', min: 4 },
    { command: ['infra', 'config'], file: INFRA_CONFIG, heading: '## Command reference', min: 4 },
    { command: ['migrate', 'review'], file: GITLAB, heading: '### `mmf migrate review` options', min: 20 },
  ];

  it.each(tables.map((t) => [`mmf ${t.command.join(' ')}`, t]))(
    '%s: a table row for every visible option, and for no option the CLI lacks',
    (_name, table) => {
      const command = commandAt(table.command);
      const visible = long(command.options.filter((o) => !(o as { hidden?: boolean }).hidden));
      const known = new Set([...long(command.options), ...long(program.options)]);
      const section = sectionOf(read(table.file), table.heading);
      expect(section).not.toBe('');
      expect(visible.length).toBeGreaterThan(table.min);
      const missing = visible.filter((flag) => !new RegExp(`^\\| \`${flag}[ \`]`, 'm').test(section));
      expect(missing).toEqual([]);
      const rows = [...section.matchAll(/^\| `(--[a-z0-9-]+)[ `]/gm)].map((m) => m[1] as string);
      expect(rows.filter((flag) => !known.has(flag))).toEqual([]);
    },
  );
});

/** The ```sh test blocks of a guide, each with the `… output` block that follows it, if any. */
function testedBlocks(file: string): { script: string; output?: FencedBlock }[] {
  const blocks = fencedBlocks(read(file));
  return blocks.flatMap((block, i) => {
    if (block.info !== 'sh test') return [];
    const next = blocks[i + 1];
    return [{ script: block.body, ...(next && /^\w+ output$/.test(next.info) ? { output: next } : {}) }];
  });
}

/** Every block defines OUT for copy and paste, and writes only below it. */
function expectWritesOnlyUnderOut(script: string): void {
  expect(script).toMatch(/^OUT=\$\{OUT:-out\}$/m);
  for (const m of script.matchAll(/--output(?:-path)?[ =](\S+)/g)) expect(m[1]).toMatch(/^"?\$OUT\//);
  for (const m of script.matchAll(/>\s*(\S+)/g)) expect(m[1]).toMatch(/^"?\$OUT\//);
}

const helm4 = join(repoRoot, '.tools', 'helm4');

/** Runs a block with bash from the repository root, with the repository's helm 4 and kubectl. */
function runBlock(script: string, out: string, label: string): { stdout: string; context: string } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OUT: out,
    MMF_HELM: join(helm4, 'helm'),
    MMF_KUBECTL: join(helm4, 'kubectl'),
    PATH: `${helm4}${delimiter}${process.env['PATH'] ?? ''}`,
  };
  delete env['MMF_KUSTOMIZE'];
  delete env['RUNNER_TOOL_CACHE'];
  expect(existsSync(env['MMF_HELM'] as string) && existsSync(env['MMF_KUBECTL'] as string)).toBe(true);
  const run = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const context = `${label}:\n${script}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`exit ${String(run.status ?? run.signal)} from ${context}`);
  return { stdout: run.stdout, context };
}

/** Redaction fingerprints are keyed per process (so they cannot be guessed): they differ on every run. */
const withoutRandomFingerprints = (text: string) =>
  text.replace(/(<redacted: \d+ bytes, fingerprint )[0-9a-f]{12}>/g, '$1…>');

/** A fresh temporary folder (the docs' $OUT) for one describe block, removed afterwards. */
function useScratchDir(): { readonly path: string } {
  const dir = { path: '' };
  beforeAll(() => {
    dir.path = mkdtempSync(join(tmpdir(), 'mmf-docs-'));
  });
  afterAll(() => {
    if (dir.path) rmSync(dir.path, { recursive: true, force: true });
  });
  return dir;
}

describe('the tested commands of HELM_TO_KUSTOMIZE.md', () => {
  const blocks = testedBlocks(GUIDE).map((b) => b.script);
  const outputs = testedBlocks(GUIDE).map((b) => b.output);
  const scratch = useScratchDir();

  it('has 2 to 4 blocks, each writing only under $OUT (defined for copy and paste)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(blocks.length).toBeLessThanOrEqual(4);
    for (const block of blocks) expectWritesOnlyUnderOut(block);
  });

  it('uses the committed bundle, at least one --validate run and one validate-migration run', () => {
    expect(blocks.join('\n')).toContain('node dist/cli/index.js migrate helm-to-kustomize');
    expect(blocks.some((b) => b.includes('--validate') && !b.includes('--json'))).toBe(true);
    expect(blocks.join('\n')).toContain('node dist/cli/index.js migrate validate-migration');
    // The summary of the first conversion is shown as its exact output.
    expect(outputs[0]?.body).toMatch(/^parity: 3\/3 environments$/m);
  });

  it('runs every block with bash and succeeds', () => {
    blocks.forEach((block, i) => {
      const run = runBlock(block, scratch.path, `block ${i + 1}`);
      if (block.includes('--json')) {
        const parsed = JSON.parse(run.stdout) as {
          command: string;
          ok: boolean;
          exitCode: number;
          result: { report: { parity?: { identical: boolean } } };
          error: unknown;
        };
        expect(parsed).toMatchObject({
          command: 'migrate helm-to-kustomize',
          ok: true,
          exitCode: 0,
          error: null,
        });
        if (block.includes('--validate')) expect(parsed.result.report.parity?.identical).toBe(true);
      } else if (block.includes('--validate') || block.includes('validate-migration')) {
        if (!run.stdout.includes('parity: 3/3 environments'))
          throw new Error(`no "parity: 3/3 environments" in ${run.context}`);
      }
      // A `text output` block after it is the exact stdout, with the temporary OUT written as `out`.
      const shown = outputs[i];
      if (shown) expect(run.stdout.split(scratch.path).join('out')).toBe(shown.body);
    });

    // The blocks wrote into the temporary OUT, never into the repository.
    expect(statSync(join(scratch.path, 'user-service', 'base', 'kustomization.yaml')).isFile()).toBe(true);
    expect(readFileSync(join(scratch.path, 'user-service', '.gitignore'), 'utf8')).toContain(
      'overlays/*/secrets/',
    );
  });
});

describe.each([
  ['DIFF.md', DIFF],
  ['REVIEWING_MIGRATIONS.md', REVIEWING],
])('the tested commands of %s', (_name, file) => {
  const blocks = testedBlocks(file);
  const scratch = useScratchDir();

  it('has tested blocks of the bundled CLI, each followed by its output, writing only under $OUT', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    for (const block of blocks) {
      expect(block.script).toContain('node dist/cli/index.js ');
      expect(block.output).toBeDefined();
      if (/>\s*\S/.test(block.script) || /--output/.test(block.script))
        expectWritesOnlyUnderOut(block.script);
    }
  });

  it('runs every block with bash: it succeeds and prints (or writes to $OUT) exactly the output shown', () => {
    blocks.forEach((block, i) => {
      const run = runBlock(block.script, scratch.path, `block ${i + 1}`);
      if (!block.output) return;
      // `> "$OUT/<file>"`: the file is the output; otherwise stdout is.
      const target = /> *"?\$OUT\/([^"\s]+)"?\s*$/.exec(block.script.trim())?.[1];
      const actual = target ? readFileSync(join(scratch.path, target), 'utf8') : run.stdout;
      expect(withoutRandomFingerprints(actual)).toBe(withoutRandomFingerprints(block.output.body));
    });
  });
});

describe.each([
  ['SCAFFOLDING.md', SCAFFOLDING, ['scaffold service', 'migrate generate-overlay', 'kubectl kustomize']],
  ['CONFIG_MIGRATION.md', CONFIG_MIGRATION, ['migrate config']],
  ['INFRA_CONFIG.md', INFRA_CONFIG, ['infra config']],
])('the tested example of %s', (_name, file, commands) => {
  const blocks = testedBlocks(file);
  const scratch = useScratchDir();

  it('runs the bundled CLI, shows the output of every block, and writes only under $OUT', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const all = blocks.map((b) => b.script).join('\n');
    for (const command of commands) expect(all).toContain(command);
    expect(all).toContain('node dist/cli/index.js ');
    for (const block of blocks) {
      expect(block.output).toBeDefined();
      expectWritesOnlyUnderOut(block.script);
    }
  });

  it('runs every block with bash: it succeeds and prints exactly the output shown (the temporary OUT as `out`)', () => {
    blocks.forEach((block, i) => {
      const run = runBlock(block.script, scratch.path, `block ${i + 1}`);
      if (block.output) expect(run.stdout.split(scratch.path).join('out')).toBe(block.output.body);
    });
  });
});

describe('user-facing text names no internal file', () => {
  // design.md holds internal contracts users never see; what they need is in docs/ (PARITY.md for parity).
  const roots = ['README.md', 'docs', 'actions', 'helm-migrate', 'scaffold', 'dist'].map((p) =>
    join(repoRoot, p),
  );
  const files = (path: string): string[] =>
    statSync(path).isDirectory() ? readdirSync(path).flatMap((entry) => files(join(path, entry))) : [path];

  it('no README, guide, source, action folder, template or bundle mentions design.md', () => {
    const all = roots.flatMap(files);
    expect(all.length).toBeGreaterThan(50);
    const mentioning = all
      .filter((f) => /design\.md/i.test(readFileSync(f, 'utf8')))
      .map((f) => relative(repoRoot, f));
    expect(mentioning).toEqual([]);
  });
});

describe('links between the guides and the README', () => {
  const newGuides = [SCAFFOLDING, CONFIG_MIGRATION, INFRA_CONFIG];
  const guides = [GUIDE, ROLLBACK, TROUBLESHOOTING, DIFF, REVIEWING, TESTING, PARITY, ...newGuides];
  const files = [...guides, README, SCAFFOLD_README, GITLAB];

  it.each(files.map((f) => [relative(repoRoot, f), f]))('%s: relative links resolve', (_name, file) => {
    const markdown = withoutCodeBlocks(read(file));
    const broken: string[] = [];
    for (const m of markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = m[1] as string;
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: ...
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const resolved = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
      if (!existsSync(resolved)) {
        broken.push(`${target} (no ${relative(repoRoot, resolved)})`);
        continue;
      }
      if (anchor && resolved.endsWith('.md') && !anchorsOf(read(resolved)).has(anchor.toLowerCase()))
        broken.push(`${target} (no heading for #${anchor})`);
    }
    expect(broken).toEqual([]);
  });

  it('the README links every guide; the migration guides link each other and the new guides', () => {
    const links = (file: string) =>
      [...withoutCodeBlocks(read(file)).matchAll(/\]\(([^)#\s]+)/g)].map((m) =>
        resolve(dirname(file), m[1] as string),
      );
    expect(links(README)).toEqual(expect.arrayContaining(guides));
    for (const guide of [GUIDE, ROLLBACK, TROUBLESHOOTING]) {
      const others = [GUIDE, ROLLBACK, TROUBLESHOOTING].filter((g) => g !== guide);
      expect(links(guide)).toEqual(expect.arrayContaining(others));
    }
    expect(links(GUIDE)).toEqual(expect.arrayContaining([DIFF, REVIEWING, TESTING, PARITY]));
    expect(links(PARITY)).toEqual(expect.arrayContaining([GUIDE, TROUBLESHOOTING]));
    for (const guide of [DIFF, REVIEWING, TESTING])
      expect(links(guide)).toEqual(expect.arrayContaining([GUIDE, TROUBLESHOOTING]));
    for (const guide of newGuides) expect(links(guide)).toEqual(expect.arrayContaining([TROUBLESHOOTING]));
    expect(links(TROUBLESHOOTING)).toEqual(expect.arrayContaining(newGuides));
  });
});
