/**
 * Kustomizations from a pull request are built without network and plugins:
 * remote resources, bases, components, Helm charts and non-builtin plugins
 * are refused with E_KUSTOMIZE_REMOTE before kustomize runs, following local
 * bases recursively, and no connection is attempted. `allowRemote` lets the
 * real kustomize fetch (which proves the listener below would have seen it).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { MmfError } from '../../../actions/kernel/errors.js';
import {
  buildKustomization,
  FORBIDDEN_BUILD_FLAGS,
} from '../../../actions/platform/kustomize/kustomize-build.js';
import {
  assertNoRemoteContent,
  type RemoteScanMemo,
} from '../../../actions/platform/kustomize/remote-scan.js';
import { kustomizeBuildArgs, type KustomizeTool } from '../../../actions/platform/tools/resolve-tool.js';
import { KUBECTLS } from '../../support/tools.js';

const CONFIGMAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fetched\ndata:\n  a: b\n';
let work: string;
let server: Server;
let url: string;
let connections = 0;
let requests = 0;

async function files(root: string, tree: Record<string, string>): Promise<string> {
  for (const [path, text] of Object.entries(tree)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

async function rejection(promise: Promise<unknown>): Promise<MmfError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(MmfError);
    return err as MmfError;
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-remote-'));
  server = createServer((req, res) => {
    requests++;
    res.writeHead(200, { 'content-type': 'application/yaml' }).end(CONFIGMAP);
  });
  server.on('connection', () => connections++);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/configmap.yaml`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  await rm(work, { recursive: true, force: true });
});

beforeEach(() => {
  connections = 0;
  requests = 0;
});

describe.each(KUBECTLS)('$label', ({ kubectl }) => {
  const tool = (allowRemote?: boolean): KustomizeTool => ({
    name: 'kustomize',
    kind: 'kubectl',
    path: kubectl,
    version: 'v?',
    source: 'option',
    ...(allowRemote ? { allowRemote } : {}),
  });

  it('refuses a remote resource in a base two levels down, with no connection; allowRemote fetches it', async () => {
    const root = await files(await mkdtemp(join(work, 'tree-')), {
      'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n',
      'base/kustomization.yaml': 'resources:\n  - ../shared\n  - cm.yaml\n',
      'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: local\n',
      'shared/kustomization.yaml': `resources:\n  - ${url}\n`,
    });
    const err = await rejection(buildKustomization(tool(), join(root, 'overlays/prod'), 'k8s/overlays/prod'));
    expect(err.code).toBe('E_KUSTOMIZE_REMOTE');
    expect(err.exitCode).toBe(1);
    expect(err.file).toBe(join('k8s', 'shared', 'kustomization.yaml'));
    expect(err.message).toContain(`resources[0] "${url}"`);
    expect(err.hint).toContain('--allow-remote');
    expect(connections).toBe(0);

    const built = await buildKustomization(tool(true), join(root, 'overlays/prod'));
    expect(built.manifests).toContain('name: fetched');
    expect(requests).toBeGreaterThan(0);
  });

  it('refuses a git shorthand, a Helm chart and a plugin without running anything', async () => {
    for (const [text, field] of [
      [
        'resources:\n  - github.com/kubernetes-sigs/kustomize//examples/helloWorld?ref=v3.3.1\n',
        'resources[0]',
      ],
      ['helmCharts:\n  - name: redis\n    repo: http://127.0.0.1:1/charts\n', 'helmCharts'],
      ['transformers:\n  - plugin.yaml\n', 'transformers[0]'],
      [
        `configMapGenerator:\n  - name: c\n    files:\n      - key=${url}\n`,
        'configMapGenerator[0].files[0]',
      ],
    ] as const) {
      const root = await files(await mkdtemp(join(work, 'case-')), {
        'kustomization.yaml': text,
        'plugin.yaml': 'apiVersion: someteam.example.com/v1\nkind: ChartInflator\nmetadata:\n  name: x\n',
      });
      const err = await rejection(buildKustomization(tool(), root, 'tree'));
      expect(err.code).toBe('E_KUSTOMIZE_REMOTE');
      expect(err.message.startsWith(field)).toBe(true);
    }
    expect(connections).toBe(0);
  });

  it('refuses a host-looking path that does not exist locally, and builds one that does', async () => {
    const root = await files(await mkdtemp(join(work, 'maybe-')), {
      'kustomization.yaml': 'resources:\n  - example.com/org/repo\n',
    });
    expect((await rejection(buildKustomization(tool(), root))).code).toBe('E_KUSTOMIZE_REMOTE');
    await files(root, {
      'example.com/org/repo/kustomization.yaml': 'resources:\n  - cm.yaml\n',
      'example.com/org/repo/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: vendored\n',
    });
    expect((await buildKustomization(tool(), root)).manifests).toContain('name: vendored');
  });

  it('builds local trees with builtin transformers as before', async () => {
    const root = await files(await mkdtemp(join(work, 'local-')), {
      'kustomization.yaml': 'resources:\n  - cm.yaml\ntransformers:\n  - labels.yaml\n',
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\n',
      'labels.yaml':
        'apiVersion: builtin\nkind: LabelTransformer\nmetadata:\n  name: l\nlabels:\n  team: a\nfieldSpecs:\n  - path: metadata/labels\n    create: true\n',
    });
    const built = await buildKustomization(tool(), root);
    expect(built.manifests).toContain('team: a');
  });
});

describe('the check before a build', () => {
  it('reads a base shared by several overlays once, and refuses every overlay over a remote base', async () => {
    const root = await files(await mkdtemp(join(work, 'shared-')), {
      'overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\n',
      'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n',
      'base/kustomization.yaml': `resources:\n  - cm.yaml\n  - ${url}\n`,
    });
    const memo: RemoteScanMemo = new Map();
    const checks = ['dev', 'prod'].map((env) =>
      rejection(assertNoRemoteContent(join(root, 'overlays', env), `k8s/overlays/${env}`, memo)),
    );
    for (const err of await Promise.all(checks)) {
      expect(err.code).toBe('E_KUSTOMIZE_REMOTE');
      expect(err.message).toContain(`resources[1] "${url}"`);
    }
    expect([...memo.keys()].filter((key) => key.endsWith(`${sep}base\0false`))).toHaveLength(1);
    expect(memo.size).toBe(3);
    expect(connections).toBe(0);
  });

  it('follows folders that list each other without looping, and still finds what is remote below them', async () => {
    const root = await files(await mkdtemp(join(work, 'cycle-')), {
      'a/kustomization.yaml': 'resources:\n  - ../b\n',
      'b/kustomization.yaml': 'resources:\n  - ../a\n  - ../c\n',
      'c/kustomization.yaml': 'components:\n  - github.com/org/repo//component?ref=main\n',
    });
    const err = await rejection(assertNoRemoteContent(join(root, 'a'), 'tree/a'));
    expect(err.code).toBe('E_KUSTOMIZE_REMOTE');
    expect(err.file).toBe(join('tree', 'c', 'kustomization.yaml'));
    await writeFile(join(root, 'c/kustomization.yaml'), 'resources: []\n');
    await expect(assertNoRemoteContent(join(root, 'a'), 'tree/a')).resolves.toBeUndefined();
  });
});

it('never passes flags that enable helm, plugins, exec or other load restrictors', () => {
  for (const kind of ['kustomize', 'kubectl'] as const) {
    const { args } = kustomizeBuildArgs(
      { name: 'kustomize', kind, path: '/bin/x', version: 'v5', source: 'option' },
      '/tree',
    );
    expect(args).toEqual(kind === 'kubectl' ? ['kustomize', '/tree'] : ['build', '/tree']);
    for (const flag of FORBIDDEN_BUILD_FLAGS) expect(args.join(' ')).not.toContain(flag);
  }
  expect(FORBIDDEN_BUILD_FLAGS).toEqual(
    expect.arrayContaining(['--enable-helm', '--enable-alpha-plugins', '--enable-exec', '--load-restrictor']),
  );
});
