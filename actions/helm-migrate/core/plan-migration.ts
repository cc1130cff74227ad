import { choosePatch, lineCount, patchLines, type ResourcePatch } from './choose-patch.js';
import { kustomizationHeader } from '../../kernel/k8s/kustomization.js';
import { FileNamer, safeStem } from '../../kernel/k8s/file-names.js';
import { clone, containsBigInt, deepEqual, type JsonObject, type JsonValue } from '../../kernel/json.js';
import {
  displayId,
  resourceKey,
  type ManifestSet,
  type Resource,
  type ResourceId,
} from '../../kernel/k8s/manifest.js';
import { planImageOverrides, type ImageOverride } from './plan-images.js';
import { planCommonLabels } from './plan-labels.js';
import { chooseNamespaceField, forFile } from './namespace-field.js';
import { planReplicas } from './plan-replicas.js';
import {
  isSecret,
  planSecretGenerator,
  secretKeysFile,
  SECRET_KEYS_DIR,
  type SecretFile,
} from '../../kernel/k8s/secret-generators.js';
import { toYaml } from '../../kernel/yaml-codec.js';

export interface EnvironmentTargets {
  name: string;
  /** The normalised resources this environment must produce (bookkeeping stripped, namespaces set). */
  resources: ManifestSet;
}

export interface PlanInput {
  environments: EnvironmentTargets[];
  /** Resources whose patch must be RFC 6902 even where strategic merge would do: `${env}\0${resourceKey}`. */
  jsonPatchOnly?: ReadonlySet<string>;
  /** Write the base from this environment (one of `environments`) instead of choosing per resource. */
  baseEnvironment?: string;
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
  /** `environment`: the environment the base was written from (`--base-env`), if one was chosen. */
  base: { resources: number; files: number; lines: number; environment?: string };
  overlays: OverlaySummary[];
}

/**
 * Plans the Kustomize tree: a base and, per environment, an overlay with only
 * what differs from it. The base holds each resource that more than half of
 * the environments render, in the variant that needs the fewest patch lines
 * to reach the others; or, with `baseEnvironment`, exactly what that
 * environment renders. Secrets (always generated per overlay) and resources
 * whose integers beyond 2^53 differ are never in the base. Pure: the caller
 * writes `files` and `secretFiles`.
 */
export function planMigration(input: PlanInput): MigrationPlan {
  const envs = input.environments;
  const namespaceField = chooseNamespaceField(envs);
  const files = new Map<string, string>();
  const secretFiles = new Map<string, Buffer>();

  const keys = orderedKeys(envs);
  const baseEnv = envs.find((e) => e.name === input.baseEnvironment);
  const baseObjects = new Map<string, Resource>();
  for (const key of keys) {
    const present = envs.filter((e) => e.resources.has(key));
    const first = present[0]?.resources.get(key) as Resource;
    const versions = present.map((e) => e.resources.get(key) as Resource);
    if (isSecret(first) || needsWholeCopies(versions)) continue;
    if (baseEnv) {
      const own = baseEnv.resources.get(key);
      if (own) baseObjects.set(key, own);
    } else if (present.length * 2 > envs.length) baseObjects.set(key, chooseBaseVersion(versions));
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
      ...(baseEnv ? { environment: baseEnv.name } : {}),
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
      cost += patchLines(candidate.id, candidate.object, other.object);
      if (cost >= bestCost) break;
    }
    if (cost < bestCost) {
      best = candidate;
      bestCost = cost;
    }
  }
  return best;
}

function kustomization(namespace: string | undefined, resources: string[], rest: JsonObject): JsonObject {
  return { ...kustomizationHeader(), ...(namespace ? { namespace } : {}), resources, ...rest };
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
    files.set(`${dir}/${SECRET_KEYS_DIR}/${safeStem(stem)}.env`, secretKeysFile(resource.id.name, plan.keys));
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
