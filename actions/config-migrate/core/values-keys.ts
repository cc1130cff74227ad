/**
 * Values keys the configuration migrator understands but leaves to other
 * tools: they shape the workload itself, which `mmf migrate helm-to-kustomize`
 * carries into the base (at parity) and `mmf migrate generate-overlay` varies
 * per environment. Keys the migrator reads itself are recorded by the
 * ValuesReader; every key that is neither is reported as not understood.
 */
import { formatPath, isObject, type JsonObject } from '../../kernel/json.js';

export interface KnownKey {
  /** Where the key is handled instead. */
  reason: string;
  /** Known sub-keys; without them, the whole subtree is known. */
  keys?: Record<string, KnownKey>;
}

const BASE = 'workload: carried into the base by mmf migrate helm-to-kustomize';
const OVERLAY = 'per environment: mmf migrate generate-overlay';

function known(reason: string, keys?: readonly string[] | Record<string, KnownKey>): KnownKey {
  if (!keys) return { reason };
  return {
    reason,
    keys: Array.isArray(keys)
      ? Object.fromEntries(keys.map((k: string) => [k, { reason }]))
      : (keys as Record<string, KnownKey>),
  };
}

export const WORKLOAD_KEYS: Record<string, KnownKey> = {
  replicaCount: known(`${OVERLAY} --replicas`),
  image: known(`${OVERLAY} --image-tag`, ['repository', 'tag', 'pullPolicy', 'digest', 'registry']),
  imagePullSecrets: known(BASE),
  nameOverride: known(BASE),
  fullnameOverride: known(BASE),
  commonLabels: known(BASE),
  podAnnotations: known(BASE),
  podLabels: known(BASE),
  resources: known(`${OVERLAY} --cpu-request/--cpu-limit/--memory-request/--memory-limit`),
  nodeSelector: known(BASE),
  tolerations: known(BASE),
  affinity: known(BASE),
  topologySpreadConstraints: known(BASE),
  priorityClassName: known(BASE),
  terminationGracePeriodSeconds: known(BASE),
  livenessProbe: known(BASE),
  readinessProbe: known(BASE),
  startupProbe: known(BASE),
  volumes: known(BASE),
  volumeMounts: known(BASE),
  env: known(BASE),
  envFrom: known(BASE),
  extraEnv: known(BASE),
  command: known(BASE),
  args: known(BASE),
  service: known(BASE, {
    type: known(BASE),
    port: known(BASE),
    targetPort: known(BASE),
    healthPort: known(BASE),
    nodePort: known(BASE),
    annotations: known(BASE),
    labels: known(BASE),
    clusterIP: known(BASE),
    http: known(BASE, ['port', 'targetPort', 'name']),
    grpc: known(BASE),
    metrics: known(BASE),
  }),
  // Legacy per-service charts.
  config: known(BASE, {
    database: known(BASE, ['host', 'port', 'name', 'user', 'password', 'existingSecret', 'sslMode']),
    kafka: known(BASE, ['brokers', 'topicPrefix']),
    redis: known(BASE, ['host', 'port', 'password', 'db']),
  }),
  openxpki: known(BASE),
  hpa: known(BASE),
  migrations: known(BASE),
  // The standardised chart.
  grpc: known(BASE, { tls: known(BASE) }),
  database: known(BASE),
  objectStorage: known(BASE),
  keyVault: known(BASE),
  eventBus: known(BASE),
  ingress: known(BASE),
  httpRoute: known(BASE),
  autoscaling: known(BASE, [
    'enabled',
    'minReplicas',
    'maxReplicas',
    'targetCPUUtilizationPercentage',
    'targetMemoryUtilizationPercentage',
    'behavior',
  ]),
  migration: known(BASE),
  persistence: known(BASE, [
    'enabled',
    'storageClass',
    'accessMode',
    'accessModes',
    'size',
    'annotations',
    'existingClaim',
    'mountPath',
  ]),
  configMap: known(BASE, ['create', 'data', 'name']),
  secret: known(BASE, ['create', 'data', 'name']),
  podDisruptionBudget: known(BASE, ['enabled', 'minAvailable', 'maxUnavailable']),
  global: known(BASE),
};

export interface KeyElsewhere {
  key: string;
  reason: string;
  from?: string;
}

export interface KeyUnknown {
  key: string;
  from?: string;
}

/**
 * Sorts every key of the merged values into: read by the migrator (`used`,
 * skipped here), known but handled elsewhere, or not understood. A key is
 * reported at the highest level that is not understood (a typo'd section is
 * one entry, not one per leaf).
 */
export function classifyKeys(
  values: JsonObject,
  used: ReadonlySet<string>,
  probed: ReadonlySet<string>,
  originOf: (path: readonly string[]) => string | undefined,
): { elsewhere: KeyElsewhere[]; unknown: KeyUnknown[] } {
  const elsewhere: KeyElsewhere[] = [];
  const unknown: KeyUnknown[] = [];
  const withOrigin = <T extends { key: string }>(entry: T, path: string[]): T => {
    const from = originOf(path);
    return from ? { ...entry, from } : entry;
  };
  const walk = (node: JsonObject, path: string[], schema: KnownKey | undefined) => {
    for (const [k, value] of Object.entries(node)) {
      const p = [...path, k];
      const key = formatPath(p);
      if (used.has(key)) continue;
      // A known key without listed sub-keys vouches for its whole subtree.
      const child = schema?.keys ? schema.keys[k] : schema ? { reason: schema.reason } : undefined;
      const container = probed.has(key);
      if (isObject(value) && Object.keys(value).length > 0 && (container || child?.keys)) {
        walk(value, p, child);
        continue;
      }
      if (child) elsewhere.push(withOrigin({ key, reason: child.reason }, p));
      else if (!(container && isObject(value))) unknown.push(withOrigin({ key }, p));
    }
  };
  walk(values, [], { reason: '', keys: WORKLOAD_KEYS });
  return { elsewhere, unknown };
}
