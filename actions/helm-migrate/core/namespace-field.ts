import { clone, isObject, type JsonObject } from '../../kernel/json.js';
import { KUSTOMIZE_KNOWN_CLUSTER_SCOPED, type ResourceId } from '../../kernel/k8s/manifest.js';
import type { EnvironmentTargets } from './plan-migration.js';

/**
 * kustomize's `namespace:` field is used only where it is exact: every
 * namespaced resource is in one namespace, every cluster-scoped one is a kind
 * the transformer skips, and nothing it would also rewrite is present
 * (Namespace objects it renames, binding subjects named "default", webhook
 * and APIService service references, CRD conversion webhooks).
 */
export function chooseNamespaceField(envs: EnvironmentTargets[]): string | undefined {
  let namespace: string | undefined;
  for (const env of envs)
    for (const { id, object } of env.resources.values()) {
      if (
        ['RoleBinding', 'ClusterRoleBinding'].includes(id.kind) &&
        Array.isArray(object.subjects) &&
        object.subjects.some((s) => isObject(s) && s.name === 'default')
      )
        return undefined;
      if (/WebhookConfiguration$|^APIService$|^CustomResourceDefinition$|^Namespace$/.test(id.kind))
        return undefined;
      if (!id.namespace && !KUSTOMIZE_KNOWN_CLUSTER_SCOPED.has(`${id.group}/${id.kind}`)) return undefined;
      if (!id.namespace) continue;
      if (namespace !== undefined && namespace !== id.namespace) return undefined;
      namespace = id.namespace;
    }
  return namespace;
}

/** The object as written to a file: under a `namespace:` field, namespaced objects leave their namespace to it. */
export function forFile(id: ResourceId, object: JsonObject, namespaceField: string | undefined): JsonObject {
  if (!namespaceField || !id.namespace || !isObject(object.metadata) || !('namespace' in object.metadata))
    return object;
  const copy = clone(object);
  delete (copy.metadata as JsonObject).namespace;
  return copy;
}
