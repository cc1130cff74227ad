/**
 * `mmf migrate generate-overlay`: the overlay it writes builds over a minimal
 * base with the real kustomize (kubectl 1.33 and 1.35), every built object
 * validates against its schema, and bad input fails before anything is written.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonObject } from '../../actions/kernel/json.js';
import { parseYamlDocuments } from '../../actions/kernel/yaml-codec.js';
import { planOverlay } from '../../actions/overlay/core/plan-overlay.js';
import { HELMS, KUBECTLS } from '../support/tools.js';
import { validateObjects } from '../support/validate-manifests.js';
import { build, find, listAll, runMigrate, writeBase } from './support.js';

const SVC = 'user-service';
let work: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-gen-overlay-'));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

function yamlOf(text: string): JsonObject {
  return parseYamlDocuments(text, 'test')[0]?.value as JsonObject;
}

describe('planOverlay (pure)', () => {
  test('writes kustomize fields for namespace, image tag and replicas, and a resources patch', () => {
    const plan = planOverlay({
      serviceName: SVC,
      environment: 'prod',
      namespace: 'marty',
      replicas: 3,
      image: { name: 'registry.example.com/marty/user-service', tag: '1.4.2' },
      container: SVC,
      resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } },
    });
    expect(plan.dir).toBe('overlays/prod');
    expect([...plan.files.keys()].sort()).toEqual(['deployment-resources.yaml', 'kustomization.yaml']);
    expect(yamlOf(plan.files.get('kustomization.yaml') as string)).toEqual({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace: 'marty',
      resources: ['../../base'],
      images: [{ name: 'registry.example.com/marty/user-service', newTag: '1.4.2' }],
      replicas: [{ name: SVC, count: 3 }],
      patches: [{ path: 'deployment-resources.yaml' }],
    });
    expect(yamlOf(plan.files.get('deployment-resources.yaml') as string)).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: SVC },
      spec: {
        template: {
          spec: {
            containers: [
              {
                name: SVC,
                resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } },
              },
            ],
          },
        },
      },
    });
  });

  test('is deterministic', () => {
    const options = { serviceName: SVC, environment: 'dev', serviceMesh: 'linkerd' as const, replicas: 1 };
    expect([...planOverlay(options).files]).toEqual([...planOverlay(options).files]);
  });

  test.each([
    [{ serviceName: 'User_Service', environment: 'prod' }, 'E_NAME_INVALID'],
    [{ serviceName: '1service', environment: 'prod' }, 'E_NAME_INVALID'],
    [{ serviceName: SVC, environment: '../prod' }, 'E_NAME_INVALID'],
    [{ serviceName: SVC, environment: 'prod', namespace: 'Marty' }, 'E_NAME_INVALID'],
    [{ serviceName: SVC, environment: 'prod', replicas: -1 }, 'E_USAGE'],
    [{ serviceName: SVC, environment: 'prod', resources: { requests: { cpu: 'lots' } } }, 'E_USAGE'],
    [
      {
        serviceName: SVC,
        environment: 'prod',
        resources: { requests: { cpu: '2' }, limits: { cpu: '500m' } },
      },
      'E_USAGE',
    ],
    [{ serviceName: SVC, environment: 'prod', image: { name: 'x', tag: 'bad tag' } }, 'E_USAGE'],
  ])('refuses %j with %s', (options, code) => {
    expect(() => planOverlay(options)).toThrow(expect.objectContaining({ code }));
  });
});

describe.each(KUBECTLS)('generate-overlay builds and validates ($label)', ({ kubectl }) => {
  test('plain overlay: namespace, image tag, replicas, resources', async () => {
    await writeBase(work, SVC, { http: 8080, grpc: 9090, metrics: 8081 });
    const run = await runMigrate([
      'generate-overlay',
      ...['--service-name', SVC, '--environment', 'prod', '--output', work],
      ...['--namespace', 'marty', '--replicas', '3', '--image-tag', '1.4.2'],
      ...[
        '--cpu-request',
        '250m',
        '--cpu-limit',
        '1',
        '--memory-request',
        '256Mi',
        '--memory-limit',
        '512Mi',
      ],
      ...['--validate', '--kustomize', kubectl],
    ]);
    expect(run.stderr).not.toContain('error[');
    expect(run.code).toBe(0);
    const objects = await build(kubectl, join(work, 'overlays', 'prod'));
    expect(await validateObjects(objects)).toEqual([]);
    const deployment = find(objects, 'Deployment', SVC);
    expect(deployment.metadata).toMatchObject({ namespace: 'marty' });
    expect(deployment.spec).toMatchObject({
      replicas: 3,
      template: {
        spec: {
          containers: [
            {
              name: SVC,
              image: 'registry.example.com/marty/user-service:1.4.2',
              resources: {
                requests: { cpu: '250m', memory: '256Mi' },
                limits: { cpu: '1', memory: '512Mi' },
              },
            },
          ],
        },
      },
    });
  });

  test('Istio: strict mTLS, ISTIO_MUTUAL with circuit breaking, timeouts and retries', async () => {
    await writeBase(work, SVC, { http: 8080, grpc: 9090, metrics: 8081 });
    const run = await runMigrate([
      'generate-overlay',
      ...['--service-name', SVC, '--environment', 'staging', '--output', work, '--service-mesh', 'istio'],
      ...['--timeout', '15s', '--retries', '2'],
    ]);
    expect(run.code).toBe(0);
    const objects = await build(kubectl, join(work, 'overlays', 'staging'));
    expect(await validateObjects(objects)).toEqual([]);
    expect(find(objects, 'PeerAuthentication', SVC).spec).toEqual({
      selector: { matchLabels: { 'app.kubernetes.io/name': SVC } },
      mtls: { mode: 'STRICT' },
      portLevelMtls: { '8081': { mode: 'PERMISSIVE' } },
    });
    expect(find(objects, 'DestinationRule', SVC).spec).toMatchObject({
      host: SVC,
      trafficPolicy: {
        tls: { mode: 'ISTIO_MUTUAL' },
        connectionPool: { tcp: { maxConnections: 100 } },
        outlierDetection: { consecutive5xxErrors: 5 },
      },
    });
    expect(find(objects, 'VirtualService', SVC).spec).toMatchObject({
      hosts: [SVC],
      http: [{ timeout: '15s', retries: { attempts: 2, perTryTimeout: '2s' } }],
    });
    const pod = (find(objects, 'Deployment', SVC).spec as JsonObject).template as JsonObject;
    expect((pod.metadata as JsonObject).labels).toMatchObject({ 'sidecar.istio.io/inject': 'true' });
  });

  test('Linkerd: inject annotation, Servers with mTLS authorizations, retry and timeout annotations', async () => {
    await writeBase(work, SVC, { http: 8080, grpc: 9090, metrics: 8081 });
    const run = await runMigrate([
      'generate-overlay',
      ...['--service-name', SVC, '--environment', 'dev', '--output', work, '--service-mesh', 'linkerd'],
    ]);
    expect(run.code).toBe(0);
    const objects = await build(kubectl, join(work, 'overlays', 'dev'));
    expect(await validateObjects(objects)).toEqual([]);
    const servers = objects.filter((o) => o.kind === 'Server');
    const ports = servers.map((s) => [(s.metadata as JsonObject).name, (s.spec as JsonObject).port]);
    expect(ports.sort()).toEqual([
      [`${SVC}-grpc`, 9090],
      [`${SVC}-http`, 8080],
      [`${SVC}-metrics`, 8081],
    ]);
    expect(find(objects, 'ServerAuthorization', `${SVC}-grpc`).spec).toEqual({
      server: { name: `${SVC}-grpc` },
      client: { meshTLS: { identities: ['*'] } },
    });
    const pod = (find(objects, 'Deployment', SVC).spec as JsonObject).template as JsonObject;
    expect((pod.metadata as JsonObject).annotations).toEqual({ 'linkerd.io/inject': 'enabled' });
    expect((find(objects, 'Service', SVC).metadata as JsonObject).annotations).toEqual({
      'balancer.linkerd.io/failure-accrual': 'consecutive',
      'balancer.linkerd.io/failure-accrual-consecutive-max-failures': '5',
      'retry.linkerd.io/http': 'gateway-error',
      'retry.linkerd.io/grpc': 'unavailable',
      'retry.linkerd.io/limit': '3',
      'retry.linkerd.io/timeout': '2s',
      'timeout.linkerd.io/request': '10s',
    });
  });
});

describe('generate-overlay options', () => {
  test('--timeout 0s and --retries 0 leave timeouts and retries out; a digest pins the image', async () => {
    await writeBase(work, SVC);
    const run = await runMigrate([
      'generate-overlay',
      ...['--service-name', SVC, '--environment', 'prod', '--output', work, '--service-mesh', 'istio'],
      ...['--timeout', '0s', '--retries', '0', '--image-tag', `sha256:${'a'.repeat(64)}`],
    ]);
    expect(run.code).toBe(0);
    const dir = join(work, 'overlays', 'prod');
    expect(yamlOf(await readFile(join(dir, 'virtualservice.yaml'), 'utf8')).spec).toEqual({
      hosts: [SVC],
      http: [{ route: [{ destination: { host: SVC } }] }],
    });
    expect(yamlOf(await readFile(join(dir, 'kustomization.yaml'), 'utf8')).images).toEqual([
      { name: 'registry.example.com/marty/user-service', digest: `sha256:${'a'.repeat(64)}` },
    ]);
    expect(run.stdout).toContain(`Wrote ${dir}/`);
  });

  test('--json prints the envelope with what was written as its result', async () => {
    await writeBase(work, SVC);
    const run = await runMigrate([
      'generate-overlay',
      ...['--service-name', SVC, '--env', 'dev', '--output', work, '--replicas', '1', '--json'],
    ]);
    expect(JSON.parse(run.stdout)).toEqual({
      command: 'migrate generate-overlay',
      ok: true,
      exitCode: 0,
      result: {
        dir: join(work, 'overlays', 'dev'),
        files: ['kustomization.yaml'],
        resources: [],
        patches: [],
        warnings: [],
      },
      error: null,
    });
  });

  test.each([
    ['--env', '--output'],
    ['--environment', '--output-path'],
  ])('%s and %s (canonical and old spellings) write the same overlay', async (envFlag, outputFlag) => {
    await writeBase(work, SVC);
    const run = await runMigrate([
      'generate-overlay',
      ...['--service-name', SVC, envFlag, 'qa', outputFlag, work, '--replicas', '3'],
    ]);
    expect(run.code).toBe(0);
    expect(
      yamlOf(await readFile(join(work, 'overlays', 'qa', 'kustomization.yaml'), 'utf8')).replicas,
    ).toEqual([{ name: SVC, count: 3 }]);
  });

  test('--timeout without --service-mesh is a usage error', async () => {
    const run = await runMigrate([
      'generate-overlay',
      '--service-name',
      SVC,
      '--environment',
      'dev',
      '--timeout',
      '5s',
    ]);
    expect(run.error?.code).toBe('E_USAGE');
  });
});

describe('generate-overlay bad input: an error paragraph, nothing written', () => {
  const base = ['--environment', 'prod'];

  test('a service name that is not DNS-1123 (E_NAME_INVALID)', async () => {
    await writeBase(work, SVC);
    const run = await runMigrate([
      'generate-overlay',
      '--service-name',
      'User_Service',
      ...base,
      '--output',
      work,
    ]);
    expect(run.code).toBe(1);
    expect(run.error?.code).toBe('E_NAME_INVALID');
    expect(run.stderr).toMatch(/^error\[E_NAME_INVALID\]: service name "User_Service"/);
    expect(await listAll(work)).toEqual([
      'base/',
      'base/deployment.yaml',
      'base/kustomization.yaml',
      'base/service.yaml',
    ]);
  });

  test('an existing overlay folder (E_OUTPUT_NOT_EMPTY), replaced only with --force', async () => {
    await writeBase(work, SVC);
    await mkdir(join(work, 'overlays', 'prod'), { recursive: true });
    await writeFile(join(work, 'overlays', 'prod', 'kustomization.yaml'), 'resources: [../../base]\n');
    const args = ['generate-overlay', '--service-name', SVC, ...base, '--output', work, '--replicas', '2'];
    const run = await runMigrate(args);
    expect(run.error?.code).toBe('E_OUTPUT_NOT_EMPTY');
    expect(await listAll(join(work, 'overlays'))).toEqual(['prod/', 'prod/kustomization.yaml']);
    expect(await readFile(join(work, 'overlays', 'prod', 'kustomization.yaml'), 'utf8')).toBe(
      'resources: [../../base]\n',
    );
    expect((await runMigrate([...args, '--force'])).code).toBe(0);
    expect(await readFile(join(work, 'overlays', 'prod', 'kustomization.yaml'), 'utf8')).toContain(
      'count: 2',
    );
  });

  test('--image-tag without a base to learn the image from (E_USAGE)', async () => {
    const run = await runMigrate([
      'generate-overlay',
      '--service-name',
      SVC,
      ...base,
      '--output',
      work,
      '--image-tag',
      '1.0',
    ]);
    expect(run.error?.code).toBe('E_USAGE');
    expect(run.error?.hint).toContain('--image');
    expect(await listAll(work)).toEqual([]);
  });

  test('a service the base does not hold: E_USAGE naming its Deployments, nothing written', async () => {
    await writeBase(work, 'other-service');
    const run = await runMigrate([
      'generate-overlay',
      ...['--service-name', SVC, '--environment', 'prod', '--output', work, '--replicas', '2'],
    ]);
    expect(run.code).toBe(1);
    expect(run.error).toMatchObject({ code: 'E_USAGE', file: join(work, 'base') });
    expect(run.stderr).toContain(`the base has no Deployment named ${SVC}`);
    expect(run.stderr).toContain('(its Deployments: other-service)');
    expect(run.error?.hint).toBe("pass the service's Deployment name, e.g. --service-name other-service");
    expect(await listAll(work)).toEqual([
      'base/',
      'base/deployment.yaml',
      'base/kustomization.yaml',
      'base/service.yaml',
    ]);
  });

  test('an environment whose name differs from an existing overlay only in case: E_ENV_NAME', async () => {
    await writeBase(work, SVC);
    await mkdir(join(work, 'overlays', 'Prod'), { recursive: true });
    await writeFile(join(work, 'overlays', 'Prod', 'kustomization.yaml'), 'resources: [../../base]\n');
    const run = await runMigrate([
      'generate-overlay',
      ...['--service-name', SVC, '--env', 'prod', '--output', work],
    ]);
    expect(run.code).toBe(1);
    expect(run.error?.code).toBe('E_ENV_NAME');
    expect(run.stderr).toContain('environment names "Prod" and "prod" differ only in case');
    expect(await listAll(join(work, 'overlays'))).toEqual(['Prod/', 'Prod/kustomization.yaml']);
  });

  test('a base it cannot read through (a component) keeps the warning; a build failure under --validate leaves nothing behind (E_TOOL_FAILED)', async () => {
    await writeBase(work, 'other-service');
    const kustomization = join(work, 'base', 'kustomization.yaml');
    await writeFile(
      kustomization,
      (await readFile(kustomization, 'utf8')) + 'components:\n- ../components/missing\n',
    );
    const run = await runMigrate([
      'generate-overlay',
      ...['--service-name', SVC, ...base, '--output', work, '--cpu-request', '100m', '--container', SVC],
      ...['--validate', '--kustomize', HELMS[1].kubectl],
    ]);
    expect(run.error?.code).toBe('E_TOOL_FAILED');
    expect(await listAll(work)).toEqual([
      'base/',
      'base/deployment.yaml',
      'base/kustomization.yaml',
      'base/service.yaml',
    ]);
  });
});
