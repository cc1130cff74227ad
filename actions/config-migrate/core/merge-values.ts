import { isObject, type JsonObject, type JsonValue } from '../../kernel/json.js';
import type { Path } from './values-reader.js';

export interface ValuesFile {
  /** The path as the user gave it (shown in errors and the report). */
  file: string;
  values: JsonObject;
}

/**
 * Helm's order for several values files: later files win, mappings merge key
 * by key, lists and scalars are replaced whole, and null removes a key.
 */
export function mergeValues(files: readonly ValuesFile[]): JsonObject {
  let merged: JsonObject = {};
  for (const f of files) merged = mergeInto(merged, f.values);
  return merged;
}

function mergeInto(base: JsonObject, over: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === null) {
      delete out[key];
      continue;
    }
    const prev = out[key];
    out[key] = isObject(prev) && isObject(value) ? mergeInto(prev, value) : dropNulls(value);
  }
  return out;
}

function dropNulls(value: JsonValue): JsonValue {
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = dropNulls(v);
  return out;
}

/** The last file that sets `path` (the one whose value won). */
export function originOf(files: readonly ValuesFile[], path: Path): string | undefined {
  for (let i = files.length - 1; i >= 0; i--) {
    let cur: JsonValue | undefined = (files[i] as ValuesFile).values;
    for (const step of path) cur = isObject(cur) ? cur[step] : undefined;
    if (cur !== undefined) return (files[i] as ValuesFile).file;
  }
  return undefined;
}
