import { readdir, readFile, stat } from 'node:fs/promises';
import { KUSTOMIZATION_FILE_NAMES } from '../../kernel/k8s/kustomization.js';
import { join, relative } from 'node:path';
import { MmfError } from '../../kernel/errors.js';
import { parseManifests, ScopeResolver, type ManifestSet } from '../../kernel/k8s/manifest.js';
import { openChart } from '../helm/chart-source.js';
import { renderChart } from '../helm/helm-render.js';
import { buildKustomization } from '../kustomize/kustomize-build.js';
import { withSecretFiles } from '../kustomize/secret-files.js';
import {
  resolveHelm,
  resolveKustomize,
  type ResolveHelmOptions,
  type ResolveKustomizeOptions,
} from '../tools/resolve-tool.js';
import { checkValuesFile } from '../helm/values-files.js';

export type SourceKind = 'helm-chart' | 'kustomization' | 'manifests';

export interface SourceOptions {
  /** Values files for a chart source. */
  valuesFiles?: readonly string[];
  release?: string;
  namespace: string;
  helm?: ResolveHelmOptions;
  kustomize?: ResolveKustomizeOptions;
  /** How the source is named in messages and reports (default: its path). */
  label?: string;
}

export interface LoadedSource {
  label: string;
  kind: SourceKind;
  resources: ManifestSet;
  /** The text the tool printed, for line counts. */
  text: string;
  /** Secret values that were git-ignored and missing, built with a placeholder. */
  placeholderSecrets?: number;
}

export async function detectSource(path: string): Promise<SourceKind> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new MmfError('E_CHART_NOT_FOUND', 'does not exist', { file: path });
  if (info.isFile()) return /\.(tgz|tar\.gz)$/.test(path) ? 'helm-chart' : 'manifests';
  const names = new Set(await readdir(path));
  if (names.has('Chart.yaml')) return 'helm-chart';
  if (KUSTOMIZATION_FILE_NAMES.some((n) => names.has(n))) return 'kustomization';
  return 'manifests';
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
    .map((e) => join((e as unknown as { parentPath: string }).parentPath, e.name))
    .sort();
}

/**
 * Loads a manifest set from whatever a user points at: a Helm chart (rendered
 * with the real helm), a kustomization (built with the real kustomize), or a
 * folder or file of YAML.
 */
export async function loadSource(path: string, options: SourceOptions): Promise<LoadedSource> {
  const label = options.label ?? path;
  const kind = await detectSource(path);
  const parse = (text: string, origin: string) =>
    parseManifests(text, origin, { defaultNamespace: options.namespace, scopes: new ScopeResolver() });
  if (kind === 'helm-chart') {
    for (const file of options.valuesFiles ?? []) await checkValuesFile(file);
    const chart = await openChart(path);
    try {
      const helm = await resolveHelm(options.helm);
      const rendered = await renderChart(helm, {
        chartDir: chart.dir,
        chartLabel: label,
        release: options.release ?? chart.name,
        namespace: options.namespace,
        valuesFiles: options.valuesFiles ?? [],
      });
      for (const notice of rendered.notices) options.helm?.log?.(notice);
      return { label, kind, resources: parse(rendered.manifests, label), text: rendered.manifests };
    } finally {
      await chart.cleanup();
    }
  }
  if (kind === 'kustomization') {
    const tool = await resolveKustomize(options.kustomize);
    const { result: built, placeholders } = await withSecretFiles(
      path,
      () => undefined,
      (dir) => buildKustomization(tool, dir, label),
    );
    return {
      label,
      kind,
      resources: parse(built.manifests, label),
      text: built.manifests,
      ...(placeholders ? { placeholderSecrets: placeholders } : {}),
    };
  }
  const files = (await stat(path)).isFile() ? [path] : await yamlFiles(path);
  const resources: ManifestSet = new Map();
  let text = '';
  for (const file of files) {
    const content = await readFile(file, 'utf8');
    text += content;
    const shown = files.length === 1 ? label : join(label, relative(path, file));
    for (const [key, resource] of parse(content, shown)) {
      if (resources.has(key)) {
        throw new MmfError(
          'E_DUPLICATE_RESOURCE',
          `${resource.id.kind}/${resource.id.name} is defined twice`,
          { file: shown },
        );
      }
      resources.set(key, { ...resource, source: resource.source ?? shown });
    }
  }
  return { label, kind, resources, text };
}
