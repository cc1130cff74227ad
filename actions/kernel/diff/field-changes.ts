import { deepEqual, isObject, jsonText, type JsonValue } from '../json.js';
import { listStrategy } from '../k8s/merge-keys.js';
import type { ChangeKind, FieldChange } from './diff-model.js';

export type Step = string | number | { key: string; value: string | number };

export interface FieldDiffOptions {
  /** Match list items by their Kubernetes merge key (default) or by position. */
  lists: 'merge-keys' | 'index';
}

function formatSteps(steps: readonly Step[]): string {
  let out = '';
  for (const step of steps) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (typeof step === 'object') out += `[${step.key}=${step.value}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(step)) out += out ? `.${step}` : step;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}

/** A value as reviewers read it in one line. */
export function shortValue(value: JsonValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  const inline = jsonText(value);
  if (inline.length <= 80) return inline;
  if (Array.isArray(value)) return `[${value.length} item${value.length === 1 ? '' : 's'}]`;
  if (isObject(value))
    return `{${Object.keys(value).length} field${Object.keys(value).length === 1 ? '' : 's'}}`;
  return inline.length > 120 ? `${inline.slice(0, 117)}...` : inline;
}

function keyedBy(list: JsonValue[], key: string): Map<string, JsonValue> | undefined {
  const out = new Map<string, JsonValue>();
  for (const item of list) {
    if (!isObject(item)) return undefined;
    const k = item[key];
    if (typeof k !== 'string' && typeof k !== 'number') return undefined;
    if (out.has(String(k))) return undefined;
    out.set(String(k), item);
  }
  return out;
}

/** One difference the walk found, where `steps` lead to it; `before`/`after` are the raw values. */
export interface StepChange {
  steps: Step[];
  change: ChangeKind;
  before?: JsonValue;
  after?: JsonValue;
  /** A merge-keyed list whose common items changed order (`before`/`after` unset). */
  reordered?: true;
}

/**
 * Every deepest difference between two values: maps by key, lists by merge
 * key (containers, env, ports, volumes … by name) where the Kubernetes API
 * defines one and `lists` is `merge-keys`, otherwise by position.
 */
export function diffSteps(
  kind: string,
  left: JsonValue | undefined,
  right: JsonValue | undefined,
  options: FieldDiffOptions,
): StepChange[] {
  const out: StepChange[] = [];
  walk(kind, left, right, [], [], options, out);
  return out;
}

/** Field-level changes between two versions of one resource, as reviewers read them. */
export function fieldChanges(
  kind: string,
  left: JsonValue,
  right: JsonValue,
  options: FieldDiffOptions,
): FieldChange[] {
  return diffSteps(kind, left, right, options).map(({ steps, change, before, after, reordered }) => {
    const path = formatSteps(steps);
    if (reordered) return { path, change, before: 'order', after: 'reordered' };
    return {
      path,
      change,
      ...(before !== undefined ? { before: shortValue(before) } : {}),
      ...(after !== undefined ? { after: shortValue(after) } : {}),
    };
  });
}

function walk(
  kind: string,
  left: JsonValue | undefined,
  right: JsonValue | undefined,
  steps: Step[],
  schemaPath: (string | number)[],
  options: FieldDiffOptions,
  out: StepChange[],
): void {
  if (deepEqual(left, right)) return;
  if (left === undefined) {
    out.push({ steps, change: 'added', after: right as JsonValue });
    return;
  }
  if (right === undefined) {
    out.push({ steps, change: 'removed', before: left });
    return;
  }
  if (isObject(left) && isObject(right)) {
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)]))
      walk(kind, left[key], right[key], [...steps, key], [...schemaPath, key], options, out);
    return;
  }
  if (Array.isArray(left) && Array.isArray(right)) {
    const strategy = options.lists === 'merge-keys' ? listStrategy(kind, schemaPath) : undefined;
    if (strategy?.type === 'merge') {
      const l = keyedBy(left, strategy.key);
      const r = keyedBy(right, strategy.key);
      if (l && r) {
        for (const id of new Set([...l.keys(), ...r.keys()])) {
          const item = (l.get(id) ?? r.get(id)) as Record<string, JsonValue>;
          const value = typeof item[strategy.key] === 'number' ? Number(id) : id;
          walk(
            kind,
            l.get(id),
            r.get(id),
            [...steps, { key: strategy.key, value }],
            [...schemaPath, 0],
            options,
            out,
          );
        }
        const order = (m: Map<string, JsonValue>) => [...m.keys()].filter((k) => l.has(k) && r.has(k));
        if (!deepEqual(order(l), order(r))) out.push({ steps, change: 'changed', reordered: true });
        return;
      }
    }
    for (let i = 0; i < Math.max(left.length, right.length); i++)
      walk(kind, left[i], right[i], [...steps, i], [...schemaPath, i], options, out);
    return;
  }
  out.push({ steps, change: 'changed', before: left, after: right });
}
