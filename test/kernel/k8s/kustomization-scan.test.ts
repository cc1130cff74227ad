import {
  classifyReference,
  pluginRefusal,
  scanKustomization,
} from '../../../actions/kernel/k8s/kustomization-scan.js';
import { parseYamlDocuments } from '../../../actions/kernel/yaml-codec.js';

const parse = (text: string) => parseYamlDocuments(text, 'inline').map((d) => d.value);
const scan = (doc: unknown) => scanKustomization(doc, parse);
const refusedFields = (doc: unknown) => scan(doc).refused.map((r) => r.field);

describe('classifyReference', () => {
  it.each([
    'https://raw.githubusercontent.com/org/repo/main/deploy.yaml',
    'http://127.0.0.1:8080/deploy.yaml',
    'ssh://git@github.com/org/repo.git',
    'git::https://example.com/org/repo',
    'git@github.com:org/repo.git//base?ref=v1',
    'github.com/kubernetes-sigs/kustomize/examples/multibases?ref=v1.0.6',
    'gitlab.com/org/repo/base',
    'example.com/org/repo//deploy',
    '../base?ref=main',
    'gh:org/repo',
    'file:///etc/kubernetes',
  ])('%s is remote', (value) => expect(classifyReference(value)).toBe('remote'));

  it.each(['../base', 'base', './deployment.yaml', 'overlays/prod', 'a.b/c.yaml', '../../shared/v1.2/base'])(
    '%s is local',
    (value) => expect(classifyReference(value)).toBe('local'),
  );

  it('marks host-looking paths as maybe remote: kustomize fetches them when nothing local has that name', () => {
    expect(classifyReference('example.com/org/repo')).toBe('maybe-remote');
    expect(classifyReference('registry.internal.io/team/base')).toBe('maybe-remote');
  });
});

describe('pluginRefusal', () => {
  it('accepts kustomize built-ins and refuses everything else', () => {
    expect(pluginRefusal({ apiVersion: 'builtin', kind: 'LabelTransformer' })).toBeUndefined();
    expect(
      pluginRefusal({ apiVersion: 'builtin', kind: 'PatchTransformer', path: 'p.yaml' }),
    ).toBeUndefined();
    expect(pluginRefusal({ apiVersion: 'builtin', kind: 'HelmChartInflationGenerator' })).toMatch(
      /Helm chart/,
    );
    expect(pluginRefusal({ apiVersion: 'someteam.example.com/v1', kind: 'SopsDecryptor' })).toMatch(
      /plugin code/,
    );
    expect(
      pluginRefusal({
        apiVersion: 'builtin',
        kind: 'LabelTransformer',
        metadata: { annotations: { 'config.kubernetes.io/function': 'exec:\n  path: ./run.sh\n' } },
      }),
    ).toMatch(/KRM function/);
    expect(pluginRefusal('just a string')).toMatch(/not a plugin configuration/);
  });
});

describe('scanKustomization', () => {
  it('refuses remote resources, bases and components, naming the entry', () => {
    const result = scan({
      resources: ['deployment.yaml', 'https://example.com/x.yaml', '../base'],
      bases: ['github.com/org/repo/base?ref=v1'],
      components: ['git@github.com:org/components.git//monitoring'],
    });
    expect(result.refused).toEqual([
      expect.objectContaining({ field: 'resources[1]', entry: 'https://example.com/x.yaml' }),
      expect.objectContaining({ field: 'bases[0]', entry: 'github.com/org/repo/base?ref=v1' }),
      expect.objectContaining({ field: 'components[0]' }),
    ]);
    expect(result.refused[0]?.reason).toMatch(/remote resource/);
    expect(result.refused.map((r) => r.risk)).toEqual(['network', 'network', 'network']);
    expect(result.follow.map((f) => [f.field, f.path, f.role])).toEqual([
      ['resources[0]', 'deployment.yaml', 'resource'],
      ['resources[2]', '../base', 'resource'],
    ]);
  });

  it('refuses Helm chart inflation', () => {
    expect(refusedFields({ helmCharts: [{ name: 'redis', repo: 'https://charts.example.com' }] })).toEqual([
      'helmCharts',
    ]);
    expect(refusedFields({ helmGlobals: { chartHome: 'charts' } })).toEqual(['helmGlobals']);
    expect(scan({ helmCharts: [{ name: 'redis' }] }).refused[0]?.risk).toBe('code');
  });

  it('refuses non-builtin plugins given inline, as YAML strings, or remotely; follows local plugin files', () => {
    const result = scan({
      generators: [{ apiVersion: 'example.com/v1', kind: 'VaultSecrets' }, 'generators/local.yaml'],
      transformers: [
        'apiVersion: builtin\nkind: LabelTransformer\nmetadata:\n  name: l\nlabels:\n  a: b\n',
        'apiVersion: acme/v1\nkind: Shell\nmetadata:\n  name: s\n',
      ],
      validators: ['https://example.com/validator.yaml'],
    });
    expect(result.refused.map((r) => r.field)).toEqual(['generators[0]', 'transformers[1]', 'validators[0]']);
    expect(result.refused[0]?.entry).toBe('kind: VaultSecrets');
    expect(result.follow).toEqual([
      { field: 'generators[1]', path: 'generators/local.yaml', role: 'plugin', maybeRemote: false },
    ]);
  });

  it('refuses every file field that kustomize would fetch as a URL', () => {
    expect(
      refusedFields({
        crds: ['https://example.com/crd.json'],
        configurations: ['http://example.com/config.yaml'],
        openapi: { path: 'https://example.com/schema.json' },
        configMapGenerator: [{ name: 'c', files: ['key=https://example.com/a'], envs: ['https://e/x.env'] }],
        secretGenerator: [{ name: 's', env: 'https://example.com/s.env' }],
        patches: [{ path: 'https://example.com/p.yaml' }],
        patchesJson6902: [{ path: 'https://example.com/j.yaml' }],
        patchesStrategicMerge: ['https://example.com/sm.yaml', 'apiVersion: v1\nkind: ConfigMap\n'],
        replacements: [{ path: 'https://example.com/r.yaml' }],
      }),
    ).toEqual([
      'crds[0]',
      'configurations[0]',
      'openapi.path',
      'configMapGenerator[0].files[0]',
      'configMapGenerator[0].envs[0]',
      'secretGenerator[0].env',
      'patches[0].path',
      'patchesJson6902[0].path',
      'replacements[0].path',
      'patchesStrategicMerge[0]',
    ]);
  });

  it('has nothing to say about a plain local kustomization', () => {
    const result = scan({
      resources: ['../../base'],
      patches: [{ path: 'patches/deployment.yaml' }],
      secretGenerator: [{ name: 'db', envs: ['secrets/db.env'], files: ['tls.crt=secrets/tls.crt'] }],
      openapi: { version: 'v1.20.4' },
    });
    expect(result.refused).toEqual([]);
    expect(result.follow.map((f) => f.path)).toEqual([
      '../../base',
      'secrets/tls.crt',
      'secrets/db.env',
      'patches/deployment.yaml',
    ]);
  });
});
