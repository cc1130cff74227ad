/** The observability component: ServiceMonitor / PodMonitor, PrometheusRule and a Grafana dashboard ConfigMap. */
import type { JsonObject } from '../../kernel/json.js';
import { ComponentBuilder } from './component-plan.js';
import type { ConfigSettings, MonitorSettings } from './config-settings.js';
import { manifestYaml, selectorLabels } from '../../kernel/k8s/kustomization.js';

const MONITORING_API = 'monitoring.coreos.com/v1';

export function planObservabilityComponent(s: ConfigSettings): ComponentBuilder | undefined {
  const c = new ComponentBuilder('observability');
  const selector = selectorLabels(s.selectorName);
  for (const m of s.monitors) {
    const object = monitor(s, m, selector);
    c.addResource(`${m.kind.toLowerCase()}.yaml`, manifestYaml(object), [`${m.kind}/${s.serviceName}`]);
  }
  if (s.rules) {
    const groups = s.rules.custom ? s.rules.groups : defaultRules(s);
    c.addResource(
      'prometheusrule.yaml',
      manifestYaml({
        apiVersion: MONITORING_API,
        kind: 'PrometheusRule',
        metadata: { name: s.serviceName, labels: { ...selector, ...s.rules.labels } },
        spec: { groups },
      }),
      [`PrometheusRule/${s.serviceName}`],
    );
  }
  if (s.dashboard) {
    const name = `${s.serviceName}-grafana-dashboard`;
    const metadata: JsonObject = { name, labels: { ...selector, ...s.dashboard.labels } };
    if (Object.keys(s.dashboard.annotations).length) metadata.annotations = { ...s.dashboard.annotations };
    c.addResource(
      'grafana-dashboard.yaml',
      manifestYaml({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata,
        data: { [`${s.serviceName}.json`]: s.dashboard.json },
      }),
      [`ConfigMap/${name}`],
    );
  }
  return c.empty ? undefined : c;
}

function monitor(s: ConfigSettings, m: MonitorSettings, selector: Record<string, string>): JsonObject {
  const endpoint: JsonObject = { port: m.port, path: m.path, interval: m.interval, scheme: m.scheme };
  if (m.scrapeTimeout) endpoint.scrapeTimeout = m.scrapeTimeout;
  if (m.honorLabels !== undefined) endpoint.honorLabels = m.honorLabels;
  if (m.relabelings) endpoint.relabelings = m.relabelings;
  if (m.metricRelabelings) endpoint.metricRelabelings = m.metricRelabelings;
  const tls = m.tlsConfig ?? (m.scheme === 'https' ? tlsConfig(s) : undefined);
  if (tls) endpoint.tlsConfig = tls;
  return {
    apiVersion: MONITORING_API,
    kind: m.kind,
    metadata: { name: s.serviceName, labels: { ...selector, ...m.labels } },
    spec: {
      selector: { matchLabels: { ...selector } },
      [m.kind === 'ServiceMonitor' ? 'endpoints' : 'podMetricsEndpoints']: [endpoint],
    },
  };
}

/**
 * Scrape TLS from the service's own certificate Secrets (grpc.tls.secrets):
 * Secret references, which the Prometheus Operator reads in the monitor's
 * namespace, rather than file paths that would have to be mounted into Prometheus.
 */
function tlsConfig(s: ConfigSettings): JsonObject {
  const tls: JsonObject = { serverName: s.serviceName };
  if (s.tls.ca) tls.ca = { secret: { name: s.tls.ca.name, key: s.tls.ca.key } };
  if (s.tls.clientAuth && s.tls.client) {
    tls.cert = { secret: { name: s.tls.client.name, key: s.tls.client.certKey } };
    tls.keySecret = { name: s.tls.client.name, key: s.tls.client.keyKey };
  }
  return tls;
}

/** Availability alerts that hold for any service: no target up, pods restarting. */
function defaultRules(s: ConfigSettings): JsonObject[] {
  const alertName = s.serviceName
    .split('-')
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join('');
  const job = `(.+/)?${s.serviceName}`;
  return [
    {
      name: `${s.serviceName}.availability`,
      rules: [
        {
          alert: `${alertName}Down`,
          expr: `absent(up{job=~"${job}"} == 1)`,
          for: '5m',
          labels: { severity: 'critical' },
          annotations: {
            summary: `${s.serviceName} has no healthy scrape target`,
            description: `Prometheus has not scraped ${s.serviceName} successfully for 5 minutes.`,
          },
        },
        {
          alert: `${alertName}Restarting`,
          expr: `sum by (namespace, pod) (increase(kube_pod_container_status_restarts_total{pod=~"${s.serviceName}-.*"}[15m])) > 3`,
          for: '5m',
          labels: { severity: 'warning' },
          annotations: {
            summary: `${s.serviceName} pods are restarting`,
            description: 'A pod restarted more than 3 times in 15 minutes.',
          },
        },
      ],
    },
  ];
}
