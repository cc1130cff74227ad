import { join } from 'node:path';
import { buildKustomization } from '../adapters/kustomize-build.js';
import { openChart, type ChartInfo } from '../adapters/chart-source.js';
import { renderChart } from '../adapters/helm-render.js';
import { resolveHelm, resolveKustomize, type HelmTool, type KustomizeTool } from '../adapters/tools/resolve-tool.js';
import { checkValuesFile } from '../adapters/values-files.js';
import { checkOutputDir, commitStagingDir, createStagingDir, discardStagingDir, writeFiles, type TreeFile } from '../adapters/write-tree.js';
import { lineCount } from '../core/choose-patch.js';
import type { HookMode, HookRecord } from '../core/hooks.js';
import { parseManifests, ScopeResolver, type ManifestSet } from '../core/manifest.js';
import { buildMigrationReport, type MigrationReport } from '../core/migration-report.js';
import { alignVolatileValues, findVolatileFields, normalizeForParity, prepareTargets, type VolatileFields } from '../core/normalize.js';
import { compareForParity, type ParityResult } from '../core/parity.js';
import { planMigration, type MigrationPlan } from '../core/plan-migration.js';
import { renderMigrationReport } from '../core/render-migration-report.js';
import { parseEnvironmentSpecs, type EnvironmentSpec } from './environments.js';
import type { Logger } from './logger.js';

export interface ConvertOptions {
  chart: string;
  output: string;
  /** `name=values.yaml[,…]` specs. */
  environments: readonly string[];
  release?: string;
  namespace: string;
  validate: boolean;
  force: boolean;
  hookMode: HookMode;
  helmPath?: string;
  helmVersion?: string;
  kustomizePath?: string;
  log: Logger;
}

export interface ConvertResult {
  report: MigrationReport;
  output: string;
  /** 0, or 3 when --validate found a difference. */
  exitCode: 0 | 3;
  timings: { totalMs: number; renderMs: number; planMs: number; writeMs: number; validateMs: number };
}

interface RenderedEnvironment extends EnvironmentSpec {
  text: string;
  render: ManifestSet;
}

export const GITIGNORE = '# Rendered Secret values: never commit them (see MIGRATION_REPORT.md, "Secrets").\noverlays/*/secrets/\n';

/** helm-to-kustomize end to end: render, plan, write atomically, and prove parity. */
export async function convertChart(options: ConvertOptions): Promise<ConvertResult> {
  const started = performance.now();
  const { log } = options;
  const envs = parseEnvironmentSpecs(options.environments);
  await checkOutputDir(options.output, options.force);
  for (const env of envs) for (const file of env.valuesFiles) await checkValuesFile(file);
  const chart = await openChart(options.chart);
  try {
    const helm = await resolveHelm({ path: options.helmPath, pathLabel: '--helm', helmVersion: options.helmVersion, log: log.info });
    const kustomize = options.validate
      ? await resolveKustomize({ path: options.kustomizePath, pathLabel: '--kustomize', log: log.info })
      : undefined;
    log.info(`Chart ${chart.name} ${chart.version}: ${envs.length} environment(s), helm ${helm.version}${kustomize ? `, kustomize ${kustomize.version}` : ''}`);

    const renderStart = performance.now();
    const scopes = new ScopeResolver();
    const { rendered, volatile } = await renderEnvironments(helm, chart, envs, options, scopes);
    const renderMs = performance.now() - renderStart;

    const planStart = performance.now();
    const hooks: HookRecord[] = [];
    const targets = rendered.map((env) => {
      const prepared = prepareTargets(env.render, options.hookMode);
      if (env === rendered[0]) hooks.push(...prepared.hooks);
      return { name: env.name, resources: prepared.resources };
    });
    alignVolatileValues(
      targets.map((t) => t.resources),
      volatile,
    );
    let plan = planMigration({ environments: targets });
    const planMs = performance.now() - planStart;

    const staging = await createStagingDir(options.output);
    try {
      const writeStart = performance.now();
      await writeFiles(staging, treeFiles(plan));
      let writeMs = performance.now() - writeStart;
      const warnings = chartWarnings(chart, volatile);
      let parity: Map<string, ParityResult> | undefined;
      const validateStart = performance.now();
      if (kustomize) {
        parity = await checkParity(kustomize, staging, rendered, options, scopes, volatile);
        const retry = strategicPatchesToRetry(plan, parity, targets.map((t) => t.name));
        if (retry.size) {
          log.warn(`Strategic-merge patches did not reproduce ${retry.size} resource(s) exactly; using RFC 6902 patches for them.`);
          warnings.push(...[...retry].map((k) => `strategic-merge patch replaced by RFC 6902 for ${k.replace('\0', ': ')}`));
          plan = planMigration({ environments: targets, jsonPatchOnly: retry });
          await discardStagingDir(staging);
          await createStagingDirAt(staging);
          await writeFiles(staging, treeFiles(plan));
          parity = await checkParity(kustomize, staging, rendered, options, scopes, volatile);
        }
      }
      const validateMs = kustomize ? performance.now() - validateStart : 0;
      const report = buildMigrationReport({
        chart: { name: chart.name, version: chart.version, ...(chart.appVersion ? { appVersion: chart.appVersion } : {}), source: options.chart },
        release: options.release ?? chart.name,
        namespace: options.namespace,
        hookMode: options.hookMode,
        tools: {
          helm: { version: helm.version, path: helm.path, source: helm.source },
          ...(kustomize ? { kustomize: { version: kustomize.version, path: kustomize.path, source: kustomize.source } } : {}),
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
      await writeFiles(
        staging,
        new Map([
          ['MIGRATION_REPORT.md', { content: renderMigrationReport(report) }],
          ['migration-report.json', { content: JSON.stringify(report, null, 2) + '\n' }],
        ]),
      );
      await commitStagingDir(staging, options.output);
      writeMs += performance.now() - reportStart;
      const exitCode = report.parity && !report.parity.identical ? 3 : 0;
      return {
        report,
        output: options.output,
        exitCode,
        timings: { totalMs: performance.now() - started, renderMs, planMs, writeMs, validateMs },
      };
    } catch (err) {
      await discardStagingDir(staging);
      throw err;
    }
  } finally {
    await chart.cleanup();
  }
}

async function createStagingDirAt(path: string): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(path, { recursive: true });
}

async function renderEnvironments(
  helm: HelmTool,
  chart: ChartInfo,
  envs: EnvironmentSpec[],
  options: ConvertOptions,
  scopes: ScopeResolver,
): Promise<{ rendered: RenderedEnvironment[]; volatile: VolatileFields }> {
  const release = options.release ?? chart.name;
  const label = `${options.chart}`;
  const texts = await Promise.all(
    envs.map(async (env) => {
      const request = { chartDir: chart.dir, chartLabel: label, release, namespace: options.namespace, valuesFiles: env.valuesFiles };
      // A second render only matters when templates can produce random output.
      const [first, second] = await Promise.all([
        renderChart(helm, request),
        chart.usesRandomness ? renderChart(helm, request) : undefined,
      ]);
      options.log.info(`  rendered ${env.name} in ${Math.round(first.durationMs)} ms${second ? ' (twice, to find random values)' : ''}`);
      return { env, first: first.manifests, second: second?.manifests };
    }),
  );
  const origin = (env: EnvironmentSpec) => `helm template (${env.name})`;
  const rendered = texts.map(({ env, first }) => ({
    ...env,
    text: first,
    render: parseManifests(first, origin(env), { defaultNamespace: options.namespace, scopes }),
  }));
  const volatile: VolatileFields = new Map();
  texts.forEach(({ env, second }, i) => {
    if (second === undefined) return;
    const again = parseManifests(second, origin(env), { defaultNamespace: options.namespace, scopes });
    for (const [key, paths] of findVolatileFields((rendered[i] as RenderedEnvironment).render, again)) {
      const known = volatile.get(key) ?? [];
      for (const path of paths) if (!known.some((p) => p.join('\0') === path.join('\0'))) known.push(path);
      volatile.set(key, known);
    }
  });
  return { rendered, volatile };
}

function treeFiles(plan: MigrationPlan): Map<string, TreeFile> {
  const files = new Map<string, TreeFile>();
  for (const [path, content] of plan.files) files.set(path, { content });
  for (const [path, content] of plan.secretFiles) files.set(path, { content, mode: 0o600 });
  files.set('.gitignore', { content: GITIGNORE });
  return files;
}

async function checkParity(
  kustomize: KustomizeTool,
  root: string,
  rendered: RenderedEnvironment[],
  options: ConvertOptions,
  scopes: ScopeResolver,
  volatile: VolatileFields,
): Promise<Map<string, ParityResult>> {
  const results = await Promise.all(
    rendered.map(async (env) => {
      const label = join(options.output, 'overlays', env.name);
      const built = await buildKustomization(kustomize, join(root, 'overlays', env.name), label);
      const actual = parseManifests(built.manifests, `kustomize build ${label}`, { defaultNamespace: options.namespace, scopes });
      const normal = { hookMode: options.hookMode, volatile };
      const result = compareForParity(normalizeForParity(env.render, normal), normalizeForParity(actual, normal));
      options.log.info(`  ${env.name}: ${result.identical ? 'identical' : 'DIFFERS'} (kustomize build ${Math.round(built.durationMs)} ms)`);
      return [env.name, result] as const;
    }),
  );
  return new Map(results);
}

/** Resources whose strategic-merge patch did not reproduce the render: `${env}\0${key}`. */
function strategicPatchesToRetry(plan: MigrationPlan, parity: Map<string, ParityResult>, envs: string[]): Set<string> {
  const retry = new Set<string>();
  for (const env of envs) {
    const overlay = plan.overlays.find((o) => o.environment === env);
    if (!overlay || overlay.strategicMergePatches === 0) continue;
    for (const changed of parity.get(env)?.changed ?? []) retry.add(`${env}\0${changed.key}`);
  }
  return retry;
}

function chartWarnings(chart: ChartInfo, volatile: VolatileFields): string[] {
  const warnings: string[] = [];
  if (chart.usesLookup)
    warnings.push('templates call lookup(): helm template renders it empty, so output that depends on live cluster objects was rendered without them.');
  if (chart.usesCapabilities)
    warnings.push('templates read .Capabilities: the output was rendered for helm\'s default Kubernetes version and API set; check it matches your cluster (helm template --kube-version/--api-versions).');
  if (volatile.size) warnings.push(`${volatile.size} resource(s) hold values that change on every render; see "Volatile fields".`);
  return warnings;
}
