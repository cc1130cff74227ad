/** Reads the observability settings: monitors (monitoring.* or legacy top-level), PrometheusRule, Grafana dashboard. */
import { MmfError } from '../../kernel/errors.js';
import type { ConfigSettings, MonitorSettings } from './config-settings.js';
import type { Path, ValuesReader } from './values-reader.js';

function readMonitor(r: ValuesReader, settings: ConfigSettings, kind: MonitorSettings['kind']): void {
  const key = kind === 'ServiceMonitor' ? 'serviceMonitor' : 'podMonitor';
  const base: Path = r.has(['monitoring', key]) || !r.has([key]) ? ['monitoring', key] : [key];
  const source = base.join('.');
  const enabled =
    r.bool([...base, 'enabled'], { component: 'observability', use: `turns the ${kind} on` }) ?? false;
  const use = (what: string) =>
    ({ component: 'observability', use: `${kind} ${what}`, applied: enabled }) as const;
  const interval = r.duration([...base, 'interval'], use('endpoint interval'));
  const scrapeTimeout = r.duration([...base, 'scrapeTimeout'], use('endpoint scrapeTimeout'));
  const path = r.string([...base, 'path'], use('endpoint path'));
  const port = r.any([...base, 'port'], use('endpoint port (a named port)'));
  if (port !== undefined && typeof port !== 'string')
    throw r.invalid(
      [...base, 'port'],
      'must be the port name (e.g. metrics); monitors select ports by name',
      port,
    );
  const scheme = r.string([...base, 'scheme'], use('endpoint scheme'), ['http', 'https']) as
    'http' | 'https' | undefined;
  const labels = r.stringMap([...base, 'labels'], use('metadata.labels (how Prometheus selects monitors)'));
  const honorLabels = r.bool([...base, 'honorLabels'], use('endpoint honorLabels'));
  const relabelings = r.objectList([...base, 'relabelings'], use('endpoint relabelings'));
  const metricRelabelings = r.objectList([...base, 'metricRelabelings'], use('endpoint metricRelabelings'));
  const tlsConfig = r.object([...base, 'tlsConfig'], use('endpoint tlsConfig'));
  if (!enabled) return;
  const metricsPort = settings.ports.find((p) => p.role === 'metrics');
  const defaultPort = kind === 'ServiceMonitor' ? (metricsPort?.name ?? 'http') : 'metrics';
  const d = (setting: string, value: string, why: string) =>
    settings.defaults.push({ component: 'observability', setting: `${kind} ${setting}`, value, why });
  if (!interval) d('interval', '30s', `${source}.interval not set`);
  if (!path) d('path', '/metrics', `${source}.path not set`);
  if (port === undefined) d('port', defaultPort, `${source}.port not set`);
  settings.monitors.push({
    kind,
    source,
    interval: interval ?? '30s',
    ...(scrapeTimeout ? { scrapeTimeout } : {}),
    path: path ?? '/metrics',
    port: (port as string | undefined) ?? defaultPort,
    scheme: scheme ?? (settings.tls.enabled ? 'https' : 'http'),
    labels: labels ?? {},
    ...(honorLabels !== undefined ? { honorLabels } : {}),
    ...(relabelings ? { relabelings } : {}),
    ...(metricRelabelings ? { metricRelabelings } : {}),
    ...(tlsConfig ? { tlsConfig } : {}),
  });
}

export function readObservability(r: ValuesReader, settings: ConfigSettings): void {
  const hadMonitorKeys = ['serviceMonitor', 'podMonitor'].some((k) => r.has(['monitoring', k]) || r.has([k]));
  readMonitor(r, settings, 'ServiceMonitor');
  readMonitor(r, settings, 'PodMonitor');
  const metrics = settings.ports.find((p) => p.role === 'metrics');
  if (!hadMonitorKeys && metrics && r.has(['service', 'metricsPort'])) {
    // Legacy per-service charts expose metrics on service.metricsPort without any monitor settings.
    settings.monitors.push({
      kind: 'ServiceMonitor',
      source: 'service.metricsPort',
      interval: '30s',
      path: '/metrics',
      port: metrics.name,
      scheme: settings.tls.enabled ? 'https' : 'http',
      labels: {},
    });
    settings.defaults.push({
      component: 'observability',
      setting: 'ServiceMonitor',
      value: `port ${metrics.name}, /metrics every 30s`,
      why: 'service.metricsPort is set and the values configure no monitor',
    });
  }
  const on = settings.monitors.length > 0;
  const ruleBase: Path = ['monitoring', 'prometheusRule'];
  const ruleUse = (what: string, applied: boolean) =>
    ({ component: 'observability', use: `PrometheusRule ${what}`, applied }) as const;
  const rulesEnabled = r.bool([...ruleBase, 'enabled'], ruleUse('on or off', true));
  const wantRules = rulesEnabled ?? on;
  const ruleLabels = r.stringMap([...ruleBase, 'labels'], ruleUse('metadata.labels', wantRules));
  const groups = r.objectList([...ruleBase, 'groups'], ruleUse('spec.groups', wantRules));
  const rules = r.objectList([...ruleBase, 'rules'], ruleUse(`spec.groups[0].rules`, wantRules));
  if (wantRules) {
    const custom = Boolean(groups?.length || rules?.length);
    settings.rules = {
      groups: groups?.length ? groups : rules?.length ? [{ name: settings.serviceName, rules }] : [],
      labels: ruleLabels ?? {},
      custom,
    };
    if (!custom)
      settings.defaults.push({
        component: 'observability',
        setting: 'PrometheusRule',
        value: 'availability alerts (target down, restarting pods)',
        why: rulesEnabled
          ? 'monitoring.prometheusRule has no groups or rules'
          : 'a monitor is on and monitoring.prometheusRule is not set',
      });
  }
  const dashBase: Path = ['monitoring', 'grafanaDashboard'];
  const dashEnabled = r.bool([...dashBase, 'enabled'], {
    component: 'observability',
    use: 'Grafana dashboard ConfigMap on or off',
  });
  const dashOn = dashEnabled ?? r.has([...dashBase, 'json']);
  const dashUse = (what: string) =>
    ({ component: 'observability', use: `Grafana dashboard ConfigMap ${what}`, applied: dashOn }) as const;
  const json = r.any([...dashBase, 'json'], dashUse('data (the dashboard JSON)'));
  const dashLabels = r.stringMap(
    [...dashBase, 'labels'],
    dashUse('metadata.labels (the Grafana sidecar selects on them)'),
  );
  const folder = r.string([...dashBase, 'folder'], dashUse('grafana_folder annotation'));
  if (dashOn) {
    if (json === undefined)
      throw new MmfError('E_INPUT_INVALID', 'monitoring.grafanaDashboard is enabled but has no json', {
        ...(r.originOf([...dashBase, 'enabled'])
          ? { file: r.originOf([...dashBase, 'enabled']) as string }
          : {}),
        hint: 'give the dashboard JSON (a string or a mapping) under monitoring.grafanaDashboard.json',
      });
    let text: string;
    if (typeof json === 'string') {
      try {
        text = JSON.stringify(JSON.parse(json), null, 2);
      } catch {
        throw r.invalid([...dashBase, 'json'], 'must be valid JSON', json.slice(0, 40));
      }
    } else if (typeof json === 'object' && json !== null && !Array.isArray(json))
      text = JSON.stringify(json, null, 2);
    else throw r.invalid([...dashBase, 'json'], 'must be the dashboard JSON (a string or a mapping)', json);
    settings.dashboard = {
      json: text + '\n',
      labels: dashLabels ?? { grafana_dashboard: '1' },
      annotations: folder ? { grafana_folder: folder } : {},
    };
    if (!dashLabels)
      settings.defaults.push({
        component: 'observability',
        setting: 'dashboard ConfigMap label',
        value: 'grafana_dashboard: "1"',
        why: 'monitoring.grafanaDashboard.labels not set (the Grafana sidecar default)',
      });
  }
}
