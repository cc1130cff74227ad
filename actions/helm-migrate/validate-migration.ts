import { isDirectory as isDir, requireFolder } from '../platform/fs/file-info.js';
import { join } from 'node:path';
import { openChart } from '../platform/helm/chart-source.js';
import { buildKustomization } from '../platform/kustomize/kustomize-build.js';
import { withSecretFiles, type SecretFill } from '../platform/kustomize/secret-files.js';
import { decodeSecretData, isSecret } from '../kernel/k8s/secret-generators.js';
import { detectSource, loadSource } from '../platform/sources/manifest-source.js';
import {
  resolveHelm,
  resolveKustomize,
  type ResolveHelmOptions,
  type ResolveKustomizeOptions,
} from '../platform/tools/resolve-tool.js';
import { checkValuesFiles } from '../platform/helm/values-files.js';
import { diffManifests } from '../kernel/diff/semantic-diff.js';
import type { HookMode } from './core/hooks.js';
import { parseManifests, ScopeResolver, type ManifestSet } from '../kernel/k8s/manifest.js';
import { normalizeForParity, type VolatileByEnvironment } from './core/normalize.js';
import { limiter } from '../kernel/concurrency.js';
import { compareForParity } from './core/parity.js';
import type { ReviewReport, ReviewSection } from '../kernel/review/review-report.js';
import { parseEnvironmentSpecs } from './core/environments.js';
import type { Logger } from '../kernel/logger.js';
import { renderEnvironments } from './render-environments.js';
import { toolSlots } from './start-renders.js';

export interface ValidateMigrationOptions {
  /** The Helm chart (or a folder/file of the manifests it produced). */
  originalPath: string;
  /** The Kustomize tree: with overlays/<env>/ each environment's overlay is built, otherwise the folder itself. */
  migratedPath: string;
  environments: readonly string[];
  release?: string;
  namespace: string;
  hookMode: HookMode;
  /** Passed to helm template for charts that read .Capabilities. */
  kubeVersion?: string;
  apiVersions?: readonly string[];
  helm?: ResolveHelmOptions;
  kustomize?: ResolveKustomizeOptions;
  log: Logger;
}

/**
 * Proves (or disproves) that a migrated Kustomize tree renders what the
 * original chart renders, per environment, by the parity rules of docs/PARITY.md;
 * the review sections carry the differences for every surface.
 */
export async function validateMigration(options: ValidateMigrationOptions): Promise<ReviewReport> {
  const envs = parseEnvironmentSpecs(options.environments);
  // Before anything is rendered: a tree that is not there is the user's mistake, not a kustomize failure.
  await requireFolder(options.migratedPath, 'the migrated tree', {
    code: 'E_PATH_NOT_FOUND',
    hint: 'pass --migrated-path <the folder holding overlays/<env>/, or one kustomization folder>',
  });
  const scopes = new ScopeResolver();
  const originals = new Map<string, ManifestSet>();
  let volatile: VolatileByEnvironment = new Map();
  if ((await detectSource(options.originalPath)) === 'helm-chart') {
    const valuesTexts = await checkValuesFiles(envs.flatMap((e) => e.valuesFiles));
    const chart = await openChart(options.originalPath);
    try {
      const helm = await resolveHelm(options.helm);
      const rendered = await renderEnvironments(helm, chart, envs, {
        chartLabel: options.originalPath,
        release: options.release ?? chart.name,
        namespace: options.namespace,
        ...(options.kubeVersion ? { kubeVersion: options.kubeVersion } : {}),
        apiVersions: options.apiVersions ?? [],
        scopes,
        hookMode: options.hookMode,
        valuesTexts,
        slots: limiter(toolSlots()),
        log: options.log,
      });
      volatile = rendered.volatile;
      for (const env of rendered.rendered) originals.set(env.name, env.render);
    } finally {
      await chart.cleanup();
    }
  } else {
    const loaded = await loadSource(options.originalPath, { namespace: options.namespace });
    for (const env of envs) originals.set(env.name, loaded.resources);
  }

  const kustomize = await resolveKustomize(options.kustomize);
  const sections: ReviewSection[] = [];
  const notes = new Set<string>();
  for (const env of envs) {
    const overlay = join(options.migratedPath, 'overlays', env.name);
    const dir = (await isDir(overlay)) ? overlay : options.migratedPath;
    const original = originals.get(env.name) as ManifestSet;
    const {
      result: built,
      placeholders,
      filled,
    } = await withSecretFiles(dir, secretFromRender(original), (d) => buildKustomization(kustomize, d, dir));
    if (filled)
      notes.add(
        `${env.name}: ${filled} Secret value(s) are git-ignored in the tree; the helm render's values were used to build it.`,
      );
    if (placeholders)
      notes.add(
        `${env.name}: ${placeholders} Secret value(s) are not in the tree (git-ignored) nor in the render; a placeholder was used.`,
      );
    const migrated = parseManifests(built.manifests, dir, { defaultNamespace: options.namespace, scopes });
    const normal = { hookMode: options.hookMode, volatile: volatile.get(env.name) };
    const helmSide = normalizeForParity(originals.get(env.name) as ManifestSet, normal);
    const kustomizeSide = normalizeForParity(migrated, normal);
    const parity = compareForParity(helmSide, kustomizeSide);
    const diff = diffManifests(
      { label: `helm template (${env.name})`, resources: helmSide },
      { label: `kustomize build ${dir}`, resources: kustomizeSide },
      { ignoreHelmBookkeeping: false, ignoreChecksums: false, detectRenames: false },
    );
    options.log.info(`  ${env.name}: ${parity.identical ? 'identical' : 'DIFFERS'}`);
    sections.push({ name: env.name, diff, parity: parity.identical });
  }
  return { subject: options.originalPath, mode: 'validate', sections, notes: [...notes] };
}

/** Missing git-ignored Secret files are filled from the helm render of the same environment. */
function secretFromRender(render: ManifestSet): SecretFill {
  return (name, key) => {
    for (const resource of render.values())
      if (isSecret(resource) && resource.id.name === name) return decodeSecretData(resource.object).get(key);
    return undefined;
  };
}
