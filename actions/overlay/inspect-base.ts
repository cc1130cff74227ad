/**
 * Reads a service's Kustomize base folder to learn what an overlay must name:
 * the Deployment's first container, its image (without tag) and its ports.
 * Plain files only (the base's *.yaml). When the kustomization lists only
 * files of its own folder and renames nothing, what they hold is what the
 * base builds (`complete`), so a missing Deployment is known to be missing;
 * a base built from folders, remote resources, components or Helm charts is
 * read as far as its own files go, and the caller falls back to flags.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { isKustomizationFileName } from '../kernel/k8s/kustomization.js';
import { join } from 'node:path';
import { isObject, type JsonObject } from '../kernel/json.js';
import { parseImage } from '../kernel/k8s/image-ref.js';
import { parseYamlDocuments } from '../kernel/yaml-codec.js';
import type { MeshPort } from '../kernel/k8s/mesh-policies.js';

export interface BaseInfo {
  /** The base folder exists and holds a kustomization file. */
  exists: boolean;
  /** Every resource the base builds comes from the files read here, under its own name. */
  complete: boolean;
  /** Names of the Deployments found. */
  deployments: string[];
  /** The Deployment named after the service, when found. */
  deployment?: {
    file: string;
    container?: string;
    image?: string;
    ports: MeshPort[];
  };
  warnings: string[];
}

const MAX_BASE_FILE = 4 * 1024 * 1024;

export async function inspectBase(baseDir: string, serviceName: string): Promise<BaseInfo> {
  const info: BaseInfo = { exists: false, complete: false, deployments: [], warnings: [] };
  const entries = await readdir(baseDir).catch(() => undefined);
  const kustomization = entries?.find(isKustomizationFileName);
  if (!entries || !kustomization) return info;
  info.exists = true;
  const yamlFiles = entries.filter((e) => /\.ya?ml$/.test(e) && !isKustomizationFileName(e)).sort();
  const listed = await ownFiles(join(baseDir, kustomization), new Set(yamlFiles));
  info.complete = listed !== undefined;
  for (const entry of listed ?? yamlFiles) {
    const path = join(baseDir, entry);
    const meta = await stat(path);
    if (!meta.isFile() || meta.size > MAX_BASE_FILE) {
      info.complete = false;
      continue;
    }
    let docs;
    try {
      docs = parseYamlDocuments(await readFile(path, 'utf8'), path);
    } catch {
      info.warnings.push(`${path} is not valid YAML; it was not inspected`);
      info.complete = false;
      continue;
    }
    for (const { value } of docs) {
      if (!isObject(value) || value.kind !== 'Deployment' || !isObject(value.metadata)) continue;
      if (typeof value.metadata.name === 'string') info.deployments.push(value.metadata.name);
      if (value.metadata.name !== serviceName) continue;
      info.deployment = { file: entry, ...describePod(value), ports: portsOf(value) };
      return info;
    }
  }
  info.warnings.push(
    `no Deployment named ${serviceName} in the base's YAML files: patches name it and will fail to build without it`,
  );
  return info;
}

/** Fields through which a kustomization gets resources from elsewhere, or renames them. */
const OPAQUE_FIELDS = [
  'bases',
  'components',
  'helmCharts',
  'helmChartInflationGenerator',
  'namePrefix',
  'nameSuffix',
];

/**
 * The files the kustomization's `resources:` lists when each is a YAML file
 * of the base folder and nothing else brings or renames resources; otherwise
 * undefined (the base cannot be read from its files alone).
 */
async function ownFiles(
  kustomization: string,
  yamlFiles: ReadonlySet<string>,
): Promise<string[] | undefined> {
  let doc: unknown;
  try {
    const meta = await stat(kustomization);
    if (meta.size > MAX_BASE_FILE) return undefined;
    doc = parseYamlDocuments(await readFile(kustomization, 'utf8'), kustomization)[0]?.value;
  } catch {
    return undefined;
  }
  if (!isObject(doc) || OPAQUE_FIELDS.some((f) => doc[f] !== undefined)) return undefined;
  const resources = doc.resources ?? [];
  if (!Array.isArray(resources)) return undefined;
  const files: string[] = [];
  for (const entry of resources) {
    const name = typeof entry === 'string' ? entry.replace(/^\.\//, '') : undefined;
    if (!name || !yamlFiles.has(name)) return undefined;
    files.push(name);
  }
  return files;
}

function firstContainer(deployment: JsonObject): JsonObject | undefined {
  const spec = deployment.spec;
  const template = isObject(spec) ? spec.template : undefined;
  const pod = isObject(template) ? template.spec : undefined;
  const containers = isObject(pod) ? pod.containers : undefined;
  const first = Array.isArray(containers) ? containers[0] : undefined;
  return isObject(first) ? first : undefined;
}

function describePod(deployment: JsonObject): { container?: string; image?: string } {
  const c = firstContainer(deployment);
  const out: { container?: string; image?: string } = {};
  if (typeof c?.name === 'string') out.container = c.name;
  if (typeof c?.image === 'string') out.image = parseImage(c.image).name;
  return out;
}

/** Named container ports, by role: grpc*, metrics/prometheus, else http. */
function portsOf(deployment: JsonObject): MeshPort[] {
  const ports = firstContainer(deployment)?.ports;
  if (!Array.isArray(ports)) return [];
  const out: MeshPort[] = [];
  for (const p of ports) {
    if (!isObject(p) || typeof p.containerPort !== 'number') continue;
    const name = typeof p.name === 'string' ? p.name : '';
    const role = /grpc/.test(name)
      ? 'grpc'
      : /metric|prom/.test(name)
        ? 'metrics'
        : /health/.test(name)
          ? undefined
          : 'http';
    if (role) out.push({ role, port: p.containerPort });
  }
  return out;
}
