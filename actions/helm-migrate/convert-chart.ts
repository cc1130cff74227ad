import { MmfError } from '../kernel/errors.js';
import { openChart, type ChartInfo } from '../platform/helm/chart-source.js';
import {
  resolveHelm,
  resolveKustomize,
  type ResolveHelmOptions,
  type ResolveKustomizeOptions,
  type ToolSourcePolicy,
} from '../platform/tools/resolve-tool.js';
import { checkValuesFiles } from '../platform/helm/values-files.js';
import { limiter } from '../kernel/concurrency.js';
import { StagedOutput, type TreeFile } from '../platform/fs/staged-output.js';
import { lineCount } from './core/choose-patch.js';
import type { HookMode, HookRecord } from './core/hooks.js';
import { ScopeResolver } from '../kernel/k8s/manifest.js';
import { buildMigrationReport, type MigrationReport } from './core/migration-report.js';
import { alignVolatileValues, prepareTargets, type VolatileByEnvironment } from './core/normalize.js';
import type { ParityResult } from './core/parity.js';
import { planMigration, type MigrationPlan } from './core/plan-migration.js';
import { renderMigrationReport } from './core/render-migration-report.js';
import { parseEnvironmentSpecs } from './core/environments.js';
import type { Logger } from '../kernel/logger.js';
import { proveParity } from './prove-parity.js';
import { renderEnvironments, toolSlots, type RenderedEnvironment } from './render-environments.js';

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

export const GITIGNORE =
  '# Rendered Secret values: never commit them (see MIGRATION_REPORT.md, "Secrets").\noverlays/*/secrets/\n';

/** helm-to-kustomize end to end: render, plan, write atomically, and prove parity. */
export async function convertChart(options: ConvertOptions): Promise<ConvertResult> {
  const started = performance.now();
  const { log } = options;
  const envs = parseEnvironmentSpecs(options.environments);
  if (options.baseEnvironment !== undefined && !envs.some((e) => e.name === options.baseEnvironment))
    throw new MmfError(
      'E_USAGE',
      `--base-env "${options.baseEnvironment}" is not one of the environments: ${envs.map((e) => e.name).join(', ')}`,
      {
        hint: `name an environment given with --env, e.g. --base-env ${envs[envs.length - 1]?.name ?? 'prod'}`,
      },
    );
  // Values files, the chart and both tools are checked at once; failures are reported in this order.
  const values = checkValuesFiles(envs.flatMap((e) => e.valuesFiles));
  const opened = openChart(options.chart);
  const toolLog = heldLog();
  const tools = resolveTools(options, toolLog);
  for (const p of [values, opened, tools]) p.catch(() => undefined);
  let valuesTexts: string[];
  try {
    valuesTexts = await values;
  } catch (err) {
    await opened.then(
      (c) => c.cleanup(),
      () => undefined,
    );
    throw err;
  }
  const chart = await opened;
  let staged: StagedOutput | undefined;
  try {
    staged = await StagedOutput.open(
      options.output,
      options.force,
      [options.chart, ...envs.flatMap((e) => e.valuesFiles)],
      { warn: log.warn },
    );
    toolLog.release();
    const { helm, kustomize } = await tools;
    log.info(
      `Chart ${chart.name} ${chart.version}: ${envs.length} environment(s), helm ${helm.version}${kustomize ? `, kustomize ${kustomize.version}` : ''}`,
    );
    const slots = limiter(toolSlots());

    const renderStart = performance.now();
    const scopes = new ScopeResolver();
    const release = options.release ?? chart.name;
    const { rendered, volatile } = await renderEnvironments(helm, chart, envs, {
      chartLabel: options.chart,
      release,
      namespace: options.namespace,
      ...(options.kubeVersion ? { kubeVersion: options.kubeVersion } : {}),
      apiVersions: options.apiVersions ?? [],
      scopes,
      hookMode: options.hookMode,
      valuesTexts,
      slots,
      log,
    });
    const renderMs = performance.now() - renderStart;

    const planStart = performance.now();
    const hooks: HookRecord[] = [];
    const targets = rendered.map((env, i) => {
      const prepared = prepareTargets(env.render, options.hookMode);
      if (i === 0) hooks.push(...prepared.hooks);
      return { name: env.name, resources: prepared.resources };
    });
    alignVolatileValues(targets, volatile);
    let plan = planMigration({
      environments: targets,
      ...(options.baseEnvironment !== undefined ? { baseEnvironment: options.baseEnvironment } : {}),
    });
    const planMs = performance.now() - planStart;

    const writeStart = performance.now();
    const files = treeFiles(plan);
    log.info(`  writing ${files.size} files (staged beside ${options.output} until the end)`);
    await staged.write(files);
    let writeMs = performance.now() - writeStart;
    const warnings = [...chartWarnings(chart, volatile, options), ...scopeWarnings(rendered, scopes)];
    let parity: Map<string, ParityResult> | undefined;
    const validateStart = performance.now();
    if (kustomize) {
      log.info(`  validating: building ${rendered.length} overlay(s) with kustomize`);
      const proof = await proveParity(plan, targets, rendered, treeFiles, {
        kustomize,
        staged,
        namespace: options.namespace,
        hookMode: options.hookMode,
        scopes,
        volatile,
        slots,
        log,
      });
      ({ plan, parity } = proof);
      warnings.push(...proof.warnings);
    }
    const validateMs = kustomize ? performance.now() - validateStart : 0;
    const report = buildMigrationReport({
      chart: {
        name: chart.name,
        version: chart.version,
        ...(chart.appVersion ? { appVersion: chart.appVersion } : {}),
        source: options.chart,
      },
      release,
      namespace: options.namespace,
      hookMode: options.hookMode,
      render: {
        twice: rendered.some((e) => e.renderedTwice),
        renderedTwice: rendered.filter((e) => e.renderedTwice).map((e) => e.name),
        ...(options.kubeVersion ? { kubeVersion: options.kubeVersion } : {}),
        apiVersions: [...(options.apiVersions ?? [])],
      },
      tools: {
        helm: { version: helm.version, path: helm.path, source: helm.source },
        ...(kustomize
          ? { kustomize: { version: kustomize.version, path: kustomize.path, source: kustomize.source } }
          : {}),
      },
      plan,
      environments: rendered.map((env) => ({
        name: env.name,
        valuesFiles: env.valuesFiles,
        render: env.render,
        renderedLines: lineCount(env.text),
        ...(parity?.get(env.name) ? { parity: parity.get(env.name) as ParityResult } : {}),
      })),
      hooks,
      volatile,
      warnings,
    });
    const reportStart = performance.now();
    await staged.write(
      new Map([
        ['MIGRATION_REPORT.md', { content: renderMigrationReport(report) }],
        ['migration-report.json', { content: JSON.stringify(report, null, 2) + '\n' }],
      ]),
    );
    await staged.commit();
    staged = undefined;
    writeMs += performance.now() - reportStart;
    return {
      report,
      output: options.output,
      exitCode: report.parity && !report.parity.identical ? 3 : 0,
      timings: { totalMs: performance.now() - started, renderMs, planMs, writeMs, validateMs },
    };
  } finally {
    await staged?.discard();
    await chart.cleanup();
  }
}

function treeFiles(plan: MigrationPlan): Map<string, TreeFile> {
  const files = new Map<string, TreeFile>();
  for (const [path, content] of plan.files) files.set(path, { content });
  for (const [path, content] of plan.secretFiles) files.set(path, { content, mode: 0o600 });
  files.set('.gitignore', { content: GITIGNORE });
  return files;
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

function chartWarnings(chart: ChartInfo, volatile: VolatileByEnvironment, options: ConvertOptions): string[] {
  const warnings: string[] = [];
  if (chart.usesLookup)
    warnings.push(
      'templates call lookup(): helm template renders it empty, so output that depends on live cluster objects was rendered without them.',
    );
  if (chart.usesCapabilities) {
    const given = [
      options.kubeVersion ? `Kubernetes ${options.kubeVersion}` : "helm's default Kubernetes version",
      options.apiVersions?.length
        ? `extra API versions ${options.apiVersions.join(', ')}`
        : "helm's built-in API versions",
    ];
    warnings.push(
      `templates read .Capabilities: the output was rendered for ${given.join(' and ')}; pass --kube-version and --api-versions to match your cluster.`,
    );
  }
  const resources = new Set([...volatile.values()].flatMap((fields) => [...fields.keys()]));
  if (resources.size)
    warnings.push(
      `${resources.size} resource(s) hold values that change on every render (in ${[...volatile.keys()].join(', ')}); see "Volatile fields".`,
    );
  return warnings;
}

/** Custom kinds whose scope is a guess: they were treated as namespaced. */
function scopeWarnings(rendered: RenderedEnvironment[], scopes: ScopeResolver): string[] {
  const kinds = new Set<string>();
  for (const env of rendered)
    for (const { id } of env.render.values())
      if (scopes.isUnknownKind(id.group, id.kind)) kinds.add(`${id.group}/${id.kind}`);
  return [...kinds]
    .sort()
    .map(
      (k) =>
        `${k}: its CustomResourceDefinition is not in the chart, so it was treated as namespaced; if it is cluster-scoped, remove metadata.namespace from its files.`,
    );
}
