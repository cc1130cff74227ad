/**
 * What a template tree offers: its overlays (folders under overlays/ with a
 * kustomization) and components (folders under components/ whose
 * kustomization is a `kind: Component`), and which folders each
 * kustomization pulls in. Discovered from the files, so a team's own
 * templates (--templates) work the same way.
 */
import { posix } from 'node:path';
import { isKustomizationFileName } from '../../kernel/k8s/kustomization.js';
import { MmfError } from '../../kernel/errors.js';
import { isObject } from '../../kernel/json.js';
import type { TemplateTree } from './template-tree.js';
import { parseYamlFile, plainValue } from './yaml-documents.js';

export interface KustomizationInfo {
  /** The kustomization file, e.g. `overlays/prod/kustomization.yaml`. */
  file: string;
  kind: 'Kustomization' | 'Component';
  /** Folders of the tree listed under `resources` (other kustomizations). */
  resources: string[];
  /** Folders of the tree listed under `components`. */
  components: string[];
}

export interface Catalog {
  /** Overlay name (its path under overlays/) -> folder. */
  overlays: ReadonlyMap<string, string>;
  /** Component name (its path under components/) -> folder. */
  components: ReadonlyMap<string, string>;
  /** Folder -> its kustomization. */
  kustomizations: ReadonlyMap<string, KustomizationInfo>;
}

/**
 * Components that must not be combined in one overlay: two service meshes
 * would both inject proxies; two kinds of monitor would scrape the same pods
 * twice.
 */
export const EXCLUSIVE_COMPONENTS: readonly { names: readonly string[]; reason: string }[] = [
  { names: ['istio', 'linkerd'], reason: 'one service mesh per workload' },
  { names: ['servicemonitor', 'podmonitor'], reason: 'both monitors would scrape the same pods twice' },
];

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function readCatalog(tree: TemplateTree): Catalog {
  const files = new Map<string, string>();
  for (const path of tree.keys()) {
    const dir = posix.dirname(path);
    if (isKustomizationFileName(posix.basename(path)) && !files.has(dir)) files.set(dir, path);
  }
  const kustomizations = new Map<string, KustomizationInfo>();
  for (const [dir, file] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const value = parseYamlFile(tree.get(file) ?? '', file)
      .map((doc) => plainValue(doc, file))
      .find(isObject);
    if (!value) throw new MmfError('E_INPUT_INVALID', 'is empty', { file });
    const inTree = (entries: string[]) =>
      entries.map((e) => posix.normalize(posix.join(dir, e))).filter((d) => files.has(d));
    kustomizations.set(dir, {
      file,
      kind: value.kind === 'Component' ? 'Component' : 'Kustomization',
      resources: inTree(stringList(value.resources)),
      components: inTree(stringList(value.components)),
    });
  }
  if (!kustomizations.has('base')) {
    throw new MmfError('E_INPUT_INVALID', 'the scaffold templates have no base/kustomization.yaml', {
      file: 'base',
    });
  }
  const overlays = new Map<string, string>();
  const components = new Map<string, string>();
  for (const [dir, info] of kustomizations) {
    if (dir.startsWith('overlays/') && info.kind === 'Kustomization') overlays.set(dir.slice(9), dir);
    if (dir.startsWith('components/') && info.kind === 'Component') components.set(dir.slice(11), dir);
  }
  return { overlays, components, kustomizations };
}

/** Checks the chosen overlays and components exist and can be combined; E_USAGE otherwise. */
export function checkSelection(
  catalog: Catalog,
  overlays: readonly string[],
  components: readonly string[],
): void {
  const unknown = (what: string, flag: string, names: string[], known: ReadonlyMap<string, string>) => {
    const missing = names.filter((n) => !known.has(n));
    if (!missing.length) return;
    throw new MmfError(
      'E_USAGE',
      `unknown ${what}${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} in ${flag}`,
      { hint: `available ${what}s: ${[...known.keys()].sort().join(', ')}` },
    );
  };
  unknown('overlay', '--env', [...overlays], catalog.overlays);
  unknown('component', '--components', [...components], catalog.components);
  if (!overlays.length) {
    throw new MmfError('E_USAGE', '--env names no overlay', {
      hint: `choose one or more of: ${[...catalog.overlays.keys()].sort().join(', ')}`,
    });
  }
  for (const overlay of overlays) {
    const own = overlayComponents(catalog, overlay);
    const all = new Set([...own, ...components]);
    for (const { names, reason } of EXCLUSIVE_COMPONENTS) {
      const clash = names.filter((c) => all.has(c));
      if (clash.length < 2) continue;
      const from = clash.map((c) => (own.includes(c) ? `${c} (part of the overlay)` : c));
      throw new MmfError('E_USAGE', `overlay ${overlay} would combine components ${from.join(' and ')}`, {
        hint: `choose one of ${names.join(', ')}: ${reason}`,
      });
    }
  }
}

/** The component names an overlay lists itself. */
export function overlayComponents(catalog: Catalog, overlay: string): string[] {
  const dir = catalog.overlays.get(overlay);
  const info = dir ? catalog.kustomizations.get(dir) : undefined;
  return (info?.components ?? [])
    .filter((d) => d.startsWith('components/'))
    .map((d) => d.slice(11))
    .filter((n) => catalog.components.has(n));
}

/** Every folder `dirs` need, following resources and components, sorted. */
export function closure(catalog: Catalog, dirs: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (dir: string) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const info = catalog.kustomizations.get(dir);
    for (const next of [...(info?.resources ?? []), ...(info?.components ?? [])]) visit(next);
  };
  dirs.forEach(visit);
  return [...seen].sort();
}
