/**
 * `mmf infra config` end to end on a realistic EKS `terraform output -json`
 * (fixtures/eks-outputs.json): the files, cluster.yaml, the kustomization
 * built with the real kustomize of both kubectl versions and validated
 * against the Kubernetes schemas, the IRSA component applied in an overlay,
 * and the sensitive values: only in the git-ignored env file, never in a
 * tracked file, the report, stdout or stderr.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKustomization } from '../../actions/platform/kustomize/kustomize-build.js';
import type { JsonObject } from '../../actions/kernel/json.js';
import { parseYamlDocuments, toYamlStream } from '../../actions/kernel/yaml-codec.js';
import { kubectlTool } from '../support/build-plan.js';
import { KUBECTLS } from '../support/tools.js';
import { validateObjects } from '../support/validate-manifests.js';
import { runInfraCli, type InfraRun } from './run-infra-cli.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'eks-outputs.json');
/** The sensitive values of the fixture (two marked sensitive, one only named like a password). */
const CANARIES = ['Xq7-CANARY-7d3f9a21-db-pass', 'CANARY-5e82b4c0-msk-sasl', 'CANARY-91c4e6aa-grafana'];
const FORBIDDEN = [...CANARIES, ...CANARIES.map((c) => Buffer.from(c).toString('base64')), 'CANARY'];

let work: string;
let out: string;
let run: InfraRun;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-infra-'));
  out = join(work, 'infra');
  run = await runInfraCli([
    'infra',
    'config',
    '--terraform-outputs',
    FIXTURE,
    '--output',
    out,
    '--namespace',
    'marty',
  ]);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

async function yamlFile(path: string): Promise<JsonObject> {
  return parseYamlDocuments(await readFile(path, 'utf8'), path)[0]?.value as JsonObject;
}

const objectsOf = (manifests: string) =>
  parseYamlDocuments(manifests, 'build').map((d) => d.value as JsonObject);

it('succeeds and writes the cluster config, kustomization, env file, IRSA component and report', async () => {
  expect(run.stderr).not.toContain('error[');
  expect(run.code).toBe(0);
  expect(await files(out)).toEqual([
    '.gitignore',
    'INFRA_CONFIG_REPORT.md',
    'cluster.yaml',
    'irsa/kustomization.yaml',
    'irsa/serviceaccount-external-dns.yaml',
    'irsa/serviceaccount-order-service.yaml',
    'irsa/serviceaccount-payment-service.yaml',
    'irsa/serviceaccount-user-service.yaml',
    'kustomization.yaml',
    'secrets/infra.env',
  ]);
  expect((await stat(join(out, 'secrets', 'infra.env'))).mode & 0o777).toBe(0o600);
  expect(await readdir(work)).toEqual(['infra']); // no staging folder left behind
  expect(run.stdout).toContain('ConfigMap infra-config (22 keys)');
  expect(run.stdout).toContain('Secret infra-secrets (3 keys)');
});

it('writes cluster.yaml with the cluster, network, service endpoints and IRSA roles, but no secret', async () => {
  const config = await yamlFile(join(out, 'cluster.yaml'));
  expect(config).toEqual({
    apiVersion: 'mmf/v1alpha1',
    kind: 'ClusterConfig',
    metadata: { source: 'eks-outputs.json' },
    cluster: {
      name: 'marty-prod',
      endpoint: 'https://9F3A1C7E5B2D4F6A8C0E1B3D5F7A9C2E.gr7.eu-west-1.eks.amazonaws.com',
      certificateAuthorityData: expect.stringMatching(/^LS0tLS1CRUdJTi/),
      version: '1.33',
      arn: 'arn:aws:eks:eu-west-1:123456789012:cluster/marty-prod',
      oidcIssuerUrl: 'https://oidc.eks.eu-west-1.amazonaws.com/id/9F3A1C7E5B2D4F6A8C0E1B3D5F7A9C2E',
      provider: 'aws',
      region: 'eu-west-1',
    },
    network: {
      vpcId: 'vpc-0a1b2c3d4e5f60718',
      vpcCidrBlock: '10.40.0.0/16',
      privateSubnetIds: ['subnet-0a1b2c3d4e5f60718', 'subnet-0b2c3d4e5f6071829', 'subnet-0c3d4e5f607182930'],
      publicSubnetIds: ['subnet-0d4e5f60718293a41', 'subnet-0e5f60718293a4b52', 'subnet-0f60718293a4b5c63'],
    },
    services: {
      database: {
        endpoint: 'marty-prod-postgres.c8x2k4q9z1ab.eu-west-1.rds.amazonaws.com',
        name: 'marty',
        port: 5432,
      },
      kafka: { bootstrapBrokers: expect.arrayContaining([expect.stringMatching(/^b-1\..*:9096$/)]) },
      cache: { endpoint: 'master.marty-prod-redis.q1w2e3.euw1.cache.amazonaws.com', port: 6379 },
    },
    serviceAccounts: [
      { name: 'external-dns', roleArn: 'arn:aws:iam::123456789012:role/marty-prod-external-dns' },
      { name: 'order-service', roleArn: 'arn:aws:iam::123456789012:role/marty-prod-order-service' },
      {
        name: 'payment-service',
        namespace: 'payments',
        roleArn: 'arn:aws:iam::123456789012:role/marty-prod-payment-service',
      },
      { name: 'user-service', roleArn: 'arn:aws:iam::123456789012:role/marty-prod-user-service' },
    ],
  });
});

describe.each(KUBECTLS)('the kustomization ($label)', ({ kubectl }) => {
  it('builds with the real kustomize into a valid ConfigMap and Secret, names kept', async () => {
    const built = await buildKustomization(await kubectlTool(kubectl), out);
    const objects = objectsOf(built.manifests);
    expect(await validateObjects(objects)).toEqual([]);
    expect(
      objects.map(
        (o) => `${o.kind}/${(o.metadata as JsonObject).namespace}/${(o.metadata as JsonObject).name}`,
      ),
    ).toEqual(['ConfigMap/marty/infra-config', 'Secret/marty/infra-secrets']);
    const [configMap, secret] = objects as [JsonObject, JsonObject];
    expect((configMap.metadata as JsonObject).labels).toEqual({
      'app.kubernetes.io/name': 'infra',
      'app.kubernetes.io/component': 'infrastructure-config',
    });
    const data = configMap.data as Record<string, string>;
    expect(data).toMatchObject({
      CLUSTER_NAME: 'marty-prod',
      CLUSTER_ENDPOINT: 'https://9F3A1C7E5B2D4F6A8C0E1B3D5F7A9C2E.gr7.eu-west-1.eks.amazonaws.com',
      VPC_ID: 'vpc-0a1b2c3d4e5f60718',
      PRIVATE_SUBNET_IDS: 'subnet-0a1b2c3d4e5f60718,subnet-0b2c3d4e5f6071829,subnet-0c3d4e5f607182930',
      DATABASE_PORT: '5432',
      ENABLE_SERVICE_MESH: 'true',
      KAFKA_BOOTSTRAP_BROKERS: expect.stringMatching(/^b-1\.[^,]+:9096,b-2\.[^,]+:9096,b-3\.[^,]+:9096$/),
      TAGS: '{"Environment":"prod","Project":"marty","Team":"platform"}',
    });
    expect(JSON.parse(data.SERVICE_IRSA_ROLE_ARNS as string)).toHaveProperty(
      'user-service',
      'arn:aws:iam::123456789012:role/marty-prod-user-service',
    );
    expect(Buffer.from(data.CLUSTER_CERTIFICATE_AUTHORITY_DATA as string, 'base64').toString()).toMatch(
      /^-----BEGIN CERTIFICATE-----\n/,
    );
    expect(Object.keys(data)).not.toContain('BASTION_PUBLIC_IP'); // null: skipped
    for (const key of ['DATABASE_PASSWORD', 'MSK_SASL_PASSWORD', 'GRAFANA_ADMIN_PASSWORD'])
      expect(Object.keys(data)).not.toContain(key);
    for (const canary of CANARIES) expect(JSON.stringify(configMap)).not.toContain(canary);
    const decoded = Object.fromEntries(
      Object.entries(secret.data as Record<string, string>).map(([k, v]) => [
        k,
        Buffer.from(v, 'base64').toString(),
      ]),
    );
    expect(decoded).toEqual({
      DATABASE_PASSWORD: CANARIES[0],
      GRAFANA_ADMIN_PASSWORD: CANARIES[2],
      MSK_SASL_PASSWORD: CANARIES[1],
    });
    expect(secret.type).toBe('Opaque');
  });

  it('annotates the matching ServiceAccounts of an overlay that includes the IRSA component', async () => {
    const overlay = await mkdtemp(join(work, 'overlay-'));
    const accounts = [
      ['marty', 'user-service'],
      ['marty', 'user-service-worker'], // a longer name: target names are anchored
      ['marty', 'payment-service'], // the map binds payment-service in "payments" only
      ['payments', 'payment-service'],
      ['marty', 'order-service'],
    ];
    await writeFile(
      join(overlay, 'serviceaccounts.yaml'),
      toYamlStream(
        accounts.map(([namespace, name]) => ({
          apiVersion: 'v1',
          kind: 'ServiceAccount',
          metadata: { name, namespace },
        })),
      ),
    );
    await writeFile(
      join(overlay, 'kustomization.yaml'),
      `resources:\n- serviceaccounts.yaml\n- ../infra\ncomponents:\n- ../infra/irsa\n`,
    );
    const objects = objectsOf((await buildKustomization(await kubectlTool(kubectl), overlay)).manifests);
    expect(await validateObjects(objects)).toEqual([]);
    const roles = objects
      .filter((o) => o.kind === 'ServiceAccount')
      .map((o) => {
        const meta = o.metadata as JsonObject;
        const role = (meta.annotations as Record<string, string> | undefined)?.['eks.amazonaws.com/role-arn'];
        return `${meta.namespace}/${meta.name} ${role ?? '-'}`;
      })
      .sort();
    expect(roles).toEqual([
      'marty/order-service arn:aws:iam::123456789012:role/marty-prod-order-service',
      'marty/payment-service -',
      'marty/user-service arn:aws:iam::123456789012:role/marty-prod-user-service',
      'marty/user-service-worker -',
      'payments/payment-service arn:aws:iam::123456789012:role/marty-prod-payment-service',
    ]);
    expect(objects.filter((o) => o.kind !== 'ServiceAccount').map((o) => o.kind)).toEqual([
      'ConfigMap',
      'Secret',
    ]);
  });
});

it('keeps every sensitive value out of git: only the ignored env file holds them', async () => {
  const repo = join(work, 'repo');
  await mkdir(repo);
  const cli = await runInfraCli([
    'infra',
    'config',
    '--terraform-outputs',
    FIXTURE,
    '--output',
    join(repo, 'k8s', 'infra'),
  ]);
  expect(cli.code).toBe(0);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'core.excludesFile=/dev/null', ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    });
  git('init', '--quiet');
  git('add', '-A');
  const tracked = git('ls-files', '-z').split('\0').filter(Boolean).sort();
  expect(tracked).toEqual([
    'k8s/infra/.gitignore',
    'k8s/infra/INFRA_CONFIG_REPORT.md',
    'k8s/infra/cluster.yaml',
    'k8s/infra/irsa/kustomization.yaml',
    'k8s/infra/irsa/serviceaccount-external-dns.yaml',
    'k8s/infra/irsa/serviceaccount-order-service.yaml',
    'k8s/infra/irsa/serviceaccount-payment-service.yaml',
    'k8s/infra/irsa/serviceaccount-user-service.yaml',
    'k8s/infra/kustomization.yaml',
  ]);
  for (const path of tracked) {
    const content = git('show', `:${path}`); // the staged blob: exactly what a commit would hold
    for (const forbidden of FORBIDDEN)
      expect({ path, leaked: content.includes(forbidden) }).toEqual({ path, leaked: false });
  }
  expect(git('check-ignore', 'k8s/infra/secrets/infra.env').trim()).toBe('k8s/infra/secrets/infra.env');
  const env = await readFile(join(repo, 'k8s', 'infra', 'secrets', 'infra.env'), 'utf8');
  for (const canary of CANARIES) expect(env).toContain(canary);
  // Nor on the terminal, nor in the --json report.
  const json = await runInfraCli([
    'infra',
    'config',
    '--terraform-outputs',
    FIXTURE,
    '--output',
    join(work, 'json'),
    '--json',
  ]);
  expect(json.code).toBe(0);
  expect(JSON.parse(json.stdout)).toMatchObject({ command: 'infra config', ok: true, error: null });
  expect(JSON.parse(json.stdout)).toHaveProperty('result.secret.keys');
  for (const text of [cli.stdout, cli.stderr, run.stdout, run.stderr, json.stdout, json.stderr])
    for (const forbidden of FORBIDDEN) expect(text).not.toContain(forbidden);
});

it('reports every output and where it went, sensitive ones by name only', async () => {
  const report = await readFile(join(out, 'INFRA_CONFIG_REPORT.md'), 'utf8');
  expect(report).toContain(
    '| `database_password` | string | yes | Secret infra-secrets: DATABASE_PASSWORD (secrets/infra.env, git-ignored) |',
  );
  expect(report).toContain('| `grafana_admin_password` | string | by name |');
  expect(report).toContain(
    '| `cluster_endpoint` | string | no | ConfigMap infra-config: CLUSTER_ENDPOINT<br>cluster.yaml: cluster.endpoint |',
  );
  expect(report).toContain('- `bastion_public_ip`: value is null');
  expect(report).toContain(
    '| `KAFKA_BOOTSTRAP_BROKERS` | ConfigMap | `kafka_bootstrap_brokers` | list, comma-joined |',
  );
  expect(report).toContain('`service_irsa_role_arns["payments/payment-service"]`');
  expect(run.stderr).toContain('grafana_admin_password'); // the by-name warning, with the name only
});

it('gives byte-identical files for the same input, and replaces its own output with --force', async () => {
  const again = join(work, 'again');
  expect(
    (
      await runInfraCli([
        'infra',
        'config',
        '--terraform-outputs',
        FIXTURE,
        '--output',
        again,
        '--namespace',
        'marty',
      ])
    ).code,
  ).toBe(0);
  const list = await files(out);
  expect(await files(again)).toEqual(list);
  for (const path of list)
    expect(await readFile(join(again, path), 'utf8')).toBe(await readFile(join(out, path), 'utf8'));
  const forced = await runInfraCli([
    'infra',
    'config',
    '--terraform-outputs',
    FIXTURE,
    '--output',
    again,
    '--name',
    'eks',
    '--force',
  ]);
  expect(forced.code).toBe(0);
  expect(await files(again)).toContain('secrets/eks.env');
  expect(await files(again)).not.toContain('secrets/infra.env');
});
