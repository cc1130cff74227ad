import { createHash } from 'node:crypto';
import { diffFields, setExisting, type FieldPath } from '../../kernel/diff/field-diff.js';
import { classifyHook, hookAnnotations, type HookMode, type HookRecord } from './hooks.js';
import { readHook, isTestHook, stripHelmBookkeeping } from '../../kernel/k8s/helm-bookkeeping.js';
import { clone, getPath, isObject, type JsonObject, type JsonValue } from '../../kernel/json.js';
import { displayId, type ManifestSet, type Resource } from '../../kernel/k8s/manifest.js';
import { decodeSecretData, isSecret } from '../../kernel/k8s/secret-generators.js';

/** Volatile field paths per resource key, in one environment. */
export type VolatileFields = Map<string, FieldPath[]>;

/**
 * Volatile fields per environment name: a field is volatile in an environment
 * only if two renders of that environment differ there.
 */
export type VolatileByEnvironment = Map<string, VolatileFields>;

function withNamespace(resource: Resource, object: JsonObject): JsonObject {
  if (resource.id.namespace && isObject(object.metadata)) object.metadata.namespace = resource.id.namespace;
  return object;
}

export interface PreparedRender {
  resources: ManifestSet;
  hooks: HookRecord[];
}

/**
 * What an environment must produce after migration: Helm bookkeeping
 * stripped, namespaces explicit, null label/annotation values as "" (what the
 * API and kustomize make of them), test hooks dropped and other hooks handled
 * per `hookMode`.
 */
export function prepareTargets(render: ManifestSet, hookMode: HookMode): PreparedRender {
  const resources: ManifestSet = new Map();
  const hooks: HookRecord[] = [];
  for (const [key, resource] of render) {
    const hook = readHook(resource.object);
    let extra: Record<string, string> = {};
    if (hook) {
      const record = classifyHook(displayId(resource.id), hook, hookMode);
      hooks.push(record);
      if (record.action === 'dropped' || isTestHook(hook)) continue;
      if (record.action === 'argocd') extra = hookAnnotations(hook);
    }
    const object = withNamespace(resource, stripHelmBookkeeping(resource.object));
    nullMetadataValuesToEmpty(object);
    dropNullMetadataMaps(object);
    if (Object.keys(extra).length) {
      const meta = object.metadata as JsonObject;
      meta.annotations = { ...(isObject(meta.annotations) ? meta.annotations : {}), ...extra };
    }
    resources.set(key, { ...resource, object });
  }
  return { resources, hooks };
}

/**
 * Fields that differ between two renders of the same input: random passwords,
 * generated certificates. Only resources in `only` (when given) are compared.
 */
export function findVolatileFields(
  first: ManifestSet,
  second: ManifestSet,
  only?: ReadonlySet<string>,
): VolatileFields {
  const out: VolatileFields = new Map();
  for (const [key, resource] of first) {
    const other = second.get(key);
    if (!other || (only && !only.has(key))) continue;
    const left = isSecret(resource) ? canonicalSecret(resource.object) : resource.object;
    const right = isSecret(other) ? canonicalSecret(other.object) : other.object;
    const paths = diffFields(left, right).map((c) => c.path);
    if (paths.length) out.set(key, paths);
  }
  return out;
}

/**
 * Makes volatile values stable, in each environment only where that
 * environment's two renders differed (everything else keeps Helm's exact
 * value). Secret data keeps the environment's own sample (it lives in
 * git-ignored files and must stay usable); every other volatile string (a
 * checksum of a random Secret, a generated certificate in a ConfigMap) becomes
 * a fixed stand-in derived from its resource and path, so tracked files are
 * byte-identical on reruns and the environments where it is random do not
 * differ there. Other volatile values take the first such environment's
 * sample.
 */
export function alignVolatileValues(
  envs: readonly { name: string; resources: ManifestSet }[],
  volatile: VolatileByEnvironment,
): void {
  const samples = new Map<string, JsonValue>();
  for (const env of envs) {
    for (const [key, paths] of volatile.get(env.name) ?? []) {
      const resource = env.resources.get(key);
      if (!resource) continue;
      for (const path of paths) {
        const value = valueAt(resource, path);
        if (value === undefined || (isSecret(resource) && path[0] === 'data')) continue;
        if (typeof value === 'string') {
          setAt(resource, path, volatileStandIn(key, path));
          continue;
        }
        const id = `${key}\0${JSON.stringify(path)}`;
        const sample = samples.get(id);
        if (sample === undefined) samples.set(id, value);
        else setAt(resource, path, clone(sample));
      }
    }
  }
}

export function volatileStandIn(key: string, path: FieldPath): string {
  return createHash('sha256')
    .update(`mmf volatile ${key} ${JSON.stringify(path)}`)
    .digest('hex');
}

function valueAt(resource: Resource, path: FieldPath): JsonValue | undefined {
  if (!isSecret(resource) || path[0] !== 'data') return getPath(resource.object, path);
  return getPath(canonicalSecret(resource.object), path);
}

function setAt(resource: Resource, path: FieldPath, value: JsonValue): void {
  if (isSecret(resource) && path[0] === 'data' && typeof path[1] === 'string') {
    const object = resource.object;
    if (isObject(object.stringData) && path[1] in object.stringData) delete object.stringData[path[1]];
    object.data = { ...(isObject(object.data) ? object.data : {}), [path[1]]: value };
    return;
  }
  setExisting(resource.object, path, value);
}

/** Secret data as canonical base64 with stringData folded in, so encodings compare equal. */
export function canonicalSecret(object: JsonObject): JsonObject {
  const copy = clone(object);
  const data = decodeSecretData(object);
  delete copy.stringData;
  if (data.size) copy.data = Object.fromEntries([...data].map(([k, v]) => [k, v.toString('base64')]));
  else delete copy.data;
  return copy;
}

export const VOLATILE_MARKER = '<volatile: compared as present>';

export interface ParityOptions {
  hookMode: HookMode;
  /** The volatile fields of the one environment being compared. */
  volatile?: VolatileFields;
}

/**
 * The parity normal form of docs/PARITY.md applied to either side: bookkeeping
 * stripped, namespaces explicit, test hooks gone, Secret data decoded, and
 * volatile fields replaced by a marker where present.
 */
export function normalizeForParity(set: ManifestSet, options: ParityOptions): ManifestSet {
  const prepared = prepareTargets(set, options.hookMode).resources;
  const out: ManifestSet = new Map();
  for (const [key, resource] of prepared) {
    let object = isSecret(resource) ? canonicalSecret(resource.object) : resource.object;
    if (options.hookMode === 'argocd') object = withoutArgoHookAnnotations(object);
    for (const path of options.volatile?.get(key) ?? []) setExisting(object, path, VOLATILE_MARKER);
    out.set(key, { ...resource, object });
  }
  return out;
}

function withoutArgoHookAnnotations(object: JsonObject): JsonObject {
  const meta = object.metadata;
  if (!isObject(meta) || !isObject(meta.annotations)) return object;
  for (const key of Object.keys(meta.annotations))
    if (key.startsWith('argocd.argoproj.io/hook') || key === 'argocd.argoproj.io/sync-wave')
      delete meta.annotations[key];
  if (Object.keys(meta.annotations).length === 0) delete meta.annotations;
  return object;
}

/**
 * Labels and annotations are string maps in the API: a null value there is
 * the empty string (kustomize writes it so), on both sides.
 */
function nullMetadataValuesToEmpty(value: JsonValue): void {
  if (Array.isArray(value)) value.forEach(nullMetadataValuesToEmpty);
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'metadata' && isObject(child))
      for (const field of ['labels', 'annotations'])
        if (isObject(child[field]))
          for (const [k, v] of Object.entries(child[field])) if (v === null) child[field][k] = '';
    nullMetadataValuesToEmpty(child);
  }
}

/**
 * `annotations:` or `labels:` with nothing under them is null; the API treats
 * it as absent, and kustomize drops it at the top level.
 */
function dropNullMetadataMaps(object: JsonObject): void {
  const meta = object.metadata;
  if (!isObject(meta)) return;
  for (const field of ['labels', 'annotations'])
    if (field in meta && meta[field] === null) delete meta[field];
}
