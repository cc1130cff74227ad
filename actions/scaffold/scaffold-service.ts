/**
 * `mmf scaffold service`: checks the request, plans the files from the
 * templates, writes them atomically (nothing is left behind on failure) and,
 * with `validate`, builds every overlay with the real kustomize first.
 */
import { join } from 'node:path';
import { buildKustomization } from '../platform/kustomize/kustomize-build.js';
import {
  resolveKustomize,
  type KustomizeTool,
  type ResolveKustomizeOptions,
} from '../platform/tools/resolve-tool.js';
import { textTree, withStagedOutput } from '../platform/fs/staged-output.js';
import { parseYamlDocuments } from '../kernel/yaml-codec.js';
import type { Logger } from '../kernel/logger.js';
import { assertDnsLabel } from '../kernel/k8s/names.js';
import { requirePinnedImage } from './core/pinned-image.js';
import { checkPort, DEFAULT_OVERLAYS, planScaffold, type ScaffoldPlan } from './core/plan-scaffold.js';
import { locateTemplates, readTemplates } from './template-source.js';

export interface ScaffoldServiceOptions {
  name: string;
  output: string;
  /** `registry/repository:tag` or `…@sha256:…`; default: the templates' placeholder image. */
  image?: string;
  /** Container port of `http`; default: the templates' (8080). */
  port?: number;
  /** Overlay names (paths under overlays/); default dev and prod. */
  overlays?: readonly string[];
  /** Component names added to every chosen overlay. */
  components?: readonly string[];
  /** Replace a non-empty output folder. */
  force: boolean;
  /** A templates folder laid out like scaffold/k8s; default: this installation's. */
  templates?: string;
  /** Build every written overlay with kustomize before committing the files. */
  validate?: boolean;
  kustomizePath?: string;
  /** How the front end resolves kustomize (its flag or input names); replaces kustomizePath. */
  tools?: { kustomize?: ResolveKustomizeOptions };
  allowDownload?: boolean;
  log: Logger;
}

export interface ScaffoldServiceResult {
  output: string;
  name: string;
  templates: string;
  plan: ScaffoldPlan;
  /** With validate: resources each overlay builds to, and the kustomize used. */
  validation?: {
    kustomize: { version: string; path: string };
    overlays: { name: string; resources: number }[];
  };
}

export async function scaffoldService(options: ScaffoldServiceOptions): Promise<ScaffoldServiceResult> {
  const { log } = options;
  // It becomes a Service name: a DNS-1123 label that starts with a letter.
  assertDnsLabel(options.name, '--service-name', 'service');
  const image = options.image !== undefined ? requirePinnedImage(options.image) : undefined;
  if (options.port !== undefined) checkPort(options.port);
  const templates = await locateTemplates(options.templates);
  const tree = await readTemplates(templates);
  const plan = planScaffold(tree, {
    name: options.name,
    ...(image ? { image } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
    overlays: options.overlays ?? DEFAULT_OVERLAYS,
    components: options.components ?? [],
  });
  log.info(
    `Scaffolding ${options.name} from ${templates}: overlays ${plan.overlays.map((o) => o.name).join(', ')}` +
      (plan.components.length ? `; components ${plan.components.join(', ')}` : ''),
  );

  const validation = await withStagedOutput(
    options.output,
    { force: options.force, keep: [templates] },
    async (staged) => {
      await staged.write(textTree(plan.files));
      let validation: ScaffoldServiceResult['validation'];
      if (options.validate) {
        const kustomize = await resolveKustomize({
          ...(options.tools?.kustomize ?? {
            ...(options.kustomizePath ? { path: options.kustomizePath } : {}),
            ...(options.allowDownload ? { allowDownload: true } : {}),
          }),
          log: log.info,
        });
        validation = {
          kustomize: { version: kustomize.version, path: kustomize.path },
          overlays: await buildOverlays(kustomize, staged.dir, options.output, plan, log),
        };
      }
      return validation;
    },
  );
  log.info(`Wrote ${plan.files.size} files to ${options.output}`);
  return {
    output: options.output,
    name: options.name,
    templates,
    plan,
    ...(validation ? { validation } : {}),
  };
}

async function buildOverlays(
  kustomize: KustomizeTool,
  root: string,
  output: string,
  plan: ScaffoldPlan,
  log: Logger,
): Promise<{ name: string; resources: number }[]> {
  const built: { name: string; resources: number }[] = [];
  for (const overlay of plan.overlays) {
    const label = join(output, overlay.dir);
    const { manifests, durationMs } = await buildKustomization(kustomize, join(root, overlay.dir), label);
    const resources = parseYamlDocuments(manifests, label).length;
    log.info(`kustomize build ${label}: ${resources} resources in ${Math.round(durationMs)} ms`);
    built.push({ name: overlay.name, resources });
  }
  return built;
}
