import {
  applyStrategicMergePatch,
  deriveStrategicMergePatch,
} from '../../../actions/kernel/k8s/strategic-merge.js';
import { applyJsonPatch, deriveJsonPatch } from '../../../actions/kernel/k8s/json-patch.js';
import type { JsonObject } from '../../../actions/kernel/json.js';
import { container, deployment } from '../../support/objects.js';

const env = (...pairs: [string, string][]) => pairs;

describe('deriveStrategicMergePatch', () => {
  const base = deployment('api', {
    containers: [container({ name: 'app', env: env(['A', '1'], ['B', '2'], ['C', '3']) })],
  });

  test('a changed value yields that item keyed by its merge key, after the items that must stay before it', () => {
    // kustomize puts the patch's items first, so A must be named to stay first.
    const target = deployment('api', {
      containers: [container({ name: 'app', env: env(['A', '1'], ['B', '20'], ['C', '3']) })],
    });
    const patch = deriveStrategicMergePatch('Deployment', base, target) as JsonObject;
    expect(patch.spec).toEqual({
      template: { spec: { containers: [{ name: 'app', env: [{ name: 'A' }, { name: 'B', value: '20' }] }] } },
    });
    expect(applyStrategicMergePatch('Deployment', base, patch)).toEqual({ ...target });
  });

  test('an inserted item lists the prefix up to it so the order comes out right', () => {
    const target = deployment('api', {
      containers: [container({ name: 'app', env: env(['A', '1'], ['X', '9'], ['B', '2'], ['C', '3']) })],
    });
    const patch = deriveStrategicMergePatch('Deployment', base, target) as JsonObject;
    const envPatch = ((patch.spec as JsonObject).template as JsonObject).spec as JsonObject;
    expect((envPatch.containers as JsonObject[])[0]?.env).toEqual([{ name: 'A' }, { name: 'X', value: '9' }]);
    expect(applyStrategicMergePatch('Deployment', base, patch)).toEqual(target);
  });

  test('removed items become $patch: delete, removed fields null', () => {
    const target = deployment(
      'api',
      { containers: [container({ name: 'app', env: env(['A', '1'], ['C', '3']) })] },
      null,
    );
    const patch = deriveStrategicMergePatch('Deployment', base, target) as JsonObject;
    expect((patch.spec as JsonObject).replicas).toBeNull();
    expect(JSON.stringify(patch)).toContain('{"name":"B","$patch":"delete"}');
    expect(applyStrategicMergePatch('Deployment', base, patch)).toEqual(target);
  });

  test('lists without a merge key are replaced whole', () => {
    const b = deployment('api', { containers: [container({ name: 'app', args: ['--a', '--b'] })] });
    const t = deployment('api', { containers: [container({ name: 'app', args: ['--b'] })] });
    const patch = deriveStrategicMergePatch('Deployment', b, t) as JsonObject;
    expect(JSON.stringify(patch)).toContain('"args":["--b"]');
    expect(applyStrategicMergePatch('Deployment', b, patch)).toEqual(t);
  });

  test('cannot express a null value, duplicate merge keys or an emptied keyed list', () => {
    const withNull = { ...base, spec: { ...(base.spec as JsonObject), paused: null } };
    expect(deriveStrategicMergePatch('Deployment', base, withNull)).toBeUndefined();
    const dup = deployment('api', {
      containers: [container({ name: 'app', env: env(['A', '1'], ['A', '2']) })],
    });
    expect(deriveStrategicMergePatch('Deployment', base, dup)).toBeUndefined();
    const empty = deployment('api', { containers: [container({ name: 'app', env: [] })] });
    expect(deriveStrategicMergePatch('Deployment', base, empty)).toBeUndefined();
  });

  test('no change gives null', () => {
    expect(deriveStrategicMergePatch('Deployment', base, structuredClone(base))).toBeNull();
  });
});

describe('deriveJsonPatch', () => {
  const pairs: [string, JsonObject, JsonObject][] = [
    [
      'reorder',
      { l: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] },
      { l: [{ name: 'c' }, { name: 'a' }, { name: 'b', x: 1 }] },
    ],
    ['insert and delete', { l: [1, 2, 3, 4] }, { l: [0, 1, 3, 5, 4] }],
    ['escaped keys', { m: { 'a/b': 1, 'c~d': 2 } }, { m: { 'a/b': 3 } }],
    ['type change', { a: [1], b: { c: 1 } }, { a: { x: 1 }, b: 'str' }],
    ['null values', { a: 1 }, { a: null, b: null }],
  ];
  test.each(pairs)('%s round-trips exactly', (_n, base, target) => {
    const ops = deriveJsonPatch(base, target);
    expect(applyJsonPatch(base, ops)).toEqual(target);
  });

  test('pointers escape "~" and "/" in keys (RFC 6901)', () => {
    expect(deriveJsonPatch({ m: { 'a/b': 1, 'c~d': 2, e: [1] } }, { m: { 'a/b': 3, e: [1, 2] } })).toEqual([
      { op: 'remove', path: '/m/c~0d' },
      { op: 'replace', path: '/m/a~1b', value: 3 },
      { op: 'add', path: '/m/e/1', value: 2 },
    ]);
  });

  test('a change inside a named list item is one replace', () => {
    const ops = deriveJsonPatch(
      {
        c: [
          { name: 'a', v: 1 },
          { name: 'b', v: 1 },
        ],
      },
      {
        c: [
          { name: 'a', v: 1 },
          { name: 'b', v: 2 },
        ],
      },
    );
    expect(ops).toEqual([{ op: 'replace', path: '/c/1/v', value: 2 }]);
  });
});
