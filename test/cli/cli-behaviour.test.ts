import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_KUBECTL, REPO_ROOT, runCli, runMigrate } from '../support/run-cli.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'marty-service');
const exampleEnvs = ['dev', 'staging', 'prod'].flatMap((e) => [
  '--env',
  `${e}=${join(EXAMPLE, `values-${e}.yaml`)}`,
]);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-cli-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the mmf command line', () => {
  test('the README demo prints one verdict per environment and parity N/N, exit 0', async () => {
    const run = await runMigrate([
      '--chart',
      EXAMPLE,
      ...exampleEnvs,
      '--release',
      'user-service',
      '--namespace',
      'marty',
      '--output',
      join(work, 'demo'),
      '--validate',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/dev: 9 resources, .*identical/);
    expect(run.stdout).toMatch(/prod: 15 resources, .*identical/);
    expect(run.stdout).toContain('parity: 3/3 environments');
    expect(run.stderr).toContain('Using helm v4.1.4');
  });

  test('a parity difference exits 3 with an E_PARITY error naming the environment', async () => {
    const lying = join(work, 'lying');
    await mkdir(lying, { recursive: true });
    await writeFile(
      join(lying, 'kubectl'),
      `#!/usr/bin/env bash\nif [ "$1" = kustomize ] && [[ "$2" == */staging ]]; then "${CLI_KUBECTL}" "$@" | sed 's/FEATURE_X/FEATURE_Y/'; exit "\${PIPESTATUS[0]}"; fi\nexec "${CLI_KUBECTL}" "$@"\n`,
      { mode: 0o755 },
    );
    const run = await runMigrate(
      [
        '--chart',
        EXAMPLE,
        ...exampleEnvs,
        '--release',
        'user-service',
        '--output',
        join(work, 'differs'),
        '--validate',
      ],
      {
        env: { MMF_KUBECTL: join(lying, 'kubectl') },
      },
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('staging: 11 resources');
    expect(run.stdout).toContain('DIFFERS');
    expect(run.stdout).toContain('parity: 2/3 environments');
    expect(run.stderr).toMatch(
      /error\[E_PARITY\]: [^\n]+: 1 of 3 environments differ from helm template: staging\n/,
    );
  });

  test('--force never replaces the current directory or a folder holding the chart', async () => {
    const project = join(work, 'project');
    await cp(EXAMPLE, join(project, 'chart'), { recursive: true });
    const here = await runMigrate(['--chart', 'chart', '--output', '.', '--force'], { cwd: project });
    expect(here.code).toBe(1);
    expect(here.stderr).toContain('error[E_OUTPUT_NOT_EMPTY]');
    const parent = await runMigrate(['--chart', join(project, 'chart'), '--output', project, '--force']);
    expect(parent.code).toBe(1);
    expect(parent.stderr).toContain('refusing to replace a folder that holds');
    expect((await readdir(join(project, 'chart'))).sort()).toContain('Chart.yaml');
  });

  test('an --env given as a bare values file says how to name it', async () => {
    const run = await runMigrate([
      '--chart',
      EXAMPLE,
      '--env',
      'values-prod.yaml',
      '--output',
      join(work, 'bare'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error[E_ENV_NAME]');
    expect(run.stderr).toContain('--env prod=values-prod.yaml');
  });

  test('no subcommand is a usage error; --help and --version succeed', async () => {
    expect((await runCli([])).code).toBe(1);
    expect((await runCli(['migrate'])).code).toBe(1);
    expect((await runCli(['--help'])).code).toBe(0);
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('help wraps at $COLUMNS when stdout is no terminal (else at 80), at word boundaries', async () => {
    for (const [columns, width] of [
      ['50', 50],
      [undefined, 80],
    ] as const) {
      const run = await runCli(['diff', '--help'], { env: { COLUMNS: columns } });
      expect(run.code).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines.filter((l) => l.length > width)).toEqual([]);
      // The description is one paragraph, wrapped: its words run on across lines.
      const description = lines.slice(2, lines.indexOf('', 2)).join(' ');
      expect(description).toContain('a folder or file of YAML, or any of those at a git ref (--base-ref).');
    }
  });

  test('--kube-version and --api-versions reach helm template', async () => {
    const chart = join(work, 'caps');
    await mkdir(join(chart, 'templates'), { recursive: true });
    await writeFile(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: caps\nversion: 0.1.0\n');
    await writeFile(
      join(chart, 'templates', 'cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: caps\ndata:\n  kube: {{ .Capabilities.KubeVersion.Version | quote }}\n  monitoring: {{ .Capabilities.APIVersions.Has "monitoring.coreos.com/v1" | quote }}\n',
    );
    const out = join(work, 'caps-out');
    const run = await runMigrate([
      '--chart',
      chart,
      '--output',
      out,
      '--kube-version',
      '1.31.4',
      '--api-versions',
      'monitoring.coreos.com/v1',
      '--validate',
    ]);
    expect(run.code).toBe(0);
    const { readFile } = await import('node:fs/promises');
    const cm = await readFile(join(out, 'base', 'configmap-caps.yaml'), 'utf8');
    expect(cm).toContain('kube: v1.31.4');
    expect(cm).toContain('monitoring: "true"');
    expect(await readFile(join(out, 'MIGRATION_REPORT.md'), 'utf8')).toContain('.Capabilities');
  });

  test('scaffold service, then generate-overlay for another environment: it builds, keeps the registry and is valid', async () => {
    const dir = join(work, 'orders');
    const scaffold = await runCli([
      'scaffold',
      'service',
      '--name',
      'orders',
      '--output',
      dir,
      '--image',
      'ghcr.io/acme/orders:1.2.0',
    ]);
    expect(scaffold.code).toBe(0);
    const overlay = await runCli([
      'migrate',
      'generate-overlay',
      '--service-name',
      'orders',
      '--environment',
      'staging',
      '--output',
      dir,
      '--image-tag',
      '1.1.0',
      '--validate',
    ]);
    expect(overlay.stderr).not.toContain('error[');
    expect(overlay.code).toBe(0);
    const { buildKustomization } = await import('../../actions/platform/kustomize/kustomize-build.js');
    const { kubectlTool } = await import('../support/build-plan.js');
    const built = await buildKustomization(await kubectlTool(CLI_KUBECTL), join(dir, 'overlays', 'staging'));
    expect(built.manifests).toContain('image: ghcr.io/acme/orders:1.1.0');
  });
});
