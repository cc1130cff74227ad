/**
 * Service-mesh policies for one service, shared by `migrate generate-overlay`
 * and `migrate config`: mTLS, retries, timeouts and circuit breaking, for
 * Istio (PeerAuthentication, DestinationRule, VirtualService) or Linkerd
 * (Server + ServerAuthorization, and retry/timeout/failure-accrual annotations
 * on the Service, which Linkerd 2.16+ reads without any HTTPRoute).
 */
import type { JsonObject } from '../json.js';

export const MESH_TYPES = ['istio', 'linkerd'] as const;
export type MeshType = (typeof MESH_TYPES)[number];

export const ISTIO_MTLS_MODES = ['STRICT', 'PERMISSIVE', 'DISABLE'] as const;
export type IstioMtlsMode = (typeof ISTIO_MTLS_MODES)[number];
export const ISTIO_TLS_MODES = ['ISTIO_MUTUAL', 'MUTUAL', 'SIMPLE', 'DISABLE'] as const;
export type IstioTlsMode = (typeof ISTIO_TLS_MODES)[number];

export const ISTIO_API = { security: 'security.istio.io/v1', networking: 'networking.istio.io/v1' } as const;
export const LINKERD_API = {
  server: 'policy.linkerd.io/v1beta2',
  serverAuthorization: 'policy.linkerd.io/v1beta1',
} as const;

/** A port the service's pods listen on: the container port (number or name) and what speaks on it. */
export interface MeshPort {
  role: 'http' | 'grpc' | 'metrics';
  port: number | string;
}

export interface RetryPolicy {
  attempts: number;
  perTryTimeout: string;
  /** Istio retryOn conditions. */
  retryOn: string;
}

/** What the seed's users asked for: timeouts, retries and circuit breaking. */
export interface TrafficPolicy {
  /** Request timeout; undefined = none (long-lived gRPC streams need none). */
  timeout?: string;
  /** undefined = no retries. */
  retries?: RetryPolicy;
  /** Istio DestinationRule connectionPool. */
  connectionPool: JsonObject;
  /** Istio DestinationRule outlierDetection (circuit breaking). */
  outlierDetection: JsonObject;
}

export const DEFAULT_TRAFFIC_POLICY: TrafficPolicy = {
  timeout: '10s',
  retries: {
    attempts: 3,
    perTryTimeout: '2s',
    // Failures where the request never reached the app, plus gRPC UNAVAILABLE: safe to retry.
    retryOn: 'connect-failure,refused-stream,unavailable,cancelled,gateway-error',
  },
  connectionPool: {
    tcp: { maxConnections: 100, connectTimeout: '5s' },
    http: { http1MaxPendingRequests: 100, http2MaxRequests: 1000, maxRetries: 3 },
  },
  outlierDetection: {
    consecutive5xxErrors: 5,
    interval: '30s',
    baseEjectionTime: '30s',
    maxEjectionPercent: 50,
  },
};

export const ISTIO_POD_LABELS: Record<string, string> = { 'sidecar.istio.io/inject': 'true' };
export const LINKERD_POD_ANNOTATIONS: Record<string, string> = { 'linkerd.io/inject': 'enabled' };

export interface IstioPolicyOptions {
  serviceName: string;
  selector: Record<string, string>;
  mtlsMode: IstioMtlsMode;
  tlsMode: IstioTlsMode;
  traffic: TrafficPolicy;
  /**
   * Container ports left PERMISSIVE under STRICT mTLS, so a Prometheus outside
   * the mesh can still scrape them.
   */
  permissivePorts?: readonly number[];
}

/** PeerAuthentication, DestinationRule and VirtualService named after the service. */
export function istioPolicies(o: IstioPolicyOptions): JsonObject[] {
  const peerSpec: JsonObject = { selector: { matchLabels: { ...o.selector } }, mtls: { mode: o.mtlsMode } };
  const permissive =
    o.mtlsMode === 'STRICT' ? [...new Set(o.permissivePorts ?? [])].sort((a, b) => a - b) : [];
  if (permissive.length)
    peerSpec.portLevelMtls = Object.fromEntries(permissive.map((p) => [String(p), { mode: 'PERMISSIVE' }]));
  const route: JsonObject = { route: [{ destination: { host: o.serviceName } }] };
  if (o.traffic.timeout) route.timeout = o.traffic.timeout;
  if (o.traffic.retries) route.retries = { ...o.traffic.retries };
  return [
    {
      apiVersion: ISTIO_API.security,
      kind: 'PeerAuthentication',
      metadata: { name: o.serviceName },
      spec: peerSpec,
    },
    {
      apiVersion: ISTIO_API.networking,
      kind: 'DestinationRule',
      metadata: { name: o.serviceName },
      spec: {
        host: o.serviceName,
        trafficPolicy: {
          tls: { mode: o.tlsMode },
          connectionPool: o.traffic.connectionPool,
          outlierDetection: o.traffic.outlierDetection,
        },
      },
    },
    {
      apiVersion: ISTIO_API.networking,
      kind: 'VirtualService',
      metadata: { name: o.serviceName },
      spec: { hosts: [o.serviceName], http: [route] },
    },
  ];
}

export interface LinkerdPolicyOptions {
  serviceName: string;
  selector: Record<string, string>;
  /** Ports that pass isServerPort; one Server per role. */
  ports: readonly MeshPort[];
}

/** A port a Linkerd Server can name: an IANA service name Linkerd accepts, or a number. */
export function isServerPort(port: number | string): boolean {
  return typeof port === 'number'
    ? Number.isInteger(port) && port >= 1 && port <= 65535
    : port.length <= 15 && /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(port);
}

/**
 * One Server per port and a ServerAuthorization for it: app ports accept only
 * mesh-authenticated (mTLS) clients, the metrics port also plain scrapes from
 * a Prometheus outside the mesh. Kubelet probes stay authorised by Linkerd's
 * default probe policy.
 */
export function linkerdPolicies(o: LinkerdPolicyOptions): JsonObject[] {
  const servers: JsonObject[] = [];
  const authorizations: JsonObject[] = [];
  const seen = new Set<string>();
  for (const p of o.ports) {
    let name = `${o.serviceName}-${p.role}`;
    if (seen.has(name)) name = `${name}-${p.port}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const spec: JsonObject = { podSelector: { matchLabels: { ...o.selector } }, port: p.port };
    if (p.role === 'grpc') spec.proxyProtocol = 'gRPC';
    if (p.role === 'metrics') spec.proxyProtocol = 'HTTP/1';
    servers.push({ apiVersion: LINKERD_API.server, kind: 'Server', metadata: { name }, spec });
    authorizations.push({
      apiVersion: LINKERD_API.serverAuthorization,
      kind: 'ServerAuthorization',
      metadata: { name },
      spec: {
        server: { name },
        client: p.role === 'metrics' ? { unauthenticated: true } : { meshTLS: { identities: ['*'] } },
      },
    });
  }
  return [...servers, ...authorizations];
}

/** Linkerd 2.16+ Service annotations: retries, timeouts and consecutive-failure circuit breaking. */
export function linkerdServiceAnnotations(traffic: TrafficPolicy): Record<string, string> {
  const annotations: Record<string, string> = {
    'balancer.linkerd.io/failure-accrual': 'consecutive',
    'balancer.linkerd.io/failure-accrual-consecutive-max-failures': String(
      typeof traffic.outlierDetection.consecutive5xxErrors === 'number'
        ? traffic.outlierDetection.consecutive5xxErrors
        : 5,
    ),
  };
  if (traffic.retries) {
    annotations['retry.linkerd.io/http'] = 'gateway-error';
    annotations['retry.linkerd.io/grpc'] = 'unavailable';
    annotations['retry.linkerd.io/limit'] = String(traffic.retries.attempts);
    annotations['retry.linkerd.io/timeout'] = traffic.retries.perTryTimeout;
  }
  if (traffic.timeout) annotations['timeout.linkerd.io/request'] = traffic.timeout;
  return annotations;
}

/** Istio and Linkerd durations: a number and a unit (ms, s, m, h). */
export const DURATION = /^(\d+(\.\d+)?(ms|s|m|h))+$/;
