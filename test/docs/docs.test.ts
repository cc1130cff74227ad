/**
 * Keeps the migration guides true:
 * - TROUBLESHOOTING.md has exactly one `### E_CODE` section per ERROR_CATALOGUE
 *   entry, each stating the catalogue's exit code and showing a message;
 * - the E_PARITY example is the paragraph the CLI prints for the summary shown;
 * - every `new MmfError('E_…'` in actions/ uses a documented code;
 * - the command reference of HELM_TO_KUSTOMIZE.md lists every CLI flag;
 * - the ```sh test blocks of HELM_TO_KUSTOMIZE.md run and succeed;
 * - relative links between the guides and the README resolve.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProgram } from '../../actions/cli/program.js';
import { parityError } from '../../actions/cli/format-summary.js';
import { ERROR_CATALOGUE, type ErrorCode } from '../../actions/core/errors.js';
import type { ConvertResult } from '../../actions/engine/convert-chart.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const docsDir = join(repoRoot, 'docs', 'migration');
const GUIDE = join(docsDir, 'HELM_TO_KUSTOMIZE.md');
const ROLLBACK = join(docsDir, 'ROLLBACK_PROCEDURES.md');
const TROUBLESHOOTING = join(docsDir, 'TROUBLESHOOTING.md');
const README = join(repoRoot, 'README.md');

const read = (file: string) => readFileSync(file, 'utf8');
const catalogueCodes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

/** Markdown without fenced code blocks (headings and links inside them are examples, not structure). */
function withoutCodeBlocks(markdown: string): string {
  return markdown.replace(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm, '');
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
  const fences = markdown.slice(0, offset).match(/^[ \t]*(```|~~~)/gm);
  return (fences?.length ?? 0) % 2 === 1;
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

describe('the command reference of HELM_TO_KUSTOMIZE.md', () => {
  const guide = read(GUIDE);
  const start = guide.indexOf('\n## Command reference\n');
  const reference = guide.slice(start, guide.indexOf('\n## ', start + 1));

  it('has a table row for every visible option of `mmf migrate helm-to-kustomize`', () => {
    const program = buildProgram({ stdout: () => {}, stderr: () => {} }, { exitCode: 0 });
    const command = program.commands
      .find((c) => c.name() === 'migrate')
      ?.commands.find((c) => c.name() === 'helm-to-kustomize');
    const flags = (command?.options ?? [])
      .filter((o) => !(o as { hidden?: boolean }).hidden)
      .map((o) => o.long as string);
    expect(flags.length).toBeGreaterThan(10);
    expect(start).toBeGreaterThan(0);
    const missing = flags.filter((flag) => !new RegExp(`^\\| \`${flag}[ \`]`, 'm').test(reference));
    expect(missing).toEqual([]);
  });
});

describe('the tested commands of HELM_TO_KUSTOMIZE.md', () => {
  const blocks = [...read(GUIDE).matchAll(/^```sh test[ \t]*\n([\s\S]*?)^```[ \t]*$/gm)].map(
    (m) => m[1] as string,
  );
  const helm4 = join(repoRoot, '.tools', 'helm4');
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'mmf-docs-'));
  });
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('has 2 to 4 blocks, each writing only under $OUT (defined for copy and paste)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(blocks.length).toBeLessThanOrEqual(4);
    for (const block of blocks) {
      expect(block).toMatch(/^OUT=\$\{OUT:-out\}$/m);
      for (const m of block.matchAll(/--output(?:-path)?[ =](\S+)/g)) expect(m[1]).toMatch(/^"?\$OUT\//);
      for (const m of block.matchAll(/>\s*(\S+)/g)) expect(m[1]).toMatch(/^"?\$OUT\//);
    }
  });

  it('uses the committed bundle and at least one --validate run', () => {
    expect(blocks.join('\n')).toContain('node dist/cli/index.js migrate helm-to-kustomize');
    expect(blocks.some((b) => b.includes('--validate') && !b.includes('--json'))).toBe(true);
  });

  it('runs every block with bash and succeeds', () => {
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

    blocks.forEach((block, i) => {
      const run = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', block], {
        cwd: repoRoot,
        env,
        encoding: 'utf8',
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      const context = `block ${i + 1}:\n${block}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
      if (run.status !== 0) throw new Error(`exit ${String(run.status ?? run.signal)} from ${context}`);
      if (block.includes('--json')) {
        const parsed = JSON.parse(run.stdout) as {
          exitCode: number;
          report: { parity?: { identical: boolean } };
        };
        expect(parsed.exitCode).toBe(0);
        if (block.includes('--validate')) expect(parsed.report.parity?.identical).toBe(true);
      } else if (block.includes('--validate')) {
        if (!run.stdout.includes('parity: 3/3 environments'))
          throw new Error(`no "parity: 3/3 environments" in ${context}`);
      }
    });

    // The blocks wrote into the temporary OUT, never into the repository.
    expect(statSync(join(out, 'user-service', 'base', 'kustomization.yaml')).isFile()).toBe(true);
    expect(readFileSync(join(out, 'user-service', '.gitignore'), 'utf8')).toContain('overlays/*/secrets/');
  });
});

describe('links between the guides and the README', () => {
  const files = [GUIDE, ROLLBACK, TROUBLESHOOTING, README];

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

  it('the README links each guide, and each guide links the other two', () => {
    const links = (file: string) =>
      [...withoutCodeBlocks(read(file)).matchAll(/\]\(([^)#\s]+)/g)].map((m) =>
        resolve(dirname(file), m[1] as string),
      );
    expect(links(README)).toEqual(expect.arrayContaining([GUIDE, ROLLBACK, TROUBLESHOOTING]));
    for (const guide of [GUIDE, ROLLBACK, TROUBLESHOOTING]) {
      const others = [GUIDE, ROLLBACK, TROUBLESHOOTING].filter((g) => g !== guide);
      expect(links(guide)).toEqual(expect.arrayContaining(others));
    }
  });
});
