import { createHash } from 'node:crypto';
import { diffManifests } from '../../../actions/kernel/diff/semantic-diff.js';
import type { JsonObject } from '../../../actions/kernel/json.js';
import { manifestSet } from '../../support/build-plan.js';
import { configMap, container, deployment, service } from '../../support/objects.js';

const side = (label: string, objects: JsonObject[]) => ({ label, resources: manifestSet(objects) });
const app = (env: [string, string][], ports: [string, number][] = [['http', 8080]]) =>
  container({ name: 'app', env, ports });

describe('diffManifests', () => {
  test('env vars reordered: no value changes, one order change on the list', () => {
    const d = diffManifests(
      side('a', [
        deployment('api', {
          containers: [
            app([
              ['A', '1'],
              ['B', '2'],
            ]),
          ],
        }),
      ]),
      side('b', [
        deployment('api', {
          containers: [
            app([
              ['B', '2'],
              ['A', '1'],
            ]),
          ],
        }),
      ]),
    );
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]?.fields).toEqual([
      {
        path: 'spec.template.spec.containers[name=app].env',
        change: 'changed',
        before: 'order',
        after: 'reordered',
      },
    ]);
  });

  test('a port change is reported under the container and port merge keys', () => {
    const d = diffManifests(
      side('a', [
        deployment('api', {
          containers: [
            app(
              [],
              [
                ['http', 8080],
                ['metrics', 9090],
              ],
            ),
          ],
        }),
      ]),
      side('b', [
        deployment('api', {
          containers: [
            app(
              [],
              [
                ['http', 8081],
                ['metrics', 9090],
              ],
            ),
          ],
        }),
      ]),
    );
    expect(d.changes[0]?.fields).toEqual([
      {
        path: 'spec.template.spec.containers[name=app].ports[containerPort=8080]',
        change: 'removed',
        before: '{"name":"http","containerPort":8080,"protocol":"TCP"}',
      },
      {
        path: 'spec.template.spec.containers[name=app].ports[containerPort=8081]',
        change: 'added',
        after: '{"name":"http","containerPort":8081,"protocol":"TCP"}',
      },
    ]);
  });

  test('a container added and a Service port changed', () => {
    const d = diffManifests(
      side('a', [deployment('api', { containers: [app([])] }), service('api', [['http', 80, 8080]])]),
      side('b', [
        deployment('api', { containers: [app([]), container({ name: 'proxy', image: 'envoy:1.30' })] }),
        service('api', [['http', 80, 8081]]),
      ]),
    );
    expect(d.changes.map((c) => [c.resource, c.fields.map((f) => `${f.path} ${f.change}`)])).toEqual([
      ['Deployment/api (namespace marty)', ['spec.template.spec.containers[name=proxy] added']],
      ['Service/api (namespace marty)', ['spec.ports[port=80].targetPort changed']],
    ]);
    expect(d.changes[0]?.unifiedDiff).toContain('+      - image: envoy:1.30');
  });

  test('a kind change Deployment -> StatefulSet is one renamed resource', () => {
    const sts = { ...deployment('db', { containers: [app([])] }), kind: 'StatefulSet' };
    const d = diffManifests(side('a', [deployment('db', { containers: [app([])] })]), side('b', [sts]));
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({
      status: 'renamed',
      resource: 'StatefulSet/db (namespace marty)',
      renamedFrom: { kind: 'Deployment' },
    });
  });

  test('a ConfigMap whose hash suffix changed is a rename, with its data change', () => {
    const d = diffManifests(
      side('a', [configMap('app-config-5m2dh8c9kt', { a: '1' })]),
      side('b', [configMap('app-config-g7f64tkh2b', { a: '2' })]),
    );
    expect(d.changes).toEqual([
      expect.objectContaining({
        status: 'renamed',
        renamedFrom: expect.objectContaining({ name: 'app-config-5m2dh8c9kt' }),
      }),
    ]);
    expect(d.changes[0]?.fields).toEqual(
      expect.arrayContaining([{ path: 'data.a', change: 'changed', before: '"1"', after: '"2"' }]),
    );
  });

  test('similar names that are not hash suffixes are not renames', () => {
    const d = diffManifests(
      side('a', [configMap('user-service', { a: '1' })]),
      side('b', [configMap('user-gateway', { b: '2' })]),
    );
    expect(d.changes.map((c) => c.status).sort()).toEqual(['added', 'removed']);
  });

  test('a changed Secret shows key names, sizes and changed/unchanged, never a value', () => {
    const canary = 'CANARY-diff-4e1f';
    const secret = (password: string, extra?: string) => ({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db' },
      data: {
        password: Buffer.from(password).toString('base64'),
        user: Buffer.from('app').toString('base64'),
      },
      ...(extra ? { stringData: { token: extra } } : {}),
    });
    const d = diffManifests(side('a', [secret('old-pass')]), side('b', [secret(canary, canary)]));
    expect(d.changes[0]?.secretKeys).toEqual([
      { key: 'password', status: 'changed', beforeBytes: 8, afterBytes: canary.length },
      { key: 'token', status: 'added', afterBytes: canary.length },
      { key: 'user', status: 'unchanged', beforeBytes: 3, afterBytes: 3 },
    ]);
    const text = JSON.stringify(d);
    expect(text).not.toContain(canary);
    expect(text).not.toContain(Buffer.from(canary).toString('base64'));
    expect(text).not.toContain('old-pass');
  });

  test('values marked sensitive are redacted in fields and text, env vars by name', () => {
    const d = diffManifests(
      side('a', [deployment('api', { containers: [app([['DB_PASSWORD', 'hunter2']])] })]),
      side('b', [deployment('api', { containers: [app([['DB_PASSWORD', 'hunter3']])] })]),
      { sensitiveKeys: [/password/i] },
    );
    expect(d.changes).toHaveLength(1);
    expect(JSON.stringify(d)).not.toMatch(/hunter[23]/);
  });

  test('noise: helm labels and checksum annotations ignored by default; ignore paths and kinds', () => {
    const withNoise = (chart: string, sum: string, replicas: number) => {
      const d = deployment('api', { containers: [app([])] }, replicas);
      (d.metadata as JsonObject).labels = { 'helm.sh/chart': chart, app: 'api' };
      (d.metadata as JsonObject).annotations = { 'checksum/config': sum };
      return d;
    };
    const left = side('a', [withNoise('api-1.0.0', 'aaa', 2), configMap('x', { a: '1' })]);
    const right = side('b', [withNoise('api-1.1.0', 'bbb', 3), configMap('x', { a: '2' })]);
    expect(
      diffManifests(left, right, { ignorePaths: ['spec.replicas'], ignoreKinds: ['ConfigMap'] }).changes,
    ).toEqual([]);
    const strict = diffManifests(left, right, { ignoreHelmBookkeeping: false, ignoreChecksums: false });
    expect(strict.changes.flatMap((c) => c.fields.map((f) => f.path))).toEqual(
      expect.arrayContaining([
        'metadata.labels["helm.sh/chart"]',
        'metadata.annotations["checksum/config"]',
        'spec.replicas',
        'data.a',
      ]),
    );
  });
});

describe('diffManifests edge cases', () => {
  const secret = (data: Record<string, string>) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 's' },
    stringData: data,
  });

  test('--ignore-path hides a Secret key too', () => {
    const d = diffManifests(
      side('a', [secret({ a: '1', r: 'x' })]),
      side('b', [secret({ a: '1', r: 'y' })]),
      {
        ignorePaths: ['data.r', 'stringData.r'],
      },
    );
    expect(d.changes).toEqual([]);
  });

  test('resources of unrelated kinds that share a name are not renames', () => {
    const d = diffManifests(
      side('a', [configMap('api', { a: '1' })]),
      side('b', [service('api', [['http', 80, 8080]])]),
    );
    expect(d.changes.map((c) => c.status).sort()).toEqual(['added', 'removed']);
  });

  test('fingerprints tell equal from different values but are keyed, so not a plain hash', () => {
    const d = diffManifests(
      side('a', [secret({ p: 'password123' })]),
      side('b', [secret({ p: 'password124' })]),
      { context: 3 },
    );
    const plain = createHash('sha256')
      .update('mmf-redaction')
      .update('password123')
      .digest('hex')
      .slice(0, 12);
    expect(d.changes[0]?.unifiedDiff).toMatch(/fingerprint [0-9a-f]{12}/);
    expect(d.changes[0]?.unifiedDiff).not.toContain(plain);
  });

  test('unified diffs: keys sorted, look-alike strings quoted, 64-bit integers exact, and built only when read', () => {
    const cm = (data: JsonObject) => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'flags', namespace: 'marty' },
      data,
    });
    const d = diffManifests(
      side('a', [cm({ z: 'on', a: '0755', id: 1234567890123456789n, t: true, none: null, y: 1.5 })]),
      side('b', [cm({ z: 'off', a: '0755', id: 1234567890123456791n, t: true, none: null, y: 1.5 })]),
    );
    const change = d.changes[0] as (typeof d.changes)[number];
    // Nothing is written out until something reads it (a renderer, JSON output).
    expect(typeof Object.getOwnPropertyDescriptor(change, 'unifiedDiff')?.get).toBe('function');
    const text = change.unifiedDiff;
    expect(text).toContain('-  id: 1234567890123456789\n+  id: 1234567890123456791\n');
    expect(text).toContain('-  z: "on"\n+  z: "off"\n');
    expect(text.indexOf('  a: "0755"')).toBeLessThan(text.indexOf('id:'));
    // A key YAML 1.1 reads as a boolean is quoted too.
    expect(text).toContain('   "y": 1.5\n');
    expect(text).toContain('   none: null\n');
    expect(text).toContain('   t: true\n');
    expect(JSON.parse(JSON.stringify({ changes: d.changes })).changes[0].unifiedDiff).toBe(text);
  });
});
