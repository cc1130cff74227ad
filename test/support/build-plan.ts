import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKustomization } from '../../actions/platform/kustomize/kustomize-build.js';
import { detectToolVersion, type KustomizeTool } from '../../actions/platform/tools/resolve-tool.js';
import { StagedOutput, type TreeFile } from '../../actions/platform/fs/staged-output.js';
import type { JsonObject } from '../../actions/kernel/json.js';
import { parseManifests, ScopeResolver, type ManifestSet } from '../../actions/kernel/k8s/manifest.js';
import { normalizeForParity, prepareTargets } from '../../actions/helm-migrate/core/normalize.js';
import { compareForParity, type ParityResult } from '../../actions/helm-migrate/core/parity.js';
import { planMigration, type MigrationPlan } from '../../actions/helm-migrate/core/plan-migration.js';
import { toYamlStream } from '../../actions/kernel/yaml-codec.js';

export const NAMESPACE = 'marty';

export function manifestSet(objects: JsonObject[]): ManifestSet {
  return parseManifests(toYamlStream(objects), 'test', {
    defaultNamespace: NAMESPACE,
    scopes: new ScopeResolver(),
  });
}

export async function kubectlTool(path: string): Promise<KustomizeTool> {
  return {
    name: 'kustomize',
    kind: 'kubectl',
    path,
    version: await detectToolVersion('kubectl', path),
    source: 'option',
  };
}

/**
 * Plans a migration for the given environments, writes it, builds every
 * overlay with the real kustomize, and compares each build with its target.
 */
export async function planAndBuild(
  envs: Record<string, JsonObject[]>,
  kubectl: string,
  options: { baseEnvironment?: string } = {},
): Promise<{ plan: MigrationPlan; parity: Map<string, ParityResult>; built: Map<string, ManifestSet> }> {
  const targets = Object.entries(envs).map(([name, objects]) => ({
    name,
    resources: prepareTargets(manifestSet(objects), 'keep').resources,
  }));
  const plan = planMigration({ environments: targets, ...options });
  const parent = await mkdtemp(join(tmpdir(), 'mmf-plan-'));
  const staged = await StagedOutput.open(join(parent, 'out'), false);
  const dir = staged.dir;
  try {
    const files = new Map<string, TreeFile>();
    for (const [p, content] of plan.files) files.set(p, { content });
    for (const [p, content] of plan.secretFiles) files.set(p, { content });
    await staged.write(files);
    const tool = await kubectlTool(kubectl);
    const parity = new Map<string, ParityResult>();
    const built = new Map<string, ManifestSet>();
    for (const [name, objects] of Object.entries(envs)) {
      const out = await buildKustomization(tool, join(dir, 'overlays', name));
      const actual = manifestSet([]);
      for (const [k, v] of parseManifests(out.manifests, name, { defaultNamespace: NAMESPACE }))
        actual.set(k, v);
      built.set(name, actual);
      const opts = { hookMode: 'keep' as const };
      parity.set(
        name,
        compareForParity(normalizeForParity(manifestSet(objects), opts), normalizeForParity(actual, opts)),
      );
    }
    return { plan, parity, built };
  } finally {
    await rm(parent, { recursive: true, force: true });
  }
}
