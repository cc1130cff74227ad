import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { convertChart, type ConvertOptions } from '../../actions/helm-migrate/convert-chart.js';
import { isObject, type JsonObject } from '../../actions/kernel/json.js';
import { parseManifests, type ManifestSet } from '../../actions/kernel/k8s/manifest.js';
import { convertOptions } from '../support/convert-options.js';
import { HELMS, REPO_ROOT } from '../support/tools.js';

/**
 * Volatile values are decided per environment (issue 7, part 1): the chart
 * test/fixtures/charts/volatile-per-env generates a password, a checksum of it
 * and an instance id in dev, sets all of them in prod, and uses a Secret made
 * outside the chart in `external`. Only what differs between two renders of
 * one environment may be replaced or compared as present, in that environment.
 */
const CHART = join(REPO_ROOT, 'test', 'fixtures', 'charts', 'volatile-per-env');
const ENVS = ['dev', 'prod', 'external'] as const;
const RELEASE = 'ledger';
const NAMESPACE = 'marty';
const CHECKSUM = 'spec.template.metadata.annotations["checksum/secret"]';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-volatile-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join((e as unknown as { parentPath: string }).parentPath, e.name)))
    .sort();
}

const parse = (text: string): ManifestSet => parseManifests(text, 'test', { defaultNamespace: NAMESPACE });
const object = (set: ManifestSet, kind: string, name: string): JsonObject => {
  const found = [...set.values()].find((r) => r.id.kind === kind && r.id.name === name);
  if (!found) throw new Error(`${kind}/${name} is not in the set`);
  return found.object;
};
const field = (value: JsonObject, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (cur, step) => (isObject(cur as never) ? (cur as JsonObject)[step] : undefined),
    value,
  );
const decoded = (secret: JsonObject, key: string): string =>
  Buffer.from(String(field(secret, 'data', key)), 'base64').toString('utf8');

describe.each(HELMS)('volatile values per environment with $label', ({ label, helm, kubectl }) => {
  const dir = (name: string) => join(work, label.replace(/\W+/g, '-'), name);
  const options = (output: string, extra: Partial<ConvertOptions> = {}): ConvertOptions =>
    convertOptions(
      {
        chart: CHART,
        output,
        environments: ENVS.map((e) => `${e}=${join(CHART, `values-${e}.yaml`)}`),
        release: RELEASE,
        namespace: NAMESPACE,
        tools: { helm, kubectl },
      },
      extra,
    );
  const helmTemplate = (env: string) =>
    parse(
      execFileSync(
        helm,
        ['template', RELEASE, CHART, '--namespace', NAMESPACE, '--values', join(CHART, `values-${env}.yaml`)],
        { encoding: 'utf8' },
      ),
    );
  const build = (output: string, env: string) =>
    parse(execFileSync(kubectl, ['kustomize', join(output, 'overlays', env)], { encoding: 'utf8' }));

  test('fixed values keep Helm exact value; only what two renders of one environment change is volatile', async () => {
    const output = dir('convert');
    const result = await convertChart(options(output));
    expect(result.exitCode).toBe(0);
    expect(result.report.environments.map((e) => [e.name, e.parity?.identical])).toEqual(
      ENVS.map((e) => [e, true]),
    );
    // prod sets every value: its overlay builds exactly what helm renders, password and checksum included.
    const prod = build(output, 'prod');
    const helmProd = helmTemplate('prod');
    expect(decoded(object(prod, 'Secret', 'ledger-auth'), 'password')).toBe('fixed-prod-pw');
    const checksum = (set: ManifestSet) =>
      field(object(set, 'Deployment', 'ledger'), 'spec', 'template', 'metadata', 'annotations');
    expect(checksum(prod)).toEqual(checksum(helmProd));
    expect(field(object(prod, 'ConfigMap', 'ledger-settings'), 'data', 'INSTANCE_ID')).toBe('ledger-prod-1');

    // external has no Secret of the chart: its checksum (of an empty template) is deterministic and exact.
    const external = build(output, 'external');
    expect(checksum(external)).toEqual(checksum(helmTemplate('external')));
    // ...but its instance id is random: a stand-in, the same one dev gets.
    const devBuild = build(output, 'dev');
    const standIn = field(object(external, 'ConfigMap', 'ledger-settings'), 'data', 'INSTANCE_ID');
    expect(standIn).toMatch(/^[0-9a-f]{64}$/);
    expect(field(object(devBuild, 'ConfigMap', 'ledger-settings'), 'data', 'INSTANCE_ID')).toBe(standIn);
    // dev's password is dev's own sample (a 10-character random string), never prod's.
    expect(decoded(object(devBuild, 'Secret', 'ledger-auth'), 'password')).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(field(checksum(devBuild) as JsonObject, 'checksum/secret')).toMatch(/^[0-9a-f]{64}$/);
    expect(checksum(devBuild)).not.toEqual(checksum(prod));

    expect(result.report.volatile).toEqual([
      { environment: 'dev', resource: 'Secret/ledger-auth (namespace marty)', paths: ['data.password'] },
      {
        environment: 'dev',
        resource: 'ConfigMap/ledger-settings (namespace marty)',
        paths: ['data.INSTANCE_ID'],
      },
      { environment: 'dev', resource: 'Deployment/ledger (namespace marty)', paths: [CHECKSUM] },
      {
        environment: 'external',
        resource: 'ConfigMap/ledger-settings (namespace marty)',
        paths: ['data.INSTANCE_ID'],
      },
    ]);
    expect(result.report.render.renderedTwice).toEqual([...ENVS]);
  });

  test('parity compares deterministic values exactly and volatile ones as present', async () => {
    // A kubectl that alters built values stands in for a tree that does not reproduce them.
    const renders = Object.fromEntries(ENVS.map((e) => [e, helmTemplate(e)]));
    const prodChecksum = String(
      field(
        object(renders.prod as ManifestSet, 'Deployment', 'ledger'),
        'spec',
        'template',
        'metadata',
        'annotations',
        'checksum/secret',
      ),
    );
    const wrapper = join(dir('lying'), 'kubectl');
    await mkdir(dir('lying'), { recursive: true });
    const prodPassword = Buffer.from('fixed-prod-pw').toString('base64');
    await writeFile(
      wrapper,
      [
        '#!/usr/bin/env bash',
        `if [ "$1" = kustomize ] && [[ "$2" == */prod ]]; then "${kubectl}" "$@" | sed -e 's/${prodPassword}/${Buffer.from('other-prod-pw').toString('base64')}/' -e 's/${prodChecksum}/${'0'.repeat(64)}/'; exit "\${PIPESTATUS[0]}"; fi`,
        // dev: change the random password (volatile there) and the image (not volatile).
        `if [ "$1" = kustomize ] && [[ "$2" == */dev ]]; then "${kubectl}" "$@" | sed -E -e 's/^(  password: ).*/\\1"b3RoZXItZGV2LXB3"/' -e 's/1\\.1\\.0-dev/1.1.1-dev/'; exit "\${PIPESTATUS[0]}"; fi`,
        `exec "${kubectl}" "$@"`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    const result = await convertChart(options(dir('lied-to'), { kustomizePath: wrapper }));
    expect(result.exitCode).toBe(3);
    const changed = (env: string) =>
      result.report.environments
        .find((e) => e.name === env)
        ?.parity?.changed.map(
          (c) => `${c.resource}: ${c.fields.map((f) => `${f.path} ${f.change}`).join(', ')}`,
        );
    expect(changed('prod')?.sort()).toEqual([
      `Deployment/ledger (namespace marty): ${CHECKSUM} changed`,
      'Secret/ledger-auth (namespace marty): data.password changed',
    ]);
    // The random password of dev is only checked for being there; the image is compared.
    expect(changed('dev')?.sort()).toEqual([
      'CronJob/ledger-report (namespace marty): spec.jobTemplate.spec.template.spec.containers[0].image changed',
      'Deployment/ledger (namespace marty): spec.template.spec.containers[0].image changed',
    ]);
    expect(changed('external')).toEqual([]);
  });

  test('reruns are byte-identical and no random sample reaches a tracked file', async () => {
    const a = dir('rerun-a');
    const b = dir('rerun-b');
    await convertChart(options(a));
    await convertChart(options(b));
    const files = await listFiles(a);
    expect(await listFiles(b)).toEqual(files);
    const devSecret = await readFile(join(a, 'overlays', 'dev', 'secrets', 'ledger-auth.env'), 'utf8');
    const sample = /^password=(.*)$/m.exec(devSecret)?.[1] ?? '';
    expect(sample).toMatch(/^[A-Za-z0-9]{10}$/);
    for (const f of files) {
      if (f.includes('/secrets/')) continue;
      const [x, y] = await Promise.all([readFile(join(a, f), 'utf8'), readFile(join(b, f), 'utf8')]);
      expect({ f, same: x === y, leaks: x.includes(sample) }).toEqual({ f, same: true, leaks: false });
    }
  });

  test('empty nested labels and annotations that Helm renders are kept; maps emptied by stripping are not', async () => {
    const output = dir('empty-maps');
    const result = await convertChart(options(output));
    expect(result.exitCode).toBe(0);
    for (const env of ENVS) {
      const cron = object(build(output, env), 'CronJob', 'ledger-report');
      expect({ env, job: field(cron, 'spec', 'jobTemplate', 'metadata') }).toEqual({
        env,
        job: { labels: {}, annotations: {} },
      });
      // The pod template's only label was helm.sh/chart: removed, and the emptied map with it.
      expect({ env, pod: field(cron, 'spec', 'jobTemplate', 'spec', 'template', 'metadata') }).toEqual({
        env,
        pod: {},
      });
    }
  });
});

/**
 * The second render is only for environments whose kept resources come from a
 * template that calls a random function (test/fixtures/charts/random-hooks:
 * random values in a test hook, always dropped, and in a post-install hook Job).
 */
describe.each(HELMS)(
  'second render only when a kept resource can be random, with $label',
  ({ label, helm, kubectl }) => {
    const chart = join(REPO_ROOT, 'test', 'fixtures', 'charts', 'random-hooks');
    const convert = (name: string, hookMode: ConvertOptions['hookMode']) =>
      convertChart(
        convertOptions(
          {
            chart,
            output: join(work, label.replace(/\W+/g, '-'), name),
            environments: ['dev', 'prod'].map((e) => `${e}=${join(chart, `values-${e}.yaml`)}`),
            release: 'inbox',
            namespace: NAMESPACE,
            tools: { helm, kubectl },
          },
          { hookMode },
        ),
      );

    test('random calls only in dropped hooks: every environment is rendered once', async () => {
      const result = await convert('hooks-dropped', 'drop');
      expect(result.exitCode).toBe(0);
      expect(result.report.render).toMatchObject({ twice: false, renderedTwice: [] });
      expect(result.report.volatile).toEqual([]);
      expect(result.report.hooks.map((h) => h.action).sort()).toEqual(['dropped', 'test-dropped']);
    });

    test('a kept hook that calls uuidv4: rendered twice, and only its field is volatile', async () => {
      const result = await convert('hooks-kept', 'keep');
      expect(result.exitCode).toBe(0);
      expect(result.report.render).toMatchObject({ twice: true, renderedTwice: ['dev', 'prod'] });
      expect(result.report.volatile).toEqual(
        ['dev', 'prod'].map((environment) => ({
          environment,
          resource: 'Job/inbox-seed (namespace marty)',
          paths: ['spec.template.spec.containers[0].env[0].value'],
        })),
      );
    });
  },
);

/**
 * A file included by the checksum idiom adds nothing random to an environment
 * where it renders no document: there its includer is rendered once, and its
 * checksum (of an empty template) is kept exactly.
 */
describe.each(HELMS)(
  'an include that renders nothing in one environment, with $label',
  ({ label, helm, kubectl }) => {
    test('only the environment that renders the random Secret is rendered twice', async () => {
      const chart = join(work, label.replace(/\W+/g, '-'), 'checksum-chart');
      const files: Record<string, string> = {
        'Chart.yaml': 'apiVersion: v2\nname: vault-client\nversion: 0.1.0\n',
        'values.yaml': 'existingSecret: ""\n',
        'values-dev.yaml': '# dev: a generated password\n',
        'values-prod.yaml': 'existingSecret: vault-client-managed\n',
        'templates/secret.yaml': [
          '{{- if not .Values.existingSecret }}',
          'apiVersion: v1',
          'kind: Secret',
          'metadata:',
          '  name: {{ .Release.Name }}-auth',
          'data:',
          '  password: {{ randAlphaNum 12 | b64enc | quote }}',
          '{{- end }}',
          '',
        ].join('\n'),
        'templates/deployment.yaml': [
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata:',
          '  name: {{ .Release.Name }}',
          'spec:',
          '  selector: {matchLabels: {app: vault-client}}',
          '  template:',
          '    metadata:',
          '      labels: {app: vault-client}',
          '      annotations:',
          '        checksum/secret: {{ include (print $.Template.BasePath "/secret.yaml") . | sha256sum }}',
          '    spec:',
          '      containers: [{name: client, image: "registry.example.com/vault-client:1"}]',
          '',
        ].join('\n'),
      };
      for (const [file, text] of Object.entries(files)) {
        await mkdir(join(chart, file, '..'), { recursive: true });
        await writeFile(join(chart, file), text);
      }
      const output = join(work, label.replace(/\W+/g, '-'), 'checksum-out');
      const result = await convertChart(
        convertOptions({
          chart,
          output,
          environments: ['dev', 'prod'].map((e) => `${e}=${join(chart, `values-${e}.yaml`)}`),
          release: 'vc',
          namespace: NAMESPACE,
          tools: { helm, kubectl },
        }),
      );
      expect(result.exitCode).toBe(0);
      expect(result.report.render.renderedTwice).toEqual(['dev']);
      expect(result.report.volatile.map((v) => [v.environment, v.resource, v.paths])).toEqual([
        ['dev', 'Secret/vc-auth (namespace marty)', ['data.password']],
        ['dev', 'Deployment/vc (namespace marty)', [CHECKSUM]],
      ]);
      expect(result.report.environments.map((e) => [e.name, e.parity?.identical])).toEqual([
        ['dev', true],
        ['prod', true],
      ]);
      // prod's checksum is helm's own (of an empty template), compared exactly.
      const annotations = (text: string) =>
        field(object(parse(text), 'Deployment', 'vc'), 'spec', 'template', 'metadata', 'annotations');
      const helmProd = execFileSync(
        helm,
        ['template', 'vc', chart, '--namespace', NAMESPACE, '--values', join(chart, 'values-prod.yaml')],
        { encoding: 'utf8' },
      );
      const built = execFileSync(kubectl, ['kustomize', join(output, 'overlays', 'prod')], {
        encoding: 'utf8',
      });
      expect(annotations(built)).toEqual(annotations(helmProd));
    });
  },
);
