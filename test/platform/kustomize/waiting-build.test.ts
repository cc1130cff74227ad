/**
 * kustomize builds started before their overlay is written (waiting-build.ts):
 * kustomize waits on a FIFO kustomization.yaml, builds exactly what a build of
 * the finished tree builds once it is given the kustomization, and leaves a
 * plain file in the pipe's place; one that is stopped, or that dies before
 * reading, neither hangs nor leaves a pipe behind, and one that never reads
 * does not keep mmf from exiting on SIGINT.
 */
import { spawn } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildKustomization } from '../../../actions/platform/kustomize/kustomize-build.js';
import { startWaitingBuilds } from '../../../actions/platform/kustomize/waiting-build.js';
import type { KustomizeTool } from '../../../actions/platform/tools/resolve-tool.js';
import { MmfError } from '../../../actions/kernel/errors.js';
import { KUBECTLS, REPO_ROOT } from '../../support/tools.js';

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

  it('a broken overlay is reported as kustomize reports it, with the folder the user knows', async () => {
    const root = await tree(`broken-${basename(path)}-${Math.random().toString(36).slice(2)}`);
    const dir = join(root, 'overlays', 'dev');
    const [waiting] = (await startWaitingBuilds(kubectl(path), [dir], () => 'out/dev')) ?? [];
    const error = await waiting
      ?.run(`${OVERLAY(2)}patches:\n- path: missing.yaml\n`)
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(MmfError);
    expect((error as MmfError).code).toBe('E_TOOL_FAILED');
    expect((error as MmfError).message).toContain('out/dev/missing.yaml');
    expect((error as MmfError).message).not.toContain(root);
  });

  it('stopped: kustomize is killed unread and the pipe removed', async () => {
    const root = await tree(`stopped-${basename(path)}-${Math.random().toString(36).slice(2)}`);
    const dir = join(root, 'overlays', 'dev');
    const [waiting] = (await startWaitingBuilds(kubectl(path), [dir], (d) => d)) ?? [];
    await waiting?.stop();
    expect(await readdir(dir)).toEqual([]);
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

describe('a waiting build whose kustomize never reads its kustomization', () => {
  it('does not keep the process from exiting on SIGINT: it exits 130 and says so', async () => {
    const root = await tree('never-reads');
    const dir = join(root, 'overlays', 'dev');
    const stub = join(work, 'never-reads.sh');
    await writeFile(stub, '#!/bin/sh\nexec sleep 3600\n', { mode: 0o755 });
    // A process of its own: run() waits to open the pipe until SIGINT, which must still end it.
    const script = join(work, 'never-reads.ts');
    await writeFile(
      script,
      `import { startWaitingBuilds } from ${JSON.stringify(join(REPO_ROOT, 'actions/platform/kustomize/waiting-build.js'))};\n` +
        `const tool = { name: 'kustomize', kind: 'kubectl', path: ${JSON.stringify(stub)}, version: 'v5', source: 'path' } as const;\n` +
        `const [waiting] = (await startWaitingBuilds(tool, [${JSON.stringify(dir)}], (d) => d)) ?? [];\n` +
        `void waiting?.run('resources: []\\n');\n` +
        `setTimeout(() => process.stdout.write('waiting\\n'), 300);\n`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: REPO_ROOT });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('waiting') && resolve());
      void exited.then(() => reject(new Error(`exited before it waited: ${stderr}`)));
    });
    child.kill('SIGINT');
    // Should it hang after all, it is killed, so that the failure is reported and nothing is left.
    const hung = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await exited;
    clearTimeout(hung);
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted by SIGINT');
  }, 30_000);
});
