/**
 * Plans the files of a new service from the templates: pure, no I/O. The
 * output keeps the template layout (base/, components/<name>/,
 * overlays/<name>/), so every relative path in a kustomization stays valid
 * and each overlay builds with a plain `kustomize build`.
 */
import { posix } from 'node:path';
import type { Document } from 'yaml';
import { MmfError } from '../../kernel/errors.js';
import { isObject, type JsonObject } from '../../kernel/json.js';
import type { ImageRef } from '../../kernel/k8s/image-ref.js';
import { checkSelection, closure, overlayComponents, readCatalog, type Catalog } from './scaffold-catalog.js';
import {
  PLACEHOLDER,
  addComponents,
  containsPlaceholder,
  renameService,
  setHttpPort,
  setImage,
} from './service-edits.js';
import type { TemplateTree } from './template-tree.js';
import { isYamlFile, parseYamlFile, plainValue, printYamlFile } from './yaml-documents.js';

export interface ScaffoldRequest {
  /** A checked service name (a DNS-1123 label starting with a letter). */
  name: string;
  image?: ImageRef;
  /** The container port of `http` (1024-65535). */
  port?: number;
  overlays: readonly string[];
  /** Added to every chosen overlay. */
  components: readonly string[];
}

export interface PlannedOverlay {
  name: string;
  /** Its folder in the output, e.g. `overlays/service-mesh/istio`. */
  dir: string;
  /** The components it lists, its own first. */
  components: string[];
}

export interface ScaffoldPlan {
  /** Relative POSIX path -> content, sorted by path. */
  files: Map<string, string>;
  overlays: PlannedOverlay[];
  /** Every component written under components/. */
  components: string[];
}

/** Label values, Service and Job names. */
const MAX_LABEL_LENGTH = 63;

export const DEFAULT_OVERLAYS = ['dev', 'prod'] as const;
export const MIN_PORT = 1024;

/** Throws E_USAGE unless `port` is a port an unprivileged container can listen on. */
export function checkPort(port: number, flag = '--port'): void {
  if (Number.isInteger(port) && port >= MIN_PORT && port <= 65535) return;
  throw new MmfError('E_USAGE', `${flag} ${port} is not a port from ${MIN_PORT} to 65535`, {
    hint:
      port > 0 && port < MIN_PORT
        ? 'the container runs as non-root with all capabilities dropped, so it cannot bind ports below 1024; the Service still listens on 80'
        : 'e.g. --port 8080',
  });
}

export function planScaffold(tree: TemplateTree, request: ScaffoldRequest): ScaffoldPlan {
  const catalog = readCatalog(tree);
  checkSelection(catalog, request.overlays, request.components);
  const overlays = [...new Set(request.overlays)].map((name) => ({
    name,
    dir: catalog.overlays.get(name) as string,
    components: [...new Set([...overlayComponents(catalog, name), ...request.components])],
  }));
  const dirs = closure(catalog, [
    'base',
    ...overlays.map((o) => o.dir),
    ...request.components.map((c) => catalog.components.get(c) as string),
  ]);
  const files = new Map<string, string>();
  const objects: { file: string; value: JsonObject }[] = [];
  let imageEntries = 0;
  for (const [path, text] of tree) {
    const owner = ownerDir(catalog, path);
    if (!owner || !dirs.includes(owner)) continue;
    if (!isYamlFile(path)) {
      if (containsPlaceholder(text)) throw leftover(path);
      files.set(path, text);
      continue;
    }
    const docs = parseYamlFile(text, path);
    for (const doc of docs) imageEntries += editDocument(doc, path, request, catalog, overlays);
    const out = printYamlFile(docs);
    if (containsPlaceholder(out)) throw leftover(path);
    files.set(path, out);
    for (const doc of docs) {
      const value = plainValue(doc, path);
      if (isObject(value)) objects.push({ file: path, value });
    }
  }
  if (request.image && !imageEntries) {
    throw new MmfError(
      'E_INPUT_INVALID',
      `no kustomization maps the image ${PLACEHOLDER} (images:), so --image has nowhere to go`,
      {
        file: overlays[0]?.dir ?? 'overlays',
        hint: `give each overlay an entry images: [{name: ${PLACEHOLDER}, newName: …, newTag: …}]`,
      },
    );
  }
  checkNameLengths(objects, request.name);
  files.set('README.md', renderReadme(request.name, overlays, dirs));
  const components = dirs.filter((d) => d.startsWith('components/')).map((d) => d.slice(11));
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), overlays, components };
}

/** The kustomization folder a file belongs to: its own folder or the nearest one above. */
function ownerDir(catalog: Catalog, path: string): string | undefined {
  for (let dir = posix.dirname(path); dir !== '.'; dir = posix.dirname(dir))
    if (catalog.kustomizations.has(dir)) return dir;
  return undefined;
}

/**
 * Applies the edits to one document; returns how many `images:` entries
 * --image set (every written kustomization that maps the service's image).
 */
function editDocument(
  doc: Document,
  path: string,
  request: ScaffoldRequest,
  catalog: Catalog,
  overlays: PlannedOverlay[],
): number {
  renameService(doc, request.name);
  if (request.port !== undefined) setHttpPort(doc, request.port, path);
  const dir = posix.dirname(path);
  if (path !== catalog.kustomizations.get(dir)?.file) return 0;
  const overlay = overlays.find((o) => o.dir === dir);
  if (overlay && request.components.length) {
    addComponents(
      doc,
      request.components.map((c) => posix.relative(dir, catalog.components.get(c) as string)),
    );
  }
  return request.image && setImage(doc, request.name, request.image) ? 1 : 0;
}

function leftover(file: string): MmfError {
  return new MmfError(
    'E_INPUT_INVALID',
    `still holds the placeholder name ${PLACEHOLDER} where mmf cannot rename it (a mapping key, a comment, a word inside another name, or a non-YAML file)`,
    {
      file,
      hint: `in templates, use ${PLACEHOLDER} only as a whole name in YAML values`,
    },
  );
}

/** Kind-specific name limits beyond the DNS subdomain's 253. */
const NAME_LIMITS: Record<string, number> = {
  Service: MAX_LABEL_LENGTH,
  Job: MAX_LABEL_LENGTH,
  // The CronJob controller appends 11 characters to name each Job.
  CronJob: 52,
};

/** Names and label values built from the service name must still fit their limits. */
function checkNameLengths(objects: { file: string; value: JsonObject }[], name: string): void {
  let worst: { what: string; length: number; limit: number } | undefined;
  const consider = (what: string, value: unknown, limit: number) => {
    if (typeof value !== 'string' || value.length <= limit || !value.includes(name)) return;
    if (!worst || value.length - limit > worst.length - worst.limit)
      worst = { what, length: value.length, limit };
  };
  const labels = (what: string, map: unknown) => {
    if (isObject(map))
      for (const [k, v] of Object.entries(map)) consider(`${what} ${k}`, v, MAX_LABEL_LENGTH);
  };
  const walk = (what: string, node: unknown) => {
    if (Array.isArray(node)) node.forEach((n) => walk(what, n));
    else if (isObject(node))
      for (const [k, v] of Object.entries(node)) {
        if (k === 'labels' || k === 'matchLabels') labels(`${what}: label`, v);
        else walk(what, v);
      }
  };
  for (const { file, value } of objects) {
    const kind = typeof value.kind === 'string' ? value.kind : '';
    const meta = isObject(value.metadata) ? value.metadata : {};
    const what = `${kind} ${String(meta.name)} (${file})`;
    if (kind) consider(`${kind} name`, meta.name, NAME_LIMITS[kind] ?? 253);
    walk(what, value);
  }
  if (worst) {
    const max = name.length - (worst.length - worst.limit);
    throw new MmfError(
      'E_NAME_INVALID',
      `--service-name "${name}" is too long: the ${worst.what} would be ${worst.length} characters (at most ${worst.limit})`,
      { hint: `use at most ${Math.max(max, 1)} characters for --service-name` },
    );
  }
}

function renderReadme(name: string, overlays: PlannedOverlay[], dirs: readonly string[]): string {
  const lines = [
    `# ${name}: Kubernetes manifests`,
    '',
    'Written by `mmf scaffold service`. `base/` holds what every environment runs; each',
    'overlay adds its environment, and `components/` holds optional features an overlay',
    'lists under `components:` (add or remove them there).',
    '',
    '| Overlay | Components | Build |',
    '| --- | --- | --- |',
    ...overlays.map(
      (o) =>
        `| ${o.name} | ${o.components.length ? o.components.join(', ') : '-'} | \`kustomize build ${o.dir}\` |`,
    ),
    '',
    'Apply with `kubectl apply -k <overlay folder> -n <namespace>`.',
    ...(dirs.includes('components/postgres')
      ? [
          '',
          `The postgres component reads credentials from the Secret ${name}-database-credentials`,
          '(keys `username`, `password`), which these files never hold: create it from your',
          'secret store (External Secrets, Sealed Secrets, your cloud provider).',
        ]
      : []),
    '',
  ];
  return lines.join('\n');
}
