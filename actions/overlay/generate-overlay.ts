import { readdir, readFile } from 'node:fs/promises';
import { parseYamlDocuments } from '../kernel/yaml-codec.js';
import { isObject } from '../kernel/json.js';
/**
 * `mmf migrate generate-overlay` end to end: learn names from the base,
 * plan the overlay, write it atomically into <service>/overlays/<env>/,
 * and (with validate) prove it builds with the real kustomize first.
 */
import { join } from 'node:path';
import { buildKustomization } from '../platform/kustomize/kustomize-build.js';
import { resolveKustomize, type ResolveKustomizeOptions } from '../platform/tools/resolve-tool.js';
import { textTree, withStagedOutput } from '../platform/fs/staged-output.js';
import { MmfError } from '../kernel/errors.js';
import { parseManifestStream } from '../kernel/k8s/manifest-stream.js';
import type { Logger } from '../kernel/logger.js';
import { inspectBase, type BaseInfo } from './inspect-base.js';
import { DEFAULT_TRAFFIC_POLICY, type MeshType, type TrafficPolicy } from '../kernel/k8s/mesh-policies.js';
import { assertDnsLabel, environmentCaseClash } from '../kernel/k8s/names.js';
import { planOverlay, type ContainerResources, type OverlayPlan } from './core/plan-overlay.js';

export interface GenerateOverlayOptions {
  serviceName: string;
  environment: string;
  /** The service folder holding base/; the overlay goes to <output>/overlays/<environment>. */
  output: string;
  namespace?: string;
  replicas?: number;
  /** A tag, or a digest (sha256:…). */
  imageTag?: string;
  /** The image name as the base has it; default: the base Deployment's first container image. */
  image?: string;
  /** The container to set resources on; default: the base Deployment's first container. */
  container?: string;
  resources?: ContainerResources;
  serviceMesh?: MeshType;
  /** Mesh request timeout; "0s" or "none" for none. Default 10s. */
  timeout?: string;
  /** Mesh retry attempts; 0 for none. Default 3. */
  retries?: number;
  force: boolean;
  /** Build the overlay with kustomize before committing it. */
  validate: boolean;
  kustomizePath?: string;
  /** How the front end resolves kustomize (its flag or input names); replaces kustomizePath. */
  tools?: { kustomize?: ResolveKustomizeOptions };
  allowDownload?: boolean;
  /** Shown in the files' header. */
  command?: string;
  log: Logger;
}

export interface GenerateOverlayResult {
  /** The overlay folder written. */
  dir: string;
  plan: OverlayPlan;
  base: BaseInfo;
  warnings: string[];
  /** With validate: the kustomize used and how many objects the overlay builds. */
  validation?: { kustomize: { version: string; path: string }; objects: number };
}

export async function generateOverlay(options: GenerateOverlayOptions): Promise<GenerateOverlayResult> {
  const { log } = options;
  assertDnsLabel(options.serviceName, 'service name', 'service');
  assertDnsLabel(options.environment, 'environment name');
  const baseDir = join(options.output, 'base');
  await refuseCaseTwin(options.output, options.environment);
  const base = await inspectBase(baseDir, options.serviceName);
  if (base.complete && !base.deployment)
    throw new MmfError(
      'E_USAGE',
      `the base has no Deployment named ${options.serviceName}, so the overlay's patches would not apply` +
        (base.deployments.length
          ? ` (its Deployments: ${base.deployments.join(', ')})`
          : ' (it has no Deployment)'),
      {
        file: baseDir,
        hint: base.deployments.length
          ? `pass the service's Deployment name, e.g. --service-name ${base.deployments[0] as string}`
          : 'generate overlays for a base that holds the service (mmf scaffold service, or mmf migrate helm-to-kustomize)',
      },
    );
  const warnings = [...base.warnings];
  if (!base.exists) {
    if (options.validate)
      throw new MmfError('E_USAGE', `--validate needs a base, and ${baseDir} holds no kustomization`, {
        file: baseDir,
        hint: 'create the base first (mmf scaffold service, or mmf migrate helm-to-kustomize), or leave out --validate',
      });
    warnings.push(
      `${baseDir} holds no kustomization yet: the overlay refers to ../../base, which must exist to build`,
    );
  }

  let image: { name: string; newName?: string; tag?: string; digest?: string } | undefined;
  if (options.imageTag !== undefined) {
    const name = options.image ?? base.deployment?.image;
    if (!name)
      throw new MmfError('E_USAGE', `cannot tell which image --image-tag ${options.imageTag} should retag`, {
        hint: 'pass --image <name as the base writes it>, e.g. --image registry.example.com/marty/user-service',
      });
    // A scaffolded base names images by service only; its overlays say which registry.
    const newName = options.image ? undefined : await registryFromSiblings(options.output, name);
    image = {
      name,
      ...(newName ? { newName } : {}),
      ...(options.imageTag.includes(':') ? { digest: options.imageTag } : { tag: options.imageTag }),
    };
  }
  const container = options.container ?? base.deployment?.container;
  if (options.resources && !container)
    warnings.push(
      `no container name found in the base: the resources patch names container ${options.serviceName}`,
    );

  const plan = planOverlay({
    serviceName: options.serviceName,
    environment: options.environment,
    ...(options.namespace !== undefined ? { namespace: options.namespace } : {}),
    ...(options.replicas !== undefined ? { replicas: options.replicas } : {}),
    ...(image ? { image } : {}),
    ...(container ? { container } : {}),
    ...(options.resources ? { resources: options.resources } : {}),
    ...(options.serviceMesh ? { serviceMesh: options.serviceMesh, traffic: trafficPolicy(options) } : {}),
    ...(base.deployment?.ports.length ? { ports: base.deployment.ports } : {}),
    ...(options.command ? { command: options.command } : {}),
  });

  const dir = join(options.output, plan.dir);
  const validation = await withStagedOutput(
    dir,
    { force: options.force, keep: [baseDir] },
    async (staged) => {
      await staged.write(textTree(plan.files));
      let validation: GenerateOverlayResult['validation'];
      if (options.validate) {
        const kustomize = await resolveKustomize({
          ...(options.tools?.kustomize ?? {
            ...(options.kustomizePath ? { path: options.kustomizePath } : {}),
            ...(options.allowDownload ? { allowDownload: true } : {}),
          }),
          log: log.info,
        });
        const built = await buildKustomization(kustomize, staged.dir, dir);
        validation = {
          kustomize: { version: kustomize.version, path: kustomize.path },
          objects: parseManifestStream(built.manifests, dir).length,
        };
        log.info(`kustomize ${kustomize.version} built ${dir}: ${validation.objects} objects`);
      }
      return validation;
    },
  );
  for (const w of warnings) log.warn(w);
  return { dir, plan, base, warnings, ...(validation ? { validation } : {}) };
}

/** An overlays/ folder whose name differs from `environment` only in case would be the same folder on macOS and Windows. */
async function refuseCaseTwin(serviceDir: string, environment: string): Promise<void> {
  const overlays = await readdir(join(serviceDir, 'overlays')).catch(() => [] as string[]);
  const twin = overlays.find((e) => e !== environment && e.toLowerCase() === environment.toLowerCase());
  if (twin !== undefined) throw environmentCaseClash(twin, environment);
}

function trafficPolicy(o: GenerateOverlayOptions): TrafficPolicy {
  const traffic: TrafficPolicy = { ...DEFAULT_TRAFFIC_POLICY };
  if (o.timeout !== undefined) {
    if (o.timeout === 'none' || /^0+(ms|s|m|h)?$/.test(o.timeout)) delete traffic.timeout;
    else traffic.timeout = o.timeout;
  }
  if (o.retries !== undefined) {
    if (o.retries === 0) delete traffic.retries;
    else
      traffic.retries = {
        ...(DEFAULT_TRAFFIC_POLICY.retries as NonNullable<TrafficPolicy['retries']>),
        attempts: o.retries,
      };
  }
  return traffic;
}

/** The `newName` other overlays give a bare image name (the scaffold's convention), if they agree on one. */
async function registryFromSiblings(serviceDir: string, image: string): Promise<string | undefined> {
  if (image.includes('/')) return undefined;
  const overlays = await readdir(join(serviceDir, 'overlays')).catch(() => [] as string[]);
  const names = new Set<string>();
  for (const env of overlays.sort()) {
    const text = await readFile(join(serviceDir, 'overlays', env, 'kustomization.yaml'), 'utf8').catch(
      () => undefined,
    );
    const doc = text ? parseYamlDocuments(text, env)[0]?.value : undefined;
    const images = isObject(doc) && Array.isArray(doc.images) ? doc.images.filter(isObject) : [];
    for (const entry of images)
      if (entry.name === image && typeof entry.newName === 'string') names.add(entry.newName);
  }
  return names.size === 1 ? [...names][0] : undefined;
}
