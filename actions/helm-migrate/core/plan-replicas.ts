import { isObject, type JsonObject } from '../../kernel/json.js';
import type { ManifestSet } from '../../kernel/k8s/manifest.js';

const REPLICA_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/**
 * kustomize `replicas:` entries, used where exact: the base and target both
 * set spec.replicas, and no other workload of the environment shares the name
 * (the transformer matches workloads by name alone). Targets get the base
 * count back.
 */
export function planReplicas(
  inherited: Map<string, JsonObject>,
  targets: Map<string, JsonObject>,
  all: ManifestSet,
): { name: string; count: number }[] {
  const names = new Map<string, number>();
  for (const { id } of all.values())
    if (REPLICA_KINDS.has(id.kind)) names.set(id.name, (names.get(id.name) ?? 0) + 1);
  const out: { name: string; count: number }[] = [];
  for (const [key, target] of targets) {
    const base = inherited.get(key);
    const id = all.get(key)?.id;
    if (!base || !id || !REPLICA_KINDS.has(id.kind) || names.get(id.name) !== 1) continue;
    const from = isObject(base.spec) ? base.spec.replicas : undefined;
    const spec = target.spec;
    const to = isObject(spec) ? spec.replicas : undefined;
    if (typeof from !== 'number' || typeof to !== 'number' || from === to || !isObject(spec)) continue;
    spec.replicas = from;
    out.push({ name: id.name, count: to });
  }
  // By code point: the same order on every machine, whatever its locale.
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
