/**
 * The structured edits that turn the templates into one service's files.
 * Each works on parsed YAML nodes, so keys, comments and the rest of the
 * document are never touched, and what it changes is known by its place in
 * the document, not found by searching text.
 */
import { isMap, isScalar, isSeq, visit, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { MmfError } from '../../kernel/errors.js';
import type { ImageRef } from '../../kernel/k8s/image-ref.js';

/** The service name the templates are written with. */
export const PLACEHOLDER = 'mmf-service';

/**
 * The placeholder as a whole name token: not inside a longer word, but
 * possibly the start of a compound (`mmf-service-env`), the last part of an
 * image repository (`registry.example.com/mmf-service`) or of a host name
 * (`mmf-service.shop.svc`).
 */
const TOKEN = new RegExp(`(?<![A-Za-z0-9_-])${PLACEHOLDER}(?![A-Za-z0-9_])`, 'g');

export function containsPlaceholder(text: string): boolean {
  return new RegExp(TOKEN.source).test(text);
}

/**
 * Renames the service in a document: every string value that names it (a
 * resource name or a reference to one, a label or selector value, a host,
 * an image name, a config value) gets `name` in place of the placeholder.
 * Mapping keys and comments are left alone. Returns how many values changed.
 */
export function renameService(doc: Document, name: string): number {
  let changed = 0;
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string') return;
      const renamed = node.value.replace(TOKEN, name);
      if (renamed !== node.value) {
        node.value = renamed;
        changed++;
      }
    },
  });
  return changed;
}

const isPortList = (seq: YAMLSeq): YAMLMap[] =>
  seq.items.filter((item): item is YAMLMap => isMap(item) && item.has('containerPort'));

/**
 * Sets the container port named `http` (in workloads and patches alike) and
 * the HTTP_PORT generator literal the app reads. Service ports, probes and
 * network policies refer to the port by name, so they follow.
 */
export function setHttpPort(doc: Document, port: number, file: string): number {
  let changed = 0;
  visit(doc, {
    Seq(_, seq) {
      const ports = isPortList(seq);
      const http = ports.find((p) => p.get('name') === 'http');
      if (!http) return;
      const taken = ports.find((p) => p !== http && Number(p.get('containerPort')) === port);
      if (taken) {
        throw new MmfError('E_USAGE', `--port ${port} is already the ${String(taken.get('name'))} port`, {
          file,
          hint: 'choose another port for http',
        });
      }
      http.set('containerPort', port);
      changed++;
    },
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'literals' || !isSeq(pair.value)) return;
      for (const item of pair.value.items) {
        if (isScalar(item) && typeof item.value === 'string' && /^HTTP_PORT=/.test(item.value)) {
          item.value = `HTTP_PORT=${port}`;
          changed++;
        }
      }
    },
  });
  return changed;
}

/**
 * Points a kustomization's `images:` entry for `logicalName` at `image`;
 * false when it has none.
 */
export function setImage(doc: Document, logicalName: string, image: ImageRef): boolean {
  const images = doc.get('images', true) as Node | undefined;
  const entry = isSeq(images)
    ? images.items.find((i): i is YAMLMap => isMap(i) && i.get('name') === logicalName)
    : undefined;
  if (!entry) return false;
  entry.set('newName', image.name);
  for (const [key, value] of [
    ['newTag', image.digest ? undefined : image.tag],
    ['digest', image.digest],
  ] as const) {
    if (value) entry.set(key, value);
    else entry.delete(key);
  }
  return true;
}

/** Appends component paths to a kustomization's `components:` (once each). */
export function addComponents(doc: Document, paths: readonly string[]): void {
  if (!paths.length) return;
  let list = doc.get('components', true) as Node | undefined;
  if (!isSeq(list)) {
    list = doc.createNode([]) as YAMLSeq;
    doc.set('components', list);
  }
  const seq = list as YAMLSeq;
  const present = new Set(seq.items.map((i) => (isScalar(i) ? String(i.value) : '')));
  for (const path of paths) if (!present.has(path)) seq.add(doc.createNode(path));
}
