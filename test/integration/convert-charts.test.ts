import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { convertChart, type ConvertOptions } from '../../actions/helm-migrate/convert-chart.js';
import { convertOptions } from '../support/convert-options.js';
import { HELMS, REPO_ROOT } from '../support/tools.js';

const fixture = (...p: string[]) => join(REPO_ROOT, ...p);
const CHARTS = [
  {
    name: 'example marty-service (standard shape)',
    chart: fixture('examples', 'marty-service'),
    release: 'user-service',
    envs: ['dev', 'staging', 'prod'],
  },
  {
    name: 'legacy marty-service',
    chart: fixture('test', 'fixtures', 'charts', 'marty-service'),
    release: 'payment-service',
    envs: ['dev', 'staging', 'prod'],
  },
  {
    name: 'chart with CRDs',
    chart: fixture('test', 'fixtures', 'charts', 'crd-operator'),
    release: 'widgets',
    envs: ['dev', 'prod'],
  },
  {
    name: 'umbrella with vendored subchart',
    chart: fixture('test', 'fixtures', 'charts', 'umbrella'),
    release: 'marty',
    envs: ['dev', 'prod'],
  },
];

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join((e as unknown as { parentPath: string }).parentPath, e.name)))
    .sort();
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-convert-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe.each(HELMS)('helm-to-kustomize with $label', ({ label, helm, kubectl }) => {
  const options = (
    chart: (typeof CHARTS)[number],
    output: string,
    extra: Partial<ConvertOptions> = {},
  ): ConvertOptions =>
    convertOptions(
      {
        chart: chart.chart,
        output,
        environments: chart.envs.map((e) => `${e}=${join(chart.chart, `values-${e}.yaml`)}`),
        release: chart.release,
        namespace: 'marty',
        tools: { helm, kubectl },
      },
      extra,
    );

  test.each(CHARTS)('$name reaches parity in every environment', async (chart) => {
    const output = join(work, label, chart.release);
    const result = await convertChart(options(chart, output));
    expect(result.report.environments.map((e) => [e.name, e.parity?.identical])).toEqual(
      chart.envs.map((e) => [e, true]),
    );
    expect(result.exitCode).toBe(0);
    expect(result.report.tools.helm.version).toMatch(label === 'Helm 3.18' ? /^v3\.18\./ : /^v4\.1\./);
    const files = await listFiles(output);
    expect(files).toEqual(
      expect.arrayContaining([
        'MIGRATION_REPORT.md',
        'migration-report.json',
        'base/kustomization.yaml',
        '.gitignore',
      ]),
    );
    for (const env of chart.envs) expect(files).toContain(`overlays/${env}/kustomization.yaml`);
  });

  // The legacy chart's Deployment carries a checksum of a random Secret: tracked files must still not change.
  test.each([CHARTS[0], CHARTS[1]] as (typeof CHARTS)[number][])(
    'reruns of $name are byte-identical',
    async (chart) => {
      const a = join(work, label, `det-a-${chart.release}`);
      const b = join(work, label, `det-b-${chart.release}`);
      await convertChart(options(chart, a));
      await convertChart(options(chart, b));
      const files = await listFiles(a);
      expect(await listFiles(b)).toEqual(files);
      for (const f of files) {
        // Only the git-ignored Secret samples hold each render's random values.
        if (f.includes('/secrets/')) continue;
        const [x, y] = await Promise.all([readFile(join(a, f)), readFile(join(b, f))]);
        expect({ f, same: x.equals(y) }).toEqual({ f, same: true });
      }
    },
  );
});

describe('secrets, hooks and packaging (Helm 4.1)', () => {
  const { helm, kubectl } = HELMS[1];
  const example = CHARTS[0] as (typeof CHARTS)[number];
  const base = (output: string, extra: Partial<ConvertOptions> = {}): ConvertOptions =>
    convertOptions(
      {
        chart: example.chart,
        output,
        environments: example.envs.map((e) => `${e}=${join(example.chart, `values-${e}.yaml`)}`),
        release: example.release,
        namespace: 'marty',
        tools: { helm, kubectl },
      },
      extra,
    );

  test('no secret value reaches a file git would track', async () => {
    const output = join(work, 'git-secrets');
    const result = await convertChart(base(output));
    expect(result.report.secrets.map((s) => s.environment)).toEqual(['dev', 'staging', 'prod']);
    execFileSync('git', ['init', '-q'], { cwd: output });
    execFileSync('git', ['add', '-A'], { cwd: output });
    const tracked = execFileSync('git', ['ls-files'], { cwd: output, encoding: 'utf8' }).trim().split('\n');
    expect(tracked.some((f) => f.includes('secrets/'))).toBe(false);
    const canary = 'CANARY-prod-s3cr3t-7f1c';
    for (const f of tracked) {
      const text = await readFile(join(output, f), 'utf8');
      expect({
        f,
        leaks: text.includes(canary) || text.includes(Buffer.from(canary).toString('base64')),
      }).toEqual({ f, leaks: false });
    }
    const ignored = await readFile(join(output, 'overlays', 'prod', 'secrets', 'user-service.env'), 'utf8');
    expect(ignored).toContain(canary);
    expect(result.report.volatile).toEqual(
      ['dev', 'staging', 'prod'].map((environment) => ({
        environment,
        resource: 'Secret/user-service (namespace marty)',
        paths: ['data.session-key'],
      })),
    );
  });

  test('hooks: kept as plain resources and reported; dropped; or translated to Argo CD', async () => {
    const kept = await convertChart(base(join(work, 'hooks-keep')));
    expect(kept.report.hooks.map((h) => [h.resource, h.action])).toEqual(
      expect.arrayContaining([
        ['Job/user-service-migrate (namespace marty)', 'kept'],
        ['Pod/user-service-test-connection (namespace marty)', 'test-dropped'],
      ]),
    );
    const keptFiles = await listFiles(join(work, 'hooks-keep'));
    expect(keptFiles).toContain('base/job-user-service-migrate.yaml');
    expect(keptFiles.some((f) => f.includes('test-connection'))).toBe(false);

    const dropped = await convertChart(base(join(work, 'hooks-drop'), { hookMode: 'drop' }));
    expect(dropped.exitCode).toBe(0);
    expect(
      (await listFiles(join(work, 'hooks-drop'))).some((f) => f.includes('job-user-service-migrate')),
    ).toBe(false);

    const argo = await convertChart(base(join(work, 'hooks-argo'), { hookMode: 'argocd' }));
    expect(argo.exitCode).toBe(0);
    const job = await readFile(join(work, 'hooks-argo', 'base', 'job-user-service-migrate.yaml'), 'utf8');
    expect(job).toContain('argocd.argoproj.io/hook: PreSync');
    expect(job).toContain('argocd.argoproj.io/sync-wave: "-5"');
    expect(job).toContain('argocd.argoproj.io/hook-delete-policy: BeforeHookCreation,HookSucceeded');
    expect(job).not.toContain('helm.sh/hook');
  });

  test('a packaged .tgz chart converts like its directory', async () => {
    const pkgDir = join(work, 'pkg');
    execFileSync(helm, ['package', example.chart, '--destination', pkgDir], { encoding: 'utf8' });
    const tgz = join(pkgDir, 'marty-service-0.3.0.tgz');
    const result = await convertChart(base(join(work, 'from-tgz'), { chart: tgz }));
    expect(result.exitCode).toBe(0);
    expect(result.report.chart).toMatchObject({ name: 'marty-service', version: '0.3.0', source: tgz });
    expect(result.report.parity).toEqual({ identical: true, environments: 3, identicalEnvironments: 3 });
  });

  test('a kustomize build that differs from helm is reported with field paths and exit code 3', async () => {
    // A kubectl wrapper that alters one field of the prod build stands in for a
    // kustomize that does not reproduce the render.
    const wrapper = join(work, 'lying', 'kubectl');
    await mkdir(join(work, 'lying'), { recursive: true });
    await writeFile(
      wrapper,
      `#!/usr/bin/env bash\nif [ "$1" = kustomize ] && [[ "$2" == */prod ]]; then "${kubectl}" "$@" | sed 's/cpu: 500m/cpu: 900m/'; exit "\${PIPESTATUS[0]}"; fi\nexec "${kubectl}" "$@"\n`,
      { mode: 0o755 },
    );
    const result = await convertChart(base(join(work, 'differs'), { kustomizePath: wrapper }));
    expect(result.exitCode).toBe(3);
    expect(result.report.parity).toEqual({ identical: false, environments: 3, identicalEnvironments: 2 });
    const prod = result.report.environments.find((e) => e.name === 'prod');
    expect(prod?.parity?.changed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          resource: 'Deployment/user-service (namespace marty)',
          fields: [{ path: 'spec.template.spec.containers[0].resources.requests.cpu', change: 'changed' }],
        }),
      ]),
    );
    const markdown = await readFile(join(work, 'differs', 'MIGRATION_REPORT.md'), 'utf8');
    expect(markdown).toContain('`spec.template.spec.containers[0].resources.requests.cpu` changed');
  });
});
