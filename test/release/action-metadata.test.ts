/** release/action.yml and actions/release/inputs.ts agree (the README's tables: test/ci/ci-docs.test.ts). */
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

describe('release action metadata', () => {
  it('runs the node24 bundle like the other actions', () => {
    expect(action.runs).toEqual({ using: 'node24', main: '../dist/release/index.js' });
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
