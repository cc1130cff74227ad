import { deriveJsonPatch, type JsonPatchOp } from '../../kernel/k8s/json-patch.js';
import type { JsonObject } from '../../kernel/json.js';
import { supportsStrategicMerge } from '../../kernel/k8s/merge-keys.js';
import type { ResourceId } from '../../kernel/k8s/manifest.js';
import { deriveStrategicMergePatch } from '../../kernel/k8s/strategic-merge.js';
import { toYaml, yamlLineCount } from '../../kernel/yaml-codec.js';

export type ResourcePatch =
  | { type: 'strategic-merge'; patch: JsonObject; text: string }
  | { type: 'json6902'; ops: JsonPatchOp[]; text: string };

type Candidate =
  | { type: 'strategic-merge'; patch: JsonObject; lines: number }
  | { type: 'json6902'; ops: JsonPatchOp[]; lines: number };

interface PatchOptions {
  jsonPatchOnly?: boolean;
}

/**
 * The smaller exact patch from base to target: a strategic-merge patch for
 * built-in kinds when it can say the change exactly, otherwise (or when it is
 * larger) RFC 6902 operations. Undefined when nothing changes. Only the
 * chosen patch is written out; the sizes are counted without writing.
 */
export function choosePatch(
  id: ResourceId,
  base: JsonObject,
  target: JsonObject,
  options: PatchOptions = {},
): ResourcePatch | undefined {
  const chosen = candidate(id, base, target, options);
  if (!chosen) return undefined;
  return chosen.type === 'json6902'
    ? { type: 'json6902', ops: chosen.ops, text: toYaml(chosen.ops) }
    : { type: 'strategic-merge', patch: chosen.patch, text: toYaml(chosen.patch) };
}

/** The lines of the patch choosePatch would write (0 when nothing changes), without writing it. */
export function patchLines(id: ResourceId, base: JsonObject, target: JsonObject): number {
  return candidate(id, base, target, {})?.lines ?? 0;
}

function candidate(
  id: ResourceId,
  base: JsonObject,
  target: JsonObject,
  options: PatchOptions,
): Candidate | undefined {
  const ops = deriveJsonPatch(base, target);
  if (ops.length === 0) return undefined;
  const json: Candidate = { type: 'json6902', ops, lines: yamlLineCount(ops) };
  // A strategic-merge patch names its target by apiVersion, so it cannot change it.
  if (options.jsonPatchOnly || !supportsStrategicMerge(id.group) || base.apiVersion !== target.apiVersion)
    return json;
  const smp = deriveStrategicMergePatch(id.kind, base, target);
  if (!smp) return json;
  const lines = yamlLineCount(smp);
  return lines <= json.lines ? { type: 'strategic-merge', patch: smp, lines } : json;
}

export function lineCount(text: string): number {
  if (!text) return 0;
  return text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
}
