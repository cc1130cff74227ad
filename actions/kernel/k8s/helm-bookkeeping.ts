import { clone, isObject, type JsonObject, type JsonValue } from '../json.js';

/** Labels Helm adds for its own bookkeeping (docs/PARITY.md). */
export const HELM_LABELS = ['helm.sh/chart', 'app.kubernetes.io/managed-by', 'heritage'] as const;

export function isHelmAnnotation(key: string): boolean {
  return (
    key.startsWith('meta.helm.sh/') || key.startsWith('helm.sh/hook') || key === 'helm.sh/resource-policy'
  );
}

/** Label keys a resource's selector matches on: they must stay in pod template labels. */
function selectorKeys(object: JsonObject): Set<string> {
  const keys = new Set<string>();
  const spec = object.spec;
  if (!isObject(spec)) return keys;
  const selector = spec.selector;
  if (isObject(selector)) {
    const source = isObject(selector.matchLabels)
      ? selector.matchLabels
      : object.kind === 'Service'
        ? selector
        : {};
    for (const k of Object.keys(source)) keys.add(k);
  }
  return keys;
}

/**
 * An empty map Helm rendered is kept where kustomize keeps it (nested
 * metadata); one emptied by the stripping goes, and so does an empty map at
 * the top level, which the API treats as absent and kustomize drops.
 */
function stripMetadata(metadata: JsonObject, keep: Set<string>, top: boolean): void {
  const labels = metadata.labels;
  if (isObject(labels)) {
    const before = Object.keys(labels).length;
    for (const key of HELM_LABELS) if (!keep.has(key)) delete labels[key];
    if (Object.keys(labels).length === 0 && (top || before > 0)) delete metadata.labels;
  }
  const annotations = metadata.annotations;
  if (isObject(annotations)) {
    const before = Object.keys(annotations).length;
    for (const key of Object.keys(annotations)) if (isHelmAnnotation(key)) delete annotations[key];
    if (Object.keys(annotations).length === 0 && (top || before > 0)) delete metadata.annotations;
  }
}

function walk(value: JsonValue, keep: Set<string>, top: boolean): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, keep, false);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'selector') continue;
    if (key === 'metadata' && isObject(child)) stripMetadata(child, top ? new Set() : keep, top);
    walk(child, keep, false);
  }
}

/**
 * Removes Helm's bookkeeping labels and annotations from a resource and its
 * embedded templates, never from selectors nor from template labels a selector
 * uses. Returns a new object.
 */
export function stripHelmBookkeeping(object: JsonObject): JsonObject {
  const copy = clone(object);
  walk(copy, selectorKeys(copy), true);
  return copy;
}

export interface HookInfo {
  /** e.g. ["pre-install", "pre-upgrade"] */
  events: string[];
  weight: number;
  deletePolicies: string[];
}

export function readHook(object: JsonObject): HookInfo | undefined {
  const annotations = isObject(object.metadata) ? object.metadata.annotations : undefined;
  if (!isObject(annotations) || typeof annotations['helm.sh/hook'] !== 'string') return undefined;
  const list = (v: JsonValue | undefined) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  const weight = Number(annotations['helm.sh/hook-weight'] ?? 0);
  return {
    events: list(annotations['helm.sh/hook']),
    weight: Number.isFinite(weight) ? weight : 0,
    deletePolicies: list(annotations['helm.sh/hook-delete-policy']),
  };
}

export function isTestHook(hook: HookInfo): boolean {
  return hook.events.some((e) => e === 'test' || e === 'test-success' || e === 'test-failure');
}
