/**
 * Keeps docs/CI.md and ci/README.md true:
 * - every ```sh test block of CI.md runs with bash from the repository root
 *   (against the bundled CLI) and prints exactly the `text output` block after it;
 * - the command reference lists every option of `mmf ci report` and `mmf ci run`, and no other;
 * - every error code the ci capability raises is linked, and relative links and anchors resolve;
 * - ci/README.md's tables list every input (with its default) and output of ci/action.yml.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { parse } from 'yaml';
import { buildMmfProgram } from '../../actions/entries/commands.js';
import { REPO_ROOT } from './support.js';

const GUIDE = join(REPO_ROOT, 'docs', 'CI.md');
const README = join(REPO_ROOT, 'ci', 'README.md');
const markdown = readFileSync(GUIDE, 'utf8');

interface Block {
  info: string;
  body: string;
}
function blocks(text: string): Block[] {
  const found: Block[] = [];
  const re = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
  for (const m of text.matchAll(re)) found.push({ info: (m[1] as string).trim(), body: m[2] as string });
  return found;
}
const prose = (text: string) => text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');

describe('the tested commands of docs/CI.md', () => {
  const all = blocks(markdown);
  const tested = all.flatMap((b, i) =>
    b.info === 'sh test' ? [{ script: b.body, output: all[i + 1] }] : [],
  );
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'mmf-ci-docs-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('has blocks of the bundled CLI, each writing only under $OUT', () => {
    expect(existsSync(join(REPO_ROOT, 'dist', 'cli', 'index.js'))).toBe(true);
    expect(tested.length).toBeGreaterThanOrEqual(3);
    for (const { script } of tested) {
      expect(script).toContain('node dist/cli/index.js ci ');
      for (const m of script.matchAll(/>{1,2}\s*(\S+)/g))
        if (!m[1]?.startsWith('&')) expect(m[1]).toMatch(/^"\$OUT\//);
    }
  });

  test('every block runs and prints exactly the output shown', () => {
    // Commit hashes differ from run to run: compare them as <sha>.
    const normalise = (text: string) =>
      text
        .split(out)
        .join('out')
        .replace(/merge base [0-9a-f]{12}/g, 'merge base <sha>');
    tested.forEach(({ script, output }, i) => {
      const run = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], {
        cwd: REPO_ROOT,
        env: { ...process.env, OUT: out, NODE_OPTIONS: undefined },
        encoding: 'utf8',
        timeout: 60_000,
      });
      const context = `block ${i + 1}:\n${script}\nstderr:\n${run.stderr}`;
      if (run.status !== 0) throw new Error(`exit ${run.status} from ${context}`);
      if (output?.info === 'text output') expect(normalise(run.stdout)).toBe(normalise(output.body));
    });
  });
});

describe('the command reference of docs/CI.md', () => {
  const program = buildMmfProgram({ stdout: () => {}, stderr: () => {} }, { exitCode: 0 });
  const ci = program.commands.find((c) => c.name() === 'ci') as Command;
  const section = prose(markdown).split('## Command reference')[1]?.split('\n## ')[0] ?? '';
  const rows = [...section.matchAll(/^\| `(--[a-z0-9-]+)[ `]/gm)].map((m) => m[1] as string);

  test.each(['report', 'run'])(
    'mmf ci %s: a row for every option, and no row for an option it lacks',
    (name) => {
      const command = ci.commands.find((c) => c.name() === name) as Command;
      const options = command.options.map((o) => o.long as string);
      expect(options.length).toBeGreaterThan(9);
      expect(options.filter((o) => !rows.includes(o))).toEqual([]);
    },
  );

  test('every row is an option of ci report or ci run', () => {
    const known = new Set(ci.commands.flatMap((c) => c.options.map((o) => o.long as string)));
    expect(rows.filter((r) => !known.has(r))).toEqual([]);
  });
});

describe('links and error codes', () => {
  const slug = (heading: string) =>
    heading
      .trim()
      .toLowerCase()
      .replace(/`/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
  const anchors = (file: string) =>
    new Set(
      [...prose(readFileSync(file, 'utf8')).matchAll(/^#{1,6} (.+?)\s*$/gm)].map((m) => slug(m[1] as string)),
    );

  test.each([
    ['docs/CI.md', GUIDE],
    ['ci/README.md', README],
  ])('%s: relative links and anchors resolve', (_name, file) => {
    const broken: string[] = [];
    for (const m of prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] as string;
      if (/^[a-z]+:/i.test(target)) continue;
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const resolved = path ? resolve(dirname(file), path) : file;
      if (!existsSync(resolved)) broken.push(target);
      else if (anchor && resolved.endsWith('.md') && !anchors(resolved).has(anchor)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  test('CI.md links the troubleshooting section of every code the ci capability raises', () => {
    const sources = [
      'actions/ci',
      'actions/platform/fs/find-files.ts',
      'actions/platform/fs/read-bounded.ts',
      'actions/platform/git/diff-lines.ts',
      'actions/platform/process/split-argv.ts',
    ];
    const files = sources.flatMap((source) => {
      const path = join(REPO_ROOT, source);
      return statSync(path).isDirectory()
        ? readdirSync(path, { recursive: true, encoding: 'utf8' })
            .filter((f) => f.endsWith('.ts'))
            .map((f) => join(path, f))
        : [path];
    });
    const codes = new Set(
      files.flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/new MmfError\(\s*'(E_[A-Z_]+)'/g)].map((m) => m[1] as string),
      ),
    );
    expect(codes.size).toBeGreaterThanOrEqual(7);
    const linked = new Set(
      [...markdown.matchAll(/TROUBLESHOOTING\.md#(e_[a-z_]+)/g)].map((m) => (m[1] as string).toUpperCase()),
    );
    expect([...codes].filter((c) => !linked.has(c))).toEqual([]);
  });
});

describe('ci/README.md documents ci/action.yml', () => {
  const action = parse(readFileSync(join(REPO_ROOT, 'ci', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string; required?: boolean; description: string }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  };
  const readme = readFileSync(README, 'utf8');
  const table = (heading: string) =>
    new Map(
      [...(readme.split(heading)[1]?.split('\n## ')[0] ?? '').matchAll(/^\| `([a-z-]+)` \| ([^|]*)\|/gm)].map(
        (m) => [m[1] as string, (m[2] as string).trim()],
      ),
    );

  test('runs the shared bundle on node24, like every action folder', () => {
    expect(action.runs).toEqual({ using: 'node24', main: '../dist/ci/index.js' });
    for (const [name, spec] of Object.entries(action.inputs)) {
      expect([name, spec.required]).toEqual([name, false]);
      expect([name, typeof spec.default]).toEqual([name, 'string']);
    }
  });

  test('a row per input, in order, whose default is the action.yml default (or says what empty means)', () => {
    const rows = table('## Inputs');
    expect([...rows.keys()]).toEqual(Object.keys(action.inputs));
    for (const [name, spec] of Object.entries(action.inputs)) {
      const shown = rows.get(name) as string;
      if (spec.default) expect([name, shown]).toEqual([name, `\`${spec.default}\``]);
      else expect([name, shown]).toEqual([name, expect.stringMatching(/^\(.+\)$|^[a-z`-]+( [a-z-]+)*$/i)]);
    }
  });

  test('a row per output, in order', () => {
    expect([...table('## Outputs').keys()]).toEqual(Object.keys(action.outputs));
  });
});
