import { deepEqual, isObject, jsonText, type JsonObject, type JsonValue } from '../json.js';
import { listStrategy, patchListStrategy } from './merge-keys.js';

type Path = (string | number)[];

/** Thrown inside derivation when a strategic-merge patch cannot say the change exactly. */
class Unexpressible extends Error {}

const NO_CHANGE = Symbol('no change');
type Diff = JsonValue | typeof NO_CHANGE;

/**
 * Derives a strategic-merge patch that turns `base` into `target` when applied
 * by kustomize, or undefined when strategic merge cannot say it exactly (a value
 * set to null, a reordering it cannot express, a list type it does not model).
 * The patch keeps apiVersion, kind, metadata.name and metadata.namespace so
 * kustomize can find its target.
 */
export function deriveStrategicMergePatch(
  kind: string,
  base: JsonObject,
  target: JsonObject,
): JsonObject | undefined | null {
  let diff: Diff;
  try {
    diff = diffValue(kind, base, target, []);
  } catch (err) {
    if (err instanceof Unexpressible) return undefined;
    throw err;
  }
  if (diff === NO_CHANGE) return null;
  const patch = diff as JsonObject;
  const meta = isObject(target.metadata) ? target.metadata : {};
  const idMeta: JsonObject = { name: meta.name ?? null };
  if (typeof meta.namespace === 'string') idMeta.namespace = meta.namespace;
  const patchMeta = isObject(patch.metadata) ? patch.metadata : {};
  const { metadata: _m, ...rest } = patch;
  return {
    apiVersion: target.apiVersion ?? null,
    kind: target.kind ?? null,
    metadata: { ...idMeta, ...patchMeta },
    ...rest,
  };
}

function diffValue(kind: string, base: JsonValue, target: JsonValue, path: Path): Diff {
  if (isObject(base) && isObject(target)) return diffObject(kind, base, target, path);
  if (Array.isArray(base) && Array.isArray(target)) return diffList(kind, base, target, path);
  if (deepEqual(base, target)) return NO_CHANGE;
  if (target === null) throw new Unexpressible('null value');
  assertPlain(target);
  if (Array.isArray(target) && patchListStrategy(kind, path).type !== 'replace')
    throw new Unexpressible('list type');
  return target;
}

function diffObject(kind: string, base: JsonObject, target: JsonObject, path: Path): Diff {
  const patch: JsonObject = {};
  for (const [key, value] of Object.entries(target)) {
    if (key.startsWith('$')) throw new Unexpressible('directive-like key');
    if (!(key in base)) {
      if (value === null) throw new Unexpressible('null value');
      assertPlain(value);
      if (Array.isArray(value) && patchListStrategy(kind, [...path, key]).type === 'unsupported')
        throw new Unexpressible('list');
      patch[key] = value;
      continue;
    }
    const d = diffValue(kind, base[key] as JsonValue, value, [...path, key]);
    if (d !== NO_CHANGE) patch[key] = d;
  }
  for (const key of Object.keys(base)) if (!(key in target)) patch[key] = null;
  return Object.keys(patch).length ? patch : NO_CHANGE;
}

function keyedItems(list: JsonValue[], key: string): Map<string, JsonObject> | undefined {
  const map = new Map<string, JsonObject>();
  for (const item of list) {
    if (!isObject(item)) return undefined;
    const k = item[key];
    if (typeof k !== 'string' && typeof k !== 'number') return undefined;
    const id = jsonText(k);
    if (map.has(id)) return undefined;
    map.set(id, item);
  }
  return map;
}

function diffList(kind: string, base: JsonValue[], target: JsonValue[], path: Path): Diff {
  if (deepEqual(base, target)) return NO_CHANGE;
  const strategy = patchListStrategy(kind, path);
  if (strategy.type === 'unsupported') throw new Unexpressible('list type');
  if (strategy.type === 'replace') {
    assertPlain(target);
    return target;
  }
  const key = strategy.key;
  const baseItems = keyedItems(base, key);
  const targetItems = keyedItems(target, key);
  if (!baseItems || !targetItems || target.length === 0) throw new Unexpressible('unkeyed list');

  // kustomize orders a merged list as: the patch's items in patch order, then
  // the base items the patch does not mention, in base order.
  const targetIds = [...targetItems.keys()];
  const entries: { id: string; diff: JsonObject | undefined }[] = targetIds.map((id, index) => {
    const t = targetItems.get(id) as JsonObject;
    const b = baseItems.get(id);
    if (!b) {
      assertPlain(t);
      return { id, diff: t };
    }
    const d = diffObject(kind, b, t, [...path, index]);
    return { id, diff: d === NO_CHANGE ? undefined : { [key]: t[key] as JsonValue, ...(d as JsonObject) } };
  });
  const deleted = [...baseItems.keys()].filter((id) => !targetItems.has(id));
  const lastChanged = entries.reduce((last, e, i) => (e.diff ? i : last), -1);
  let prefix = lastChanged + 1;
  for (; prefix <= targetIds.length; prefix++) {
    const mentioned = new Set(targetIds.slice(0, prefix));
    const rest = [...baseItems.keys()].filter((id) => !mentioned.has(id) && targetItems.has(id));
    if (deepEqual(rest, targetIds.slice(prefix))) break;
  }
  const items: JsonValue[] = entries
    .slice(0, prefix)
    .map((e) => e.diff ?? { [key]: JSON.parse(e.id) as JsonValue });
  for (const id of deleted) items.push({ [key]: JSON.parse(id) as JsonValue, $patch: 'delete' });
  return items;
}

/** Values that contain strategic-merge directives or nulls cannot be written literally. */
function assertPlain(value: JsonValue): void {
  if (value === null) throw new Unexpressible('null');
  if (Array.isArray(value)) value.forEach(assertPlain);
  else if (isObject(value))
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith('$')) throw new Unexpressible('directive-like key');
      if (v !== null) assertPlain(v);
    }
}

/**
 * Applies a strategic-merge patch the way kustomize does for built-in kinds
 * (used to check derivations; the real output always comes from kustomize).
 */
export function applyStrategicMergePatch(kind: string, base: JsonObject, patch: JsonObject): JsonObject {
  return mergeObject(kind, base, patch, []);
}

function mergeObject(kind: string, base: JsonObject, patch: JsonObject, path: Path): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete out[key];
      continue;
    }
    const current = out[key];
    if (isObject(value) && isObject(current)) out[key] = mergeObject(kind, current, value, [...path, key]);
    else if (Array.isArray(value) && Array.isArray(current))
      out[key] = mergeList(kind, current, value, [...path, key]);
    else out[key] = value;
  }
  return out;
}

function mergeList(kind: string, base: JsonValue[], patch: JsonValue[], path: Path): JsonValue[] {
  const strategy = listStrategy(kind, path);
  if (strategy.type !== 'merge') return patch;
  const key = strategy.key;
  const idOf = (item: JsonValue) => (isObject(item) ? jsonText(item[key]) : undefined);
  const mentioned = new Set(patch.map(idOf));
  const result: JsonValue[] = [];
  for (const item of patch) {
    if (!isObject(item) || item.$patch === 'delete') continue;
    const b = base.find((x) => idOf(x) === idOf(item));
    result.push(isObject(b) ? mergeObject(kind, b, item, [...path, result.length]) : item);
  }
  for (const item of base) if (!mentioned.has(idOf(item))) result.push(item);
  return result;
}
