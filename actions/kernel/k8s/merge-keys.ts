/**
 * Strategic-merge keys of the built-in Kubernetes types, as declared by
 * `patchMergeKey` in the API (k8s.io/api). Only lists listed here merge by key;
 * every other list in a built-in kind is replaced whole by a strategic-merge
 * patch. Custom resources get no strategic merge at all (RFC 6902 instead).
 */

const BUILT_IN_GROUPS = new Set([
  '',
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'scheduling.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'node.k8s.io',
  'admissionregistration.k8s.io',
  'certificates.k8s.io',
]);

export function supportsStrategicMerge(group: string): boolean {
  return BUILT_IN_GROUPS.has(group);
}

const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

const POD_SPEC_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
  resourceClaims: 'name',
  schedulingGates: 'name',
};

const CONTAINER_KEYS: Record<string, string> = {
  env: 'name',
  ports: 'containerPort',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
};

/** Lists whose strategic merge we do not model (primitive "merge" lists): never emit them in a strategic patch. */
const UNSUPPORTED_LIST_NAMES = new Set(['finalizers']);

export type ListStrategy = { type: 'merge'; key: string } | { type: 'replace' } | { type: 'unsupported' };

function startsWith(path: readonly (string | number)[], prefix: readonly string[]): boolean {
  return prefix.every((step, i) => path[i] === step);
}

/** How a strategic-merge patch treats the list at `path` in a resource of `kind`. */
export function listStrategy(kind: string, path: readonly (string | number)[]): ListStrategy {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return { type: 'replace' };
  if (UNSUPPORTED_LIST_NAMES.has(last)) return { type: 'unsupported' };
  if (path.length === 2 && path[0] === 'metadata' && last === 'ownerReferences')
    return { type: 'merge', key: 'uid' };
  if (kind === 'Service' && path.length === 2 && path[0] === 'spec' && last === 'ports')
    return { type: 'merge', key: 'port' };
  const podSpec = POD_SPEC_PATHS[kind];
  if (!podSpec || !startsWith(path, podSpec)) return { type: 'replace' };
  const rest = path.slice(podSpec.length);
  if (rest.length === 1) {
    const key = POD_SPEC_KEYS[last];
    return key ? { type: 'merge', key } : { type: 'replace' };
  }
  const inContainer =
    rest.length === 3 &&
    typeof rest[0] === 'string' &&
    ['containers', 'initContainers', 'ephemeralContainers'].includes(rest[0]) &&
    typeof rest[1] === 'number';
  if (inContainer) {
    const key = CONTAINER_KEYS[last];
    return key ? { type: 'merge', key } : { type: 'replace' };
  }
  return { type: 'replace' };
}

/**
 * The list strategy a strategic-merge patch may rely on. Service ports are
 * keyed by port in the API, but kustomize merges them on port + protocol and
 * cannot match items without a protocol, so we never merge them by patch.
 */
export function patchListStrategy(kind: string, path: readonly (string | number)[]): ListStrategy {
  if (kind === 'Service' && path.length === 2 && path[0] === 'spec' && path[1] === 'ports')
    return { type: 'unsupported' };
  return listStrategy(kind, path);
}
