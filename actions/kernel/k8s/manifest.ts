import { MmfError } from '../errors.js';
import { isObject, type JsonObject } from '../json.js';
import { parseManifestStream } from './manifest-stream.js';

export interface ResourceId {
  group: string;
  version: string;
  kind: string;
  namespace: string;
  name: string;
}

export interface Resource {
  id: ResourceId;
  object: JsonObject;
  /** Where the resource came from, e.g. a helm template path. */
  source?: string;
}

/** Resources keyed by resourceKey(), in render order. */
export type ManifestSet = Map<string, Resource>;

/** Identity used everywhere: group/kind/namespace/name (the API version is not part of identity). */
export function resourceKey(id: Pick<ResourceId, 'group' | 'kind' | 'namespace' | 'name'>): string {
  return `${id.group || 'core'}/${id.kind}/${id.namespace || '-'}/${id.name}`;
}

export function displayId(id: ResourceId): string {
  return `${id.kind}/${id.name}${id.namespace ? ` (namespace ${id.namespace})` : ''}`;
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/**
 * Cluster-scoped kinds kustomize's namespace transformer knows to leave alone
 * (its built-in schema). Any other cluster-scoped object would get a namespace
 * from a `namespace:` field (see namespace-field.ts).
 */
export const KUSTOMIZE_KNOWN_CLUSTER_SCOPED: ReadonlySet<string> = new Set([
  '/Namespace',
  '/Node',
  '/PersistentVolume',
  '/ComponentStatus',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/VolumeAttachment',
  'scheduling.k8s.io/PriorityClass',
  'node.k8s.io/RuntimeClass',
  'networking.k8s.io/IngressClass',
  'policy/PodSecurityPolicy',
  'certificates.k8s.io/CertificateSigningRequest',
]);

const CLUSTER_SCOPED = new Set([
  ...KUSTOMIZE_KNOWN_CLUSTER_SCOPED,
  // Built-ins kustomize's schema predates or treats apart.
  'apiextensions.k8s.io/CustomResourceDefinition',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'admissionregistration.k8s.io/MutatingAdmissionPolicy',
  'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
  'apiregistration.k8s.io/APIService',
  'certificates.k8s.io/ClusterTrustBundle',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'resource.k8s.io/DeviceClass',
  'storage.k8s.io/VolumeAttributesClass',
  // Widely used custom resources whose CRDs usually live outside the chart.
  'cert-manager.io/ClusterIssuer',
  'external-secrets.io/ClusterSecretStore',
  'external-secrets.io/ClusterExternalSecret',
  'kyverno.io/ClusterPolicy',
  'gateway.networking.k8s.io/GatewayClass',
  'snapshot.storage.k8s.io/VolumeSnapshotClass',
  'karpenter.sh/NodePool',
  'karpenter.k8s.aws/EC2NodeClass',
]);

/** API groups of widely used operators whose kinds are namespaced, except the `Cluster…` ones listed above. */
const NAMESPACED_GROUPS = new Set([
  'monitoring.coreos.com',
  'networking.istio.io',
  'security.istio.io',
  'telemetry.istio.io',
  'policy.linkerd.io',
  'linkerd.io',
  'split.smi-spec.io',
  'cert-manager.io',
  'external-secrets.io',
  'argoproj.io',
  'keda.sh',
  'traefik.io',
  'traefik.containo.us',
  'postgresql.cnpg.io',
  'kafka.strimzi.io',
]);

/** Knows which kinds are cluster-scoped: built-ins plus CRDs found among the manifests. */
export class ScopeResolver {
  private readonly custom = new Map<string, boolean>();

  constructor(crds: Iterable<JsonObject> = []) {
    for (const crd of crds) this.addCrd(crd);
  }

  addCrd(crd: JsonObject): void {
    const spec = crd.spec;
    if (!isObject(spec) || typeof spec.group !== 'string' || !isObject(spec.names)) return;
    const kind = spec.names.kind;
    if (typeof kind === 'string') this.custom.set(`${spec.group}/${kind}`, spec.scope === 'Cluster');
  }

  isClusterScoped(group: string, kind: string): boolean {
    return this.custom.get(`${group}/${kind}`) ?? CLUSTER_SCOPED.has(`${group}/${kind}`);
  }

  /** True when the kind's scope is a guess (a custom kind without its CRD, not one we know). */
  isUnknownKind(group: string, kind: string): boolean {
    const key = `${group}/${kind}`;
    if (!group.includes('.') || group.endsWith('.k8s.io') || this.custom.has(key) || CLUSTER_SCOPED.has(key))
      return false;
    return !(NAMESPACED_GROUPS.has(group) && !kind.startsWith('Cluster'));
  }
}

export function isCrd(object: JsonObject): boolean {
  return (
    object.kind === 'CustomResourceDefinition' &&
    String(object.apiVersion).startsWith('apiextensions.k8s.io/')
  );
}

/** Builds a resource from a parsed object; the namespace is defaulted for namespaced kinds. */
export function toResource(
  object: JsonObject,
  origin: string,
  defaultNamespace: string,
  scopes: ScopeResolver,
  source?: string,
): Resource {
  const apiVersion = object.apiVersion;
  const kind = object.kind;
  const metadata = object.metadata;
  if (
    typeof apiVersion !== 'string' ||
    typeof kind !== 'string' ||
    !isObject(metadata) ||
    typeof metadata.name !== 'string'
  ) {
    throw new MmfError(
      'E_RENDER_OUTPUT',
      `a document${source ? ` from ${source}` : ''} is not a Kubernetes object (apiVersion, kind and metadata.name are required)`,
      { file: origin },
    );
  }
  const { group, version } = splitApiVersion(apiVersion);
  const clusterScoped = scopes.isClusterScoped(group, kind);
  const namespace = clusterScoped
    ? ''
    : typeof metadata.namespace === 'string' && metadata.namespace
      ? metadata.namespace
      : defaultNamespace;
  const id = { group, version, kind, namespace, name: metadata.name };
  return source ? { id, object, source } : { id, object };
}

export interface ParseManifestOptions {
  defaultNamespace: string;
  scopes?: ScopeResolver;
  /** Reads only the documents whose `# Source:` template this accepts (all when absent). */
  onlySources?: (source: string | undefined) => boolean;
}

/**
 * Parses a manifest stream (helm template or kustomize build output) into a
 * ManifestSet. `List` objects are flattened; a repeated identity is an error
 * naming both sources.
 */
export function parseManifests(text: string, origin: string, options: ParseManifestOptions): ManifestSet {
  const docs = parseManifestStream(text, origin, options.onlySources).flatMap((doc) => {
    const source = /Source:\s*(\S+)/.exec(doc.comment ?? '')?.[1];
    if (!isObject(doc.value)) {
      throw new MmfError('E_RENDER_OUTPUT', `a document${source ? ` from ${source}` : ''} is not a mapping`, {
        file: origin,
      });
    }
    // List, ConfigMapList …: every *List with items is flattened, as kubectl and kustomize do.
    if (
      typeof doc.value.kind === 'string' &&
      doc.value.kind.endsWith('List') &&
      Array.isArray(doc.value.items)
    ) {
      return doc.value.items.filter(isObject).map((item) => ({ object: item, source }));
    }
    return [{ object: doc.value, source }];
  });
  const scopes = options.scopes ?? new ScopeResolver();
  for (const { object } of docs) if (isCrd(object)) scopes.addCrd(object);
  const set: ManifestSet = new Map();
  for (const { object, source } of docs) {
    const resource = toResource(object, origin, options.defaultNamespace, scopes, source);
    const key = resourceKey(resource.id);
    const previous = set.get(key);
    if (previous) {
      throw new MmfError(
        'E_DUPLICATE_RESOURCE',
        `${displayId(resource.id)} is rendered twice (${previous.source ?? 'unknown source'} and ${source ?? 'unknown source'})`,
        { file: origin, hint: 'give the resources distinct names or render only one of them' },
      );
    }
    set.set(key, resource);
  }
  return set;
}
