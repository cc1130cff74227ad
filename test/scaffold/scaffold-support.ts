import { readdirSync, statSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { buildKustomization } from '../../actions/platform/kustomize/kustomize-build.js';
import { isObject, type JsonObject } from '../../actions/kernel/json.js';
import { parseYamlDocuments } from '../../actions/kernel/yaml-codec.js';
import { silentLogger } from '../../actions/kernel/logger.js';
import type { ScaffoldServiceOptions } from '../../actions/scaffold/scaffold-service.js';
import { kubectlTool } from '../support/build-plan.js';
import { REPO_ROOT } from '../support/tools.js';

export const SCAFFOLD_DIR = join(REPO_ROOT, 'scaffold', 'k8s');

/** Folders under `root/<sub>` holding a kustomization.yaml, as names relative to `root/<sub>` (sync: for test.each). */
export function kustomizationDirs(sub: 'overlays' | 'components', root = SCAFFOLD_DIR): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (!statSync(path).isDirectory()) continue;
      if (readdirSync(path).includes('kustomization.yaml'))
        found.push(relative(join(root, sub), path).split(sep).join('/'));
      walk(path);
    }
  };
  walk(join(root, sub));
  return found;
}

/** `kubectl kustomize dir` with the real binary, parsed into objects. */
export async function buildObjects(kubectl: string, dir: string): Promise<JsonObject[]> {
  const { manifests } = await buildKustomization(await kubectlTool(kubectl), dir);
  return parseYamlDocuments(manifests, dir)
    .map((d) => d.value)
    .filter(isObject);
}

/** A copy of the scaffold with one kustomization per component: the base plus that component. */
export async function copyWithComponentTests(work: string, components: readonly string[]): Promise<string> {
  const root = join(work, 'k8s');
  await cp(SCAFFOLD_DIR, root, { recursive: true });
  for (const component of components) {
    const dir = join(root, 'component-tests', component.replaceAll('/', '-'));
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'kustomization.yaml'),
      [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'resources:',
        '- ../../base',
        'components:',
        `- ../../components/${component}`,
        // As every overlay does: the logical image name mapped to a pinned image.
        'images:',
        '- name: mmf-service',
        '  newName: registry.example.com/mmf-service',
        '  newTag: 0.1.0',
        '',
      ].join('\n'),
    );
  }
  return root;
}

export function scaffoldOptions(
  output: string,
  extra: Partial<ScaffoldServiceOptions> = {},
): ScaffoldServiceOptions {
  return { name: 'orders', output, force: false, templates: SCAFFOLD_DIR, log: silentLogger, ...extra };
}

export function nameOf(object: JsonObject): string {
  return `${String(object.kind)}/${String((object.metadata as JsonObject | undefined)?.name)}`;
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
