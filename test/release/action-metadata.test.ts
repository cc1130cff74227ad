/** release/action.yml, its README tables and actions/release/inputs.ts agree. */
import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/run-cli.js';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
const action = parse(readFileSync(join(REPO_ROOT, 'release', 'action.yml'), 'utf8')) as ActionYml;
const readme = readFileSync(join(REPO_ROOT, 'release', 'README.md'), 'utf8');

/** Rows of the Markdown table under `## <heading>`: first cell (without backticks) → other cells. */
function table(heading: string): Map<string, string[]> {
  const section = readme.split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  const rows = new Map<string, string[]>();
  for (const line of section
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)) {
    const cells = line.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim());
    rows.set((cells[0] as string).replace(/`/g, ''), cells.slice(1));
  }
  return rows;
}
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('release action metadata', () => {
  it('runs the node24 bundle like the other actions', () => {
    expect(action.runs).toEqual({ using: 'node24', main: '../dist/release/index.js' });
  });

  it('README lists every input with its default and description', () => {
    const rows = table('Inputs');
    expect([...rows.keys()]).toEqual(Object.keys(action.inputs));
    for (const [name, spec] of Object.entries(action.inputs)) {
      const [def, description] = rows.get(name) as [string, string];
      expect(def).toBe(`\`${spec.default === '' ? "''" : spec.default}\``);
      expect(description).toBe(flat(spec.description));
    }
  });

  it('README lists every output', () => {
    const rows = table('Outputs');
    expect([...rows.keys()]).toEqual(Object.keys(action.outputs));
    for (const [name, spec] of Object.entries(action.outputs))
      expect(rows.get(name)?.[0]).toBe(flat(spec.description));
  });

  it('inputs.ts reads exactly the inputs action.yml declares', async () => {
    const asked = new Set<string>();
    jest.unstable_mockModule('@actions/core', () => ({
      getInput: (name: string) => {
        asked.add(name);
        return action.inputs[name]?.default?.replace('${{ github.token }}', 'ghs_x') ?? '';
      },
      setSecret: () => undefined,
    }));
    const { readInputs } = await import('../../actions/release/inputs.js');
    expect(readInputs()).toMatchObject({
      mode: 'auto',
      tagVia: 'git',
      remote: 'origin',
      moveMajorTags: false,
      images: [],
    });
    expect([...asked].sort()).toEqual(Object.keys(action.inputs).sort());
  });
});
