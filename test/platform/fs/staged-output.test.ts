/**
 * StagedOutput: output is never lost or half-written. An output inside an
 * input folder is refused; a lock beside the output keeps a second run out
 * (a stale lock of a dead process is taken over, and said so); a file that
 * appears in the target during the run is never deleted without --force; a
 * mount point is filled in place; modes follow the umask, Secret files 600.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { MmfError } from '../../../actions/kernel/errors.js';
import { lockPathFor } from '../../../actions/platform/fs/output-lock.js';
import { StagedOutput } from '../../../actions/platform/fs/staged-output.js';

let work: string;
const TREE = new Map([
  ['base/kustomization.yaml', { content: 'resources: []\n' }],
  ['overlays/prod/secrets/db.env', { content: 'PASSWORD=s3cret\n', mode: 0o600 }],
  ['MIGRATION_REPORT.md', { content: '# report\n' }],
]);

async function rejection(promise: Promise<unknown>): Promise<MmfError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(MmfError);
    return err as MmfError;
  }
  throw new Error('expected a rejection');
}

/** Names in `dir` that staging or locking would leave behind. */
async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.includes('.mmf-tmp-') || n.includes('.mmf-lock'));
}

const mode = async (path: string) => (await stat(path)).mode & 0o777;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-staged-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('an output inside an input folder', () => {
  it('is refused with or without --force, through symbolic links too, and nothing is created', async () => {
    const chart = join(work, 'inside', 'chart');
    await mkdir(join(chart, 'templates'), { recursive: true });
    await symlink(chart, join(work, 'inside', 'chart-link'));
    for (const [output, force] of [
      [join(chart, 'k8s'), false],
      [join(chart, 'k8s'), true],
      [join(chart, 'templates', 'deep', 'k8s'), true],
      [chart, true],
      [join(work, 'inside', 'chart-link', 'k8s'), false],
    ] as const) {
      const err = await rejection(StagedOutput.open(output, force, [chart, join(work, 'values.yaml')]));
      expect(err.code).toBe('E_OUTPUT_INSIDE_INPUT');
      expect(err.exitCode).toBe(1);
      expect(err.message).toContain(chart);
    }
    expect((await readdir(chart)).sort()).toEqual(['templates']);
    expect(await readdir(join(chart, 'templates'))).toEqual([]);
  });

  it('is fine next to the chart, and a values file’s folder is not an input folder', async () => {
    const chart = join(work, 'next', 'chart');
    await mkdir(chart, { recursive: true });
    await writeFile(join(work, 'next', 'values-prod.yaml'), 'a: 1\n');
    const staged = await StagedOutput.open(join(work, 'next', 'k8s'), false, [
      chart,
      join(work, 'next', 'values-prod.yaml'),
    ]);
    await staged.write(TREE);
    await staged.commit();
    expect(await readFile(join(work, 'next', 'k8s', 'MIGRATION_REPORT.md'), 'utf8')).toBe('# report\n');
  });
});

describe('the lock beside the output', () => {
  it('keeps a second run out until the first is done, then lets it in', async () => {
    const output = join(work, 'locked', 'k8s');
    const first = await StagedOutput.open(output, false);
    expect(existsSync(lockPathFor(output))).toBe(true);
    const err = await rejection(StagedOutput.open(output, true));
    expect(err.code).toBe('E_OUTPUT_LOCKED');
    expect(err.exitCode).toBe(1);
    expect(err.message).toContain(`process ${process.pid}`);
    expect(err.hint).toContain(lockPathFor(output));
    await first.write(TREE);
    await first.commit();
    expect(existsSync(lockPathFor(output))).toBe(false);
    const second = await StagedOutput.open(output, true);
    await second.discard();
    expect(await leftovers(join(work, 'locked'))).toEqual([]);
  });

  it('takes over the stale lock of a process that no longer runs, and says so', async () => {
    const output = join(work, 'stale', 'k8s');
    await mkdir(join(work, 'stale'));
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid as number;
    await writeFile(
      lockPathFor(output),
      JSON.stringify({ pid: dead, host: hostname(), since: '2020-01-01T00:00:00.000Z' }) + '\n',
    );
    const warnings: string[] = [];
    const staged = await StagedOutput.open(output, false, [], { warn: (l) => warnings.push(l) });
    expect(warnings).toEqual([expect.stringContaining(`process ${dead}`)]);
    expect(warnings[0]).toContain('no longer runs');
    expect(JSON.parse(await readFile(lockPathFor(output), 'utf8')).pid).toBe(process.pid);
    await staged.discard();
    expect(await leftovers(join(work, 'stale'))).toEqual([]);
  });

  it('does not take over a lock of another machine, nor one it cannot read', async () => {
    const output = join(work, 'foreign', 'k8s');
    await mkdir(join(work, 'foreign'));
    await writeFile(lockPathFor(output), JSON.stringify({ pid: 1, host: 'build-agent-7', since: 'x' }));
    const err = await rejection(StagedOutput.open(output, false));
    expect(err.code).toBe('E_OUTPUT_LOCKED');
    expect(err.message).toContain('on build-agent-7');
    await writeFile(lockPathFor(output), 'garbage');
    expect((await rejection(StagedOutput.open(output, false))).code).toBe('E_OUTPUT_LOCKED');
    expect(await readFile(lockPathFor(output), 'utf8')).toBe('garbage'); // left for the user
    expect(existsSync(output)).toBe(false);
  });
});

describe('a file that appears in the target during the run', () => {
  it('is never deleted without --force: E_OUTPUT_NOT_EMPTY, the file stays, nothing is written', async () => {
    for (const existed of [true, false]) {
      const parent = join(work, `appear-${existed}`);
      const output = join(parent, 'k8s');
      if (existed) await mkdir(output, { recursive: true });
      const staged = await StagedOutput.open(output, false);
      await staged.write(TREE);
      await mkdir(output, { recursive: true });
      await writeFile(join(output, 'hand-written.yaml'), 'kind: Mine\n');
      const err = await rejection(staged.commit());
      expect(err.code).toBe('E_OUTPUT_NOT_EMPTY');
      expect(err.message).toContain('hand-written.yaml');
      expect(await readdir(output)).toEqual(['hand-written.yaml']);
      expect(await readFile(join(output, 'hand-written.yaml'), 'utf8')).toBe('kind: Mine\n');
      expect(await leftovers(parent)).toEqual([]);
    }
  });

  it('is replaced with --force, as asked', async () => {
    const output = join(work, 'appear-force', 'k8s');
    const staged = await StagedOutput.open(output, true);
    await staged.write(TREE);
    await mkdir(output, { recursive: true });
    await writeFile(join(output, 'old.yaml'), 'kind: Old\n');
    await staged.commit();
    expect((await readdir(output)).sort()).toEqual(['MIGRATION_REPORT.md', 'base', 'overlays']);
  });
});

describe('modes', () => {
  it.each([
    ['022', 0o022, 0o755, 0o644],
    ['077', 0o077, 0o700, 0o600],
    ['002', 0o002, 0o775, 0o664],
  ])(
    'under umask %s: folders and files follow it, Secret files stay 600',
    async (_, mask, dirMode, fileMode) => {
      const saved = process.umask(mask);
      try {
        const output = join(work, `umask-${mask.toString(8)}`, 'k8s');
        const staged = await StagedOutput.open(output, false);
        await staged.write(TREE);
        await staged.commit();
        expect(await mode(output)).toBe(dirMode);
        expect(await mode(join(output, 'base'))).toBe(dirMode);
        expect(await mode(join(output, 'base', 'kustomization.yaml'))).toBe(fileMode);
        expect(await mode(join(output, 'overlays', 'prod', 'secrets', 'db.env'))).toBe(0o600);
      } finally {
        process.umask(saved);
      }
    },
  );
});

/** Mounts a tmpfs (or else a bind mount) on `dir`; the reason why not when that is impossible here. */
function mountOn(dir: string, source: string): string | undefined {
  if (process.platform !== 'linux') return 'mounting needs Linux';
  if (process.getuid?.() !== 0) return 'mounting needs root';
  const tmpfs = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'mmf-test', dir]);
  if (tmpfs.status === 0) return undefined;
  const bind = spawnSync('mount', ['--bind', source, dir]);
  return bind.status === 0 ? undefined : `mount failed: ${String(tmpfs.stderr).trim()}`;
}

const canMount = (() => {
  const probe = join(tmpdir(), `mmf-mount-probe-${process.pid}`);
  spawnSync('mkdir', ['-p', probe]);
  const reason = mountOn(probe, probe);
  if (!reason) spawnSync('umount', [probe]);
  spawnSync('rmdir', [probe]);
  return reason;
})();
if (canMount) console.warn(`skipping the mount point tests: ${canMount}`);
const describeMount = canMount ? describe.skip : describe;

describeMount('an output folder that is a mount point', () => {
  const mounted: string[] = [];
  afterEach(() => {
    for (const dir of mounted.splice(0)) spawnSync('umount', [dir]);
  });

  async function mountPoint(name: string): Promise<string> {
    const output = join(work, name, 'k8s');
    await mkdir(output, { recursive: true });
    await mkdir(join(work, name, 'bind-source'));
    expect(mountOn(output, join(work, name, 'bind-source'))).toBeUndefined();
    mounted.push(output);
    // It is one: another device than its parent.
    expect((await stat(output)).dev).not.toBe((await stat(join(work, name))).dev);
    return output;
  }

  it('is filled in place when empty, modes kept, the mount still in place', async () => {
    const output = await mountPoint('mount-empty');
    const staged = await StagedOutput.open(output, false);
    await staged.write(TREE);
    await staged.commit();
    expect((await readdir(output)).sort()).toEqual(['MIGRATION_REPORT.md', 'base', 'overlays']);
    expect(await mode(join(output, 'overlays', 'prod', 'secrets', 'db.env'))).toBe(0o600);
    expect(await mode(join(output, 'base', 'kustomization.yaml'))).toBe(0o666 & ~process.umask());
    expect((await stat(output)).dev).not.toBe((await stat(join(work, 'mount-empty'))).dev);
    expect(await leftovers(join(work, 'mount-empty'))).toEqual([]);
  });

  it('with --force, has its old content replaced in place', async () => {
    const output = await mountPoint('mount-force');
    await writeFile(join(output, 'stale.yaml'), 'kind: Stale\n');
    const staged = await StagedOutput.open(output, true);
    await staged.write(TREE);
    await staged.commit();
    expect((await readdir(output)).sort()).toEqual(['MIGRATION_REPORT.md', 'base', 'overlays']);
    expect(await leftovers(join(work, 'mount-force'))).toEqual([]);
  });

  it('that is read-only cannot be filled: E_OUTPUT_IN_USE, nothing left behind', async () => {
    const output = join(work, 'mount-ro', 'k8s');
    await mkdir(output, { recursive: true });
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'mmf-ro', output]).status !== 0) {
      console.warn('skipping the read-only mount case: mount -o ro failed');
      return;
    }
    mounted.push(output);
    for (const force of [false, true]) {
      const staged = await StagedOutput.open(output, force);
      await staged.write(TREE);
      const err = await rejection(staged.commit());
      expect(err.code).toBe('E_OUTPUT_IN_USE');
      expect(err.message).toContain('EROFS');
      expect(await readdir(output)).toEqual([]);
      expect(await leftovers(join(work, 'mount-ro'))).toEqual([]);
    }
  });

  it('without --force, keeps a file that appeared during the run and writes nothing', async () => {
    const output = await mountPoint('mount-appear');
    const staged = await StagedOutput.open(output, false);
    await staged.write(TREE);
    await writeFile(join(output, 'late.yaml'), 'kind: Late\n');
    expect((await rejection(staged.commit())).code).toBe('E_OUTPUT_NOT_EMPTY');
    expect(await readdir(output)).toEqual(['late.yaml']);
    expect(await leftovers(join(work, 'mount-appear'))).toEqual([]);
  });
});
