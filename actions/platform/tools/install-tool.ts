/**
 * Installs a pinned helm or kustomize with @actions/tool-cache, in the
 * Azure/setup-helm shape plus verification: find in the tool cache ->
 * download -> verify SHA-256 -> extract -> cache -> binary path.
 *
 * Nothing is cached unless its archive matched the pinned digest, so a tool
 * cache hit is trusted. Tools are cached as `mmf-helm` / `mmf-kustomize`, so
 * a cache entry of another action (setup-helm caches `helm` with a different
 * layout) is never mistaken for ours or overwritten.
 */
import { createHash } from 'node:crypto';
import { isExecutableFile } from '../fs/file-info.js';
import { createReadStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { MmfError } from '../../kernel/errors.js';
import { runCommand } from '../process/run-command.js';
import { SHARED_MIRROR_ENV, TOOL_REGISTRY } from './tool-registry.js';
import {
  currentPlatform,
  downloadBaseUrl,
  toolArtifact,
  type Platform,
  type ToolArtifact,
  type ToolName,
} from './tool-versions.js';

/** The default log of tool resolution and install: one line each on stdout. */
export const logToStdout = (line: string): void => void process.stdout.write(`${line}\n`);

/** Environment variable that replaces the download base URL of every tool (a mirror, or a local test server). */
export const DOWNLOAD_BASE_URL_ENV = SHARED_MIRROR_ENV;

export interface InstallToolOptions {
  tool: ToolName;
  /** Exact version, e.g. `v3.18.0` (a leading `v` is added when missing). */
  version: string;
  /** Default: this machine's platform. */
  platform?: Platform;
  /**
   * Replaces the publisher's base URL; default the tool's mirror variable
   * (MMF_HELM_MIRROR, MMF_KUSTOMIZE_MIRROR), then MMF_TOOL_DOWNLOAD_BASE_URL,
   * then the official one.
   */
  baseUrl?: string;
  /** Archive file name -> SHA-256 hex. For tests only; default: the tool registry. */
  checksums?: Readonly<Record<string, string>>;
  /** Where the mirror variables are read; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** One line per step; default: stdout. */
  log?: (line: string) => void;
}

export interface InstalledTool {
  tool: ToolName;
  version: string;
  /** Absolute path of the installed binary. */
  path: string;
  cacheHit: boolean;
  /** The URL downloaded from (absent on a cache hit). */
  url?: string;
}

/** tool-cache keys by Node's arch names. */
function cacheArch(platform: Platform): string {
  return platform.endsWith('arm64') ? 'arm64' : 'x64';
}

function cacheName(tool: ToolName): string {
  return `mmf-${tool}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * tool-cache reads RUNNER_TOOL_CACHE and RUNNER_TEMP from process.env. Off a
 * runner (CLI with downloads allowed) they are set once to a per-user cache
 * and a temp folder, so later runs find what earlier runs installed.
 */
async function ensureToolCacheEnv(log: (line: string) => void): Promise<void> {
  if (!process.env['RUNNER_TOOL_CACHE']) {
    const base = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
    process.env['RUNNER_TOOL_CACHE'] = join(base, 'mmf', 'tool-cache');
    log(`tool cache: ${process.env['RUNNER_TOOL_CACHE']} (RUNNER_TOOL_CACHE was not set)`);
  }
  if (!process.env['RUNNER_TEMP']) {
    process.env['RUNNER_TEMP'] = join(tmpdir(), 'mmf-tool-temp');
  }
  await mkdir(process.env['RUNNER_TOOL_CACHE'], { recursive: true });
  await mkdir(process.env['RUNNER_TEMP'], { recursive: true });
}

type ToolCache = typeof import('@actions/tool-cache');

/**
 * @actions/tool-cache (and the HTTP client it brings) is loaded only when a
 * tool is installed: most runs never download, and loading it costs start-up time.
 */
function loadToolCache(): Promise<ToolCache> {
  return import('@actions/tool-cache');
}

function describeDownloadError(tc: ToolCache, err: unknown): string {
  if (err instanceof tc.HTTPError) return `HTTP ${err.httpStatusCode ?? 'error'}`;
  return err instanceof Error ? err.message : String(err);
}

/**
 * Unpacks a verified archive into a fresh folder under RUNNER_TEMP: tar with
 * the minimal child environment for .tar.gz; zip (the Windows releases) with
 * tool-cache's extractor.
 */
async function extract(archive: string, artifact: ToolArtifact): Promise<string> {
  if (artifact.archive === 'zip') return (await loadToolCache()).extractZip(archive);
  const dest = await mkdtemp(join(process.env['RUNNER_TEMP'] ?? tmpdir(), 'mmf-extract-'));
  const result = await runCommand('tar', ['-xzf', archive, '-C', dest]);
  if (result.exitCode !== 0) {
    await rm(dest, { recursive: true, force: true });
    throw new MmfError(
      'E_TOOL_DOWNLOAD',
      `cannot unpack ${artifact.fileName}: ${result.stderr.trim().split('\n')[0] ?? ''}`,
      { hint: 'the archive is not a gzip tar; check the download base URL' },
    );
  }
  return dest;
}

export async function installTool(options: InstallToolOptions): Promise<InstalledTool> {
  const log = options.log ?? logToStdout;
  const env = options.env ?? process.env;
  const started = performance.now();
  const platform = options.platform ?? currentPlatform();
  if (!platform) {
    throw new MmfError(
      'E_TOOL_NOT_FOUND',
      `no pinned ${options.tool} release for this platform (${process.platform}-${process.arch})`,
      { hint: `install ${options.tool} yourself and pass its path, or put it on the PATH` },
    );
  }
  const artifact = toolArtifact(options.tool, options.version, platform);
  const { tool, version } = artifact;
  const arch = cacheArch(platform);
  const binaryName = basename(artifact.binaryPath);
  await ensureToolCacheEnv(log);
  const tc = await loadToolCache();

  // 1. Tool cache.
  const cached = tc.find(cacheName(tool), version, arch);
  if (cached) {
    const binary = join(cached, binaryName);
    if (await isExecutableFile(binary)) {
      log(
        `${tool} ${version} (${platform}): tool cache hit at ${binary} (${seconds(performance.now() - started)})`,
      );
      return { tool, version, path: binary, cacheHit: true };
    }
    log(`${tool} ${version} (${platform}): tool cache entry ${cached} has no ${binaryName}; reinstalling`);
  }

  // 2. Download (only what has a pinned digest).
  const expected = (
    options.checksums ? options.checksums[artifact.fileName] : artifact.sha256
  )?.toLowerCase();
  if (!expected) {
    const pinned = TOOL_REGISTRY[tool].releases
      .filter((r) => r.sha256[platform])
      .map((r) => r.version)
      .join(', ');
    throw new MmfError(
      'E_TOOL_NOT_FOUND',
      `no pinned SHA-256 for ${artifact.fileName}, so ${tool} ${version} is not downloaded for ${platform}`,
      {
        hint: `install ${tool} yourself and pass its path, put it on the PATH, or use a pinned version (${pinned || `none pinned for ${platform}`})`,
      },
    );
  }
  const baseUrl = (options.baseUrl ?? downloadBaseUrl(tool, env)).replace(/\/+$/, '');
  const url = `${baseUrl}/${artifact.urlPath}`;
  log(`${tool} ${version} (${platform}): not in the tool cache; downloading ${url}`);
  let archive: string;
  try {
    archive = await tc.downloadTool(url);
  } catch (err) {
    throw new MmfError(
      'E_TOOL_DOWNLOAD',
      `could not download ${tool} ${version} from ${url}: ${describeDownloadError(tc, err)}`,
      {
        hint: `check the network or set ${TOOL_REGISTRY[tool].mirrorEnv} (or ${DOWNLOAD_BASE_URL_ENV}) to a mirror; or provide ${tool} yourself`,
        cause: err,
      },
    );
  }

  let extracted: string | undefined;
  try {
    // 3. Verify before anything is unpacked or cached.
    const actual = await sha256File(archive);
    if (actual !== expected) {
      throw new MmfError(
        'E_TOOL_CHECKSUM',
        `SHA-256 mismatch for ${url}: expected ${expected}, got ${actual}; the download was deleted`,
        {
          hint: 'the file was altered or truncated in transit, or the mirror serves another build; retry or check the mirror',
        },
      );
    }
    log(`${tool} ${version}: SHA-256 verified (${actual})`);

    // 4. Extract and cache.
    extracted = await extract(archive, artifact);
    const binary = join(extracted, artifact.binaryPath);
    if (!(await isExecutableFile(binary))) {
      await chmod(binary, 0o755).catch(() => undefined);
      if (!(await isExecutableFile(binary))) {
        throw new MmfError('E_TOOL_DOWNLOAD', `${url} does not contain ${artifact.binaryPath}`, {
          hint: 'the archive does not have the layout of an official release; check the download base URL',
        });
      }
    }
    const cachedDir = await tc.cacheDir(dirname(binary), cacheName(tool), version, arch);
    const installed = join(cachedDir, binaryName);
    log(`${tool} ${version}: installed at ${installed} in ${seconds(performance.now() - started)}`);
    return { tool, version, path: installed, cacheHit: false, url };
  } finally {
    await rm(archive, { force: true });
    if (extracted) await rm(extracted, { recursive: true, force: true });
  }
}
