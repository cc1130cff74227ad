import { deriveJsonPatch, type JsonPatchOp } from '../../kernel/k8s/json-patch.js';
import type { JsonObject } from '../../kernel/json.js';
import { supportsStrategicMerge } from '../../kernel/k8s/merge-keys.js';
import type { ResourceId } from '../../kernel/k8s/manifest.js';
import { deriveStrategicMergePatch } from '../../kernel/k8s/strategic-merge.js';
import { toYaml } from '../../kernel/yaml-codec.js';

export type ResourcePatch =
  | { type: 'strategic-merge'; patch: JsonObject; text: string }
  | { type: 'json6902'; ops: JsonPatchOp[]; text: string };

/**
 * The smaller exact patch from base to target: a strategic-merge patch for
 * built-in kinds when it can say the change exactly, otherwise (or when it is
 * larger) RFC 6902 operations. Undefined when nothing changes.
 */
export function choosePatch(
  id: ResourceId,
  base: JsonObject,
  target: JsonObject,
  options: { jsonPatchOnly?: boolean } = {},
): ResourcePatch | undefined {
  const ops = deriveJsonPatch(base, target);
  if (ops.length === 0) return undefined;
  const json: ResourcePatch = { type: 'json6902', ops, text: toYaml(ops) };
  // A strategic-merge patch names its target by apiVersion, so it cannot change it.
  if (options.jsonPatchOnly || !supportsStrategicMerge(id.group) || base.apiVersion !== target.apiVersion)
    return json;
  const smp = deriveStrategicMergePatch(id.kind, base, target);
  if (!smp) return json;
  const text = toYaml(smp);
  return lineCount(text) <= lineCount(json.text) ? { type: 'strategic-merge', patch: smp, text } : json;
}

export function lineCount(text: string): number {
  if (!text) return 0;
  return text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
}
