/**
 * The pure planner of `mmf infra config`: value formats, key names, what is
 * treated as sensitive, IRSA detection, cluster.yaml fields, and exact values
 * through the real kustomize (both kubectl versions) for awkward strings.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKustomization } from '../../actions/platform/kustomize/kustomize-build.js';
import { StagedOutput } from '../../actions/platform/fs/staged-output.js';
import { MmfError } from '../../actions/kernel/errors.js';
import type { JsonObject, JsonValue } from '../../actions/kernel/json.js';
import { parseYamlDocuments } from '../../actions/kernel/yaml-codec.js';
import { regionFromEndpoint } from '../../actions/infra/core/cluster-config.js';
import { configKey, renderValue } from '../../actions/infra/core/config-values.js';
import { literalValue, planInfraConfig } from '../../actions/infra/core/plan-infra-config.js';
import type { TerraformOutput } from '../../actions/infra/core/terraform-outputs.js';
import { kubectlTool } from '../support/build-plan.js';
import { KUBECTLS } from '../support/tools.js';

const out = (name: string, value: JsonValue, sensitive = false): TerraformOutput => ({
  name,
  sensitive,
  value,
});
const settings = { source: 'outputs.json', name: 'infra' };

function text(plan: ReturnType<typeof planInfraConfig>, path: string): string {
  const file = plan.files.get(path);
  if (!file) throw new Error(`${path} not planned`);
  return file.content.toString();
}

function yamlOf(plan: ReturnType<typeof planInfraConfig>, path: string): JsonObject {
  return parseYamlDocuments(text(plan, path), path)[0]?.value as JsonObject;
}

function planError(outputs: TerraformOutput[], extra: Partial<typeof settings> = {}): MmfError {
  try {
    planInfraConfig(outputs, { ...settings, ...extra });
  } catch (err) {
    if (err instanceof MmfError) return err;
    throw err;
  }
  throw new Error('expected an MmfError');
}

describe('value formats and keys', () => {
  it.each<[JsonValue, string, string]>([
    ['https://x.eks.amazonaws.com', 'https://x.eks.amazonaws.com', 'string'],
    [5432, '5432', 'number'],
    [12345678901234567890n, '12345678901234567890', 'number'],
    [true, 'true', 'bool'],
    [['subnet-a', 'subnet-b'], 'subnet-a,subnet-b', 'comma-joined'],
    [[1, 2], '1,2', 'comma-joined'],
    [[], '', 'comma-joined'],
    [['a,b', 'c'], '["a,b","c"]', 'json'],
    [[{ a: 1 }], '[{"a":1}]', 'json'],
    [{ b: 'x', a: 'y' }, '{"b":"x","a":"y"}', 'json'],
  ])('%j -> %j (%s)', (value, expected, format) => {
    expect(renderValue(value)).toEqual({ text: expected, format });
  });

  it('skips null', () => expect(renderValue(null)).toBeUndefined());

  it.each([
    ['cluster_endpoint', 'CLUSTER_ENDPOINT'],
    ['db-host', 'DB_HOST'],
    ['_private', '_PRIVATE'],
  ])('key of %s is %s', (name, key) => expect(configKey(name)).toBe(key));

  it('quotes only literal values that kustomize would unquote', () => {
    expect(literalValue('plain')).toBe('plain');
    expect(literalValue('"quoted"')).toBe('""quoted""');
    expect(literalValue("'single'")).toBe(`"'single'"`);
    expect(literalValue('"')).toBe('"');
    expect(literalValue('"mixed\'')).toBe('"mixed\'');
  });

  it('refuses two outputs that map to the same key, naming both', () => {
    const err = planError([out('db_host', 'a'), out('db-host', 'b')]);
    expect(err.code).toBe('E_INPUT_INVALID');
    expect(err.message).toContain('"db_host" and "db-host"');
    expect(err.message).toContain('DB_HOST');
  });

  it('refuses more than Kubernetes holds in one ConfigMap', () => {
    const err = planError([out('blob_a', 'x'.repeat(600_000)), out('blob_b', 'y'.repeat(600_000))]);
    expect(err.code).toBe('E_INPUT_INVALID');
    expect(err.message).toContain('ConfigMap infra-config');
  });
});

describe('sensitive outputs', () => {
  it('treats outputs named like secrets as sensitive even when not marked', () => {
    const plan = planInfraConfig(
      [
        out('grafana_admin_password', 'pw-value'),
        out('api_token', 'tok-value'),
        out('token_endpoint_url', 'u'),
        out('db_password_secret_arn', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db'),
      ],
      settings,
    );
    expect(plan.report.secret?.keys.map((k) => k.key)).toEqual(['API_TOKEN', 'GRAFANA_ADMIN_PASSWORD']);
    expect(plan.report.configMap?.keys.map((k) => k.key)).toEqual([
      'DB_PASSWORD_SECRET_ARN',
      'TOKEN_ENDPOINT_URL',
    ]);
    expect(plan.report.outputs.find((o) => o.name === 'api_token')).toMatchObject({
      sensitive: false,
      sensitiveByName: true,
    });
    expect(plan.report.warnings.join('\n')).toContain('api_token');
  });

  it('puts multi-line secrets in one git-ignored file per key, all mode 0600', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n';
    const plan = planInfraConfig([out('tls_key', pem, true), out('db_password', 'pw', true)], settings);
    const secretFiles = [...plan.files].filter(([p]) => p.startsWith('secrets/'));
    expect(secretFiles.map(([p, f]) => [p, f.mode])).toEqual([
      ['secrets/infra/DB_PASSWORD', 0o600],
      ['secrets/infra/TLS_KEY', 0o600],
    ]);
    expect(yamlOf(plan, 'kustomization.yaml').secretGenerator).toEqual([
      expect.objectContaining({
        name: 'infra-secrets',
        files: ['DB_PASSWORD=secrets/infra/DB_PASSWORD', 'TLS_KEY=secrets/infra/TLS_KEY'],
      }),
    ]);
    for (const [path, file] of plan.files)
      if (!path.startsWith('secrets/')) expect(file.content.toString()).not.toContain('BEGIN PRIVATE KEY');
  });

  it('writes no secretGenerator when nothing is sensitive', () => {
    const plan = planInfraConfig([out('vpc_id', 'vpc-1')], settings);
    expect(yamlOf(plan, 'kustomization.yaml').secretGenerator).toBeUndefined();
    expect(text(plan, '.gitignore')).toContain('/secrets/');
  });
});

describe('IRSA role ARNs', () => {
  const arn = (n: string) => `arn:aws:iam::123456789012:role/${n}`;

  it('binds service roles and leaves cluster and node roles alone', () => {
    const plan = planInfraConfig(
      [
        out('cluster_iam_role_arn', arn('cluster')),
        out('eks_managed_node_group_role_arn', arn('nodes')),
        out('karpenter_irsa_role_arn', arn('karpenter')),
        out('user_service_role_arn', arn('user')),
        out('service_irsa_role_arns', { 'billing/invoice_worker': arn('inv'), broken: 'not-an-arn' }),
        out('secret_irsa_role_arn', arn('hidden'), true),
        out('role_list_irsa', [arn('a'), arn('b')]),
      ],
      settings,
    );
    expect(plan.report.serviceAccounts.map((b) => [b.namespace ?? '', b.serviceAccount, b.roleArn])).toEqual([
      ['', 'karpenter', arn('karpenter')],
      ['', 'user-service', arn('user')],
      ['billing', 'invoice-worker', arn('inv')],
    ]);
    expect(plan.report.skipped.map((s) => s.output)).toEqual([
      'service_irsa_role_arns["broken"]',
      'secret_irsa_role_arn',
      'role_list_irsa',
    ]);
    const component = yamlOf(plan, 'irsa/kustomization.yaml');
    expect(component.kind).toBe('Component');
    expect(JSON.stringify(plan.files.get('irsa/kustomization.yaml')?.content)).not.toContain('hidden');
    expect(yamlOf(plan, 'irsa/serviceaccount-invoice-worker.yaml')).toEqual({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name: 'invoice-worker',
        namespace: 'billing',
        annotations: { 'eks.amazonaws.com/role-arn': arn('inv') },
      },
    });
  });

  it('writes no irsa/ folder without role ARNs', () => {
    const plan = planInfraConfig([out('vpc_id', 'vpc-1')], settings);
    expect([...plan.files.keys()].some((p) => p.startsWith('irsa/'))).toBe(false);
  });
});

describe('cluster.yaml', () => {
  it('derives the region from an EKS or AKS endpoint', () => {
    expect(regionFromEndpoint('https://ABC.gr7.us-gov-west-1.eks.amazonaws.com')).toBe('us-gov-west-1');
    expect(regionFromEndpoint('https://ABC.yl4.cn-north-1.eks.amazonaws.com.cn')).toBe('cn-north-1');
    expect(regionFromEndpoint('https://marty-dns-1a2b.hcp.westeurope.azmk8s.io:443')).toBe('westeurope');
    expect(regionFromEndpoint('https://34.1.2.3')).toBeUndefined();
  });

  it('prefers an explicit region output and leaves sensitive known fields out with a warning', () => {
    const plan = planInfraConfig(
      [
        out('cluster_endpoint', 'https://ABC.gr7.eu-west-1.eks.amazonaws.com'),
        out('cluster_certificate_authority_data', 'Q0E=', true),
        out('aws_region', 'eu-central-1'),
      ],
      settings,
    );
    const cluster = yamlOf(plan, 'cluster.yaml').cluster as JsonObject;
    expect(cluster).toEqual({
      endpoint: 'https://ABC.gr7.eu-west-1.eks.amazonaws.com',
      region: 'eu-central-1',
      provider: 'aws',
    });
    expect(plan.report.warnings.join('\n')).toContain('cluster.certificateAuthorityData left out');
    expect(text(plan, 'cluster.yaml')).not.toContain('Q0E=');
  });

  it('is byte-identical for the same input', () => {
    const outputs = [out('cluster_name', 'x'), out('vpc_id', 'vpc-1'), out('db_password', 'p', true)];
    const a = planInfraConfig(outputs, settings);
    const b = planInfraConfig(outputs, settings);
    expect([...a.files].map(([p, f]) => [p, f.content.toString()])).toEqual(
      [...b.files].map(([p, f]) => [p, f.content.toString()]),
    );
  });
});

describe.each(KUBECTLS)('awkward values through the real kustomize ($label)', ({ kubectl }) => {
  const values: Record<string, string> = {
    double_quoted: '"quoted"',
    single_quoted: "'single'",
    multi_line: 'line one\nline two\n',
    spaced: '  leading and trailing  ',
    equals: 'a=b=c',
    hash: '#not-a-comment',
    unicode: 'Zürich ✓',
    empty: '',
    octal_like: '0o17',
    yes_word: 'yes',
  };
  const secrets: Record<string, string> = {
    secret_pem: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
    secret_quoted: '"q"',
    secret_empty: '',
  };

  it('keeps every value exact in the built ConfigMap and Secret', async () => {
    const plan = planInfraConfig(
      [
        ...Object.entries(values).map(([n, v]) => out(n, v)),
        out('big_number', 12345678901234567890n),
        ...Object.entries(secrets).map(([n, v]) => out(n, v, true)),
      ],
      { ...settings, namespace: 'marty' },
    );
    const parent = await mkdtemp(join(tmpdir(), 'mmf-infra-values-'));
    try {
      const staged = await StagedOutput.open(join(parent, 'out'), false);
      await staged.write(plan.files);
      await staged.commit();
      const built = await buildKustomization(await kubectlTool(kubectl), join(parent, 'out'));
      const objects = parseYamlDocuments(built.manifests, 'build').map((d) => d.value as JsonObject);
      const configMap = objects.find((o) => o.kind === 'ConfigMap');
      const secret = objects.find((o) => o.kind === 'Secret');
      const expected = Object.fromEntries(Object.entries(values).map(([n, v]) => [configKey(n), v]));
      expect(configMap?.data).toEqual({ ...expected, BIG_NUMBER: '12345678901234567890' });
      const decoded = Object.fromEntries(
        Object.entries(secret?.data as Record<string, string>).map(([k, v]) => [
          k,
          Buffer.from(v, 'base64').toString('utf8'),
        ]),
      );
      expect(decoded).toEqual(Object.fromEntries(Object.entries(secrets).map(([n, v]) => [configKey(n), v])));
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
