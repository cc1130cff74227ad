/**
 * Where the base comes from: by default each resource that more than half of
 * the environments render, in its cheapest variant; with `baseEnvironment`,
 * exactly what that one environment renders. Either way every overlay builds
 * (real kubectl kustomize) to exactly its environment.
 */
import type { JsonObject } from '../../../actions/kernel/json.js';
import { parseYamlDocuments } from '../../../actions/kernel/yaml-codec.js';
import { planAndBuild } from '../../support/build-plan.js';
import { configMap, container, deployment } from '../../support/objects.js';
import { KUBECTLS } from '../../support/tools.js';

const kubectl = (KUBECTLS[KUBECTLS.length - 1] as { kubectl: string }).kubectl;

function secret(name: string, password: string): JsonObject {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name }, stringData: { password } };
}

function serviceMonitor(name: string): JsonObject {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: { name },
    spec: { selector: { matchLabels: { app: name } }, endpoints: [{ port: 'http' }] },
  };
}

const app = (replicas: number, tag: string) =>
  deployment(
    'user-service',
    { containers: [container({ name: 'app', image: `registry.example.com/app:${tag}` })] },
    replicas,
  );

/** dev and staging share a debug ConfigMap and one replica; prod alone has a ServiceMonitor and three. */
const ENVS: Record<string, JsonObject[]> = {
  dev: [
    app(1, '1.0.0'),
    configMap('settings', { A: '1' }),
    configMap('debug', { LEVEL: 'debug' }),
    secret('db', 'dev-pw'),
  ],
  staging: [
    app(1, '1.0.0'),
    configMap('settings', { A: '1' }),
    configMap('debug', { LEVEL: 'info' }),
    secret('db', 'stg-pw'),
  ],
  prod: [
    app(3, '1.1.0'),
    configMap('settings', { A: '1' }),
    serviceMonitor('user-service'),
    secret('db', 'prod-pw'),
  ],
};

const kustomization = (files: Map<string, string>, env: string) =>
  parseYamlDocuments(files.get(`overlays/${env}/kustomization.yaml`) as string, env)[0]?.value as JsonObject;
const baseFiles = (files: Map<string, string>) =>
  [...files.keys()].filter((f) => f.startsWith('base/') && f !== 'base/kustomization.yaml').sort();

describe('the base of a migration', () => {
  test('by default: what most environments render, in the variant cheapest to patch from; never a Secret', async () => {
    const { plan, parity } = await planAndBuild(ENVS, kubectl);
    expect([...parity.values()].every((p) => p.identical)).toBe(true);
    expect(plan.base.environment).toBeUndefined();
    expect(baseFiles(plan.files)).toEqual([
      'base/configmap-debug.yaml',
      'base/configmap-settings.yaml',
      'base/deployment-user-service.yaml',
    ]);
    expect(plan.files.get('base/deployment-user-service.yaml')).toContain('replicas: 1');
    expect(kustomization(plan.files, 'prod').resources).toEqual([
      '../../base',
      'servicemonitor-user-service.yaml',
    ]);
  });

  test('with baseEnvironment prod: exactly what prod renders (Secrets aside), and prod overlay holds only its Secret', async () => {
    const { plan, parity } = await planAndBuild(ENVS, kubectl, { baseEnvironment: 'prod' });
    expect([...parity.entries()].filter(([, p]) => !p.identical).map(([e]) => e)).toEqual([]);
    expect(plan.base.environment).toBe('prod');
    expect(baseFiles(plan.files)).toEqual([
      'base/configmap-settings.yaml',
      'base/deployment-user-service.yaml',
      'base/servicemonitor-user-service.yaml',
    ]);
    expect(plan.files.get('base/deployment-user-service.yaml')).toContain('replicas: 3');
    expect(plan.files.get('base/deployment-user-service.yaml')).toContain('registry.example.com/app:1.1.0');
    const prod = kustomization(plan.files, 'prod');
    expect(prod.resources).toEqual(['../../base']);
    // Only the Secret: its generator, and (Helm rendered no type) the patch removing the generator's Opaque type.
    expect((prod.patches as JsonObject[]).map((p) => (p.target as JsonObject | undefined)?.kind)).toEqual([
      'Secret',
    ]);
    expect(prod.images).toBeUndefined();
    expect(prod.replicas).toBeUndefined();
    expect((prod.secretGenerator as JsonObject[]).map((g) => g.name)).toEqual(['db']);
    // dev adds the ConfigMap prod lacks and deletes the ServiceMonitor only prod has.
    const dev = kustomization(plan.files, 'dev');
    expect(dev.resources).toEqual(['../../base', 'configmap-debug.yaml']);
    expect([...plan.files.keys()]).toContain('overlays/dev/patches/delete-servicemonitor-user-service.yaml');
    expect(dev.replicas).toEqual([{ name: 'user-service', count: 1 }]);
  });
});
