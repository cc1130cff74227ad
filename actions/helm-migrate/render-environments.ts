import type { ChartInfo } from '../platform/helm/chart-source.js';
import { renderChart, type RenderResult } from '../platform/helm/helm-render.js';
import type { HelmTool } from '../platform/tools/resolve-tool.js';
import type { Limiter } from '../kernel/concurrency.js';
import { readHook } from '../kernel/k8s/helm-bookkeeping.js';
import {
  displayId,
  parseManifests,
  type ManifestSet,
  type Resource,
  type ScopeResolver,
} from '../kernel/k8s/manifest.js';
import type { RandomTemplates } from '../kernel/helm/random-templates.js';
import { classifyHook, type HookMode } from './core/hooks.js';
import { findVolatileFields, type VolatileByEnvironment } from './core/normalize.js';
import type { EnvironmentSpec } from './core/environments.js';
import type { Logger } from '../kernel/logger.js';
import {
  renderRequest,
  SECOND_RENDER_NICENESS,
  type RenderTarget,
  type StartedRenders,
} from './start-renders.js';

export interface RenderedEnvironment extends EnvironmentSpec {
  text: string;
  render: ManifestSet;
  /** Rendered a second time, because a kept resource comes from a template that calls a random function. */
  renderedTwice: boolean;
}

export interface RenderSettings extends RenderTarget {
  scopes: ScopeResolver;
  hookMode: HookMode;
  /** Texts of every values file, for `tpl` that may evaluate random functions in them. */
  valuesTexts: readonly string[];
  /** Bounds how many tool processes run at once. */
  slots: Limiter;
  /** Renders already started for this chart and target (start-renders.ts), by environment. */
  started?: StartedRenders;
  log: Logger;
}

/** The render that finishes first, and the other one if there are two. */
async function firstOf(
  one: Promise<RenderResult>,
  two: Promise<RenderResult> | undefined,
): Promise<[RenderResult, Promise<RenderResult> | undefined]> {
  if (!two) return [await one, undefined];
  return Promise.race([
    one.then((r): [RenderResult, Promise<RenderResult>] => [r, two]),
    two.then((r): [RenderResult, Promise<RenderResult>] => [r, one]),
  ]);
}

/** Hooks that do not become part of the migrated tree (test hooks, hooks dropped by the mode). */
function isKept(resource: Resource, hookMode: HookMode): boolean {
  const hook = readHook(resource.object);
  if (!hook) return true;
  const action = classifyHook(displayId(resource.id), hook, hookMode).action;
  return action !== 'dropped' && action !== 'test-dropped';
}

/**
 * Renders every environment with the real helm, as many at once as the
 * limiter allows, and parses each render as soon as it is there. An
 * environment is rendered a second time only when one of its kept resources
 * comes from a template that can render differently on each run with its
 * values (so test hooks that call randAlphaNum cost nothing, nor a checksum of
 * a Secret its values turn off); the fields that differ between
 * its two renders are volatile in that environment only. Where the chart's
 * templates make that likely, the second render starts with the first, at a
 * lower priority, and whichever of the two finishes first is read first (a
 * generated key can make either one slow); if it shows the other is not
 * needed, the other is stopped.
 */
export async function renderEnvironments(
  helm: HelmTool,
  chart: ChartInfo,
  envs: EnvironmentSpec[],
  settings: RenderSettings,
): Promise<{ rendered: RenderedEnvironment[]; volatile: VolatileByEnvironment }> {
  const random: RandomTemplates | undefined = chart.usesRandomness
    ? chart.randomTemplates(settings.valuesTexts)
    : undefined;
  const parse = (text: string, env: EnvironmentSpec, onlySources?: (source?: string) => boolean) =>
    parseManifests(text, `${settings.chartLabel} (environment ${env.name})`, {
      defaultNamespace: settings.namespace,
      scopes: settings.scopes,
      ...(onlySources ? { onlySources } : {}),
    });
  const volatile: VolatileByEnvironment = new Map();
  // Helm's notices (a symbolic link in the chart, ...) once each, however many renders print them.
  const notices = new Set<string>();
  const notify = (lines: readonly string[]) => {
    for (const notice of lines) {
      if (notices.has(notice)) continue;
      notices.add(notice);
      settings.log.info(notice);
    }
  };
  const rendered = await Promise.all(
    envs.map(async (env): Promise<RenderedEnvironment> => {
      const request = renderRequest(chart.dir, settings, env);
      const stop = new AbortController();
      const firstRender =
        settings.started?.first.get(env.name) ??
        settings.slots(() => renderChart(helm, request, undefined, { signal: stop.signal }));
      // Started at once when a second render is likely, so the two do not run one after the other.
      const secondRender =
        settings.started?.second.get(env.name) ??
        (random?.likelyNeedsSecondRender
          ? settings.slots(() =>
              renderChart(helm, request, undefined, {
                niceness: SECOND_RENDER_NICENESS,
                signal: stop.signal,
              }),
            )
          : undefined);
      secondRender?.catch(() => undefined); // awaited below when it is used
      // The two are the same request: whichever finishes first is read first.
      const [first, other] = await firstOf(firstRender, secondRender);
      notify(first.notices);
      const render = parse(first.manifests, env);
      // Kept resources whose template can render differently on each run, with this environment's values.
      const isRandom = random?.inRender(first.manifests);
      const randomKeys = new Set(
        [...render]
          .filter(([, r]) => isRandom?.(r.source) && isKept(r, settings.hookMode))
          .map(([key]) => key),
      );
      const twice = randomKeys.size > 0;
      let ms = first.durationMs;
      if (isRandom && twice) {
        const second = await (other ?? settings.slots(() => renderChart(helm, request)));
        ms += second.durationMs;
        // Only their documents are read again: nothing else can differ.
        const again = parse(second.manifests, env, isRandom);
        const fields = findVolatileFields(render, again, randomKeys);
        if (fields.size) volatile.set(env.name, fields);
      } else if (other) {
        // Not needed after all: stopped, and awaited so that no helm outlives the run.
        settings.started?.stop(env.name);
        stop.abort();
        await other.catch(() => undefined);
      }
      settings.log.info(
        `  rendered ${env.name} in ${Math.round(ms)} ms${twice ? ' (twice, to find random values)' : ''}`,
      );
      return { ...env, text: first.manifests, render, renderedTwice: twice };
    }),
  );
  // In the order of the environments, whatever order the renders finished in.
  const ordered: VolatileByEnvironment = new Map();
  for (const env of envs) {
    const fields = volatile.get(env.name);
    if (fields) ordered.set(env.name, fields);
  }
  return { rendered, volatile: ordered };
}
