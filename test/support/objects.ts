import type { JsonObject, JsonValue } from '../../actions/kernel/json.js';

export interface ContainerSpec {
  name: string;
  image?: string;
  env?: [string, string][];
  ports?: [string, number][];
  mounts?: [string, string][];
  [extra: string]: JsonValue | undefined;
}

export function container(spec: ContainerSpec): JsonObject {
  const { name, image, env, ports, mounts, ...rest } = spec;
  const out: JsonObject = { name, image: image ?? `registry.example.com/marty/${name}:1.0.0` };
  if (env) out.env = env.map(([n, value]) => ({ name: n, value }));
  if (ports) out.ports = ports.map(([n, containerPort]) => ({ name: n, containerPort, protocol: 'TCP' }));
  if (mounts) out.volumeMounts = mounts.map(([n, mountPath]) => ({ name: n, mountPath }));
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) out[k] = v;
  return out;
}

export function deployment(
  name: string,
  pod: { containers: JsonObject[]; volumes?: JsonObject[]; [k: string]: JsonValue | undefined },
  replicas: number | null = 2,
): JsonObject {
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name };
  const spec: JsonObject = {
    selector: { matchLabels: labels },
    template: { metadata: { labels }, spec: pod as JsonObject },
  };
  if (replicas !== null) spec.replicas = replicas;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      labels: { ...labels, 'helm.sh/chart': `${name}-0.1.0`, 'app.kubernetes.io/managed-by': 'Helm' },
    },
    spec,
  };
}

export function emptyDirVolume(name: string): JsonObject {
  return { name, emptyDir: {} };
}

export function service(name: string, ports: [string, number, number][]): JsonObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name },
    spec: {
      selector: { 'app.kubernetes.io/name': name },
      ports: ports.map(([n, port, targetPort]) => ({ name: n, port, targetPort, protocol: 'TCP' })),
    },
  };
}

export function configMap(name: string, data: Record<string, string>): JsonObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data };
}
