import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertChart, type ConvertOptions } from '../../actions/helm-migrate/convert-chart.js';
import { convertOptions } from '../support/convert-options.js';
import { HELMS, REPO_ROOT } from '../support/tools.js';

/**
 * Adversarial but realistic charts (test/fixtures/charts/stress-*), written for
 * this repository after the constructs popular public charts use. Each one must
 * convert with parity in every environment, with Helm 3 and Helm 4.
 */
const stress = (name: string) => join(REPO_ROOT, 'test', 'fixtures', 'charts', name);
const ENVS = ['dev', 'prod'] as const;
const CHARTS = [
  {
    name: 'stress-workloads',
    what: 'StatefulSet + headless Service, DaemonSet, CronJob, hook Job, a Deployment with every pod-spec list, TCP/UDP 53, apiVersions chosen from values.kubeVersion, ValidatingAdmissionPolicy, a ClusterRole carrying a namespace',
  },
  {
    name: 'stress-rbac-webhooks',
    what: 'ClusterRoles named with colons, aggregation, RoleBinding to ServiceAccount default, webhooks and APIService pointing at the release namespace with genCA bundles, TLS Secret, PriorityClass, resources in another namespace, resource-policy keep',
  },
  {
    name: 'stress-templating',
    what: 'tpl, toYaml of nulls and empty collections, several documents per file, empty and comment-only documents, List and ConfigMapList, YAML 1.1 look-alike strings, unicode, long annotations, anchors, CRLF, lookup, Capabilities, randAlphaNum',
  },
  {
    name: 'stress-crds',
    what: 'CRDs in crds/ (cluster and namespaced kinds) and in templates/, custom resources whose lists change order and length, kinds without a CRD, kinds that share built-in names (kruise StatefulSet, knative Service, velero Backup)',
  },
] as const;

/** The same charts with one failing construct switched off, so the rest is still checked. */
const ISOLATED = [
  {
    name: 'stress-workloads',
    extra: 'values-isolate-kubeversion.yaml',
    without: 'apiVersions that differ by env',
  },
  { name: 'stress-templating', extra: 'values-isolate-lists.yaml', without: 'the ConfigMapList' },
] as const;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-stress-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe.each(HELMS)('stress charts with $label', ({ label, helm, kubectl }) => {
  const options = (chart: string, output: string, extra?: string): ConvertOptions =>
    convertOptions({
      chart: stress(chart),
      output,
      environments: ENVS.map(
        (e) =>
          `${e}=${join(stress(chart), `values-${e}.yaml`)}${extra ? `,${join(stress(chart), extra)}` : ''}`,
      ),
      release: 'rel',
      namespace: 'apps',
      tools: { helm, kubectl },
    });
  const outputOf = (chart: string) => join(work, label.replace(/\W+/g, '-'), chart);

  async function expectParity(name: string, output: string, extra?: string) {
    const result = await convertChart(options(name, output, extra));
    // The whole parity verdict, so a failure shows the differing resources and field paths.
    const verdicts = result.report.environments.map((e) => ({
      env: e.name,
      identical: e.parity?.identical,
      missing: e.parity?.missing,
      unexpected: e.parity?.unexpected,
      changed: e.parity?.changed.map(
        (c) => `${c.resource}: ${c.fields.map((f) => `${f.path} ${f.change}`).join(', ')}`,
      ),
    }));
    expect(verdicts).toEqual(
      ENVS.map((env) => ({ env, identical: true, missing: [], unexpected: [], changed: [] })),
    );
    expect(result.exitCode).toBe(0);
    expect(result.report.tools.helm.version).toMatch(label === 'Helm 3.18' ? /^v3\.18\./ : /^v4\.1\./);
  }

  test.each(CHARTS)('$name reaches parity in every environment ($what)', async ({ name }) => {
    await expectParity(name, outputOf(name));
  });

  test.each(ISOLATED)('$name without $without reaches parity', async ({ name, extra }) => {
    await expectParity(name, outputOf(`${name}-isolated`), extra);
  });

  // The parity comparison reads numbers as IEEE doubles, so it cannot see this on its own:
  // 64-bit integers must reach the kustomize build digit for digit (helm renders them so).
  test('stress-crds keeps integers beyond 2^53 digit for digit', async () => {
    const output = outputOf('stress-crds-int64');
    const result = await convertChart(options('stress-crds', output));
    expect(result.exitCode).toBe(0);
    const channel = { dev: '1234567890123456789', prod: '1234567890123456791' };
    for (const env of ENVS) {
      const built = execFileSync(kubectl, ['kustomize', join(output, 'overlays', env)], {
        encoding: 'utf8',
      });
      const numbers = [...built.matchAll(/(maxBytes|discordChannelId): (\S+)/g)]
        .map((m) => `${m[1]}=${m[2]}`)
        .sort();
      expect({ env, numbers }).toEqual({
        env,
        numbers: [`discordChannelId=${channel[env]}`, 'maxBytes=9223372036854775807'],
      });
    }
  });
});
