/**
 * planConfigMigration (pure): where every values key of the three shapes
 * goes, exactly which keys are reported as not understood, the defaults it
 * chooses, and values of the wrong shape.
 */
import { join } from 'node:path';
import type { JsonObject } from '../../actions/kernel/json.js';
import { parseYamlDocuments } from '../../actions/kernel/yaml-codec.js';
import { loadValuesFiles } from '../../actions/config-migrate/load-values.js';
import type { ValuesFile } from '../../actions/config-migrate/core/merge-values.js';
import { mergeValues } from '../../actions/config-migrate/core/merge-values.js';
import { planConfigMigration } from '../../actions/config-migrate/core/plan-config.js';
import { FIXTURES } from './support.js';

const fixture = (name: string) => join(FIXTURES, name);
const values = (file: string, v: JsonObject): ValuesFile => ({ file, values: v });

describe('planConfigMigration: the three values shapes', () => {
  test('legacy per-service values: a ServiceMonitor from service.metricsPort; unknown keys reported exactly', async () => {
    const plan = planConfigMigration({
      values: await loadValuesFiles([fixture('values-legacy.yaml')]),
      serviceName: 'payment-service',
    });
    const r = plan.report;
    expect(r.shapes).toEqual(['marty-legacy']);
    expect(r.keys.unknown).toEqual([
      { key: 'cache', from: fixture('values-legacy.yaml') },
      { key: 'workers', from: fixture('values-legacy.yaml') },
    ]);
    expect(r.components.map((c) => [c.name, c.generated])).toEqual([
      ['service-mesh', false],
      ['observability', true],
      ['security', false],
    ]);
    expect(r.components[1]?.resources).toEqual([
      'ServiceMonitor/payment-service',
      'PrometheusRule/payment-service',
    ]);
    expect(r.keys.used.map((u) => u.key)).toEqual([
      'service.port',
      'service.targetPort',
      'service.metricsPort',
    ]);
    // Secrets are never read, so they never reach the report.
    expect(plan.files.get('config-report.json')).not.toContain('local-only-password');
    expect(plan.files.get('MIGRATION_CONFIG_REPORT.md')).not.toContain('local-only-password');
    expect(r.keys.elsewhere.map((k) => k.key)).toContain('config.database.password');
    expect([...plan.files.keys()].sort()).toEqual([
      'MIGRATION_CONFIG_REPORT.md',
      'config-report.json',
      'observability/kustomization.yaml',
      'observability/prometheusrule.yaml',
      'observability/servicemonitor.yaml',
    ]);
  });

  test('standardised chart (Istio, TLS): every component, typos reported', async () => {
    const plan = planConfigMigration({ values: await loadValuesFiles([fixture('values-standard.yaml')]) });
    const r = plan.report;
    expect(r.serviceName).toBe('document-signer');
    expect(r.shapes).toEqual(['marty-standard']);
    expect(r.keys.unknown.map((k) => k.key)).toEqual(['serviceMesh.istio.mtlsMode', 'tracing']);
    expect(r.components.every((c) => c.generated)).toBe(true);
    expect(r.podSecurityLevel).toBe('restricted');
    const used = new Map(r.keys.used.map((u) => [u.key, u]));
    expect(used.get('serviceMesh.istio.mtls.mode')).toMatchObject({
      component: 'service-mesh',
      use: 'PeerAuthentication spec.mtls.mode',
      applied: true,
      value: 'STRICT',
    });
    // Understood but for a mesh that is not on: reported as not applied.
    expect(used.get('serviceMesh.linkerd.injection')).toMatchObject({ applied: false });
    expect(used.get('monitoring.podMonitor.interval')).toMatchObject({ applied: false });
    expect(used.get('grpc.tls.secrets.ca.name')).toMatchObject({ component: 'observability', applied: true });
    const elsewhere = r.keys.elsewhere.map((k) => k.key);
    expect(elsewhere).toEqual(
      expect.arrayContaining([
        'replicaCount',
        'migration',
        'persistence.size',
        'grpc.tls.server_cert',
        'database',
        'env',
      ]),
    );
    // Each key lands in exactly one of used / elsewhere / unknown.
    const all = [...used.keys(), ...elsewhere, ...r.keys.unknown.map((k) => k.key)];
    expect(new Set(all).size).toBe(all.length);
    const monitor = parseYamlDocuments(plan.files.get('observability/servicemonitor.yaml') as string, 't')[0]
      ?.value as JsonObject;
    expect(monitor).toMatchObject({
      metadata: { labels: { release: 'kube-prometheus-stack' } },
      spec: {
        endpoints: [
          {
            port: 'metrics',
            interval: '15s',
            scheme: 'https',
            tlsConfig: {
              serverName: 'document-signer',
              ca: { secret: { name: 'marty-ca', key: 'ca.crt' } },
              cert: { secret: { name: 'document-signer-client-tls', key: 'tls.crt' } },
              keySecret: { name: 'document-signer-client-tls', key: 'tls.key' },
            },
          },
        ],
      },
    });
  });

  test('values files merge in order: Linkerd over the standardised values', async () => {
    const plan = planConfigMigration({
      values: await loadValuesFiles([
        fixture('values-standard.yaml'),
        fixture('values-standard-linkerd.yaml'),
      ]),
    });
    const r = plan.report;
    expect(r.keys.unknown.map((k) => k.key)).toEqual(['tracing']);
    expect(r.components[0]?.resources).toEqual([
      'Server/document-signer-http',
      'Server/document-signer-grpc',
      'Server/document-signer-metrics',
      'ServerAuthorization/document-signer-http',
      'ServerAuthorization/document-signer-grpc',
      'ServerAuthorization/document-signer-metrics',
    ]);
    expect(r.components[1]?.resources).toEqual([
      'PodMonitor/document-signer',
      'PrometheusRule/document-signer',
      'ConfigMap/document-signer-grafana-dashboard',
    ]);
    const used = new Map(r.keys.used.map((u) => [u.key, u]));
    expect(used.get('serviceMesh.type')).toMatchObject({
      value: 'linkerd',
      from: fixture('values-standard-linkerd.yaml'),
    });
    expect(plan.files.get('observability/podmonitor.yaml')).toContain('scheme: http\n');
    expect(plan.files.get('security/networkpolicy.yaml')).toContain('port: 4191');
  });

  test('helm create values: ServiceAccount and securityContext patches, restricted fill-ins reported', async () => {
    const plan = planConfigMigration({
      values: await loadValuesFiles([fixture('values-helm-create.yaml')]),
      serviceName: 'web',
      namespace: 'web',
    });
    const r = plan.report;
    expect(r.shapes).toEqual(['helm-create']);
    expect(r.keys.unknown.map((k) => k.key)).toEqual(['replicas']);
    expect(r.components.map((c) => c.generated)).toEqual([false, false, true]);
    expect(r.podSecurityLevel).toBe('restricted');
    expect(r.defaults.map((d) => d.setting)).toEqual([
      'pod securityContext.seccompProfile',
      'container securityContext.allowPrivilegeEscalation',
    ]);
    expect(r.components[2]?.resources).toEqual(['Namespace/web', 'ServiceAccount/web']);
  });

  test('the same input gives byte-identical files', async () => {
    const input = { values: await loadValuesFiles([fixture('values-standard.yaml')]) };
    expect([...planConfigMigration(input).files]).toEqual([...planConfigMigration(input).files]);
  });
});

describe('planConfigMigration: wrong shapes and names', () => {
  test.each([
    [{ serviceMesh: { enabled: 'yes please' } }, 'values key serviceMesh.enabled must be true or false'],
    [{ serviceMesh: true }, 'values key serviceMesh must be a mapping of keys'],
    [
      { serviceMesh: { enabled: true, istio: { mtls: { mode: 'STRICTER' } } } },
      'must be one of STRICT, PERMISSIVE, DISABLE',
    ],
    [
      { monitoring: { serviceMonitor: { enabled: true, labels: { release: 1 } } } },
      'monitoring.serviceMonitor.labels.release must be a string',
    ],
    [
      { networkPolicy: { enabled: true, ingress: 'allow-all' } },
      'networkPolicy.ingress must be a list of mappings',
    ],
    [{ service: { metricsPort: 'ninety' } }, 'service.metricsPort must be a port number'],
    [{ monitoring: { grafanaDashboard: { enabled: true } } }, 'grafanaDashboard is enabled but has no json'],
    [
      { monitoring: { grafanaDashboard: { json: '{"title": ' } } },
      'grafanaDashboard.json must be valid JSON',
    ],
    [{ serviceMesh: { enabled: true, istio: { timeout: 'ten seconds' } } }, 'must be a duration'],
  ])('%j is E_INPUT_INVALID naming the file and key', (v, message) => {
    const run = () =>
      planConfigMigration({ values: [values('values-bad.yaml', v as JsonObject)], serviceName: 'svc' });
    expect(run).toThrow(expect.objectContaining({ code: 'E_INPUT_INVALID', file: 'values-bad.yaml' }));
    expect(run).toThrow(message);
  });

  test('service names: from the flag, else fullnameOverride / nameOverride, always DNS-1123', () => {
    const v = (o: JsonObject) => [values('v.yaml', o)];
    expect(planConfigMigration({ values: v({ nameOverride: 'api' }) }).report.serviceName).toBe('api');
    expect(() => planConfigMigration({ values: v({}) })).toThrow(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
    expect(() => planConfigMigration({ values: v({}), serviceName: 'API' })).toThrow(
      expect.objectContaining({ code: 'E_NAME_INVALID' }),
    );
    expect(() => planConfigMigration({ values: v({ fullnameOverride: '{{SERVICE_NAME}}' }) })).toThrow(
      expect.objectContaining({ code: 'E_NAME_INVALID' }),
    );
  });
});

describe('mergeValues (Helm order)', () => {
  test('maps merge, lists and scalars are replaced, null removes a key', () => {
    expect(
      mergeValues([
        values('a', { a: { b: 1, c: [1, 2], d: 'x' }, e: 1 }),
        values('b', { a: { c: [3], d: null }, f: { g: null, h: 2 } }),
      ]),
    ).toEqual({ a: { b: 1, c: [3] }, e: 1, f: { h: 2 } });
  });
});
