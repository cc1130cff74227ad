import { availableParallelism } from 'node:os';
import { isDirectory } from '../platform/fs/file-info.js';
import { assertResolvesInside } from '../platform/fs/link-guard.js';
import { peekChart } from '../platform/helm/peek-chart.js';
import {
  renderChart,
  type RenderPriority,
  type RenderRequest,
  type RenderResult,
} from '../platform/helm/helm-render.js';
import type { HelmTool } from '../platform/tools/resolve-tool.js';
import type { EnvironmentSpec } from './core/environments.js';

/**
 * How many helm and kustomize processes run at once: two per CPU. Each one
 * is mostly single-threaded and spends part of its short life starting up and
 * writing its output, so with a typical 3 to 5 environments this keeps every
 * core busy until the last one finishes, while a chart with many environments
 * never starts dozens of processes at once.
 */
export function toolSlots(): number {
  return 2 * availableParallelism();
}

/** What every environment's render shares. */
export interface RenderTarget {
  chartLabel: string;
  release: string;
  namespace: string;
  kubeVersion?: string;
  apiVersions: readonly string[];
}

/** The `helm template` request for one environment. */
export function renderRequest(chartDir: string, target: RenderTarget, env: EnvironmentSpec): RenderRequest {
  return {
    chartDir,
    chartLabel: target.chartLabel,
    release: target.release,
    namespace: target.namespace,
    valuesFiles: env.valuesFiles,
    ...(target.kubeVersion ? { kubeVersion: target.kubeVersion } : {}),
    apiVersions: target.apiVersions,
  };
}

/** Renders already started, by environment name: first ones, and second ones where likely needed. */
export interface StartedRenders {
  first: ReadonlyMap<string, Promise<RenderResult>>;
  second: ReadonlyMap<string, Promise<RenderResult>>;
  /** Stops an environment's renders still running, once the one that finished shows no second is needed. */
  stop(env: string): void;
}

/**
 * Second renders run below the first ones: while the cores are busy, the
 * first renders (which decide whether a second one is needed) finish first,
 * and a second render that turns out not to be needed is stopped before it
 * has used much.
 */
export const SECOND_RENDER_NICENESS = 15;

/**
 * First renders started before the chart and its values files are checked,
 * each waiting at its gate (renderChart) until they pass, so that helm's
 * start-up overlaps mmf's own and the checks.
 */
export interface EarlyRenders extends StartedRenders {
  chartDir: string;
  release: string;
  /** Lets them read the chart; only once every check has passed. */
  open(): void;
  /** Settles when every one has exited. */
  settled(): Promise<void>;
}

/**
 * Starts the first renders of as many environments as there are tool slots
 * (and their second renders when the chart's plain templates call a random
 * function outside test hooks), when the chart is a folder (a packaged chart
 * is unpacked first) and its release name is known: given, or the one
 * `name:` line of a plain Chart.yaml (peekChart). Undefined when they cannot
 * start early; the caller renders as usual and reports any problem with the
 * chart in its own order. Aborting `signal` before open() stops them unread.
 * They wait outside the tool slots: a waiting helm uses no CPU, and once
 * they are let in they are the first work to do.
 */
export async function startEarlyRenders(
  helm: HelmTool,
  chartDir: string,
  target: Omit<RenderTarget, 'release'> & { release?: string },
  envs: readonly EnvironmentSpec[],
  signal: AbortSignal,
): Promise<EarlyRenders | undefined> {
  if (!(await isDirectory(chartDir))) return undefined;
  const inside = await assertResolvesInside(chartDir, process.cwd(), 'the chart').then(
    () => true,
    () => false,
  );
  if (!inside) return undefined;
  const peek = await peekChart(chartDir);
  const release = target.release ?? peek?.name;
  if (release === undefined || signal.aborted) return undefined;
  let open!: () => void;
  const gate = new Promise<void>((resolve, reject) => {
    open = resolve;
    signal.addEventListener('abort', () => reject(new Error('stopped before the chart was checked')), {
      once: true,
    });
  });
  gate.catch(() => undefined);
  const early = envs.slice(0, toolSlots());
  const render = (env: EnvironmentSpec, priority?: RenderPriority) =>
    renderChart(helm, renderRequest(chartDir, { ...target, release }, env), gate, priority);
  const stops = new Map(early.map((env) => [env.name, new AbortController()]));
  const signalOf = (env: EnvironmentSpec) => (stops.get(env.name) as AbortController).signal;
  const first = new Map(early.map((env) => [env.name, render(env, { signal: signalOf(env) })]));
  const second = new Map<string, Promise<RenderResult>>();
  if (peek?.likelyNeedsSecondRender) {
    for (const env of early)
      second.set(env.name, render(env, { niceness: SECOND_RENDER_NICENESS, signal: signalOf(env) }));
  }
  const all = [...first.values(), ...second.values()];
  for (const started of all) started.catch(() => undefined); // awaited where used
  return {
    chartDir,
    release,
    first,
    second,
    stop: (env) => stops.get(env)?.abort(),
    open: () => open(),
    settled: async () => void (await Promise.allSettled(all)),
  };
}
