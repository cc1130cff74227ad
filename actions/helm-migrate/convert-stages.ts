import type { ChartInfo } from '../platform/helm/chart-source.js';
import type { StagedOutput, TreeFile } from '../platform/fs/staged-output.js';
import type { HelmTool, KustomizeTool } from '../platform/tools/resolve-tool.js';
import type { Limiter } from '../kernel/concurrency.js';
import { lineCount } from './core/choose-patch.js';
import type { HookRecord } from './core/hooks.js';
import { ScopeResolver } from '../kernel/k8s/manifest.js';
import { buildMigrationReport } from './core/migration-report.js';
import { alignVolatileValues, prepareTargets, type VolatileByEnvironment } from './core/normalize.js';
import type { ParityResult } from './core/parity.js';
import { planMigration, type MigrationPlan } from './core/plan-migration.js';
import { renderMigrationReport } from './core/render-migration-report.js';
import type { EnvironmentSpec } from './core/environments.js';
import { proveParity } from './prove-parity.js';
import { renderEnvironments, type RenderedEnvironment } from './render-environments.js';
import type { ConvertOptions, ConvertResult } from './convert-chart.js';
import { toolSlots, type StartedRenders } from './start-renders.js';
import { startWaitingBuilds, type WaitingBuild } from '../platform/kustomize/waiting-build.js';
import { basename, join, relative } from 'node:path';

const GITIGNORE =
  '# Rendered Secret values: never commit them (see MIGRATION_REPORT.md, "Secrets").\noverlays/*/secrets/\n';

/** What the converter has checked and opened when the renders are let in (convert-pipeline.ts). */
export interface CheckedInputs {
  options: ConvertOptions;
  envs: EnvironmentSpec[];
  chart: ChartInfo;
  valuesTexts: string[];
  /** The output's staging folder: written here, committed at the end. */
  staged: StagedOutput;
  helm: HelmTool;
  kustomize: KustomizeTool | undefined;
  release: string;
  slots: Limiter;
  /** Renders already let in (start-renders.ts). */
  started?: StartedRenders;
  /** When the conversion started (performance.now()). */
  startedAt: number;
}

/** Renders every environment, plans the tree, writes it, proves parity and commits the output. */
export async function convertRendered(inputs: CheckedInputs): Promise<ConvertResult> {
  const { envs, staged, kustomize } = inputs;
  // kustomize starts up while helm renders, then waits for its overlay (waiting-build.ts).
  const waitingStarted = kustomize
    ? startWaitingBuilds(
        kustomize,
        envs.slice(0, toolSlots()).map((env) => join(staged.dir, 'overlays', env.name)),
        (dir) => join(staged.output, 'overlays', basename(dir)),
      )
    : Promise.resolve(undefined);
  let waiting: WaitingBuild[] | undefined;
  try {
    return await stages(
      inputs,
      waitingStarted.then((started) => (waiting = started)),
    );
  } finally {
    await waitingStarted;
    for (const build of waiting ?? []) await build.stop(); // only those never let in
  }
}

async function stages(
  inputs: CheckedInputs,
  waitingStarted: Promise<WaitingBuild[] | undefined>,
): Promise<ConvertResult> {
  const { options, envs, chart, valuesTexts, staged, helm, kustomize, release, slots, started, startedAt } =
    inputs;
  const { log } = options;
  const renderStart = performance.now();
  const scopes = new ScopeResolver();
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
    ...(started ? { started } : {}),
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
  // Each waiting build's kustomization is given to it after the remote-content check, not written.
  const waiting = new Map<string, { build: WaitingBuild; content: string }>();
  const given = new Set<string>();
  for (const build of (await waitingStarted) ?? []) {
    const path = relative(staged.dir, build.file);
    const file = files.get(path);
    if (typeof file?.content !== 'string') {
      await build.stop();
      continue;
    }
    waiting.set(basename(build.dir), { build, content: file.content });
    given.add(path);
  }
  await staged.write(new Map([...files].filter(([path]) => !given.has(path))));
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
      waiting,
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
  writeMs += performance.now() - reportStart;
  return {
    report,
    output: options.output,
    exitCode: report.parity && !report.parity.identical ? 3 : 0,
    timings: { totalMs: performance.now() - startedAt, renderMs, planMs, writeMs, validateMs },
  };
}

function treeFiles(plan: MigrationPlan): Map<string, TreeFile> {
  const files = new Map<string, TreeFile>();
  for (const [path, content] of plan.files) files.set(path, { content });
  for (const [path, content] of plan.secretFiles) files.set(path, { content, mode: 0o600 });
  files.set('.gitignore', { content: GITIGNORE });
  return files;
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
