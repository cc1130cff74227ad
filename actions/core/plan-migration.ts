import { choosePatch, lineCount, type ResourcePatch } from './choose-patch.js';
import { FileNamer, safeStem } from './file-names.js';
import { clone, containsBigInt, deepEqual, isObject, type JsonObject, type JsonValue } from './json.js';
import { displayId, resourceKey, type ManifestSet, type Resource, type ResourceId } from './manifest.js';
import { planImageOverrides, type ImageOverride } from './plan-images.js';
import { planCommonLabels } from './plan-labels.js';
import { isSecret, planSecretGenerator, type SecretFile } from './secret-generators.js';
import { toYaml } from './yaml-codec.js';

export interface EnvironmentTargets {
  name: string;
  /** The normalised resources this environment must produce (bookkeeping stripped, namespaces set). */
  resources: ManifestSet;
}

export interface PlanInput {
  environments: EnvironmentTargets[];
  /** Resources whose patch must be RFC 6902 even where strategic merge would do: `${env}\0${resourceKey}`. */
  jsonPatchOnly?: ReadonlySet<string>;
}

export interface SecretSummary {
  name: string;
  namespace: string;
  keys: { name: string; bytes: number }[];
  files: string[];
}

export interface OverlaySummary {
  environment: string;
  resources: number;
  addedResources: string[];
  removedResources: string[];
  strategicMergePatches: number;
  jsonPatches: number;
  images: ImageOverride[];
  replicas: { name: string; count: number }[];
  /** Labels set on every object with kustomize's `labels:` field. */
  labels: Record<string, string>;
  secrets: SecretSummary[];
  files: number;
  lines: number;
}

export interface MigrationPlan {
  /** Tracked files: relative path -> content. */
  files: Map<string, string>;
  /** Git-ignored files holding Secret values: relative path -> bytes. */
  secretFiles: Map<string, Buffer>;
  namespaceField?: string;
  /** Which resources got a strategic-merge patch: `${env}\0${resourceKey}`. */
  strategicMergeTargets: Set<string>;
  base: { resources: number; files: number; lines: number };
  overlays: OverlaySummary[];
}

const KUSTOMIZATION_HEADER = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' };
const REPLICA_KINDS = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

/**
 * Plans the Kustomize tree: a base holding what a majority of environments
 * share and, per environment, an overlay with only what differs. Pure: the
 * caller writes `files` and `secretFiles`.
 */
export function planMigration(input: PlanInput): MigrationPlan {
  const envs = input.environments;
  const namespaceField = chooseNamespaceField(envs);
  const files = new Map<string, string>();
  const secretFiles = new Map<string, Buffer>();

  const keys = orderedKeys(envs);
  const baseObjects = new Map<string, Resource>();
  for (const key of keys) {
    const present = envs.filter((e) => e.resources.has(key));
    const first = present[0]?.resources.get(key) as Resource;
    const versions = present.map((e) => e.resources.get(key) as Resource);
    if (isSecret(first) || present.length * 2 <= envs.length || needsWholeCopies(versions)) continue;
    baseObjects.set(key, chooseBaseVersion(versions));
  }

  const baseNamer = new FileNamer();
  const baseResourceFiles: string[] = [];
  for (const resource of baseObjects.values()) {
    const file = baseNamer.nameFor(resource.id);
    baseResourceFiles.push(file);
    files.set(`base/${file}`, toYaml(forFile(resource.id, resource.object, namespaceField)));
  }
  files.set(`base/kustomization.yaml`, toYaml(kustomization(namespaceField, baseResourceFiles, {})));

  const strategicMergeTargets = new Set<string>();
  const overlays = envs.map((env) =>
    planOverlay(env, baseObjects, namespaceField, {
      jsonPatchOnly: input.jsonPatchOnly,
      strategicMergeTargets,
      files,
      secretFiles,
    }),
  );
  const baseFiles = [...files].filter(([p]) => p.startsWith('base/'));
  return {
    files,
    secretFiles,
    ...(namespaceField ? { namespaceField } : {}),
    strategicMergeTargets,
    base: {
      resources: baseObjects.size,
      files: baseFiles.length,
      lines: baseFiles.reduce((n, [, t]) => n + lineCount(t), 0),
    },
    overlays,
  };
}

function orderedKeys(envs: EnvironmentTargets[]): string[] {
  const seen = new Set<string>();
  for (const env of envs) for (const key of env.resources.keys()) seen.add(key);
  return [...seen];
}

/**
 * kustomize applies patches through JSON numbers, which cannot hold integers
 * beyond 2^53: a resource carrying one that differs between environments is
 * written whole into each overlay instead of being patched.
 */
function needsWholeCopies(versions: Resource[]): boolean {
  const first = versions[0] as Resource;
  return (
    versions.some((v) => containsBigInt(v.object)) &&
    !versions.every((v) => deepEqual(v.object, first.object))
  );
}

/** The version of a resource that needs the smallest patches to reach all the others. */
function chooseBaseVersion(versions: Resource[]): Resource {
  let best = versions[0] as Resource;
  if (versions.every((v) => deepEqual(v.object, best.object))) return best;
  let bestCost = Infinity;
  for (const candidate of versions) {
    let cost = 0;
    for (const other of versions) {
      if (other === candidate) continue;
      const patch = choosePatch(candidate.id, candidate.object, other.object);
      cost += patch ? lineCount(patch.text) : 0;
      if (cost >= bestCost) break;
    }
    if (cost < bestCost) {
      best = candidate;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * Cluster-scoped kinds kustomize's namespace transformer knows to leave alone
 * (its built-in schema): any other cluster-scoped object (newer built-ins
 * such as ValidatingAdmissionPolicy, cluster-scoped custom resources) would
 * get a namespace from it.
 */
const KUSTOMIZE_CLUSTER_SCOPED = new Set([
  '/Namespace',
  '/Node',
  '/PersistentVolume',
  '/ComponentStatus',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/VolumeAttachment',
  'scheduling.k8s.io/PriorityClass',
  'node.k8s.io/RuntimeClass',
  'networking.k8s.io/IngressClass',
  'policy/PodSecurityPolicy',
  'certificates.k8s.io/CertificateSigningRequest',
]);

/**
 * kustomize's `namespace:` field is used only where it is exact: every
 * namespaced resource is in one namespace, every cluster-scoped one is a kind
 * the transformer skips, and nothing it would also rewrite is present
 * (Namespace objects it renames, binding subjects named "default", webhook
 * and APIService service references, CRD conversion webhooks).
 */
function chooseNamespaceField(envs: EnvironmentTargets[]): string | undefined {
  let namespace: string | undefined;
  for (const env of envs)
    for (const { id, object } of env.resources.values()) {
      if (
        ['RoleBinding', 'ClusterRoleBinding'].includes(id.kind) &&
        Array.isArray(object.subjects) &&
        object.subjects.some((s) => isObject(s) && s.name === 'default')
      )
        return undefined;
      if (/WebhookConfiguration$|^APIService$|^CustomResourceDefinition$|^Namespace$/.test(id.kind))
        return undefined;
      if (!id.namespace && !KUSTOMIZE_CLUSTER_SCOPED.has(`${id.group}/${id.kind}`)) return undefined;
      if (!id.namespace) continue;
      if (namespace !== undefined && namespace !== id.namespace) return undefined;
      namespace = id.namespace;
    }
  return namespace;
}

/** The object as written to a file: under a `namespace:` field, namespaced objects leave their namespace to it. */
function forFile(id: ResourceId, object: JsonObject, namespaceField: string | undefined): JsonObject {
  if (!namespaceField || !id.namespace || !isObject(object.metadata) || !('namespace' in object.metadata))
    return object;
  const copy = clone(object);
  delete (copy.metadata as JsonObject).namespace;
  return copy;
}

function kustomization(namespace: string | undefined, resources: string[], rest: JsonObject): JsonObject {
  return { ...KUSTOMIZATION_HEADER, ...(namespace ? { namespace } : {}), resources, ...rest };
}

function patchTarget(id: ResourceId): JsonObject {
  const target: JsonObject = { group: id.group, version: id.version, kind: id.kind, name: id.name };
  if (id.namespace) target.namespace = id.namespace;
  return target;
}

interface OverlayOutputs {
  jsonPatchOnly: ReadonlySet<string> | undefined;
  strategicMergeTargets: Set<string>;
  files: Map<string, string>;
  secretFiles: Map<string, Buffer>;
}

function planOverlay(
  env: EnvironmentTargets,
  baseObjects: Map<string, Resource>,
  namespaceField: string | undefined,
  { jsonPatchOnly, strategicMergeTargets, files, secretFiles }: OverlayOutputs,
): OverlaySummary {
  const dir = `overlays/${env.name}`;
  const resourceNamer = new FileNamer();
  const patchNamer = new FileNamer();
  const secretNamer = new FileNamer('');
  const summary: OverlaySummary = {
    environment: env.name,
    resources: env.resources.size,
    addedResources: [],
    removedResources: [],
    strategicMergePatches: 0,
    jsonPatches: 0,
    images: [],
    replicas: [],
    labels: {},
    secrets: [],
    files: 0,
    lines: 0,
  };
  const resources = ['../../base'];
  const patches: JsonObject[] = [];
  const generators: JsonObject[] = [];
  const writePatch = (id: ResourceId, patch: ResourcePatch) => {
    const file = `patches/${patchNamer.nameFor(id)}`;
    files.set(`${dir}/${file}`, patch.text);
    if (patch.type === 'strategic-merge') {
      strategicMergeTargets.add(`${env.name}\0${resourceKey(id)}`);
      summary.strategicMergePatches++;
      patches.push({ path: file });
    } else {
      summary.jsonPatches++;
      patches.push({ path: file, target: patchTarget(id) });
    }
  };

  // Targets the transformers and patches must reach, for resources built from the base or added here.
  const inherited = new Map<string, JsonObject>();
  const targets = new Map<string, JsonObject>();
  for (const [key, resource] of env.resources) {
    if (isSecret(resource)) continue;
    targets.set(key, clone(resource.object));
    const base = baseObjects.get(key);
    if (base) inherited.set(key, base.object);
  }
  summary.images = planImageOverrides(inherited, targets);
  summary.replicas = planReplicas(inherited, targets, env.resources);
  const secrets = [...env.resources.values()].filter(isSecret).map((r) => r.object);
  summary.labels = planCommonLabels(inherited, targets, secrets);

  for (const [key, target] of targets) {
    const resource = env.resources.get(key) as Resource;
    const base = baseObjects.get(key);
    if (!base) {
      const file = resourceNamer.nameFor(resource.id);
      files.set(`${dir}/${file}`, toYaml(forFile(resource.id, target, namespaceField)));
      resources.push(file);
      summary.addedResources.push(displayId(resource.id));
      continue;
    }
    const patch = choosePatch(resource.id, base.object, target, {
      jsonPatchOnly: jsonPatchOnly?.has(`${env.name}\0${key}`),
    });
    // The patch must find the base's object, whose apiVersion may differ from this environment's.
    if (patch) writePatch(base.id, patch);
  }
  for (const [key, base] of baseObjects) {
    if (env.resources.has(key)) continue;
    const file = `patches/${patchNamer.nameFor(base.id, 'delete-')}`;
    const meta: JsonObject = {
      name: base.id.name,
      ...(base.id.namespace ? { namespace: base.id.namespace } : {}),
    };
    files.set(
      `${dir}/${file}`,
      toYaml({
        $patch: 'delete',
        apiVersion: base.object.apiVersion ?? null,
        kind: base.id.kind,
        metadata: meta,
      }),
    );
    patches.push({ path: file });
    summary.removedResources.push(displayId(base.id));
  }
  for (const resource of env.resources.values()) {
    if (!isSecret(resource)) continue;
    const stem = secretNamer.nameFor({ ...resource.id, kind: 'secret' }).replace(/^secret-/, '');
    const plan = planSecretGenerator(resource, safeStem(stem));
    generators.push(plan.entry);
    for (const f of plan.files) secretFiles.set(`${dir}/${f.path}`, f.content);
    if (plan.removeType)
      writePatch(resource.id, {
        type: 'json6902',
        ops: [{ op: 'remove', path: '/type' }],
        text: toYaml([{ op: 'remove', path: '/type' }]),
      });
    summary.secrets.push({
      name: resource.id.name,
      namespace: resource.id.namespace,
      keys: plan.keys,
      files: plan.files.map((f: SecretFile) => `${dir}/${f.path}`),
    });
  }

  const rest: JsonObject = {};
  if (summary.images.length) rest.images = summary.images as unknown as JsonValue;
  if (summary.replicas.length) rest.replicas = summary.replicas as unknown as JsonValue;
  if (Object.keys(summary.labels).length) rest.labels = [{ pairs: summary.labels }];
  if (patches.length) rest.patches = patches;
  if (generators.length) rest.secretGenerator = generators;
  files.set(`${dir}/kustomization.yaml`, toYaml(kustomization(namespaceField, resources, rest)));
  const overlayFiles = [...files].filter(([p]) => p.startsWith(`${dir}/`));
  summary.files = overlayFiles.length;
  summary.lines = overlayFiles.reduce((n, [, t]) => n + lineCount(t), 0);
  return summary;
}

/**
 * kustomize `replicas:` entries, used where exact: the base and target both
 * set spec.replicas, and no other workload of the environment shares the name
 * (the transformer matches workloads by name alone). Targets get the base
 * count back.
 */
function planReplicas(
  inherited: Map<string, JsonObject>,
  targets: Map<string, JsonObject>,
  all: ManifestSet,
): { name: string; count: number }[] {
  const names = new Map<string, number>();
  for (const { id } of all.values())
    if (REPLICA_KINDS.has(id.kind)) names.set(id.name, (names.get(id.name) ?? 0) + 1);
  const out: { name: string; count: number }[] = [];
  for (const [key, target] of targets) {
    const base = inherited.get(key);
    const id = all.get(key)?.id;
    if (!base || !id || !REPLICA_KINDS.has(id.kind) || names.get(id.name) !== 1) continue;
    const from = isObject(base.spec) ? base.spec.replicas : undefined;
    const spec = target.spec;
    const to = isObject(spec) ? spec.replicas : undefined;
    if (typeof from !== 'number' || typeof to !== 'number' || from === to || !isObject(spec)) continue;
    spec.replicas = from;
    out.push({ name: id.name, count: to });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}
