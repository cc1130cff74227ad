/**
 * `mmf migrate config` end to end: each component it writes, alone and all
 * together, builds over a minimal base of the same service with the real
 * kustomize (kubectl 1.33 and 1.35), every built object validates against its
 * schema, and bad input fails with its catalogued error and writes nothing.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonObject } from '../../actions/kernel/json.js';
import { KUBECTLS } from '../support/tools.js';
import { validateObjects } from '../support/validate-manifests.js';
import {
  build,
  find,
  FIXTURES,
  listAll,
  listTree,
  runMigrate,
  writeBase,
  writeTestOverlay,
  type BasePorts,
} from './support.js';

const REPO_BAD = join(FIXTURES, '..', '..', 'fixtures', 'bad');
const fixture = (name: string) => join(FIXTURES, name);

interface Case {
  label: string;
  service: string;
  values: string[];
  flags: string[];
  ports: BasePorts;
  components: string[];
}

const CASES: Case[] = [
  {
    label: 'legacy per-service values',
    service: 'payment-service',
    values: ['values-legacy.yaml'],
    flags: ['--service-name', 'payment-service'],
    ports: { http: 8000, metrics: 9100 },
    components: ['observability'],
  },
  {
    label: 'standardised chart on Istio',
    service: 'document-signer',
    values: ['values-standard.yaml'],
    flags: [],
    ports: { http: 8080, grpc: 9090, metrics: 8081 },
    components: ['service-mesh', 'observability', 'security'],
  },
  {
    label: 'standardised chart on Linkerd (two values files)',
    service: 'document-signer',
    values: ['values-standard.yaml', 'values-standard-linkerd.yaml'],
    flags: ['--namespace', 'marty'],
    ports: { http: 8080, grpc: 9090, metrics: 8081 },
    components: ['service-mesh', 'observability', 'security'],
  },
  {
    label: 'helm create values',
    service: 'web',
    values: ['values-helm-create.yaml'],
    flags: ['--service-name', 'web'],
    ports: { http: 80 },
    components: ['security'],
  },
];

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-gen-config-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function migrate(c: Case): Promise<void> {
  await writeBase(work, c.service, c.ports);
  const run = await runMigrate([
    'config',
    ...c.values.flatMap((v) => ['--values', fixture(v)]),
    '--output',
    work,
    ...c.flags,
  ]);
  expect(run.stderr).not.toContain('error[');
  expect(run.code).toBe(0);
}

describe.each(CASES)('migrate config: $label', (c) => {
  test('writes the components and the reports', async () => {
    await migrate(c);
    const files = await listTree(join(work, 'components'));
    expect(files).toContain('MIGRATION_CONFIG_REPORT.md');
    expect(files).toContain('config-report.json');
    for (const name of c.components) expect(files).toContain(`${name}/kustomization.yaml`);
    const report = JSON.parse(await readFile(join(work, 'components', 'config-report.json'), 'utf8')) as {
      components: { name: string; generated: boolean }[];
    };
    expect(report.components.filter((x) => x.generated).map((x) => x.name)).toEqual(c.components);
  });

  test.each(KUBECTLS)('each component and all together build and validate ($label)', async ({ kubectl }) => {
    await migrate(c);
    for (const set of [c.components, ...c.components.map((x) => [x])]) {
      const overlay = await writeTestOverlay(work, set.length > 1 ? 'all' : (set[0] as string), set);
      const objects = await build(kubectl, overlay);
      expect({ set, problems: await validateObjects(objects) }).toEqual({ set, problems: [] });
    }
  });
});

describe.each(KUBECTLS)('what the built components hold ($label)', ({ kubectl }) => {
  test('standardised chart on Linkerd: inject, Servers, PodMonitor, security patches, PSA labels', async () => {
    const c = CASES[2] as Case;
    await migrate(c);
    const objects = await build(kubectl, await writeTestOverlay(work, 'all', c.components));
    const deployment = find(objects, 'Deployment', 'document-signer');
    const template = (deployment.spec as JsonObject).template as JsonObject;
    expect((template.metadata as JsonObject).annotations).toEqual({ 'linkerd.io/inject': 'enabled' });
    const pod = template.spec as JsonObject;
    expect(pod.serviceAccountName).toBe('document-signer');
    expect(pod.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: 1000,
      runAsGroup: 1000,
      fsGroup: 1000,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect((pod.containers as JsonObject[])[0]?.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect((find(objects, 'Namespace', 'marty').metadata as JsonObject).labels).toEqual({
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'latest',
      'pod-security.kubernetes.io/audit': 'restricted',
      'pod-security.kubernetes.io/warn': 'restricted',
    });
    expect(find(objects, 'RoleBinding', 'document-signer')).toMatchObject({
      metadata: { namespace: 'marty' },
      subjects: [{ kind: 'ServiceAccount', name: 'document-signer', namespace: 'marty' }],
    });
    expect(find(objects, 'PodMonitor', 'document-signer').spec).toMatchObject({
      podMetricsEndpoints: [{ port: 'metrics', scheme: 'http' }],
    });
    expect((find(objects, 'NetworkPolicy', 'document-signer').spec as JsonObject).ingress).toEqual([
      {
        ports: [
          { protocol: 'TCP', port: 8080 },
          { protocol: 'TCP', port: 9090 },
          { protocol: 'TCP', port: 8081 },
          { protocol: 'TCP', port: 4191 },
        ],
      },
    ]);
    expect(find(objects, 'ServerAuthorization', 'document-signer-metrics').spec).toMatchObject({
      client: { unauthenticated: true },
    });
  });
});

describe('migrate config bad input: one error, nothing written', () => {
  async function expectFailure(args: string[], code: string, file?: string): Promise<void> {
    await writeBase(work, 'svc');
    const before = await listAll(work);
    const run = await runMigrate(['config', ...args, '--output', work]);
    expect(run.code).toBe(1);
    expect(run.error?.code).toBe(code);
    if (file) expect(run.error?.file).toBe(file);
    expect(run.stderr).toMatch(new RegExp(`^error\\[${code}\\]: `));
    expect(run.stdout).toBe('');
    expect(await listAll(work)).toEqual(before);
  }

  test('invalid YAML (E_VALUES_YAML)', async () => {
    const file = join(REPO_BAD, 'values-invalid.yaml');
    await expectFailure(
      ['--values', fixture('values-legacy.yaml'), '--values', file, '--service-name', 'svc'],
      'E_VALUES_YAML',
      file,
    );
  });

  test('an alias bomb (E_YAML_ALIASES)', async () => {
    const file = join(REPO_BAD, 'values-alias-bomb.yaml');
    await expectFailure(['--values', file, '--service-name', 'svc'], 'E_YAML_ALIASES', file);
  });

  test('a service name that is not DNS-1123 (E_NAME_INVALID)', async () => {
    await expectFailure(
      ['--values', fixture('values-legacy.yaml'), '--service-name', 'Payment_Service'],
      'E_NAME_INVALID',
    );
  });

  test('a values key of the wrong shape (E_INPUT_INVALID)', async () => {
    const file = join(work, 'wrong.yaml');
    await writeFile(file, 'serviceMesh:\n  enabled: true\n  type: consul\n');
    await expectFailure(['--values', file, '--service-name', 'svc'], 'E_INPUT_INVALID', file);
  });

  test('a missing values file (E_VALUES_NOT_FOUND), and no --values (E_USAGE)', async () => {
    await expectFailure(['--values', join(work, 'nope.yaml'), '--service-name', 'svc'], 'E_VALUES_NOT_FOUND');
    await expectFailure(['--service-name', 'svc'], 'E_USAGE');
  });

  test('an existing components folder (E_OUTPUT_NOT_EMPTY); --force replaces only components/', async () => {
    await mkdir(join(work, 'components'));
    await writeFile(join(work, 'components', 'mine.yaml'), 'kind: Keep\n');
    const args = ['--values', fixture('values-legacy.yaml'), '--service-name', 'payment-service'];
    await expectFailure(args, 'E_OUTPUT_NOT_EMPTY', join(work, 'components'));
    const forced = await runMigrate(['config', ...args, '--output', work, '--force']);
    expect(forced.code).toBe(0);
    const files = await listTree(work);
    expect(files).toContain('base/deployment.yaml');
    expect(files).toContain('components/observability/kustomization.yaml');
    expect(files).not.toContain('components/mine.yaml');
  });

  test('unknown values keys are reported, not an error', async () => {
    await writeBase(work, 'payment-service');
    const run = await runMigrate([
      'config',
      ...['--values', fixture('values-legacy.yaml'), '--service-name', 'payment-service', '--output', work],
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: 2 values key(s) not understood');
    expect(run.stderr).toContain('cache, workers');
    const md = await readFile(join(work, 'components', 'MIGRATION_CONFIG_REPORT.md'), 'utf8');
    expect(md).toContain('**2 values key(s) not understood**');
    expect(md).toMatch(/## Not understood[\s\S]*- `cache`[\s\S]*- `workers`/);
  });
});
