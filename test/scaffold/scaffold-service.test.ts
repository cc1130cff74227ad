/**
 * `mmf scaffold service` through its engine: the written files build with
 * the real kustomize of both kubectl versions, validate, keep the production
 * defaults, and name the new service everywhere and the placeholder nowhere.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPath, type JsonObject } from '../../actions/kernel/json.js';
import { EXCLUSIVE_COMPONENTS } from '../../actions/scaffold/core/scaffold-catalog.js';
import { scaffoldService } from '../../actions/scaffold/scaffold-service.js';
import { PLACEHOLDER } from '../../actions/scaffold/core/service-edits.js';
import { HELMS } from '../support/tools.js';
import { validateObjects } from '../support/validate-manifests.js';
import {
  buildObjects,
  kustomizationDirs,
  mapLimit,
  nameOf,
  SCAFFOLD_DIR,
  scaffoldOptions,
} from './scaffold-support.js';
import { policyProblems } from './workload-policy.js';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-scaffold-service-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of (await readdir(dir, { recursive: true, withFileTypes: true })).sort((a, b) =>
    join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1,
  )) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(dir.length + 1), await readFile(path, 'utf8'));
    }
  }
  return files;
}

const containers = (o: JsonObject) =>
  (getPath(
    o,
    o.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template', 'spec'] : ['spec', 'template', 'spec'],
  ) as {
    containers: JsonObject[];
    initContainers?: JsonObject[];
  }) ?? { containers: [] };

describe('a new service for dev and prod', () => {
  let output: string;
  beforeAll(async () => {
    output = join(work, 'orders');
    await scaffoldService(scaffoldOptions(output, { image: 'ghcr.io/acme/orders:1.4.2', port: 8000 }));
  });

  test('writes the base, the two overlays and the component prod uses', async () => {
    const files = [...(await readTree(output)).keys()];
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        'base/kustomization.yaml',
        'base/configmap-generator.yaml',
        'components/servicemonitor/servicemonitor.yaml',
        'overlays/dev/kustomization.yaml',
        'overlays/prod/kustomization.yaml',
      ]),
    );
    expect(files.filter((f) => f.startsWith('components/')).map((f) => f.split('/')[1])).toEqual([
      'servicemonitor',
      'servicemonitor',
    ]);
    expect(files.some((f) => f.startsWith('overlays/marty-services'))).toBe(false);
  });

  test('the placeholder is nowhere in the files', async () => {
    for (const [path, text] of await readTree(output))
      expect([path, text.includes(PLACEHOLDER)]).toEqual([path, false]);
  });

  describe.each(HELMS)('built with the kustomize of kubectl ($label)', ({ kubectl }) => {
    test.each(['dev', 'prod'])('%s builds, validates, keeps the defaults and is all orders', async (env) => {
      const objects = await buildObjects(kubectl, join(output, 'overlays', env));
      expect(await validateObjects(objects)).toEqual([]);
      expect(policyProblems(objects, { prod: env === 'prod' })).toEqual([]);
      expect(JSON.stringify(objects)).not.toContain(PLACEHOLDER);
      for (const object of objects) {
        expect(nameOf(object)).toMatch(/\/orders(-[a-z0-9-]+)?$/);
        expect((object.metadata as JsonObject).labels).toMatchObject({
          'app.kubernetes.io/name': 'orders',
          'app.kubernetes.io/instance': 'orders',
        });
      }
      const deployment = objects.find((o) => o.kind === 'Deployment') as JsonObject;
      const app = containers(deployment).containers[0] as JsonObject;
      expect(app.image).toBe('ghcr.io/acme/orders:1.4.2');
      expect(app.ports).toContainEqual({ name: 'http', containerPort: 8000, protocol: 'TCP' });
      expect(getPath(deployment, ['spec', 'template', 'spec', 'serviceAccountName'])).toBe('orders');
      const env_ = objects.find(
        (o) => o.kind === 'ConfigMap' && String(nameOf(o)).startsWith('ConfigMap/orders-env-'),
      );
      expect(env_?.data).toMatchObject({
        SERVICE_NAME: 'orders',
        HTTP_PORT: '8000',
        LOG_LEVEL: env === 'dev' ? 'debug' : 'info',
      });
      expect(objects.find((o) => o.kind === 'Service')?.spec).toMatchObject({
        selector: { 'app.kubernetes.io/name': 'orders', 'app.kubernetes.io/component': 'server' },
      });
    });
  });

  test('the same request writes byte-identical files', async () => {
    const again = join(work, 'orders-again');
    await scaffoldService(scaffoldOptions(again, { image: 'ghcr.io/acme/orders:1.4.2', port: 8000 }));
    expect(await readTree(again)).toEqual(await readTree(output));
  });
});

test('renaming changes the placeholder and nothing else: keys, comments and layout are kept', async () => {
  const output = join(work, 'inventory');
  await scaffoldService(
    scaffoldOptions(output, { name: 'inventory', overlays: ['marty-services', 'background-services'] }),
  );
  const written = await readTree(output);
  written.delete('README.md');
  expect(written.size).toBeGreaterThan(20);
  for (const [path, text] of written) {
    const template = await readFile(join(SCAFFOLD_DIR, path), 'utf8');
    // The test may compare by text: the engine never edits text, only parsed YAML values.
    expect([path, text]).toEqual([path, template.replaceAll(PLACEHOLDER, 'inventory')]);
  }
});

test('a digest pins the image in every overlay, and components join every overlay', async () => {
  const output = join(work, 'payments');
  const digest = `sha256:${'0123456789abcdef'.repeat(4)}`;
  const result = await scaffoldService(
    scaffoldOptions(output, {
      name: 'payments',
      image: `ghcr.io/acme/payments:2.0.0@${digest}`,
      overlays: ['prod', 'service-mesh/istio'],
      components: ['istio', 'migration-job'],
    }),
  );
  expect(result.plan.overlays).toEqual([
    { name: 'prod', dir: 'overlays/prod', components: ['servicemonitor', 'istio', 'migration-job'] },
    {
      name: 'service-mesh/istio',
      dir: 'overlays/service-mesh/istio',
      components: ['istio', 'migration-job'],
    },
  ]);
  const objects = await buildObjects(HELMS[1].kubectl, join(output, 'overlays/prod'));
  expect(await validateObjects(objects)).toEqual([]);
  expect(policyProblems(objects, { prod: true })).toEqual([]);
  const images = objects.flatMap((o) => {
    const spec = o.kind === 'Deployment' || o.kind === 'Job' ? containers(o) : undefined;
    return spec ? [...spec.containers, ...(spec.initContainers ?? [])].map((c) => c.image) : [];
  });
  expect(images).toEqual([`ghcr.io/acme/payments@${digest}`, `ghcr.io/acme/payments@${digest}`]);
  expect(objects.map((o) => o.kind)).toEqual(
    expect.arrayContaining([
      'ServiceMonitor',
      'PeerAuthentication',
      'DestinationRule',
      'VirtualService',
      'Job',
    ]),
  );
});

/**
 * Features compose: every component joins every overlay it can be combined
 * with (one scaffold per component, all compatible overlays), and each
 * result builds, validates and keeps the defaults.
 */
test('every component composes with every overlay it can join', async () => {
  const kubectl = HELMS[1].kubectl;
  const overlays = kustomizationDirs('overlays');
  const runs = kustomizationDirs('components').map((component) => {
    const rivals =
      EXCLUSIVE_COMPONENTS.find((g) => g.names.includes(component))?.names.filter((n) => n !== component) ??
      [];
    const excluded: Record<string, string[]> = {
      'service-mesh/istio': ['istio'],
      'service-mesh/linkerd': ['linkerd'],
      prod: ['servicemonitor'],
      'marty-services': ['servicemonitor'],
      'background-services': ['podmonitor'],
    };
    return {
      component,
      overlays: overlays.filter((o) => !(excluded[o] ?? []).some((c) => rivals.includes(c))),
    };
  });
  const builds: { label: string; dir: string; prod: boolean }[] = [];
  for (const run of runs) {
    const output = join(work, `compose-${run.component}`);
    await scaffoldService(scaffoldOptions(output, { overlays: run.overlays, components: [run.component] }));
    for (const overlay of run.overlays)
      builds.push({
        label: `${overlay} + ${run.component}`,
        dir: join(output, 'overlays', overlay),
        prod: overlay !== 'dev',
      });
  }
  expect(builds.length).toBeGreaterThan(40);
  const problems = await mapLimit(builds, 8, async ({ label, dir, prod }) => {
    const objects = await buildObjects(kubectl, dir);
    return [...(await validateObjects(objects)), ...policyProblems(objects, { prod })].map(
      (p) => `${label}: ${JSON.stringify(p)}`,
    );
  });
  expect(problems.flat()).toEqual([]);
});
