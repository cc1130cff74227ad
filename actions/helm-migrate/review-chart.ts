import { MmfError } from '../kernel/errors.js';
import { join } from 'node:path';
import { exists } from '../platform/fs/file-info.js';
import { withGitRef } from '../platform/git/git-worktree.js';
import { loadSource, type SourceOptions } from '../platform/sources/manifest-source.js';
import type { ResolveHelmOptions, ResolveKustomizeOptions } from '../platform/tools/resolve-tool.js';
import { diffManifests, type DiffOptions } from '../kernel/diff/semantic-diff.js';
import type { HookMode } from './core/hooks.js';
import type { ReviewMode } from './core/review-policy.js';
import type { ManifestSet } from '../kernel/k8s/manifest.js';
import type { MigrationReport } from './core/migration-report.js';
import type { ReviewReport, ReviewSection } from '../kernel/review/review-report.js';
import { convertChart } from './convert-chart.js';
import { parseEnvironmentSpecs, type EnvironmentSpec } from './core/environments.js';
import type { Logger } from '../kernel/logger.js';
import { validateMigration } from './validate-migration.js';

export type { ReviewMode } from './core/review-policy.js';

export interface ReviewChartOptions {
  mode: ReviewMode;
  chart: string;
  environments: readonly string[];
  /** The Kustomize tree (convert writes it; validate and diff read it). */
  output: string;
  release?: string;
  namespace: string;
  hookMode: HookMode;
  /** convert: write the base from this environment (default: chosen per resource). */
  baseEnvironment?: string;
  /** diff: the git ref to compare against. */
  baseRef?: string;
  diff?: DiffOptions;
  helm?: ResolveHelmOptions;
  kustomize?: ResolveKustomizeOptions;
  log: Logger;
}

export interface ReviewChartResult {
  review: ReviewReport;
  /** convert: the migration report written next to the output. */
  migration?: MigrationReport;
}

/**
 * What the helm-migrate action (and its GitLab twin) runs: convert a chart and
 * prove parity, validate a committed Kustomize tree against its chart, or
 * diff what a change would do in the cluster against a base git ref.
 */
export async function reviewChart(options: ReviewChartOptions): Promise<ReviewChartResult> {
  const tools = {
    ...(options.helm ? { helm: options.helm } : {}),
    ...(options.kustomize ? { kustomize: options.kustomize } : {}),
  };
  if (options.mode === 'diff') return { review: await diffAgainstRef(options) };
  let migration: MigrationReport | undefined;
  if (options.mode === 'convert') {
    const result = await convertChart({
      chart: options.chart,
      output: options.output,
      environments: options.environments,
      ...(options.release ? { release: options.release } : {}),
      ...(options.baseEnvironment ? { baseEnvironment: options.baseEnvironment } : {}),
      namespace: options.namespace,
      validate: true,
      force: true,
      hookMode: options.hookMode,
      // The front end's own tool options (and the names it gives them), not the CLI's flags.
      tools,
      log: options.log,
    });
    migration = result.report;
  }
  const report = await validateMigration({
    originalPath: options.chart,
    migratedPath: options.output,
    environments: options.environments,
    ...(options.release ? { release: options.release } : {}),
    namespace: options.namespace,
    hookMode: options.hookMode,
    ...tools,
    log: options.log,
  });
  return { review: { ...report, mode: options.mode }, ...(migration ? { migration } : {}) };
}

/**
 * Per environment: what the cluster would see at the base ref (the overlay if
 * it exists there, else the chart rendered with that environment's values)
 * against the working tree (likewise). A migration PR thus compares Helm's
 * render at the base with the new overlay.
 */
async function diffAgainstRef(options: ReviewChartOptions): Promise<ReviewReport> {
  const envs = parseEnvironmentSpecs(options.environments);
  const baseRef = options.baseRef;
  if (!baseRef)
    throw new MmfError('E_USAGE', 'diff mode needs a base ref', {
      hint: 'set base-ref (or run on a pull_request event)',
    });
  const source: Omit<SourceOptions, 'valuesFiles' | 'label'> = {
    namespace: options.namespace,
    ...(options.release ? { release: options.release } : {}),
    ...(options.helm ? { helm: options.helm } : {}),
    ...(options.kustomize ? { kustomize: options.kustomize } : {}),
  };
  const load = async (
    env: EnvironmentSpec,
    map: (p: string) => string,
    suffix: string,
  ): Promise<{ label: string; resources: ManifestSet; placeholderSecrets?: number }> => {
    const overlay = map(join(options.output, 'overlays', env.name));
    if (await exists(overlay))
      return loadSource(overlay, {
        ...source,
        label: `${join(options.output, 'overlays', env.name)}${suffix}`,
      });
    const chart = map(options.chart);
    const values = env.valuesFiles.map(map);
    const missing = (await Promise.all(values.map(exists))).some((present) => !present);
    // An environment (or chart) that does not exist yet at the base renders nothing there.
    if (!(await exists(chart)) || missing) return { label: `nothing${suffix}`, resources: new Map() };
    return loadSource(chart, { ...source, valuesFiles: values, label: `${options.chart}${suffix}` });
  };
  const sections: ReviewSection[] = [];
  const notes = new Set<string>();
  await withGitRef(options.chart, baseRef, async (atRef) => {
    for (const env of envs) {
      const left = await load(env, atRef, `@${baseRef}`);
      const right = await load(env, (p) => p, '');
      const diff = diffManifests(left, right, options.diff ?? {});
      for (const side of [left, right])
        if (side.placeholderSecrets)
          notes.add(
            `${side.label}: Secret values are git-ignored there; both sides were built with placeholders, so Secret data is not compared.`,
          );
      options.log.info(
        `  ${env.name}: ${left.label} -> ${right.label}: ${diff.changes.length} changed resource(s)`,
      );
      sections.push({ name: env.name, diff });
    }
  });
  return { subject: options.chart, mode: 'diff', sections, notes: [...notes] };
}
