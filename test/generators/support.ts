/**
 * Helpers for the generator tests: a minimal base (Deployment + Service named
 * after the service, app.kubernetes.io labels), a build with the real
 * `kubectl kustomize`, and the two generator commands run through commander
 * the way the `mmf` program runs them.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildKustomization } from '../../actions/platform/kustomize/kustomize-build.js';
import { registerOverlayCli } from '../../actions/overlay/index.js';
import { registerConfigMigrateCli } from '../../actions/config-migrate/index.js';
import { runCli } from '../../actions/runtime/cli/run-cli.js';
import { isMmfError, MmfError } from '../../actions/kernel/errors.js';
import { isObject, type JsonObject } from '../../actions/kernel/json.js';
import { parseManifestStream } from '../../actions/kernel/k8s/manifest-stream.js';
import { toYaml, toYamlStream } from '../../actions/kernel/yaml-codec.js';
import { kubectlTool } from '../support/build-plan.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export interface BasePorts {
  http?: number;
  grpc?: number;
  metrics?: number;
}

/** Writes <dir>/base/: kustomization, Deployment and Service for `name`. */
export async function writeBase(dir: string, name: string, ports: BasePorts = { http: 8080 }): Promise<void> {
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name };
  const named = Object.entries(ports).filter((e): e is [string, number] => typeof e[1] === 'number');
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name,
              image: `registry.example.com/marty/${name}:1.0.0`,
              ports: named.map(([n, containerPort]) => ({ name: n, containerPort, protocol: 'TCP' })),
            },
          ],
        },
      },
    },
  };
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, labels },
    spec: {
      selector: labels,
      ports: named.map(([n, port]) => ({ name: n, port, targetPort: n, protocol: 'TCP' })),
    },
  };
  await mkdir(join(dir, 'base'), { recursive: true });
  await writeFile(
    join(dir, 'base', 'kustomization.yaml'),
    toYaml({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: ['deployment.yaml', 'service.yaml'],
    }),
  );
  await writeFile(join(dir, 'base', 'deployment.yaml'), toYaml(deployment));
  await writeFile(join(dir, 'base', 'service.yaml'), toYaml(service));
}

/** Writes an overlay at <dir>/overlays/<name> over ../../base with the given components. */
export async function writeTestOverlay(
  dir: string,
  name: string,
  components: readonly string[],
  namespace = 'marty',
): Promise<string> {
  const overlay = join(dir, 'overlays', name);
  await mkdir(overlay, { recursive: true });
  await writeFile(
    join(overlay, 'kustomization.yaml'),
    toYamlStream([
      {
        apiVersion: 'kustomize.config.k8s.io/v1beta1',
        kind: 'Kustomization',
        namespace,
        resources: ['../../base'],
        components: components.map((c) => `../../components/${c}`),
      },
    ]),
  );
  return overlay;
}

/** `kubectl kustomize DIR`, parsed into objects. */
export async function build(kubectl: string, dir: string): Promise<JsonObject[]> {
  const out = await buildKustomization(await kubectlTool(kubectl), dir);
  return parseManifestStream(out.manifests, dir)
    .map((d) => d.value)
    .filter(isObject);
}

export function find(objects: readonly JsonObject[], kind: string, name?: string): JsonObject {
  const found = objects.find(
    (o) => o.kind === kind && (name === undefined || (o.metadata as JsonObject | undefined)?.name === name),
  );
  if (!found) throw new Error(`no ${kind}${name ? `/${name}` : ''} in the build`);
  return found;
}

/** Every file under `dir`, relative and sorted ([] when it does not exist). */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Every entry under `dir`, folders too (with a trailing /), to compare before and after a failed run. */
export async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.map((e) => relative(dir, join(e.parentPath, e.name)) + (e.isDirectory() ? '/' : '')).sort();
}

export interface GeneratorRun {
  code: number;
  stdout: string;
  stderr: string;
  error?: MmfError;
}

/** Runs `mmf migrate <args…>` in process, with only the generator commands registered, through run-cli.ts. */
export async function runMigrate(args: readonly string[]): Promise<GeneratorRun> {
  let stdout = '';
  let stderr = '';
  let error: MmfError | undefined;
  const io = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    onError: (e: unknown) => {
      if (!isMmfError(e)) throw e;
      error = e;
    },
  };
  const code = await runCli(['migrate', ...args], io, [registerOverlayCli, registerConfigMigrateCli]);
  return { code, stdout, stderr, ...(error ? { error } : {}) };
}
