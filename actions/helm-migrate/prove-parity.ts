import { join } from 'node:path';
import { buildKustomization } from '../platform/kustomize/kustomize-build.js';
import { assertNoRemoteContent, type RemoteScanMemo } from '../platform/kustomize/remote-scan.js';
import type { KustomizeTool } from '../platform/tools/resolve-tool.js';
import type { StagedOutput, TreeFile } from '../platform/fs/staged-output.js';
import type { HookMode } from './core/hooks.js';
import { displayId, parseManifests, type ScopeResolver } from '../kernel/k8s/manifest.js';
import { normalizeForParity, type VolatileByEnvironment } from './core/normalize.js';
import type { Limiter } from '../kernel/concurrency.js';
import { compareForParity, type ParityResult } from './core/parity.js';
import { planMigration, type EnvironmentTargets, type MigrationPlan } from './core/plan-migration.js';
import type { Logger } from '../kernel/logger.js';
import type { RenderedEnvironment } from './render-environments.js';
import type { WaitingBuild } from '../platform/kustomize/waiting-build.js';

export interface ParitySettings {
  kustomize: KustomizeTool;
  /** The written tree, not yet committed. */
  staged: StagedOutput;
  namespace: string;
  hookMode: HookMode;
  scopes: ScopeResolver;
  volatile: VolatileByEnvironment;
  /** Bounds how many kustomize processes run at once. */
  slots: Limiter;
  /** Builds already started and waiting for their overlay's kustomization (not written yet), by environment. */
  waiting?: ReadonlyMap<string, { build: WaitingBuild; content: string }>;
  log: Logger;
}

/** Builds every overlay with the real kustomize and compares it with the helm render (docs/PARITY.md). */
export async function checkParity(
  rendered: RenderedEnvironment[],
  settings: ParitySettings,
): Promise<Map<string, ParityResult>> {
  const label = (env: RenderedEnvironment) => join(settings.staged.output, 'overlays', env.name);
  const folder = (env: RenderedEnvironment) => join(settings.staged.dir, 'overlays', env.name);
  const waiting = settings.waiting ?? new Map();
  // The kustomizations the waiting builds will read, checked here before they are given to them.
  const pending = new Map([...waiting.values()].map(({ build, content }) => [build.file, content]));
  // Checked one after another before any build, so the base they share is read once.
  const scanned: RemoteScanMemo = new Set();
  if (!settings.kustomize.allowRemote)
    for (const env of rendered) await assertNoRemoteContent(folder(env), label(env), scanned, pending);
  // Every build is started first; the helm side of each is made ready while kustomize runs.
  const builds = rendered.map((env) => {
    const started = waiting.get(env.name);
    if (started) return started.build.run(started.content);
    return settings.slots(() => buildKustomization(settings.kustomize, folder(env), label(env), scanned));
  });
  for (const build of builds) build.catch(() => undefined); // reported where awaited
  const results = await Promise.all(
    rendered.map(async (env, i) => {
      // Compared as present only where this environment's own two renders differed.
      const normal = { hookMode: settings.hookMode, volatile: settings.volatile.get(env.name) };
      const expected = normalizeForParity(env.render, normal);
      const built = await (builds[i] as (typeof builds)[number]);
      const actual = parseManifests(built.manifests, `kustomize build ${label(env)}`, {
        defaultNamespace: settings.namespace,
        scopes: settings.scopes,
      });
      const result = compareForParity(expected, normalizeForParity(actual, normal));
      settings.log.info(
        `  ${env.name}: ${result.identical ? 'identical' : 'DIFFERS'} (kustomize build ${Math.round(built.durationMs)} ms)`,
      );
      return [env.name, result] as const;
    }),
  );
  return new Map(results);
}

function differing(parity: Map<string, ParityResult>): Set<string> {
  const out = new Set<string>();
  for (const [env, result] of parity) for (const c of result.changed) out.add(`${env}\0${c.key}`);
  return out;
}

/**
 * Proves parity; where a strategic-merge patch did not reproduce a resource
 * exactly (a merge behaviour our model of kustomize missed), plans those
 * resources again with RFC 6902 patches, which are exact by construction, and
 * keeps the new plan only if it fixed them.
 */
export async function proveParity(
  plan: MigrationPlan,
  targets: EnvironmentTargets[],
  rendered: RenderedEnvironment[],
  write: (plan: MigrationPlan) => Map<string, TreeFile>,
  settings: ParitySettings,
): Promise<{ plan: MigrationPlan; parity: Map<string, ParityResult>; warnings: string[] }> {
  const parity = await checkParity(rendered, settings);
  // The waiting builds are used up: a second round builds the rewritten tree as usual.
  settings = { ...settings, waiting: new Map() };
  const retry = new Set([...differing(parity)].filter((k) => plan.strategicMergeTargets.has(k)));
  if (!retry.size) return { plan, parity, warnings: [] };
  const rewrite = (p: MigrationPlan) => settings.staged.replace(write(p));
  const second = planMigration({
    environments: targets,
    jsonPatchOnly: retry,
    ...(plan.base.environment !== undefined ? { baseEnvironment: plan.base.environment } : {}),
  });
  await rewrite(second);
  const secondParity = await checkParity(rendered, settings);
  const stillDiffering = differing(secondParity);
  const fixed = [...retry].filter((k) => !stillDiffering.has(k));
  if (!fixed.length) {
    await rewrite(plan);
    return { plan, parity, warnings: [] };
  }
  settings.log.warn(
    `strategic-merge patches did not reproduce ${fixed.length} resource(s) exactly; RFC 6902 patches used instead`,
  );
  return {
    plan: second,
    parity: secondParity,
    warnings: fixed.map((k) => {
      const [env, key] = k.split('\0') as [string, string];
      const resource = targets.find((t) => t.name === env)?.resources.get(key);
      return `${env}: strategic-merge patch of ${resource ? displayId(resource.id) : key} replaced by an RFC 6902 patch`;
    }),
  };
}
