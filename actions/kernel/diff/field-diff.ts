import { isObject, type JsonValue } from '../json.js';
import { diffSteps } from './field-changes.js';
import type { ChangeKind } from './diff-model.js';

export type FieldPath = (string | number)[];

/**
 * A difference at a path as data (steps, not text), for code that edits the
 * values there (normalisation). Reviews carry the readable FieldChange of
 * diff-model.ts, with the same ChangeKind.
 */
export interface PathChange {
  path: FieldPath;
  change: ChangeKind;
}

/**
 * Field-level differences between two values: maps by key (order ignored),
 * lists by position (order kept). Reports the deepest differing paths.
 */
export function diffFields(left: JsonValue | undefined, right: JsonValue | undefined): PathChange[] {
  // By position, every step is a key or an index (merge-key steps need `merge-keys`).
  return diffSteps('', left, right, { lists: 'index' }).map(({ steps, change }) => ({
    path: steps as FieldPath,
    change,
  }));
}

/** Sets the value at `path` if every step exists; returns whether it did. */
export function setExisting(root: JsonValue, path: FieldPath, value: JsonValue): boolean {
  let cur: JsonValue = root;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i] as string | number;
    const next: JsonValue | undefined = Array.isArray(cur)
      ? cur[step as number]
      : isObject(cur)
        ? cur[step as string]
        : undefined;
    if (next === undefined) return false;
    cur = next;
  }
  const last = path[path.length - 1];
  if (last === undefined) return false;
  if (Array.isArray(cur) && typeof last === 'number' && last < cur.length) cur[last] = value;
  else if (isObject(cur) && typeof last === 'string' && last in cur) cur[last] = value;
  else return false;
  return true;
}
