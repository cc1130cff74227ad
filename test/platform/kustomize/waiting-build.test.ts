/**
 * kustomize builds started before their overlay is written (waiting-build.ts):
 * kustomize waits on a FIFO kustomization.yaml, builds exactly what a build of
 * the finished tree builds once it is given the kustomization (through its
 * private wrapper, warmed up or not), and leaves a plain file in the pipe's
 * place; one that is stopped, or that dies before reading, neither hangs nor
 * leaves a pipe or its private folder behind.
 */
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildKustomization } from '../../../actions/platform/kustomize/kustomize-build.js';
import { startWaitingBuilds } from '../../../actions/platform/kustomize/waiting-build.js';
import type { KustomizeTool } from '../../../actions/platform/tools/resolve-tool.js';
import { MmfError } from '../../../actions/kernel/errors.js';
import { KUBECTLS } from '../../support/tools.js';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-waiting-build-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const OVERLAY = (replicas: number) =>
  'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ../../base\n' +
  `replicas:\n- name: web\n  count: ${replicas}\n`;

/** A tree with its base written and its overlays' folders not yet made. */
async function tree(name: string): Promise<string> {
  const root = join(work, name);
  await mkdir(join(root, 'base'), { recursive: true });
  await writeFile(
    join(root, 'base', 'kustomization.yaml'),
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- deployment.yaml\n',
  );
  await writeFile(
    join(root, 'base', 'deployment.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  template:\n' +
      '    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
  );
  return root;
}

/**
 * An overlay that uses what kustomize does at the top level of a build (hash
 * suffixes and the references to them) as well as a delete patch, a
 * strategic-merge and an RFC 6902 patch, replicas, images and a namespace.
 */
const RICH_OVERLAY = [
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'namespace: apps',
  'resources:',
  '- ../../base',
  'replicas:',
  '- name: web',
  '  count: 3',
  'images:',
  '- name: nginx',
  '  newTag: "1.28"',
  'secretGenerator:',
  '- name: web-env',
  '  literals:',
  '  - TOKEN=not-a-secret',
  'patches:',
  '- path: delete-pdb.yaml',
  '- path: smp.yaml',
  '- path: json.yaml',
  '  target:',
  '    kind: ConfigMap',
  '    name: web-settings',
  '',
].join('\n');

async function richTree(name: string): Promise<string> {
  const root = await tree(name);
  await writeFile(
    join(root, 'base', 'kustomization.yaml'),
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- deployment.yaml\n- extra.yaml\n',
  );
  await writeFile(
    join(root, 'base', 'extra.yaml'),
    'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n---\n' +
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-settings\ndata:\n  LOG_LEVEL: info\n',
  );
  for (const env of ['dev', 'prod']) {
    const dir = join(root, 'overlays', env);
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'delete-pdb.yaml'),
      '$patch: delete\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n',
    );
    await writeFile(
      join(dir, 'smp.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n' +
        '      containers:\n      - name: web\n        envFrom:\n        - secretRef:\n            name: web-env\n',
    );
    await writeFile(join(dir, 'json.yaml'), '- op: replace\n  path: /data/LOG_LEVEL\n  value: debug\n');
  }
  return root;
}

/** Runs `start` with the temporary folder set to a new one, and names it: what the builds leave there. */
async function inPrivateTemp<T>(start: () => Promise<T>): Promise<{ result: T; left: string }> {
  const left = await mkdtemp(join(work, 'tmp-'));
  const saved = process.env['TMPDIR'];
  process.env['TMPDIR'] = left;
  try {
    return { result: await start(), left };
  } finally {
    if (saved === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = saved;
  }
}

const kubectl = (path: string): KustomizeTool => ({
  name: 'kustomize',
  kind: 'kubectl',
  path,
  version: 'v5',
  source: 'path',
});

describe.each(KUBECTLS)('waiting builds with the $label', ({ kubectl: path }) => {
  it('build what a build of the written tree builds, and leave plain files', async () => {
    const root = await tree(`same-${basename(path)}-${Math.random().toString(36).slice(2)}`);
    const dirs = ['dev', 'prod'].map((env) => join(root, 'overlays', env));
    const waiting = await startWaitingBuilds(kubectl(path), dirs, (dir) => `out/${basename(dir)}`);
    expect(waiting).toHaveLength(2);
    for (const dir of dirs) expect((await lstat(join(dir, 'kustomization.yaml'))).isFIFO()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200)); // kustomize has started and waits
    const built = await Promise.all((waiting ?? []).map((w, i) => w.run(OVERLAY(i + 2))));
    for (const [i, dir] of dirs.entries()) {
      const file = join(dir, 'kustomization.yaml');
      const info = await stat(file);
      expect(info.isFile()).toBe(true);
      expect(info.mode & 0o777).toBe(0o666 & ~process.umask());
      expect(await readFile(file, 'utf8')).toBe(OVERLAY(i + 2));
      expect(built[i]?.manifests).toContain(`replicas: ${i + 2}`);
      expect(built[i]?.manifests).toBe((await buildKustomization(kubectl(path), dir)).manifests);
      expect(await readdir(dir)).toEqual(['kustomization.yaml']);
    }
  });

  it('warmed up or not, build what kustomize builds of the overlay itself, byte for byte', async () => {
    const root = await richTree(`rich-${basename(path)}-${Math.random().toString(36).slice(2)}`);
    const dirs = ['dev', 'prod'].map((env) => join(root, 'overlays', env));
    const { result: waiting, left } = await inPrivateTemp(() =>
      startWaitingBuilds(kubectl(path), dirs, (dir) => `out/${basename(dir)}`),
    );
    expect(waiting).toHaveLength(2);
    waiting?.[0]?.warm(true); // dev loads the schema now; prod is let on without it by run()
    await new Promise((resolve) => setTimeout(resolve, 200));
    const built = await Promise.all((waiting ?? []).map((w) => w.run(RICH_OVERLAY)));
    for (const [i, dir] of dirs.entries()) {
      const direct = (await buildKustomization(kubectl(path), dir)).manifests;
      expect(built[i]?.manifests).toBe(direct);
      // What the overlay does is all there: the delete, both kinds of patch, the hashed Secret and its reference.
      expect(direct).not.toContain('PodDisruptionBudget');
      expect(direct).toContain('replicas: 3');
      expect(direct).toContain('image: nginx:1.28');
      expect(direct).toMatch(/name: web-env-[a-z0-9]{10}\n/);
      expect(direct).toMatch(/secretRef:\n\s+name: web-env-[a-z0-9]{10}\n/);
      expect(direct).toContain('LOG_LEVEL: debug');
      expect(direct).not.toContain('mmf-warm-up');
    }
    expect(await readdir(left)).toEqual([]);
  });

  it('a broken overlay is reported as kustomize reports it for the overlay, not for the wrapper', async () => {
    const root = await tree(`broken-${basename(path)}-${Math.random().toString(36).slice(2)}`);
    const dir = join(root, 'overlays', 'dev');
    const { result: waiting, left } = await inPrivateTemp(() =>
      startWaitingBuilds(kubectl(path), [dir], () => 'out/dev'),
    );
    const error = await waiting?.[0]
      ?.run(`${OVERLAY(2)}patches:\n- path: missing.yaml\n`)
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(MmfError);
    expect((error as MmfError).code).toBe('E_TOOL_FAILED');
    // The overlay's own error, its folder named as the user knows it; nothing about the wrapper.
    expect((error as MmfError).message).toContain('out/dev/missing.yaml');
    expect((error as MmfError).message).not.toMatch(/accumulat|mmf-build-|warm-up/);
    expect(await readdir(left)).toEqual([]);
  });

  it('stopped: kustomize is killed unread and the pipe removed', async () => {
    const root = await tree(`stopped-${basename(path)}-${Math.random().toString(36).slice(2)}`);
    const dir = join(root, 'overlays', 'dev');
    const { result, left } = await inPrivateTemp(() => startWaitingBuilds(kubectl(path), [dir], (d) => d));
    const [waiting] = result ?? [];
    waiting?.warm(true);
    await waiting?.stop();
    await waiting?.stop(); // a second stop does nothing
    expect(await readdir(dir)).toEqual([]);
    expect(await readdir(left)).toEqual([]);
  });
});

describe('a waiting build whose kustomize dies before it reads', () => {
  it('fails with E_TOOL_FAILED instead of waiting for a reader', async () => {
    const root = await tree('dies');
    const dir = join(root, 'overlays', 'dev');
    const stub = join(work, 'dies.sh');
    await writeFile(stub, '#!/bin/sh\necho "Error: no such overlay" >&2\nexit 1\n', { mode: 0o755 });
    const [waiting] = (await startWaitingBuilds(kubectl(stub), [dir], () => 'out/dev')) ?? [];
    await new Promise((resolve) => setTimeout(resolve, 100)); // it has exited
    const error = await waiting?.run(OVERLAY(2)).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(MmfError);
    expect((error as MmfError).code).toBe('E_TOOL_FAILED');
    expect((error as MmfError).message).toContain('no such overlay');
    expect((await stat(join(dir, 'kustomization.yaml'))).isFile()).toBe(true);
  });
});
