import type { JsonObject } from '../../actions/kernel/json.js';
import { planAndBuild } from '../support/build-plan.js';
import { configMap, container, deployment, emptyDirVolume, service } from '../support/objects.js';
import { KUBECTLS } from '../support/tools.js';

const app = (over: Partial<Parameters<typeof container>[0]> = {}) =>
  container({
    name: 'app',
    env: [
      ['A', '1'],
      ['B', '2'],
      ['C', '3'],
    ],
    ports: [
      ['http', 8080],
      ['metrics', 8081],
    ],
    mounts: [
      ['config', '/etc/app'],
      ['cache', '/var/cache'],
    ],
    ...over,
  });
const volumes = [emptyDirVolume('config'), emptyDirVolume('cache')];

/** Each case: three environments whose overlays must rebuild every render exactly. */
const cases: [
  string,
  Record<string, JsonObject[]>,
  (plan: Awaited<ReturnType<typeof planAndBuild>>['plan']) => void,
][] = [
  [
    'env var inserted in the middle, one removed, one changed',
    {
      dev: [deployment('api', { containers: [app()], volumes })],
      staging: [deployment('api', { containers: [app()], volumes })],
      prod: [
        deployment('api', {
          containers: [
            app({
              env: [
                ['A', '1'],
                ['X', 'new'],
                ['C', '30'],
              ],
            }),
          ],
          volumes,
        }),
      ],
    },
    (plan) => expect(plan.overlays.find((o) => o.environment === 'dev')?.strategicMergePatches).toBe(0),
  ],
  [
    'env vars reordered only',
    {
      dev: [deployment('api', { containers: [app()], volumes })],
      prod: [
        deployment('api', {
          containers: [
            app({
              env: [
                ['C', '3'],
                ['A', '1'],
                ['B', '2'],
              ],
            }),
          ],
          volumes,
        }),
      ],
    },
    () => {},
  ],
  [
    'container port changed and a port added first',
    {
      dev: [deployment('api', { containers: [app()], volumes }), service('api', [['http', 80, 8080]])],
      staging: [deployment('api', { containers: [app()], volumes }), service('api', [['http', 80, 8080]])],
      prod: [
        deployment('api', {
          containers: [
            app({
              ports: [
                ['grpc', 9090],
                ['http', 8080],
                ['metrics', 9100],
              ],
            }),
          ],
          volumes,
        }),
        service('api', [
          ['grpc', 9090, 9090],
          ['http', 80, 8080],
        ]),
      ],
    },
    () => {},
  ],
  [
    'volume and its mount removed in one env',
    {
      dev: [deployment('api', { containers: [app()], volumes })],
      staging: [deployment('api', { containers: [app()], volumes })],
      prod: [
        deployment('api', {
          containers: [app({ mounts: [['config', '/etc/app']] })],
          volumes: [emptyDirVolume('config')],
        }),
      ],
    },
    (plan) => {
      const prod = plan.overlays.find((o) => o.environment === 'prod');
      expect((prod?.strategicMergePatches ?? 0) + (prod?.jsonPatches ?? 0)).toBe(1);
    },
  ],
  [
    'sidecar container added in one env, first and last',
    {
      dev: [deployment('api', { containers: [app()], volumes })],
      staging: [deployment('api', { containers: [container({ name: 'mesh-init' }), app()], volumes })],
      prod: [
        deployment('api', {
          containers: [app(), container({ name: 'log-shipper', image: 'fluent/fluent-bit:3.1' })],
          volumes,
        }),
      ],
    },
    () => {},
  ],
  [
    'volume source changes kind (emptyDir -> configMap) and tolerations replaced',
    {
      dev: [
        deployment('api', { containers: [app()], volumes, tolerations: [{ key: 'a', operator: 'Exists' }] }),
      ],
      prod: [
        deployment('api', {
          containers: [app()],
          volumes: [{ name: 'config', configMap: { name: 'api' } }, emptyDirVolume('cache')],
          tolerations: [
            { key: 'b', operator: 'Exists' },
            { key: 'a', operator: 'Exists' },
          ],
        }),
      ],
    },
    () => {},
  ],
  [
    'value set to null and annotation keys with slashes',
    {
      dev: [
        {
          ...configMap('cfg', { 'a/b': '1', c: '2' }),
          metadata: { name: 'cfg', annotations: { 'checksum/x': 'aa' } },
        },
      ],
      prod: [
        {
          ...configMap('cfg', { 'a/b': '9', c: '2' }),
          metadata: { name: 'cfg', annotations: { 'checksum/x': 'bb', n: null } },
        },
      ],
    },
    () => {},
  ],
  [
    'image tag per env with init containers and two workloads sharing the image',
    {
      dev: [
        deployment('api', {
          containers: [app({ image: 'reg/api:1.0-dev' })],
          initContainers: [container({ name: 'migrate', image: 'reg/api:1.0-dev' })],
          volumes,
        }),
        deployment('worker', { containers: [container({ name: 'w', image: 'reg/api:1.0-dev' })] }),
      ],
      staging: [
        deployment('api', {
          containers: [app({ image: 'reg/api:1.0' })],
          initContainers: [container({ name: 'migrate', image: 'reg/api:1.0' })],
          volumes,
        }),
        deployment('worker', { containers: [container({ name: 'w', image: 'reg/api:1.0' })] }),
      ],
      prod: [
        deployment(
          'api',
          {
            containers: [app({ image: 'reg/api:1.0' })],
            initContainers: [container({ name: 'migrate', image: 'reg/api:1.0' })],
            volumes,
          },
          5,
        ),
        deployment('worker', { containers: [container({ name: 'w', image: 'reg/api:1.0' })] }, 3),
      ],
    },
    (plan) => {
      const dev = plan.overlays.find((o) => o.environment === 'dev');
      expect(dev?.images).toEqual([{ name: 'reg/api', newTag: '1.0-dev' }]);
      expect(dev?.strategicMergePatches).toBe(0);
      expect(plan.overlays.find((o) => o.environment === 'prod')?.replicas).toEqual([
        { name: 'api', count: 5 },
        { name: 'worker', count: 3 },
      ]);
    },
  ],
  [
    'custom resource with reordered list and resources present in some envs',
    {
      dev: [
        {
          apiVersion: 'example.com/v1',
          kind: 'Widget',
          metadata: { name: 'w' },
          spec: { items: [{ name: 'a' }, { name: 'b' }] },
        },
        configMap('only-dev', { x: '1' }),
        configMap('shared-but-prod', { x: '1' }),
      ],
      staging: [
        {
          apiVersion: 'example.com/v1',
          kind: 'Widget',
          metadata: { name: 'w' },
          spec: { items: [{ name: 'a' }, { name: 'b' }] },
        },
        configMap('shared-but-prod', { x: '1' }),
      ],
      prod: [
        {
          apiVersion: 'example.com/v1',
          kind: 'Widget',
          metadata: { name: 'w' },
          spec: { items: [{ name: 'b' }, { name: 'c' }, { name: 'a', size: 2 }] },
        },
      ],
    },
    (plan) => {
      const prod = plan.overlays.find((o) => o.environment === 'prod');
      expect(prod?.jsonPatches).toBe(1);
      expect(prod?.removedResources).toEqual(['ConfigMap/shared-but-prod (namespace marty)']);
      expect(plan.overlays.find((o) => o.environment === 'dev')?.addedResources).toEqual([
        'ConfigMap/only-dev (namespace marty)',
      ]);
    },
  ],
  [
    'an environment label on every resource becomes a labels: entry',
    {
      dev: [
        {
          ...configMap('a', { x: '1' }),
          metadata: { name: 'a', labels: { tier: 'web', environment: 'dev' } },
        },
        {
          ...service('api', [['http', 80, 8080]]),
          metadata: { name: 'api', labels: { environment: 'dev' } },
        },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 's', labels: { environment: 'dev' } },
          stringData: { k: 'v' },
        },
      ],
      staging: [
        {
          ...configMap('a', { x: '1' }),
          metadata: { name: 'a', labels: { tier: 'web', environment: 'staging' } },
        },
        {
          ...service('api', [['http', 80, 8080]]),
          metadata: { name: 'api', labels: { environment: 'staging' } },
        },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 's', labels: { environment: 'staging' } },
          stringData: { k: 'v' },
        },
      ],
      prod: [
        {
          ...configMap('a', { x: '2' }),
          metadata: { name: 'a', labels: { tier: 'web', environment: 'prod' } },
        },
        {
          ...service('api', [['http', 80, 8080]]),
          metadata: { name: 'api', labels: { environment: 'prod' } },
        },
        {
          ...configMap('only-prod', { y: '1' }),
          metadata: { name: 'only-prod', labels: { environment: 'prod' } },
        },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 's', labels: { environment: 'prod' } },
          stringData: { k: 'v' },
        },
      ],
    },
    (plan) => {
      // dev's versions are the base, so only the other environments relabel.
      expect(plan.overlays.map((o) => o.labels)).toEqual([
        {},
        { environment: 'staging' },
        { environment: 'prod' },
      ]);
      expect(plan.overlays.find((o) => o.environment === 'staging')?.strategicMergePatches).toBe(0);
    },
  ],
  [
    'Secrets with and without type, binary and multi-line values',
    {
      dev: [
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 's1' },
          type: 'Opaque',
          stringData: { password: 'dev-pass', 'key with space': ' x ' },
        },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 's2', labels: { a: 'b' } },
          data: { bin: Buffer.from([0, 255, 10, 13]).toString('base64') },
        },
      ],
      prod: [
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 's1' },
          type: 'Opaque',
          data: { password: Buffer.from('prod-pass').toString('base64') },
        },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 's2', labels: { a: 'b' } },
          stringData: { pem: '-----BEGIN-----\nabc\n-----END-----\n' },
        },
      ],
    },
    (plan) => {
      for (const content of plan.files.values()) {
        expect(content).not.toContain('dev-pass');
        expect(content).not.toContain('prod-pass');
        expect(content).not.toContain(Buffer.from('prod-pass').toString('base64'));
      }
      expect([...plan.secretFiles.keys()].sort()).toContain('overlays/prod/secrets/s1.env');
    },
  ],
];

describe.each(KUBECTLS)('overlays rebuild every environment exactly ($label)', ({ kubectl }) => {
  test.each(cases)('%s', async (_name, envs, check) => {
    const { plan, parity } = await planAndBuild(envs, kubectl);
    for (const [env, result] of parity)
      expect({ env, ...result }).toEqual({ env, identical: true, missing: [], unexpected: [], changed: [] });
    check(plan);
  });
});
