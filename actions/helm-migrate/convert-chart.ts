import { MmfError } from '../kernel/errors.js';
import {
  resolveHelm,
  resolveKustomize,
  type ResolveHelmOptions,
  type ResolveKustomizeOptions,
  type ToolSourcePolicy,
} from '../platform/tools/resolve-tool.js';
import { limiter, type Limiter } from '../kernel/concurrency.js';
import type { HookMode } from './core/hooks.js';
import type { MigrationReport } from './core/migration-report.js';
import { parseEnvironmentSpecs } from './core/environments.js';
import type { Logger } from '../kernel/logger.js';
import { startEarlyRenders, toolSlots, type EarlyRenders } from './start-renders.js';

export interface ConvertOptions {
  chart: string;
  output: string;
  /** `name=values.yaml[,…]` specs. */
  environments: readonly string[];
  release?: string;
  namespace: string;
  /** Write the base from this environment (one of `environments`); default: chosen per resource. */
  baseEnvironment?: string;
  validate: boolean;
  force: boolean;
  hookMode: HookMode;
  /** Passed to helm template for charts that read .Capabilities. */
  kubeVersion?: string;
  apiVersions?: readonly string[];
  helmPath?: string;
  helmVersion?: string;
  kustomizePath?: string;
  /** An exact kustomize version to use or download. */
  kustomizeVersion?: string;
  /** Download pinned, verified tool releases when none is found (always allowed on a runner). */
  allowDownload?: boolean;
  /**
   * How the front end resolves the tools (runtime/cli/tool-flags.ts toolOptions(), or an action's
   * inputs); when given, they replace the path/version fields above and their CLI flag names.
   */
  tools?: { helm?: ResolveHelmOptions; kustomize?: ResolveKustomizeOptions };
  /** `pinned`: only the pinned, verified tool releases (after an explicit path or MMF_* variable). */
  toolSource?: ToolSourcePolicy;
  log: Logger;
}

export interface ConvertResult {
  report: MigrationReport;
  output: string;
  /** 0, or 3 when --validate found a difference. */
  exitCode: 0 | 3;
  timings: { totalMs: number; renderMs: number; planMs: number; writeMs: number; validateMs: number };
}

/** What convertChart has started when the pipeline takes over. */
export interface ConversionStart {
  started: number;
  tools: ReturnType<typeof resolveTools>;
  toolLog: HeldLog;
  slots: Limiter;
  /** The first renders, started waiting at their gate (or undefined when they could not be). */
  early: Promise<EarlyRenders | undefined>;
  /** Stops them unread if they were not let in yet; either way waits until they have exited. */
  stopEarly(): Promise<void>;
}

export type HeldLog = ReturnType<typeof heldLog>;

/**
 * helm-to-kustomize end to end: render, plan, write atomically, and prove
 * parity. This module holds only what is needed to start helm: the first
 * renders start (waiting at their gate) as soon as helm is found, and the
 * rest of the converter (convert-pipeline.ts) loads while they start up.
 */
export async function convertChart(options: ConvertOptions): Promise<ConvertResult> {
  const started = performance.now();
  const envs = parseEnvironmentSpecs(options.environments);
  if (options.baseEnvironment !== undefined && !envs.some((e) => e.name === options.baseEnvironment))
    throw new MmfError(
      'E_USAGE',
      `--base-env "${options.baseEnvironment}" is not one of the environments: ${envs.map((e) => e.name).join(', ')}`,
      {
        hint: `name an environment given with --env, e.g. --base-env ${envs[envs.length - 1]?.name ?? 'prod'}`,
      },
    );
  const toolLog = heldLog();
  const tools = resolveTools(options, toolLog);
  tools.catch(() => undefined); // reported by the pipeline, after the input checks
  const slots = limiter(toolSlots());
  const abort = new AbortController();
  let early: EarlyRenders | undefined;
  const earlyStarted = tools
    .then(({ helm }) =>
      startEarlyRenders(
        helm,
        options.chart,
        {
          chartLabel: options.chart,
          ...(options.release ? { release: options.release } : {}),
          namespace: options.namespace,
          ...(options.kubeVersion ? { kubeVersion: options.kubeVersion } : {}),
          apiVersions: options.apiVersions ?? [],
        },
        envs,
        abort.signal,
      ),
    )
    .then(
      (renders) => (early = renders),
      () => undefined,
    );
  // Helm found at once (a path, MMF_HELM, PATH, the tool cache) starts before the rest loads; a
  // download does not hold up the input checks.
  await Promise.race([earlyStarted, new Promise((resolve) => setTimeout(resolve, 25).unref())]);
  const { runConversion } = await import('./convert-pipeline.js');
  return runConversion(options, envs, {
    started,
    tools,
    toolLog,
    slots,
    early: earlyStarted,
    stopEarly: async () => {
      abort.abort();
      await early?.settled();
    },
  });
}

/**
 * Lines held back until `release()`, then passed on as they come: tool
 * resolution runs alongside the input checks, and an input error must not be
 * followed (or preceded) by what it logged.
 */
function heldLog() {
  let held: (() => void)[] | undefined = [];
  return {
    to:
      (target: (line: string) => void) =>
      (line: string): void =>
        void (held ? held.push(() => target(line)) : target(line)),
    release() {
      for (const show of held ?? []) show();
      held = undefined;
    },
  };
}

/** helm and (with --validate) kustomize, resolved at the same time. */
async function resolveTools(options: ConvertOptions, held: ReturnType<typeof heldLog>) {
  const toolSource = options.toolSource ? { toolSource: options.toolSource } : {};
  const helmOptions: ResolveHelmOptions = options.tools?.helm ?? {
    path: options.helmPath,
    helmVersion: options.helmVersion,
    ...(options.allowDownload ? { allowDownload: true } : {}),
    ...toolSource,
  };
  const kustomizeOptions: ResolveKustomizeOptions = options.tools?.kustomize ?? {
    path: options.kustomizePath,
    ...(options.kustomizeVersion ? { kustomizeVersion: options.kustomizeVersion } : {}),
    ...(options.allowDownload ? { allowDownload: true } : {}),
    ...toolSource,
  };
  const [helm, kustomize] = await Promise.all([
    resolveHelm({ ...helmOptions, log: held.to(helmOptions.log ?? options.log.info) }),
    options.validate
      ? resolveKustomize({ ...kustomizeOptions, log: held.to(kustomizeOptions.log ?? options.log.info) })
      : undefined,
  ]);
  return { helm, kustomize };
}
