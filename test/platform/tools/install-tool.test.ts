import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MmfError } from '../../../actions/kernel/errors.js';
import { runCommand } from '../../../actions/platform/process/run-command.js';
import { installTool } from '../../../actions/platform/tools/install-tool.js';
import {
  clearToolVersionCache,
  resolveHelm,
  resolveKustomize,
} from '../../../actions/platform/tools/resolve-tool.js';
import { HELM3_VERSION, KUSTOMIZE_VERSION } from '../../../actions/platform/tools/tool-versions.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const HELM3 = join(repoRoot, '.tools', 'helm3', 'helm');
const HELM_ARCHIVE = 'helm-v3.18.0-linux-amd64.tar.gz';
const KUSTOMIZE_ARCHIVE = 'kustomize_v5.7.1_linux_amd64.tar.gz';
// The archive names of the pinned releases, served with a fake body whose digest the test controls.
const PINNED_HELM3_ARCHIVE = `helm-${HELM3_VERSION}-linux-amd64.tar.gz`;
const PINNED_KUSTOMIZE_ARCHIVE = `kustomize_${KUSTOMIZE_VERSION}_linux_amd64.tar.gz`;

// The archives are release-shaped, and the helm in them is the real v3.18.0 binary,
// which runs on linux-x64 only.
const onLinuxX64 = process.platform === 'linux' && process.arch === 'x64';
const describeLinux = onLinuxX64 ? describe : describe.skip;

let work: string;
let server: Server;
let base: string;
let requests: string[];
/** URL path (decoded) -> body; anything else is a 404. */
const routes = new Map<string, Buffer>();
let helmArchive: Buffer;
let kustomizeArchive: Buffer;
let lines: string[];
const log = (line: string) => lines.push(line);
const savedEnv = { cache: process.env['RUNNER_TOOL_CACHE'], temp: process.env['RUNNER_TEMP'] };

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

async function tarGz(dir: string, out: string, entries: string[]): Promise<Buffer> {
  const result = await runCommand('tar', ['-czf', out, '-C', dir, ...entries]);
  expect(result.exitCode).toBe(0);
  return readFile(out);
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

async function listing(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-install-'));
  if (!onLinuxX64) return;

  // helm-v3.18.0-linux-amd64.tar.gz: linux-amd64/{helm,LICENSE,README.md}, as published.
  const helmStage = join(work, 'stage-helm');
  await mkdir(join(helmStage, 'linux-amd64'), { recursive: true });
  await copyFile(HELM3, join(helmStage, 'linux-amd64', 'helm'));
  await chmod(join(helmStage, 'linux-amd64', 'helm'), 0o755);
  await writeFile(join(helmStage, 'linux-amd64', 'LICENSE'), 'Apache License 2.0\n');
  await writeFile(join(helmStage, 'linux-amd64', 'README.md'), '# Helm\n');
  helmArchive = await tarGz(helmStage, join(work, HELM_ARCHIVE), ['linux-amd64']);

  // kustomize_v5.7.1_linux_amd64.tar.gz: a lone `kustomize` at the root, as published. No kustomize
  // binary exists on this machine, so the binary is a shell script that answers `version` like v5.7.1.
  const kustomizeStage = join(work, 'stage-kustomize');
  await mkdir(kustomizeStage);
  await writeFile(
    join(kustomizeStage, 'kustomize'),
    '#!/bin/sh\nif [ "$1" = version ]; then echo v5.7.1; else echo "unsupported: $*" >&2; exit 1; fi\n',
  );
  await chmod(join(kustomizeStage, 'kustomize'), 0o755);
  kustomizeArchive = await tarGz(kustomizeStage, join(work, KUSTOMIZE_ARCHIVE), ['kustomize']);

  routes.set(`/${HELM_ARCHIVE}`, helmArchive);
  routes.set(`/kustomize/v5.7.1/${KUSTOMIZE_ARCHIVE}`, kustomizeArchive);
  routes.set(`/${PINNED_HELM3_ARCHIVE}`, helmArchive);
  routes.set(`/kustomize/${KUSTOMIZE_VERSION}/${PINNED_KUSTOMIZE_ARCHIVE}`, kustomizeArchive);
  // The same helm archive with its gzip trailer altered: what a tampering mirror would serve.
  const tampered = Buffer.from(helmArchive);
  tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 0xff;
  routes.set(`/tampered/${HELM_ARCHIVE}`, tampered);

  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const body = routes.get(path);
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  if (server) await new Promise<void>((done) => server.close(() => done()));
  await rm(work, { recursive: true, force: true });
  for (const [key, value] of [
    ['RUNNER_TOOL_CACHE', savedEnv.cache],
    ['RUNNER_TEMP', savedEnv.temp],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

let toolCache: string;
let runnerTemp: string;

beforeEach(async () => {
  requests = [];
  lines = [];
  clearToolVersionCache();
  toolCache = await mkdtemp(join(work, 'tool-cache-'));
  runnerTemp = await mkdtemp(join(work, 'runner-temp-'));
  process.env['RUNNER_TOOL_CACHE'] = toolCache;
  process.env['RUNNER_TEMP'] = runnerTemp;
});

describeLinux('installTool', () => {
  const helmOptions = () => ({
    tool: 'helm' as const,
    version: 'v3.18.0',
    platform: 'linux-amd64' as const,
    baseUrl: base,
    checksums: { [HELM_ARCHIVE]: sha256(helmArchive) },
    log,
  });

  it('downloads, verifies, extracts and caches helm; the second install is a cache hit', async () => {
    const first = await installTool(helmOptions());
    expect(first).toEqual({
      tool: 'helm',
      version: 'v3.18.0',
      path: join(toolCache, 'mmf-helm', '3.18.0', 'x64', 'helm'),
      cacheHit: false,
      url: `${base}/${HELM_ARCHIVE}`,
    });
    expect(requests).toEqual([`/${HELM_ARCHIVE}`]);
    const run = await runCommand(first.path, ['version', '--template', '{{.Version}}']);
    expect(run.stdout).toBe('v3.18.0');
    expect((await listing(join(toolCache, 'mmf-helm', '3.18.0', 'x64'))).sort()).toEqual([
      'LICENSE',
      'README.md',
      'helm',
    ]);
    expect(await listing(runnerTemp)).toEqual([]); // archive and extraction removed
    expect(lines.join('\n')).toMatch(
      /helm v3\.18\.0 \(linux-amd64\): not in the tool cache; downloading http/,
    );
    expect(lines.join('\n')).toMatch(/installed at .* in \d+\.\d s/);

    lines = [];
    const second = await installTool(helmOptions());
    expect(second).toEqual({ tool: 'helm', version: 'v3.18.0', path: first.path, cacheHit: true });
    expect(requests).toHaveLength(1);
    expect(lines.join('\n')).toContain('tool cache hit');
  });

  it('rejects a tampered archive with E_TOOL_CHECKSUM and caches nothing', async () => {
    const err = await rejection(installTool({ ...helmOptions(), baseUrl: `${base}/tampered/` }));
    expect(err.code).toBe('E_TOOL_CHECKSUM');
    expect(err.message).toContain(`${base}/tampered/${HELM_ARCHIVE}`);
    expect(err.message).toContain(`expected ${sha256(helmArchive)}`);
    expect(err.message).toContain(`got ${sha256(routes.get(`/tampered/${HELM_ARCHIVE}`) as Buffer)}`);
    expect(await listing(toolCache)).toEqual([]);
    expect(await listing(runnerTemp)).toEqual([]); // the bad download is deleted
  });

  it('rejects a wrong pinned digest the same way', async () => {
    const err = await rejection(
      installTool({ ...helmOptions(), checksums: { [HELM_ARCHIVE]: '0'.repeat(64) } }),
    );
    expect(err.code).toBe('E_TOOL_CHECKSUM');
    expect(await listing(toolCache)).toEqual([]);
  });

  it('turns a 404 into E_TOOL_DOWNLOAD', async () => {
    const err = await rejection(installTool({ ...helmOptions(), baseUrl: `${base}/missing` }));
    expect(err.code).toBe('E_TOOL_DOWNLOAD');
    expect(err.message).toContain(`${base}/missing/${HELM_ARCHIVE}`);
    expect(err.message).toContain('HTTP 404');
    expect(await listing(toolCache)).toEqual([]);
  });

  it('downloads nothing without a pinned digest', async () => {
    const err = await rejection(installTool({ ...helmOptions(), checksums: {} }));
    expect(err.code).toBe('E_TOOL_NOT_FOUND');
    expect(err.message).toContain(HELM_ARCHIVE);
    expect(requests).toEqual([]);
  });

  it('reads the base URL from MMF_TOOL_DOWNLOAD_BASE_URL', async () => {
    const installed = await installTool({
      ...helmOptions(),
      baseUrl: undefined,
      env: { MMF_TOOL_DOWNLOAD_BASE_URL: base },
    });
    expect(installed.url).toBe(`${base}/${HELM_ARCHIVE}`);
  });

  it('installs a kustomize-shaped archive from its release path', async () => {
    const options = {
      tool: 'kustomize' as const,
      version: '5.7.1',
      platform: 'linux-amd64' as const,
      baseUrl: base,
      checksums: { [KUSTOMIZE_ARCHIVE]: sha256(kustomizeArchive) },
      log,
    };
    const first = await installTool(options);
    expect(first).toMatchObject({
      version: 'v5.7.1',
      path: join(toolCache, 'mmf-kustomize', '5.7.1', 'x64', 'kustomize'),
      cacheHit: false,
      url: `${base}/kustomize%2Fv5.7.1/${KUSTOMIZE_ARCHIVE}`,
    });
    expect((await runCommand(first.path, ['version'])).stdout.trim()).toBe('v5.7.1');
    expect((await installTool(options)).cacheHit).toBe(true);
    expect(requests).toEqual([`/kustomize/v5.7.1/${KUSTOMIZE_ARCHIVE}`]);

    // A digest mismatch is only possible on a download, so start from an empty tool cache.
    process.env['RUNNER_TOOL_CACHE'] = await mkdtemp(join(work, 'tool-cache-'));
    const tampered = await rejection(
      installTool({ ...options, checksums: { [KUSTOMIZE_ARCHIVE]: sha256(helmArchive) } }),
    );
    expect(tampered.code).toBe('E_TOOL_CHECKSUM');
    expect(await listing(process.env['RUNNER_TOOL_CACHE'])).toEqual([]);
  });
});

describeLinux('resolving by download', () => {
  it('downloads the pinned helm 3 on a runner when nothing else is found', async () => {
    const opts = {
      env: { PATH: '', RUNNER_TOOL_CACHE: toolCache },
      searchFrom: work,
      helmVersion: '3',
      download: { baseUrl: base, checksums: { [PINNED_HELM3_ARCHIVE]: sha256(helmArchive) } },
      log,
    };
    const first = await resolveHelm(opts);
    // The served archive holds the dev helm; the version is asked from the binary, not the archive name.
    expect(first).toMatchObject({ name: 'helm', version: 'v3.18.0', source: 'download' });
    expect(requests).toEqual([`/${PINNED_HELM3_ARCHIVE}`]);
    const again = await resolveHelm(opts);
    expect(again).toMatchObject({ path: first.path, source: 'tool-cache' });
    expect(requests).toHaveLength(1);
  });

  it('with tool source pinned, skips a helm on the PATH and downloads the pinned release', async () => {
    const onPath = await mkdtemp(join(work, 'path-'));
    await copyFile(HELM3, join(onPath, 'helm'));
    await chmod(join(onPath, 'helm'), 0o755);
    const opts = {
      env: { PATH: onPath },
      searchFrom: repoRoot, // .tools/ is there too, and must be skipped as well
      helmVersion: '3',
      toolSource: 'pinned' as const,
      download: { baseUrl: base, checksums: { [PINNED_HELM3_ARCHIVE]: sha256(helmArchive) } },
      log,
    };
    const tool = await resolveHelm(opts);
    expect(tool.source).toBe('download');
    expect(tool.path.startsWith(toolCache)).toBe(true);
    expect(requests).toEqual([`/${PINNED_HELM3_ARCHIVE}`]);
    // The same PATH with the tool source `path` uses the helm found there, and downloads nothing.
    expect(await resolveHelm({ ...opts, toolSource: 'path' })).toMatchObject({
      path: join(onPath, 'helm'),
      source: 'path',
    });
    expect(requests).toHaveLength(1);
    // An explicit MMF_HELM still wins over the pinned release.
    expect(
      await resolveHelm({ ...opts, env: { PATH: onPath, MMF_HELM: join(onPath, 'helm') } }),
    ).toMatchObject({ path: join(onPath, 'helm'), source: 'env' });
  });

  it('with tool source pinned, downloads the pinned kustomize instead of a kubectl on the PATH', async () => {
    const onPath = await mkdtemp(join(work, 'path-'));
    await writeFile(join(onPath, 'kubectl'), '#!/bin/sh\necho should-not-run >&2; exit 1\n', { mode: 0o755 });
    const tool = await resolveKustomize({
      env: { PATH: onPath },
      searchFrom: work,
      toolSource: 'pinned',
      download: {
        baseUrl: base,
        checksums: { [PINNED_KUSTOMIZE_ARCHIVE]: sha256(kustomizeArchive) },
      },
      log,
    });
    expect(tool).toMatchObject({ kind: 'kustomize', source: 'download' });
    expect(requests).toEqual([`/kustomize/${KUSTOMIZE_VERSION}/${PINNED_KUSTOMIZE_ARCHIVE}`]);
  });

  it("reads each tool's own mirror variable before the shared one", async () => {
    const installed = await installTool({
      ...{
        tool: 'helm' as const,
        version: 'v3.18.0',
        platform: 'linux-amd64' as const,
        checksums: { [HELM_ARCHIVE]: sha256(helmArchive) },
        log,
      },
      env: { MMF_HELM_MIRROR: base, MMF_TOOL_DOWNLOAD_BASE_URL: 'http://127.0.0.1:9/unused' },
    });
    expect(installed.url).toBe(`${base}/${HELM_ARCHIVE}`);
  });

  it('downloads kustomize only when allowed off a runner', async () => {
    const opts = {
      env: { PATH: '' },
      searchFrom: work,
      download: {
        baseUrl: base,
        checksums: { [PINNED_KUSTOMIZE_ARCHIVE]: sha256(kustomizeArchive) },
      },
      log,
    };
    expect((await rejection(resolveKustomize(opts))).code).toBe('E_TOOL_NOT_FOUND');
    expect(requests).toEqual([]);
    const tool = await resolveKustomize({ ...opts, allowDownload: true });
    expect(tool).toMatchObject({ kind: 'kustomize', version: 'v5.7.1', source: 'download' });
  });
});
