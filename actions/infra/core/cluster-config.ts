import type { JsonObject, JsonValue } from '../../kernel/json.js';
import type { IrsaBinding } from './irsa.js';

/** An output as the planners see it: `secret` when it must stay out of tracked files. */
export interface ClassifiedOutput {
  name: string;
  value: JsonValue;
  secret: boolean;
}

export interface ClusterField {
  /** Dotted path in cluster.yaml, e.g. cluster.endpoint. */
  path: string;
  output: string;
  /** True when the value was worked out from the output (the region from the endpoint). */
  derived?: boolean;
}

export interface ClusterConfigPlan {
  document: JsonObject;
  fields: ClusterField[];
  /** Known fields whose output is sensitive: left out of cluster.yaml. */
  omitted: ClusterField[];
  warnings: string[];
}

/** cluster.yaml fields and the output names that fill them, first match wins. */
const KNOWN_FIELDS: readonly (readonly [string, readonly string[]])[] = [
  ['cluster.name', ['cluster_name', 'eks_cluster_name', 'aks_cluster_name', 'gke_cluster_name']],
  ['cluster.endpoint', ['cluster_endpoint', 'eks_cluster_endpoint', 'kubernetes_endpoint', 'cluster_host']],
  [
    'cluster.certificateAuthorityData',
    [
      'cluster_certificate_authority_data',
      'eks_cluster_certificate_authority_data',
      'cluster_ca_certificate',
      'cluster_ca_data',
    ],
  ],
  ['cluster.version', ['cluster_version', 'kubernetes_version']],
  ['cluster.arn', ['cluster_arn', 'eks_cluster_arn']],
  ['cluster.region', ['region', 'aws_region', 'cluster_region', 'location']],
  ['cluster.oidcIssuerUrl', ['cluster_oidc_issuer_url', 'oidc_issuer_url']],
  ['cluster.oidcProviderArn', ['oidc_provider_arn', 'cluster_oidc_provider_arn']],
  ['network.vpcId', ['vpc_id']],
  ['network.vpcCidrBlock', ['vpc_cidr_block', 'vpc_cidr']],
  ['network.privateSubnetIds', ['private_subnet_ids', 'private_subnets']],
  ['network.publicSubnetIds', ['public_subnet_ids', 'public_subnets']],
  ['network.clusterSecurityGroupId', ['cluster_security_group_id']],
  ['network.nodeSecurityGroupId', ['node_security_group_id']],
];

/** services.<group>.<field> for outputs named <prefix>_<field>. */
const SERVICE_GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ['database', ['database', 'db', 'rds', 'postgres', 'postgresql', 'mysql', 'aurora']],
  ['cache', ['redis', 'cache', 'elasticache', 'memcached', 'valkey']],
  ['kafka', ['kafka', 'msk']],
];

/**
 * The cluster config for deploy tooling (kubeconfig, Argo CD cluster secret,
 * deploy scripts): cluster identity and endpoint, network, the data services'
 * endpoints and the IRSA bindings, in their natural types (lists stay lists).
 * Only outputs that are not secret are read.
 */
export function planClusterConfig(
  outputs: readonly ClassifiedOutput[],
  irsa: readonly IrsaBinding[],
  source: string,
): ClusterConfigPlan {
  const byName = new Map(outputs.filter((o) => o.value !== null).map((o) => [o.name, o]));
  const fields: ClusterField[] = [];
  const omitted: ClusterField[] = [];
  const warnings: string[] = [];
  const used = new Set<string>();
  const sections: Record<'cluster' | 'network' | 'services', JsonObject> = {
    cluster: {},
    network: {},
    services: {},
  };
  const set = (path: string, value: JsonValue) => {
    const [section, ...rest] = path.split('.') as ['cluster' | 'network' | 'services', ...string[]];
    let node = sections[section];
    for (const step of rest.slice(0, -1)) node = (node[step] ??= {}) as JsonObject;
    node[rest[rest.length - 1] as string] = value;
  };

  for (const [path, names] of KNOWN_FIELDS) {
    const found = names.map((n) => byName.get(n)).filter((o) => o !== undefined);
    const usable = found.find((o) => !o.secret);
    for (const o of found) used.add(o.name);
    if (usable) {
      set(path, usable.value);
      fields.push({ path, output: usable.name });
    } else if (found[0]) omitted.push({ path, output: found[0].name });
  }

  const endpoint = stringAt(sections.cluster.endpoint);
  const arn = stringAt(sections.cluster.arn);
  const provider = detectProvider(endpoint, arn);
  if (provider) sections.cluster.provider = provider;
  if (sections.cluster.region === undefined) {
    const fromEndpoint = endpoint ? regionFromEndpoint(endpoint) : undefined;
    const fromArn = arn ? /^arn:aws[a-z-]*:eks:([a-z0-9-]+):/.exec(arn)?.[1] : undefined;
    const region = fromEndpoint ?? fromArn;
    if (region) {
      sections.cluster.region = region;
      const from = fields.find((f) => f.path === (fromEndpoint ? 'cluster.endpoint' : 'cluster.arn'));
      if (from) fields.push({ path: 'cluster.region', output: from.output, derived: true });
    }
  }

  for (const output of outputs) {
    if (used.has(output.name) || output.value === null) continue;
    for (const [group, prefixes] of SERVICE_GROUPS) {
      const prefix = prefixes.find(
        (p) => output.name.length > p.length + 1 && output.name.toLowerCase().startsWith(`${p}_`),
      );
      if (!prefix) continue;
      const path = `services.${group}.${camelCase(output.name.slice(prefix.length + 1))}`;
      if (output.secret) {
        omitted.push({ path, output: output.name });
      } else if (fields.some((f) => f.path === path)) {
        const first = fields.find((f) => f.path === path)?.output;
        warnings.push(
          `cluster.yaml: ${path} comes from output "${first}"; "${output.name}" is only in the ConfigMap.`,
        );
      } else {
        set(path, output.value);
        fields.push({ path, output: output.name });
      }
      break;
    }
  }

  const document: JsonObject = {
    apiVersion: 'mmf/v1alpha1',
    kind: 'ClusterConfig',
    metadata: { source },
  };
  for (const [key, section] of Object.entries(sections))
    if (Object.keys(section).length) document[key] = section;
  if (irsa.length) {
    document.serviceAccounts = irsa.map((b) => ({
      name: b.serviceAccount,
      ...(b.namespace ? { namespace: b.namespace } : {}),
      roleArn: b.roleArn,
    }));
  }
  return { document, fields, omitted, warnings };
}

function stringAt(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function detectProvider(endpoint: string | undefined, arn: string | undefined): string | undefined {
  if (endpoint && /\.eks\.amazonaws\.com(\.cn)?(:\d+)?\/?$/i.test(endpoint)) return 'aws';
  if (arn?.startsWith('arn:aws')) return 'aws';
  if (endpoint && /\.azmk8s\.io(:\d+)?\/?$/i.test(endpoint)) return 'azure';
  return undefined;
}

/** EKS: https://<id>.<shard>.<region>.eks.amazonaws.com; AKS: https://<name>.hcp.<region>.azmk8s.io:443 */
export function regionFromEndpoint(endpoint: string): string | undefined {
  const eks = /\.([a-z]{2}(?:-[a-z]+)+-\d+)\.eks\.amazonaws\.com(?:\.cn)?(?::\d+)?\/?$/i.exec(endpoint);
  if (eks) return eks[1]?.toLowerCase();
  const aks = /\.(?:hcp|privatelink)\.([a-z0-9]+)\.azmk8s\.io(?::\d+)?\/?$/i.exec(endpoint);
  return aks?.[1]?.toLowerCase();
}

function camelCase(snake: string): string {
  return snake.toLowerCase().replace(/[_-]+([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
