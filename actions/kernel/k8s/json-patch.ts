import { clone, deepEqual, isObject, jsonText, type JsonObject, type JsonValue } from '../json.js';

export type JsonPatchOp =
  | { op: 'add'; path: string; value: JsonValue }
  | { op: 'replace'; path: string; value: JsonValue }
  | { op: 'remove'; path: string };

/** An RFC 6901 pointer, extended one step at a time as the walk goes down. */
function pointer(parent: string, step: string | number): string {
  if (typeof step === 'number') return `${parent}/${step}`;
  return step.includes('~') || step.includes('/')
    ? `${parent}/${step.replace(/~/g, '~0').replace(/\//g, '~1')}`
    : `${parent}/${step}`;
}

/**
 * Derives RFC 6902 operations turning `base` into `target`. Lists are aligned
 * on a longest common subsequence of item identities (the `name` field when
 * every item has a unique one, otherwise the whole item), so a change inside
 * one container is a small replace rather than a rewrite of the list.
 */
export function deriveJsonPatch(base: JsonValue, target: JsonValue): JsonPatchOp[] {
  const ops: JsonPatchOp[] = [];
  diff(base, target, '', ops);
  return ops;
}

function diff(base: JsonValue, target: JsonValue, path: string, ops: JsonPatchOp[]): void {
  if (base === target) return;
  // Objects are walked key by key (equal ones yield nothing), so a deep comparison up front would only repeat that walk.
  if (isObject(base) && isObject(target)) {
    for (const key of Object.keys(base))
      if (!(key in target)) ops.push({ op: 'remove', path: pointer(path, key) });
    for (const [key, value] of Object.entries(target)) {
      if (key in base) diff(base[key] as JsonValue, value, pointer(path, key), ops);
      else ops.push({ op: 'add', path: pointer(path, key), value });
    }
    return;
  }
  if (Array.isArray(base) && Array.isArray(target)) {
    if (!deepEqual(base, target)) diffList(base, target, path, ops);
    return;
  }
  if (!deepEqual(base, target)) ops.push({ op: 'replace', path, value: target });
}

function identities(list: JsonValue[]): string[] {
  const names = list.map((item) => (isObject(item) && typeof item.name === 'string' ? item.name : undefined));
  const unique = names.every((n) => n !== undefined) && new Set(names).size === names.length;
  return unique ? names.map((n) => `name:${n}`) : list.map((item) => jsonText(item));
}

function lcsPairs(a: string[], b: string[]): [number, number][] {
  const table: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] =
        a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function diffList(base: JsonValue[], target: JsonValue[], path: string, ops: JsonPatchOp[]): void {
  const baseIds = identities(base);
  const targetIds = identities(target);
  // Identities of different kinds (names vs whole items) never match; fall back to whole items.
  const sameKind = baseIds[0]?.startsWith('name:') === targetIds[0]?.startsWith('name:');
  const pairs = sameKind ? lcsPairs(baseIds, targetIds) : [];
  if (pairs.length === 0 && base.length > 0) {
    ops.push({ op: 'replace', path, value: target });
    return;
  }
  const keptBase = new Set(pairs.map(([i]) => i));
  for (let i = base.length - 1; i >= 0; i--)
    if (!keptBase.has(i)) ops.push({ op: 'remove', path: pointer(path, i) });
  const matchOf = new Map(pairs.map(([i, j]) => [j, i]));
  target.forEach((item, j) => {
    const i = matchOf.get(j);
    if (i === undefined) ops.push({ op: 'add', path: pointer(path, j), value: item });
    else diff(base[i] as JsonValue, item, pointer(path, j), ops);
  });
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Applies RFC 6902 operations (add/replace/remove) to a copy of `doc`. */
export function applyJsonPatch(doc: JsonObject, ops: readonly JsonPatchOp[]): JsonObject {
  const root = clone(doc);
  for (const op of ops) {
    const steps = op.path.split('/').slice(1).map(unescape);
    const last = steps.pop();
    if (last === undefined) throw new Error('whole-document operations are not supported');
    let parent: JsonValue = root;
    for (const step of steps)
      parent = (Array.isArray(parent) ? parent[Number(step)] : (parent as JsonObject)[step]) as JsonValue;
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (op.op === 'add') parent.splice(index, 0, op.value);
      else if (op.op === 'replace') parent[index] = op.value;
      else parent.splice(index, 1);
    } else if (isObject(parent)) {
      if (op.op === 'remove') delete parent[last];
      else parent[last] = op.value;
    } else {
      throw new Error(`no container at ${op.path}`);
    }
  }
  return root;
}
