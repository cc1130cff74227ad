import type { ChartInfo } from '../platform/helm/chart-source.js';
import { renderChart } from '../platform/helm/helm-render.js';
import type { HelmTool } from '../platform/tools/resolve-tool.js';
import { parseManifests, type ManifestSet, type ScopeResolver } from '../kernel/k8s/manifest.js';
import { findVolatileFields, type VolatileFields } from './core/normalize.js';
import type { EnvironmentSpec } from './core/environments.js';
import type { Logger } from '../kernel/logger.js';

export interface RenderedEnvironment extends EnvironmentSpec {
  text: string;
  render: ManifestSet;
}

export interface RenderSettings {
  chartLabel: string;
  release: string;
  namespace: string;
  kubeVersion?: string;
  apiVersions: readonly string[];
  scopes: ScopeResolver;
  log: Logger;
}

/**
 * Renders every environment concurrently with the real helm. When templates
 * can produce random output, each is rendered twice and the fields that differ
 * are returned as volatile.
 */
export async function renderEnvironments(
  helm: HelmTool,
  chart: ChartInfo,
  envs: EnvironmentSpec[],
  settings: RenderSettings,
): Promise<{ rendered: RenderedEnvironment[]; volatile: VolatileFields }> {
  const notices = new Set<string>();
  const texts = await Promise.all(
    envs.map(async (env) => {
      const request = {
        chartDir: chart.dir,
        chartLabel: settings.chartLabel,
        release: settings.release,
        namespace: settings.namespace,
        valuesFiles: env.valuesFiles,
        ...(settings.kubeVersion ? { kubeVersion: settings.kubeVersion } : {}),
        apiVersions: settings.apiVersions,
      };
      const [first, second] = await Promise.all([
        renderChart(helm, request),
        chart.usesRandomness ? renderChart(helm, request) : undefined,
      ]);
      settings.log.info(
        `  rendered ${env.name} in ${Math.round(first.durationMs)} ms${second ? ' (twice, to find random values)' : ''}`,
      );
      for (const notice of first.notices) {
        if (notices.has(notice)) continue;
        notices.add(notice);
        settings.log.info(notice);
      }
      return { env, first: first.manifests, second: second?.manifests };
    }),
  );
  const parse = (text: string, env: EnvironmentSpec) =>
    parseManifests(text, `${settings.chartLabel} (environment ${env.name})`, {
      defaultNamespace: settings.namespace,
      scopes: settings.scopes,
    });
  const rendered = texts.map(({ env, first }) => ({ ...env, text: first, render: parse(first, env) }));
  const volatile: VolatileFields = new Map();
  texts.forEach(({ env, second }, i) => {
    if (second === undefined) return;
    for (const [key, paths] of findVolatileFields(
      (rendered[i] as RenderedEnvironment).render,
      parse(second, env),
    )) {
      const known = volatile.get(key) ?? [];
      for (const path of paths) if (!known.some((p) => p.join('\0') === path.join('\0'))) known.push(path);
      volatile.set(key, known);
    }
  });
  return { rendered, volatile };
}
