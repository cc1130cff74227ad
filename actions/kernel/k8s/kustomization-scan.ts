/**
 * Reads one kustomization (already parsed) for what a build would load from
 * outside the tree or run as code: remote resources, bases and components
 * (URLs, git repositories, `github.com/...` shorthands, `?ref=`), remote
 * files (kustomize fetches any file path that is an http(s) URL), Helm charts
 * (`helmCharts`, `helmGlobals`) and generator, transformer or validator
 * plugins other than kustomize's built-in ones. Pure: the caller reads the
 * files, follows the local references this returns, and decides.
 */
import { isObject } from '../json.js';

export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** An entry a build without network and plugins must not load. */
export interface RefusedEntry {
  /** Where it is in the file, e.g. `resources[2]` or `configMapGenerator[0].files[1]`. */
  field: string;
  /** The entry as written (an object entry is shown by its kind or keys). */
  entry: string;
  reason: string;
  /** What it would do: fetch over the network, or run code (a plugin, helm). */
  risk: 'network' | 'code';
}

/**
 * A local reference to look at: a folder that may hold a kustomization
 * (`resources`, `bases`, `components`), a plugin configuration, or a plain
 * file. `maybeRemote` marks a path that looks like `host.tld/org/repo`:
 * kustomize fetches it when nothing of that name exists locally.
 */
export interface LocalReference {
  field: string;
  path: string;
  role: 'resource' | 'plugin' | 'file';
  maybeRemote: boolean;
}

export interface KustomizationScan {
  refused: RefusedEntry[];
  follow: LocalReference[];
}

export type ReferenceKind = 'remote' | 'maybe-remote' | 'local';

const KNOWN_HOSTS = /^(github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com|ssh\.dev\.azure\.com)\//i;
const GIT_QUERY = /\?(.*&)?(ref|version|timeout|submodules)=/;

/** How kustomize would read a path-or-URL entry. */
export function classifyReference(value: string): ReferenceKind {
  const text = value.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return 'remote'; // https://, http://, ssh://, git://, file://
  if (/^git::|^gh:/i.test(text)) return 'remote';
  if (/^[\w.-]+@[\w.-]+:/.test(text)) return 'remote'; // git@github.com:org/repo
  if (GIT_QUERY.test(text)) return 'remote';
  if (KNOWN_HOSTS.test(text)) return 'remote';
  const first = text.split('/')[0] ?? '';
  const hostLike = text.includes('/') && /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(:\d+)?$/i.test(first);
  if (hostLike && /[^/]\/\/[^/]/.test(text)) return 'remote'; // host.tld/org/repo//subdir
  return hostLike ? 'maybe-remote' : 'local';
}

/** The kinds kustomize builds in (`apiVersion: builtin`), except the Helm inflator. */
const BUILTIN_KINDS = new Set([
  'AnnotationsTransformer',
  'ConfigMapGenerator',
  'HashTransformer',
  'IAMPolicyGenerator',
  'ImageTagTransformer',
  'LabelTransformer',
  'LegacyOrderTransformer',
  'NamespaceTransformer',
  'PatchJson6902Transformer',
  'PatchStrategicMergeTransformer',
  'PatchTransformer',
  'PrefixSuffixTransformer',
  'PrefixTransformer',
  'ReplacementTransformer',
  'ReplicaCountTransformer',
  'SecretGenerator',
  'SortOrderTransformer',
  'SuffixTransformer',
  'ValueAddTransformer',
]);

/** Why a plugin configuration is refused, or undefined for a built-in one (no network, no code). */
export function pluginRefusal(config: unknown): string | undefined {
  if (!isObject(config)) return 'is not a plugin configuration (a mapping with apiVersion and kind)';
  const kind = typeof config.kind === 'string' ? config.kind : '';
  const annotations =
    isObject(config.metadata) && isObject(config.metadata.annotations) ? config.metadata.annotations : {};
  if ('config.kubernetes.io/function' in annotations || 'config.k8s.io/function' in annotations)
    return `is a KRM function plugin (${kind || 'no kind'}): it runs a container or a program`;
  if (kind === 'HelmChartInflationGenerator')
    return 'inflates a Helm chart (it runs helm and may fetch the chart)';
  if (config.apiVersion !== 'builtin' || !BUILTIN_KINDS.has(kind))
    return `is not a kustomize built-in plugin (${String(config.apiVersion ?? 'no apiVersion')}/${kind || 'no kind'}): it runs plugin code`;
  return undefined;
}

function shown(entry: unknown): string {
  if (typeof entry === 'string') return entry.includes('\n') ? `${entry.split('\n')[0]} …` : entry;
  if (isObject(entry))
    return typeof entry.kind === 'string' ? `kind: ${entry.kind}` : `{${Object.keys(entry).join(', ')}}`;
  return JSON.stringify(entry);
}

const strings = (value: unknown): [number, string][] =>
  Array.isArray(value)
    ? value.flatMap((v, i) => (typeof v === 'string' ? [[i, v] as [number, string]] : []))
    : [];

class Scanner {
  readonly refused: RefusedEntry[] = [];
  readonly follow: LocalReference[] = [];

  refuse(field: string, entry: unknown, reason: string, risk: RefusedEntry['risk'] = 'code'): void {
    this.refused.push({ field, entry: shown(entry), reason, risk });
  }

  /** A path-or-URL entry that kustomize loads. */
  reference(field: string, value: string, role: LocalReference['role'], what: string): void {
    const kind = classifyReference(value);
    if (kind === 'remote')
      this.refuse(field, value, `is a remote ${what}: the build would fetch it over the network`, 'network');
    else this.follow.push({ field, path: value, role, maybeRemote: kind === 'maybe-remote' });
  }

  /** A file entry; `key=path` forms keep only the path. */
  file(field: string, value: string, keyed = false): void {
    const eq = keyed ? value.indexOf('=') : -1;
    this.reference(field, eq < 0 ? value : value.slice(eq + 1), 'file', 'file');
  }

  generators(field: string, value: unknown): void {
    if (!Array.isArray(value)) return;
    value.forEach((g, i) => {
      if (!isObject(g)) return;
      for (const [j, f] of strings(g.files)) this.file(`${field}[${i}].files[${j}]`, f, true);
      for (const [j, f] of strings(g.envs)) this.file(`${field}[${i}].envs[${j}]`, f);
      if (typeof g.env === 'string') this.file(`${field}[${i}].env`, g.env);
    });
  }

  plugins(field: string, value: unknown, parse: (text: string) => unknown[]): void {
    if (!Array.isArray(value)) return;
    value.forEach((entry, i) => {
      const at = `${field}[${i}]`;
      if (typeof entry === 'string' && entry.includes('\n')) {
        // An inline configuration, written as a YAML string.
        for (const doc of parse(entry)) {
          const reason = pluginRefusal(doc);
          if (reason) this.refuse(at, doc, reason);
          else this.builtinFiles(at, doc);
        }
      } else if (typeof entry === 'string')
        this.reference(at, entry, 'plugin', `${field.replace(/s$/, '')} plugin`);
      else {
        const reason = pluginRefusal(entry);
        if (reason) this.refuse(at, entry, reason);
        else this.builtinFiles(at, entry);
      }
    });
  }

  /** The files a built-in plugin configuration loads (patch paths, generator sources). */
  builtinFiles(at: string, config: unknown): void {
    if (!isObject(config)) return;
    if (typeof config.path === 'string') this.file(`${at}.path`, config.path);
    this.generators(at, [config]);
    if (Array.isArray(config.replacements))
      config.replacements.forEach((r, i) => {
        if (isObject(r) && typeof r.path === 'string') this.file(`${at}.replacements[${i}].path`, r.path);
      });
  }
}

/**
 * Scans a kustomization; `parse` turns an inline plugin configuration (a
 * YAML string) into documents.
 */
export function scanKustomization(
  doc: unknown,
  parse: (text: string) => unknown[] = () => [],
): KustomizationScan {
  const s = new Scanner();
  if (!isObject(doc)) return { refused: [], follow: [] };
  for (const field of ['resources', 'bases', 'components'] as const)
    for (const [i, value] of strings(doc[field]))
      s.reference(
        `${field}[${i}]`,
        value,
        'resource',
        field === 'components' ? 'component' : field === 'bases' ? 'base' : 'resource',
      );
  for (const field of ['helmCharts', 'helmGlobals', 'helmChartInflationGenerator'] as const)
    if (doc[field] !== undefined && doc[field] !== null)
      s.refuse(
        field,
        Array.isArray(doc[field]) ? ((doc[field] as unknown[])[0] ?? field) : field,
        'inflates Helm charts: the build would run helm and may fetch charts',
      );
  for (const field of ['generators', 'transformers', 'validators'] as const)
    s.plugins(field, doc[field], parse);
  for (const field of ['crds', 'configurations'] as const)
    for (const [i, value] of strings(doc[field])) s.file(`${field}[${i}]`, value);
  if (isObject(doc.openapi) && typeof doc.openapi.path === 'string') s.file('openapi.path', doc.openapi.path);
  s.generators('configMapGenerator', doc.configMapGenerator);
  s.generators('secretGenerator', doc.secretGenerator);
  for (const field of ['patches', 'patchesJson6902', 'replacements'] as const)
    if (Array.isArray(doc[field]))
      (doc[field] as unknown[]).forEach((p, i) => {
        if (isObject(p) && typeof p.path === 'string') s.file(`${field}[${i}].path`, p.path);
      });
  // patchesStrategicMerge: a file path, or an inline patch (a YAML string with line breaks).
  for (const [i, value] of strings(doc.patchesStrategicMerge))
    if (!value.includes('\n')) s.file(`patchesStrategicMerge[${i}]`, value);
  return { refused: s.refused, follow: s.follow };
}
