/** Reads the service-mesh settings: serviceMesh.* (Istio or Linkerd), or the legacy linkerd.enabled. */
import {
  DEFAULT_TRAFFIC_POLICY,
  ISTIO_MTLS_MODES,
  ISTIO_TLS_MODES,
  MESH_TYPES,
  type IstioMtlsMode,
  type IstioTlsMode,
  type MeshType,
  type RetryPolicy,
  type TrafficPolicy,
} from '../../kernel/k8s/mesh-policies.js';
import type { DefaultUse, MeshSettings } from './config-settings.js';
import type { Path, Purpose, ValuesReader } from './values-reader.js';

export function readMesh(r: ValuesReader, defaults: DefaultUse[]): MeshSettings | undefined {
  const use = (what: string, applied: boolean) =>
    ({ component: 'service-mesh', use: what, applied }) as const;
  const enabled =
    r.bool(['serviceMesh', 'enabled'], use('turns the service-mesh component on', true)) ?? false;
  const legacyLinkerd = r.bool(['linkerd', 'enabled'], use('legacy switch: Linkerd mesh', true)) ?? false;
  const on = enabled || legacyLinkerd;
  const type =
    (r.string(['serviceMesh', 'type'], use('which mesh the policies are for', on), MESH_TYPES) as
      MeshType | undefined) ?? (legacyLinkerd ? 'linkerd' : 'istio');
  const istio = on && type === 'istio';
  const linkerd = on && type === 'linkerd';
  const injectIstio = injection(
    r,
    ['serviceMesh', 'istio', 'injection'],
    use('sidecar.istio.io/inject pod label', istio),
  );
  const injectLinkerd = injection(
    r,
    ['serviceMesh', 'linkerd', 'injection'],
    use('linkerd.io/inject pod annotation', linkerd),
  );
  const mtlsMode = r.string(
    ['serviceMesh', 'istio', 'mtls', 'mode'],
    use('PeerAuthentication spec.mtls.mode', istio),
    ISTIO_MTLS_MODES,
  ) as IstioMtlsMode | undefined;
  const tlsMode = r.string(
    ['serviceMesh', 'istio', 'trafficPolicy', 'tls', 'mode'],
    use('DestinationRule trafficPolicy.tls.mode', istio),
    ISTIO_TLS_MODES,
  ) as IstioTlsMode | undefined;
  const connectionPool = r.object(
    ['serviceMesh', 'istio', 'trafficPolicy', 'connectionPool'],
    use('DestinationRule trafficPolicy.connectionPool', istio),
  );
  const outlierDetection = r.object(
    ['serviceMesh', 'istio', 'trafficPolicy', 'outlierDetection'],
    use('DestinationRule trafficPolicy.outlierDetection (circuit breaking)', istio),
  );
  const timeout = r.duration(
    ['serviceMesh', 'istio', 'timeout'],
    use('VirtualService http[].timeout', istio),
  );
  const retries = readRetries(r, use('VirtualService http[].retries', istio));
  if (!on) return undefined;
  const d = (setting: string, value: string, why: string) =>
    defaults.push({ component: 'service-mesh', setting, value, why });
  let traffic: TrafficPolicy;
  if (istio) {
    traffic = {
      connectionPool: connectionPool ?? DEFAULT_TRAFFIC_POLICY.connectionPool,
      outlierDetection: outlierDetection ?? DEFAULT_TRAFFIC_POLICY.outlierDetection,
    };
    const t = timeout ?? DEFAULT_TRAFFIC_POLICY.timeout;
    if (t && !/^0+(ms|s|m|h)?$/.test(t)) traffic.timeout = t;
    const rt = retries === undefined ? DEFAULT_TRAFFIC_POLICY.retries : retries;
    if (rt) traffic.retries = rt;
    if (!mtlsMode) d('PeerAuthentication mtls.mode', 'STRICT', 'serviceMesh.istio.mtls.mode not set');
    if (!tlsMode)
      d('DestinationRule tls.mode', 'ISTIO_MUTUAL', 'serviceMesh.istio.trafficPolicy.tls.mode not set');
    if (!connectionPool)
      d(
        'DestinationRule connectionPool',
        'at most 100 TCP connections, 5s connect timeout, 100 pending / 1000 HTTP/2 requests',
        'serviceMesh.istio.trafficPolicy.connectionPool not set',
      );
    if (!outlierDetection)
      d(
        'DestinationRule outlierDetection',
        'eject a pod after 5 consecutive 5xx for 30s, at most 50% of pods',
        'serviceMesh.istio.trafficPolicy.outlierDetection not set',
      );
    if (timeout === undefined)
      d(
        'VirtualService timeout',
        '10s',
        'serviceMesh.istio.timeout not set (set 0s for long-lived gRPC streams)',
      );
    if (retries === undefined)
      d(
        'VirtualService retries',
        '3 attempts, 2s per try, on connection failures and gRPC UNAVAILABLE',
        'serviceMesh.istio.retries not set',
      );
  } else {
    traffic = { ...DEFAULT_TRAFFIC_POLICY };
    d(
      'Service annotations for Linkerd',
      'retry gateway errors and gRPC UNAVAILABLE up to 3 times (2s per try), 10s request timeout, failure accrual after 5 consecutive failures',
      'the values hold no Linkerd retry, timeout or circuit-breaking settings; edit the annotations to tune them',
    );
  }
  return {
    type,
    inject: istio ? injectIstio : injectLinkerd,
    mtlsMode: mtlsMode ?? 'STRICT',
    tlsMode: tlsMode ?? 'ISTIO_MUTUAL',
    traffic,
  };
}

/** true / "enabled" inject, false / "disabled" do not; absent means inject. */
function injection(r: ValuesReader, path: Path, purpose: Purpose): boolean {
  const v = r.any(path, purpose);
  if (v === undefined || v === true || v === 'enabled') return true;
  if (v === false || v === 'disabled') return false;
  throw r.invalid(path, 'must be true, false, "enabled" or "disabled"', v);
}

function readRetries(r: ValuesReader, purpose: Purpose): RetryPolicy | null | undefined {
  const base: Path = ['serviceMesh', 'istio', 'retries'];
  if (!r.has(base)) {
    r.any(base, purpose);
    return undefined;
  }
  const attempts = r.int([...base, 'attempts'], purpose, 0, 10);
  const perTryTimeout = r.duration([...base, 'perTryTimeout'], purpose);
  const retryOn = r.string([...base, 'retryOn'], purpose);
  if (attempts === 0) return null;
  const d = DEFAULT_TRAFFIC_POLICY.retries as RetryPolicy;
  return {
    attempts: attempts ?? d.attempts,
    perTryTimeout: perTryTimeout ?? d.perTryTimeout,
    retryOn: retryOn ?? d.retryOn,
  };
}
