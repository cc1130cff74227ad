/**
 * Reads merged Helm values (the legacy per-service Marty shape, the
 * standardised Marty chart and the `helm create` shape) into the settings the
 * three components are built from. Every read is recorded (ValuesReader), and
 * every default the migrator chose instead is recorded too, for the report.
 */
import { MmfError } from '../../kernel/errors.js';
import type { ConfigSettings, DefaultUse, PortSpec } from './config-settings.js';
import { assertDnsLabel } from '../../kernel/k8s/names.js';
import { readMesh } from './read-mesh-values.js';
import { readObservability } from './read-observability-values.js';
import { readSecurity } from './read-security-values.js';
import type { Path, ValuesReader } from './values-reader.js';

export function interpretValues(r: ValuesReader, opts: { serviceName?: string }): ConfigSettings {
  const defaults: DefaultUse[] = [];
  const notes: string[] = [];
  const serviceName = resolveServiceName(r, opts.serviceName);
  const nameOverride = r.string(['nameOverride'], {
    component: 'shared',
    use: 'the app.kubernetes.io/name label every selector matches',
  });
  if (nameOverride !== undefined && nameOverride !== '')
    assertDnsLabel(nameOverride, 'values key nameOverride');
  const selectorName = nameOverride || serviceName;
  const ports = readPorts(r);
  const settings: ConfigSettings = {
    serviceName,
    selectorName,
    ports,
    tls: readTls(r),
    monitors: [],
    defaults,
    notes,
  };
  const mesh = readMesh(r, defaults);
  if (mesh) settings.mesh = mesh;
  readObservability(r, settings);
  const security = readSecurity(r, settings);
  if (security) settings.security = security;
  return settings;
}

function resolveServiceName(r: ValuesReader, flag: string | undefined): string {
  if (flag !== undefined) {
    assertDnsLabel(flag, 'service name', 'service');
    return flag;
  }
  for (const key of ['fullnameOverride', 'nameOverride']) {
    const v = r.peek([key]);
    if (typeof v === 'string' && v !== '') {
      r.string([key], { component: 'shared', use: 'the service name (no --service-name given)' });
      assertDnsLabel(v, `values key ${key}`, 'service');
      return v;
    }
  }
  throw new MmfError(
    'E_USAGE',
    'cannot tell the service name: no --service-name, fullnameOverride or nameOverride',
    {
      hint: 'pass --service-name <name>: the name of the Deployment and Service in your base',
    },
  );
}

const PORTS_USE = {
  component: 'shared',
  use: 'service ports: monitor endpoints, mesh policies, NetworkPolicy',
} as const;

function portEntry(r: ValuesReader, path: Path, role: PortSpec['role']): PortSpec | undefined {
  const v = r.peek(path);
  if (v === undefined) return undefined;
  if (typeof v === 'object' && !Array.isArray(v)) {
    const port = r.port([...path, 'port'], PORTS_USE) as number | undefined;
    const target = r.port([...path, 'targetPort'], PORTS_USE, true);
    const name = r.string([...path, 'name'], PORTS_USE);
    const targetPort = target ?? port;
    if (targetPort === undefined) return undefined;
    return { role, name: name ?? role, ...(port !== undefined ? { port } : {}), targetPort };
  }
  const port = r.port(path, PORTS_USE) as number;
  return { role, name: role, port, targetPort: port };
}

function readPorts(r: ValuesReader): PortSpec[] {
  const ports: PortSpec[] = [];
  const http = r.has(['service', 'http'])
    ? portEntry(r, ['service', 'http'], 'http')
    : (() => {
        const port = r.port(['service', 'port'], PORTS_USE) as number | undefined;
        const target = r.port(['service', 'targetPort'], PORTS_USE, true);
        const targetPort = target ?? port;
        return targetPort === undefined
          ? undefined
          : ({ role: 'http', name: 'http', ...(port !== undefined ? { port } : {}), targetPort } as PortSpec);
      })();
  if (http) ports.push(http);
  const grpc = portEntry(r, ['service', 'grpc'], 'grpc');
  if (grpc) ports.push(grpc);
  const metrics = r.has(['service', 'metrics'])
    ? portEntry(r, ['service', 'metrics'], 'metrics')
    : (() => {
        const port = r.port(['service', 'metricsPort'], PORTS_USE) as number | undefined;
        return port === undefined
          ? undefined
          : ({ role: 'metrics', name: 'metrics', port, targetPort: port } as PortSpec);
      })();
  if (metrics) ports.push(metrics);
  return ports;
}

function readTls(r: ValuesReader): ConfigSettings['tls'] {
  const use = (what: string) => ({ component: 'observability', use: what }) as const;
  const enabled =
    r.bool(['grpc', 'tls', 'enabled'], use('monitors scrape over https when TLS is on')) ?? false;
  const mtls = r.bool(['grpc', 'tls', 'mtls'], use('monitors present a client certificate')) ?? false;
  const requireClient =
    r.bool(['grpc', 'tls', 'require_client_auth'], use('monitors present a client certificate')) ?? false;
  const tls: ConfigSettings['tls'] = { enabled, clientAuth: enabled && (mtls || requireClient) };
  const caName = r.string(['grpc', 'tls', 'secrets', 'ca', 'name'], use('tlsConfig.ca: the CA Secret'));
  const caKey = r.string(
    ['grpc', 'tls', 'secrets', 'ca', 'cert_key'],
    use('tlsConfig.ca: key in the CA Secret'),
  );
  if (caName) tls.ca = { name: caName, key: caKey ?? 'ca.crt' };
  const clientName = r.string(
    ['grpc', 'tls', 'secrets', 'client', 'name'],
    use('tlsConfig.cert/keySecret: the client Secret'),
  );
  const certKey = r.string(
    ['grpc', 'tls', 'secrets', 'client', 'cert_key'],
    use('tlsConfig.cert: key in the client Secret'),
  );
  const keyKey = r.string(
    ['grpc', 'tls', 'secrets', 'client', 'key_key'],
    use('tlsConfig.keySecret: key in the client Secret'),
  );
  if (clientName)
    tls.client = { name: clientName, certKey: certKey ?? 'tls.crt', keyKey: keyKey ?? 'tls.key' };
  return tls;
}
