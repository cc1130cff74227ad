/**
 * The mmf image (Containerfile) built for real with buildah (vfs storage in a private folder,
 * chroot isolation) and run: no base image can be pulled here, so the test builds the runtime
 * stage's equivalent itself (this machine's node, sh, env and git with their shared libraries,
 * from scratch) and passes it as BASE; the Containerfile's own final stage, its COPY sources and
 * its environment are what is built. Inside the image, `mmf` from the PATH converts the example
 * chart and proves parity with the image's helm and kubectl.
 *
 * Not proven here: the default runtime stage (node:20-bookworm-slim plus apt-get git), which
 * needs the network; the release pipeline builds that one (.gitlab-ci.yml).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { scratchDir } from '../support/git-repos.js';
import { ROOT, SECRET_VALUES, TEMPLATE_VERSION, leaks } from './support.js';

const HAS_BUILDAH = spawnSync('buildah', ['--version']).status === 0;
let storage: string;
let buildah: (...args: string[]) => string;

/** The file and every shared library it loads, copied to the same paths under `rootfs`. */
function copyWithLibraries(rootfs: string, file: string, as = file): void {
  const place = (from: string, to: string) => {
    mkdirSync(dirname(join(rootfs, to)), { recursive: true });
    copyFileSync(realpathSync(from), join(rootfs, to));
  };
  place(file, as);
  const ldd = spawnSync('ldd', [file], { encoding: 'utf8' }).stdout;
  for (const m of ldd.matchAll(/(?:=>\s*)?(\/\S+)\s+\(0x/g)) place(m[1]!, m[1]!);
}

/** A minimal root file system standing in for node:20-bookworm-slim + git: node, sh, env, cat, git. */
function baseRootfs(dir: string): string {
  const rootfs = join(dir, 'rootfs');
  copyWithLibraries(rootfs, process.execPath, '/usr/local/bin/node');
  copyWithLibraries(rootfs, '/bin/sh', '/bin/sh');
  copyWithLibraries(rootfs, '/usr/bin/env');
  copyWithLibraries(rootfs, '/bin/cat', '/usr/bin/cat');
  copyWithLibraries(
    rootfs,
    execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim(),
    '/usr/bin/git',
  );
  mkdirSync(join(rootfs, 'etc'), { recursive: true });
  writeFileSync(join(rootfs, 'etc', 'passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
  writeFileSync(join(rootfs, 'etc', 'group'), 'root:x:0:\n');
  mkdirSync(join(rootfs, 'root'), { recursive: true });
  mkdirSync(join(rootfs, 'tmp'), { recursive: true, mode: 0o1777 });
  writeFileSync(join(dir, 'Containerfile.base'), 'FROM scratch\nCOPY rootfs/ /\n');
  return dir;
}

beforeAll(() => {
  if (!HAS_BUILDAH) return;
  storage = scratchDir('mmf-buildah-');
  buildah = (...args: string[]) =>
    execFileSync(
      'buildah',
      [
        '--root',
        join(storage, 'root'),
        '--runroot',
        join(storage, 'run'),
        '--storage-driver',
        'vfs',
        ...args,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] },
    );
});

afterAll(() => {
  if (!HAS_BUILDAH) return;
  spawnSync('buildah', [
    '--root',
    join(storage, 'root'),
    '--runroot',
    join(storage, 'run'),
    '--storage-driver',
    'vfs',
    'rm',
    '--all',
  ]);
  rmSync(storage, { recursive: true, force: true });
});

it('tags the template’s default image with the version the Containerfile labels', () => {
  const containerfile = readFileSync(join(ROOT, 'Containerfile'), 'utf8');
  expect(containerfile).toContain(`ARG VERSION=${TEMPLATE_VERSION}`);
  // Every COPY source exists after npm ci and npm run bundle, and .containerignore lets it through.
  const ignore = readFileSync(join(ROOT, '.containerignore'), 'utf8');
  const sources = [...containerfile.matchAll(/^COPY (.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
  expect(sources).toEqual([
    'dist/cli/package.json',
    'dist/cli/licenses.txt',
    'dist/cli/index.js',
    'dist/cli/*.index.js',
    '.tools/helm4/helm',
    '.tools/helm4/kubectl',
  ]);
  // dist/cli/*.index.js: the chunks holding each command's implementation, which mmf imports on use.
  const chunks = readdirSync(join(ROOT, 'dist', 'cli'))
    .filter((f) => /^\d+\.index\.js$/.test(f))
    .map((f) => `dist/cli/${f}`);
  expect(chunks.length).toBeGreaterThan(0);
  for (const source of sources) {
    for (const file of source.includes('*') ? chunks : [source])
      expect(() => readFileSync(join(ROOT, file))).not.toThrow();
    expect(ignore).toContain(`!${source}`);
  }
});

it('builds the image and runs mmf in it on the example chart (needs buildah)', () => {
  if (!HAS_BUILDAH)
    throw new Error('buildah is not installed (Debian: apt-get install -y buildah; .ci/run installs it)');
  const work = baseRootfs(scratchDir('mmf-image-'));
  try {
    buildah(
      'bud',
      '--isolation',
      'chroot',
      '--timestamp',
      '0',
      '-f',
      join(work, 'Containerfile.base'),
      '-t',
      'localhost/mmf-test-base:1',
      work,
    );
    buildah(
      'bud',
      '--isolation',
      'chroot',
      '--build-arg',
      'BASE=localhost/mmf-test-base:1',
      '-f',
      join(ROOT, 'Containerfile'),
      '-t',
      `localhost/mmf:${TEMPLATE_VERSION}`,
      ROOT,
    );
    const config = JSON.parse(buildah('inspect', '--type', 'image', `localhost/mmf:${TEMPLATE_VERSION}`)) as {
      OCIv1: {
        config: { Env: string[]; Cmd: string[]; Labels: Record<string, string>; Entrypoint?: string[] };
      };
    };
    expect(config.OCIv1.config.Labels['org.opencontainers.image.version']).toBe(TEMPLATE_VERSION);
    expect(config.OCIv1.config.Env).toEqual(
      expect.arrayContaining(['MMF_HELM=/opt/mmf/bin/helm', 'MMF_KUBECTL=/opt/mmf/bin/kubectl']),
    );
    expect(config.OCIv1.config.Entrypoint ?? []).toEqual([]);

    const ctr = buildah('from', `localhost/mmf:${TEMPLATE_VERSION}`).trim();
    expect(buildah('run', '--isolation', 'chroot', ctr, '--', 'mmf', '--version').trim()).toBe('0.1.0');
    buildah('copy', ctr, join(ROOT, 'examples', 'marty-service'), '/work/chart');
    const run = spawnSync(
      'buildah',
      [
        '--root',
        join(storage, 'root'),
        '--runroot',
        join(storage, 'run'),
        '--storage-driver',
        'vfs',
        'run',
        '--isolation',
        'chroot',
        '--workingdir',
        '/work',
        ctr,
        '--',
        'sh',
        '-c',
        'mmf migrate review --chart chart --environments \'["dev=chart/values-dev.yaml","prod=chart/values-prod.yaml"]\' --release user-service --namespace marty --report-dir report && cat report/junit.xml report/report.md',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0)
      throw new Error(`mmf in the image exited ${run.status}\n${run.stdout}\n${run.stderr}`);
    expect(run.stderr).toContain('Using helm v4.1.4 from MMF_HELM: /opt/mmf/bin/helm');
    expect(run.stderr).toMatch(
      /Using kubectl kustomize \(kustomize v5\.7\.1\) from MMF_KUBECTL: \/opt\/mmf\/bin\/kubectl/,
    );
    expect(run.stdout).toContain('Parity: every environment renders exactly what Helm renders.');
    expect(run.stdout).toContain('<testcase classname="helm-migrate parity" name="prod"');
    expect(leaks({ stdout: run.stdout, stderr: run.stderr }, SECRET_VALUES)).toEqual([]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 600_000);
