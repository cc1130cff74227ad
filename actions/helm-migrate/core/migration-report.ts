import type { HookRecord } from './hooks.js';
import { formatPath } from '../../kernel/json.js';
import type { ManifestSet } from '../../kernel/k8s/manifest.js';
import { displayId } from '../../kernel/k8s/manifest.js';
import type { VolatileByEnvironment } from './normalize.js';
import type { ParityResult } from './parity.js';
import type { MigrationPlan, OverlaySummary } from './plan-migration.js';

export interface ToolReport {
  version: string;
  path: string;
  source: string;
}

export interface EnvironmentReport {
  name: string;
  valuesFiles: string[];
  renderedResources: number;
  renderedLines: number;
  overlay: Omit<OverlaySummary, 'environment' | 'secrets'>;
  /** Overlay lines divided by rendered lines. */
  overlayRatio: number;
  parity?: ParityResult;
}

export interface RenderReport {
  /** Some environment was rendered twice, because a kept resource's template calls a random function. */
  twice: boolean;
  /** The environments rendered twice. */
  renderedTwice: string[];
  kubeVersion?: string;
  apiVersions: string[];
}

/** The report written to migration-report.json and rendered to MIGRATION_REPORT.md: no secret values, no timings. */
export interface MigrationReport {
  schemaVersion: 1;
  chart: { name: string; version: string; appVersion?: string; source: string };
  release: string;
  namespace: string;
  hookMode: string;
  tools: { helm: ToolReport; kustomize?: ToolReport };
  render: RenderReport;
  base: MigrationPlan['base'];
  namespaceField?: string;
  environments: EnvironmentReport[];
  hooks: HookRecord[];
  /** Fields that differ between two renders of one environment, per environment. */
  volatile: { environment: string; resource: string; paths: string[] }[];
  secrets: {
    environment: string;
    name: string;
    namespace: string;
    keys: { name: string; bytes: number }[];
    files: string[];
  }[];
  warnings: string[];
  /** Undefined when --validate was not given. */
  parity?: { identical: boolean; environments: number; identicalEnvironments: number };
}

export interface ReportInput {
  chart: MigrationReport['chart'];
  release: string;
  namespace: string;
  hookMode: string;
  tools: MigrationReport['tools'];
  render: RenderReport;
  plan: MigrationPlan;
  environments: {
    name: string;
    valuesFiles: string[];
    render: ManifestSet;
    renderedLines: number;
    parity?: ParityResult;
  }[];
  hooks: HookRecord[];
  volatile: VolatileByEnvironment;
  warnings: string[];
}

export function buildMigrationReport(input: ReportInput): MigrationReport {
  const environments = input.environments.map((env): EnvironmentReport => {
    const overlay = input.plan.overlays.find((o) => o.environment === env.name) as OverlaySummary;
    const { environment: _e, secrets: _s, ...rest } = overlay;
    return {
      name: env.name,
      valuesFiles: env.valuesFiles,
      renderedResources: env.render.size,
      renderedLines: env.renderedLines,
      overlay: rest,
      overlayRatio: env.renderedLines ? Math.round((overlay.lines / env.renderedLines) * 1000) / 1000 : 0,
      ...(env.parity ? { parity: env.parity } : {}),
    };
  });
  const volatile = input.environments.flatMap((env) =>
    [...(input.volatile.get(env.name) ?? [])].map(([key, paths]) => {
      const resource = env.render.get(key);
      return {
        environment: env.name,
        resource: resource ? displayId(resource.id) : key,
        paths: paths.map(formatPath),
      };
    }),
  );
  const checked = environments.filter((e) => e.parity);
  const report: MigrationReport = {
    schemaVersion: 1,
    chart: input.chart,
    release: input.release,
    namespace: input.namespace,
    hookMode: input.hookMode,
    tools: input.tools,
    render: input.render,
    base: input.plan.base,
    ...(input.plan.namespaceField ? { namespaceField: input.plan.namespaceField } : {}),
    environments,
    hooks: input.hooks,
    volatile,
    secrets: input.plan.overlays.flatMap((o) => o.secrets.map((s) => ({ environment: o.environment, ...s }))),
    warnings: input.warnings,
  };
  if (checked.length) {
    const identical = checked.filter((e) => e.parity?.identical).length;
    report.parity = {
      identical: identical === checked.length,
      environments: checked.length,
      identicalEnvironments: identical,
    };
  }
  return report;
}
