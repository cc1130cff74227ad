import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSource } from '../../actions/platform/sources/manifest-source.js';
import { convertChart } from '../../actions/helm-migrate/convert-chart.js';
import { silentLogger } from '../../actions/kernel/logger.js';
import { validateMigration } from '../../actions/helm-migrate/validate-migration.js';
import { convertOptions } from '../support/convert-options.js';
import { HELMS, REPO_ROOT } from '../support/tools.js';

// A converted tree as git keeps it: the Secret value files are git-ignored, so a
// fresh clone (CI) has only secrets.example/ with the key names.
const chart = join(REPO_ROOT, 'examples', 'marty-service');
const envs = ['dev', 'prod'].map((e) => `${e}=${join(chart, `values-${e}.yaml`)}`);
const { helm, kubectl } = HELMS[1];

let work: string;
let tree: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-committed-'));
  tree = join(work, 'k8s');
  await convertChart(
    convertOptions({
      chart,
      output: tree,
      environments: envs,
      release: 'user-service',
      namespace: 'marty',
      tools: { helm, kubectl },
    }),
  );
  for (const env of ['dev', 'prod'])
    await rm(join(tree, 'overlays', env, 'secrets'), { recursive: true, force: true });
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('a converted tree without its git-ignored Secret files', () => {
  test('lists the Secret keys (never values) in tracked secrets.example files', async () => {
    expect(await readdir(join(tree, 'overlays', 'prod', 'secrets.example'))).toEqual(['user-service.env']);
  });

  test('validate-migration fills them from the helm render in a private copy and proves parity', async () => {
    const report = await validateMigration({
      originalPath: chart,
      migratedPath: tree,
      environments: envs,
      release: 'user-service',
      namespace: 'marty',
      hookMode: 'keep',
      helm: { path: helm },
      kustomize: { path: kubectl },
      log: silentLogger,
    });
    expect(report.sections.map((s) => [s.name, s.parity])).toEqual([
      ['dev', true],
      ['prod', true],
    ]);
    expect(report.notes.join('\n')).toContain("the helm render's values were used");
    expect(await readdir(join(tree, 'overlays', 'prod'))).not.toContain('secrets');
  });

  test('a plain build for diffing uses placeholders and says so', async () => {
    const loaded = await loadSource(join(tree, 'overlays', 'prod'), {
      namespace: 'marty',
      kustomize: { path: kubectl },
    });
    expect(loaded.placeholderSecrets).toBeGreaterThan(0);
    expect([...loaded.resources.keys()]).toContain('core/Secret/marty/user-service');
  });
});
