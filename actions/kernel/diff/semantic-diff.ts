import { createTwoFilesPatch } from 'diff';
import { isObject, jsonText, type JsonObject, type JsonValue } from '../json.js';
import { displayId, resourceKey, type ManifestSet, type Resource, type ResourceId } from '../k8s/manifest.js';
import { decodeSecretData, isSecret } from '../k8s/secret-generators.js';
import type { FieldChange, ManifestDiff, ResourceChange, SecretKeyChange } from './diff-model.js';
import { fieldChanges } from './field-changes.js';
import { removeNoise, type NoiseOptions } from './noise.js';
import { redactInPlace } from './redact.js';
import { toYaml } from '../yaml-codec.js';

export interface DiffOptions extends NoiseOptions {
  /** Kinds to leave out: `Secret`, or `group/Kind` such as `apps/Deployment`. */
  ignoreKinds?: readonly string[];
  /** Values under keys (or env var names) matching these are never shown. Secret data never is. */
  sensitiveKeys?: readonly RegExp[];
  lists?: 'merge-keys' | 'index';
  detectRenames?: boolean;
  /** Unified diff context lines (default 3); 0 leaves unified diffs out. */
  context?: number;
}

export interface Side {
  label: string;
  resources: ManifestSet;
}

interface Prepared {
  resource: Resource;
  /** Redacted, noise-free object: what is compared and shown. */
  shown: JsonObject;
  secret?: Map<string, Buffer>;
}

function ignored(id: ResourceId, kinds: readonly string[]): boolean {
  return kinds.some(
    (k) => k === id.kind || k === `${id.group || 'core'}/${id.kind}` || k === `${id.group}/${id.kind}`,
  );
}

/** A namespaced resource without metadata.namespace is in its release namespace (the parity rule); say so on both sides. */
function withNamespace(resource: Resource, object: JsonObject): JsonObject {
  const meta = object.metadata;
  if (resource.id.namespace && isObject(meta) && meta.namespace === undefined)
    meta.namespace = resource.id.namespace;
  return object;
}

function prepare(side: Side, options: DiffOptions): { items: Map<string, Prepared>; ignored: number } {
  const items = new Map<string, Prepared>();
  let skipped = 0;
  for (const [key, resource] of side.resources) {
    if (ignored(resource.id, options.ignoreKinds ?? [])) {
      skipped++;
      continue;
    }
    // One copy per resource: noise removed from it, then redacted in place.
    const shown = withNamespace(resource, removeNoise(resource.object, options));
    const secret = isSecret(resource) ? decodeSecretData(shown) : undefined;
    redactInPlace(shown, secret, options.sensitiveKeys ?? []);
    items.set(key, secret ? { resource, shown, secret } : { resource, shown });
  }
  return { items, ignored: skipped };
}

/**
 * The semantic diff of two manifest sets: resources matched by
 * group/kind/namespace/name (and renames detected), key order ignored, lists
 * compared by Kubernetes merge keys, noise removed, secrets redacted before
 * anything is compared or rendered. The one engine behind `mmf diff`,
 * validate-migration, --validate and every PR surface.
 */
export function diffManifests(left: Side, right: Side, options: DiffOptions = {}): ManifestDiff {
  const l = prepare(left, options);
  const r = prepare(right, options);
  const changes: ResourceChange[] = [];
  let unchanged = 0;
  const removed: Prepared[] = [];
  for (const [key, before] of l.items) {
    const after = r.items.get(key);
    if (!after) {
      removed.push(before);
      continue;
    }
    const change = compare(before, after, options);
    if (change) changes.push(change);
    else unchanged++;
  }
  const added = [...r.items].filter(([key]) => !l.items.has(key)).map(([, p]) => p);
  const pairs = options.detectRenames === false ? [] : matchRenames(removed, added);
  for (const [before, after] of pairs) {
    const change = compare(before, after, options) ?? emptyChange(before, after);
    change.status = 'renamed';
    change.renamedFrom = before.resource.id;
    changes.push(change);
  }
  const paired = new Set(pairs.flat());
  for (const p of removed) if (!paired.has(p)) changes.push(whole(p, 'removed', options));
  for (const p of added) if (!paired.has(p)) changes.push(whole(p, 'added', options));
  changes.sort((a, b) =>
    resourceKey(a.id) < resourceKey(b.id) ? -1 : resourceKey(a.id) > resourceKey(b.id) ? 1 : 0,
  );
  return {
    left: { label: left.label, resources: left.resources.size },
    right: { label: right.label, resources: right.resources.size },
    changes,
    unchanged,
    ignoredResources: l.ignored + r.ignored,
  };
}

function emptyChange(before: Prepared, after: Prepared): ResourceChange {
  return {
    id: after.resource.id,
    resource: displayId(after.resource.id),
    status: 'changed',
    fields: [],
    unifiedDiff: '',
    sources: sources(before, after),
  };
}

/**
 * Gives a change its unified diff, computed the first time something reads
 * it (a renderer that prints it, JSON output): most callers never do.
 */
function withUnifiedDiff(change: Omit<ResourceChange, 'unifiedDiff'>, make: () => string): ResourceChange {
  let text: string | undefined;
  Object.defineProperty(change, 'unifiedDiff', {
    enumerable: true,
    configurable: true,
    get: () => (text ??= make()),
    set: (value: string) => {
      text = value;
    },
  });
  return change as ResourceChange;
}

function sources(before: Prepared | undefined, after: Prepared | undefined): ResourceChange['sources'] {
  const out: ResourceChange['sources'] = {};
  if (before?.resource.source) out.left = before.resource.source;
  if (after?.resource.source) out.right = after.resource.source;
  return out;
}

function withoutData(object: JsonObject): JsonObject {
  const { data: _d, ...rest } = object;
  return rest;
}

function secretKeyChanges(before: Map<string, Buffer>, after: Map<string, Buffer>): SecretKeyChange[] {
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  return keys.map((key) => {
    const b = before.get(key);
    const a = after.get(key);
    const status = !b ? 'added' : !a ? 'removed' : b.equals(a) ? 'unchanged' : 'changed';
    return { key, status, ...(b ? { beforeBytes: b.length } : {}), ...(a ? { afterBytes: a.length } : {}) };
  });
}

function compare(before: Prepared, after: Prepared, options: DiffOptions): ResourceChange | undefined {
  const kind = after.resource.id.kind;
  const lists = options.lists ?? 'merge-keys';
  let fields: FieldChange[];
  let secretKeys: SecretKeyChange[] | undefined;
  if (before.secret && after.secret) {
    secretKeys = secretKeyChanges(before.secret, after.secret);
    fields = fieldChanges(kind, withoutData(before.shown), withoutData(after.shown), { lists });
    if (!fields.length && secretKeys.every((k) => k.status === 'unchanged')) return undefined;
  } else {
    fields = fieldChanges(kind, before.shown, after.shown, { lists });
    if (!fields.length) return undefined;
  }
  return withUnifiedDiff(
    {
      id: after.resource.id,
      resource: displayId(after.resource.id),
      status: 'changed',
      fields,
      ...(secretKeys ? { secretKeys } : {}),
      sources: sources(before, after),
    },
    () => unified(before, after, options),
  );
}

function whole(p: Prepared, status: 'added' | 'removed', options: DiffOptions): ResourceChange {
  return withUnifiedDiff(
    {
      id: p.resource.id,
      resource: displayId(p.resource.id),
      status,
      fields: [],
      ...(p.secret
        ? {
            secretKeys: [...p.secret]
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([key, v]) => ({
                key,
                status,
                ...(status === 'added' ? { afterBytes: v.length } : { beforeBytes: v.length }),
              })),
          }
        : {}),
      sources: status === 'added' ? sources(undefined, p) : sources(p, undefined),
    },
    () => (status === 'added' ? unified(undefined, p, options) : unified(p, undefined, options)),
  );
}

function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k] as JsonValue)]),
  );
}

function unified(before: Prepared | undefined, after: Prepared | undefined, options: DiffOptions): string {
  const context = options.context ?? 3;
  if (context === 0) return '';
  const text = (p: Prepared | undefined) => (p ? toYaml(sortKeys(p.shown)) : '');
  const name = (p: Prepared | undefined) => (p ? displayId(p.resource.id) : '/dev/null');
  const patch = createTwoFilesPatch(name(before), name(after), text(before), text(after), '', '', {
    context,
  });
  return patch.replace(/^={3,}\n/m, '').replace(/^Index: .*\n/m, '');
}

/** Leaf "path=value" strings of an object, for similarity. */
function leaves(value: JsonValue, prefix: string, out: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${prefix}[${i}]`, out));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) leaves(v, `${prefix}.${k}`, out);
  else out.add(`${prefix}=${jsonText(value)}`);
  return out;
}

function similarity(a: Prepared, b: Prepared): number {
  const strip = (p: Prepared) => {
    const { metadata, ...rest } = p.shown;
    const meta = isObject(metadata) ? { ...metadata, name: null } : {};
    return leaves({ ...rest, metadata: meta }, '', new Set());
  };
  const x = strip(a);
  const y = strip(b);
  let shared = 0;
  for (const leaf of x) if (y.has(leaf)) shared++;
  return shared / Math.max(1, x.size + y.size - shared);
}

/** Kinds that can replace one another under one name (Deployment -> StatefulSet). */
const WORKLOAD_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'Job',
  'CronJob',
  'Pod',
]);

/** Name without a generated hash suffix such as kustomize's (10 characters, digits among them). */
function stem(name: string): string {
  return name.replace(/-(?=[a-z0-9]*\d)[a-z0-9]{10}$/, '');
}

/**
 * Pairs removed and added resources that are the same thing renamed: a
 * changed hash suffix, a kind change under the same name (Deployment ->
 * StatefulSet), or near-identical content in the same kind and namespace.
 */
function matchRenames(removed: Prepared[], added: Prepared[]): [Prepared, Prepared][] {
  const pairs: [Prepared, Prepared][] = [];
  const free = new Set(added);
  const take = (before: Prepared, test: (a: Prepared) => boolean) => {
    const match = [...free].find(test);
    if (!match) return false;
    free.delete(match);
    pairs.push([before, match]);
    return true;
  };
  const sameGroupKindNs = (a: ResourceId, b: ResourceId) =>
    a.group === b.group && a.kind === b.kind && a.namespace === b.namespace;
  const rest: Prepared[] = [];
  for (const before of removed) {
    const id = before.resource.id;
    const matched =
      take(
        before,
        (a) =>
          sameGroupKindNs(a.resource.id, id) &&
          stem(a.resource.id.name) === stem(id.name) &&
          (stem(id.name) !== id.name || stem(a.resource.id.name) !== a.resource.id.name),
      ) ||
      take(
        before,
        (a) =>
          a.resource.id.name === id.name &&
          a.resource.id.namespace === id.namespace &&
          a.resource.id.kind !== id.kind &&
          WORKLOAD_KINDS.has(a.resource.id.kind) &&
          WORKLOAD_KINDS.has(id.kind),
      );
    if (!matched) rest.push(before);
  }
  for (const before of rest) {
    let best: Prepared | undefined;
    let bestScore = 0.8;
    for (const a of free) {
      if (!sameGroupKindNs(a.resource.id, before.resource.id)) continue;
      const score = similarity(before, a);
      if (score > bestScore) {
        best = a;
        bestScore = score;
      }
    }
    if (best) {
      free.delete(best);
      pairs.push([before, best]);
    }
  }
  return pairs;
}
