import { isObject, type JsonObject } from '../../kernel/json.js';

/**
 * Plans a kustomize `labels:` entry (metadata labels only: no selectors, no
 * templates) for one environment. A label is used when every object the
 * environment produces carries it with the same value (the transformer sets
 * it on all of them, generated Secrets included) and at least one inherited
 * base object lacks it or has another value. Inherited targets get their
 * base value back (mutated), so patches no longer carry the label.
 */
export function planCommonLabels(
  inherited: Map<string, JsonObject>,
  targets: Map<string, JsonObject>,
  alsoLabelled: readonly JsonObject[],
): Record<string, string> {
  const all = [...targets.values(), ...alsoLabelled];
  const first = all[0];
  if (!first) return {};
  const common = new Map(
    Object.entries(labelsOf(first)).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  for (const object of all.slice(1)) {
    const labels = labelsOf(object);
    for (const [k, v] of common) if (labels[k] !== v) common.delete(k);
  }
  const pairs: Record<string, string> = {};
  for (const [k, v] of [...common].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const differs = [...inherited].some(([key, base]) => targets.has(key) && labelsOf(base)[k] !== v);
    if (!differs) continue;
    pairs[k] = v;
    for (const [key, base] of inherited) {
      const target = targets.get(key);
      const meta = target?.metadata;
      if (!isObject(meta) || !isObject(meta.labels)) continue;
      const before = labelsOf(base)[k];
      if (before === undefined) delete meta.labels[k];
      else meta.labels[k] = before;
      if (Object.keys(meta.labels).length === 0) delete meta.labels;
    }
  }
  return pairs;
}

function labelsOf(object: JsonObject): JsonObject {
  const meta = object.metadata;
  return isObject(meta) && isObject(meta.labels) ? meta.labels : {};
}
