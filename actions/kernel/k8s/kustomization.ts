/**
 * The Kustomize files the generators write, in a readable, stable field
 * order: kustomization.yaml (overlay) or kind: Component, and small
 * strategic-merge patches that name their target.
 */
import type { JsonObject } from '../json.js';
import { toYaml, toYamlStream } from '../yaml-codec.js';

/** Relative path (forward slashes) -> file text. */
export type FileMap = Map<string, string>;

export const KUSTOMIZE_API = 'kustomize.config.k8s.io/v1beta1';
export const COMPONENT_API = 'kustomize.config.k8s.io/v1alpha1';

/** The file names kustomize accepts for a kustomization, in the order it looks for them. */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

export function isKustomizationFileName(name: string): boolean {
  return (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(name);
}

/** apiVersion and kind of a kustomization (or a Component), first in every file we write. */
export function kustomizationHeader(kind: 'Kustomization' | 'Component' = 'Kustomization'): {
  apiVersion: string;
  kind: 'Kustomization' | 'Component';
} {
  return { apiVersion: kind === 'Component' ? COMPONENT_API : KUSTOMIZE_API, kind };
}

export interface ImageEntry {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

export interface PatchEntry {
  path: string;
  target?: { group?: string; version?: string; kind: string; name?: string };
}

export interface KustomizationFields {
  namespace?: string;
  resources?: readonly string[];
  images?: readonly ImageEntry[];
  replicas?: readonly { name: string; count: number }[];
  patches?: readonly PatchEntry[];
}

/** kustomization.yaml text for an overlay (Kustomization) or a Component, with a comment header. */
export function kustomizationYaml(
  kind: 'Kustomization' | 'Component',
  fields: KustomizationFields,
  header: readonly string[] = [],
): string {
  const doc: JsonObject = { ...kustomizationHeader(kind) };
  if (fields.namespace) doc.namespace = fields.namespace;
  if (fields.resources?.length) doc.resources = [...fields.resources];
  if (fields.images?.length) doc.images = fields.images.map((i) => ({ ...i }) as JsonObject);
  if (fields.replicas?.length) doc.replicas = fields.replicas.map((r) => ({ ...r }));
  if (fields.patches?.length)
    doc.patches = fields.patches.map((p): JsonObject =>
      p.target ? { path: p.path, target: { ...p.target } as JsonObject } : { path: p.path },
    );
  return comment(header) + toYaml(doc);
}

/** One object per file; several (a multi-document file) when given a list. */
export function manifestYaml(
  objects: JsonObject | readonly JsonObject[],
  header: readonly string[] = [],
): string {
  return comment(header) + (Array.isArray(objects) ? toYamlStream(objects) : toYaml(objects));
}

function comment(lines: readonly string[]): string {
  return lines.map((l) => (l ? `# ${l}\n` : '#\n')).join('');
}

/** The selector labels the generators assume on the service's pods and Service. */
export function selectorLabels(name: string): Record<string, string> {
  return { 'app.kubernetes.io/name': name };
}

/** A strategic-merge patch of a Deployment's pod template: labels, annotations and pod spec fields. */
export function deploymentPatch(
  name: string,
  pod: { labels?: Record<string, string>; annotations?: Record<string, string>; spec?: JsonObject },
): JsonObject {
  const metadata: JsonObject = {};
  if (pod.labels && Object.keys(pod.labels).length) metadata.labels = { ...pod.labels };
  if (pod.annotations && Object.keys(pod.annotations).length) metadata.annotations = { ...pod.annotations };
  const template: JsonObject = {};
  if (Object.keys(metadata).length) template.metadata = metadata;
  if (pod.spec && Object.keys(pod.spec).length) template.spec = pod.spec;
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name }, spec: { template } };
}

/** A strategic-merge patch adding annotations to a Service. */
export function serviceAnnotationPatch(name: string, annotations: Record<string, string>): JsonObject {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name, annotations: { ...annotations } } };
}
