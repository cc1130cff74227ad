/**
 * scaffold/k8s as shipped: the base, every overlay, and every component
 * (on top of the base) build with the real kustomize of both supported
 * kubectl versions; every object validates against its schema (Kubernetes,
 * prometheus-operator, Istio, Linkerd) and keeps the production defaults.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonObject } from '../../actions/kernel/json.js';
import { HELMS } from '../support/tools.js';
import { validateObjects } from '../support/validate-manifests.js';
import { buildObjects, copyWithComponentTests, kustomizationDirs, nameOf } from './scaffold-support.js';
import { policyProblems } from './workload-policy.js';

const OVERLAYS = kustomizationDirs('overlays');
const COMPONENTS = kustomizationDirs('components');

/** Everything but dev is held to the production rules (dev runs one replica). */
const TARGETS = [
  { label: 'base', dir: 'base', prod: true, logicalImages: true },
  ...OVERLAYS.map((o) => ({ label: `overlay ${o}`, dir: `overlays/${o}`, prod: o !== 'dev' })),
  ...COMPONENTS.map((c) => ({
    label: `component ${c} (with the base)`,
    dir: `component-tests/${c.replaceAll('/', '-')}`,
    prod: true,
  })),
];

test('the scaffold has the overlays and components of the seed', () => {
  expect(OVERLAYS).toEqual(
    expect.arrayContaining([
      'dev',
      'prod',
      'service-mesh/istio',
      'service-mesh/linkerd',
      'marty-services',
      'database-services/postgres-overlay',
      'background-services',
    ]),
  );
  expect(COMPONENTS).toEqual(
    expect.arrayContaining([
      'servicemonitor',
      'podmonitor',
      'istio',
      'linkerd',
      'postgres',
      'migration-job',
      'pvc',
    ]),
  );
});

describe.each(HELMS)('scaffold/k8s with the kustomize of kubectl ($label)', ({ kubectl }) => {
  let work: string;
  let root: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'mmf-scaffold-'));
    root = await copyWithComponentTests(work, COMPONENTS);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  test.each(TARGETS)('$label builds, validates and keeps the defaults', async ({ dir, ...policy }) => {
    const objects = await buildObjects(kubectl, join(root, dir));
    expect(objects.length).toBeGreaterThan(5);
    expect(await validateObjects(objects)).toEqual([]);
    expect(policyProblems(objects, policy)).toEqual([]);
    // Every object is the service's own: named for it, and labelled with its name.
    for (const object of objects) expect(nameOf(object)).toMatch(/\/mmf-service(-[a-z0-9-]+)?$/);
  });

  test('the base is the core a service always needs; monitors and meshes are opt-in', async () => {
    const kinds = (await buildObjects(kubectl, join(root, 'base'))).map((o) => o.kind).sort();
    expect(kinds).toEqual([
      'ConfigMap',
      'ConfigMap',
      'Deployment',
      'HorizontalPodAutoscaler',
      'NetworkPolicy',
      'NetworkPolicy',
      'NetworkPolicy',
      'NetworkPolicy',
      'NetworkPolicy',
      'PodDisruptionBudget',
      'Service',
      'ServiceAccount',
    ]);
  });

  test('background-services runs a worker without a Service, and a CronJob', async () => {
    const objects = await buildObjects(kubectl, join(root, 'overlays/background-services'));
    const kinds = objects.map((o) => o.kind);
    expect(kinds).not.toContain('Service');
    expect(kinds).toEqual(expect.arrayContaining(['Deployment', 'CronJob', 'PodMonitor']));
    const worker = objects.find((o) => o.kind === 'Deployment') as JsonObject;
    const container = (worker as { spec: { template: { spec: { containers: JsonObject[] } } } }).spec.template
      .spec.containers[0];
    expect(container?.ports).toEqual([{ name: 'metrics', containerPort: 8081, protocol: 'TCP' }]);
  });
});
