/**
 * Finds helm and kustomize (or `kubectl kustomize`), one way for every front
 * end, in this order:
 *   1. an explicit path (a CLI flag or an action input);
 *   2. MMF_HELM, or MMF_KUSTOMIZE then MMF_KUBECTL;
 *   3. the PATH (helm; kustomize, then kubectl);
 *   4. the repository's dev tools, `.tools/helm4/` then `.tools/helm3/`, in the
 *      first ancestor of `searchFrom` that has a `.tools` folder;
 *   5. a pinned, SHA-256-verified download into the tool cache, only on an
 *      Actions runner (RUNNER_TOOL_CACHE set) or when allowDownload is true.
 * With `toolSource: 'pinned'` (the action's default) steps 3 and 4 are
 * skipped and step 5 is always allowed, so a tool that happens to be on the
 * runner image never changes the result.
 * Every result carries the tool's real version, asked from the binary itself.
 */
import { isDirectory, isExecutableFile } from '../fs/file-info.js';
import { findUpward, runningScriptDir } from '../fs/find-upward.js';
import { stat } from 'node:fs/promises';
import { basename, delimiter, join, resolve, sep } from 'node:path';
import { MmfError } from '../../kernel/errors.js';
import { runCommand } from '../process/run-command.js';
import { installTool, logToStdout } from './install-tool.js';
import { TOOL_REGISTRY } from './tool-registry.js';
import { cachedVersion, rememberVersion, versionCacheFile } from './version-cache.js';
import {
  DEFAULT_HELM_VERSION,
  HELM_VERSION_BY_MAJOR,
  KUSTOMIZE_VERSION,
  normalizeVersion,
} from './tool-versions.js';

/** Where a tool was found. */
export type ToolSource = 'option' | 'env' | 'path' | 'dev-tools' | 'tool-cache' | 'download';

/**
 * Where a tool may come from when no path or MMF_* variable names one:
 * `path` looks on the PATH and in `.tools/` before a pinned download (where
 * allowed); `pinned` uses only the pinned, verified release.
 */
export type ToolSourcePolicy = 'pinned' | 'path';
export const TOOL_SOURCE_POLICIES: readonly ToolSourcePolicy[] = ['pinned', 'path'];

export interface HelmTool {
  name: 'helm';
  kind: 'helm';
  /** Absolute path of the binary. */
  path: string;
  /** As the binary reports it, e.g. `v3.18.0`. */
  version: string;
  source: ToolSource;
}

export interface KustomizeTool {
  name: 'kustomize';
  /** `kustomize build DIR` or `kubectl kustomize DIR`. */
  kind: 'kustomize' | 'kubectl';
  path: string;
  /** The kustomize version (for kubectl: its built-in kustomize), e.g. `v5.7.1`. */
  version: string;
  source: ToolSource;
  /** Builds may fetch remote bases and resources (`--allow-remote`); else they are refused before kustomize runs. */
  allowRemote?: boolean;
}

export type ResolvedTool = HelmTool | KustomizeTool;

export interface ResolveToolOptions {
  /** An explicit path (or a command name looked up on the PATH) from a flag or input. */
  path?: string;
  /** How the user gave `path`, named in errors, e.g. `--helm` or `input helm-path`. */
  pathLabel?: string;
  /** Default process.env: MMF_* variables, PATH, RUNNER_TOOL_CACHE. */
  env?: NodeJS.ProcessEnv;
  /** Where the search for `.tools` starts; default the directory of process.argv[1]. */
  searchFrom?: string;
  /** Download a pinned release; default: only on an Actions runner (always with toolSource `pinned`). */
  allowDownload?: boolean;
  /** Default `path`; `pinned` skips the PATH and `.tools/`. */
  toolSource?: ToolSourcePolicy;
  /** Passed to the installer (tests and mirrors). */
  download?: { baseUrl?: string; checksums?: Readonly<Record<string, string>> };
  /** One line per decision; default: stdout. */
  log?: (line: string) => void;
}

export interface ResolveHelmOptions extends ResolveToolOptions {
  /** `3`, `4`, `v3.18`, `v3.18.0`, ...: selects the dev-tools folder and the pinned download. */
  helmVersion?: string;
}

export const HELM_ENV = 'MMF_HELM';
export const KUSTOMIZE_ENV = 'MMF_KUSTOMIZE';
export const KUBECTL_ENV = 'MMF_KUBECTL';
const TOOLS_DIR = '.tools';

/** The argv that renders a kustomization directory with this tool. */
export function kustomizeBuildArgs(tool: KustomizeTool, dir: string): { file: string; args: string[] } {
  return { file: tool.path, args: tool.kind === 'kubectl' ? ['kustomize', dir] : ['build', dir] };
}

// ---------------------------------------------------------------------------
// Files and the PATH

/** The first executable `name` on the PATH of `env`. */
export async function findOnPath(name: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const dirs = (env['PATH'] ?? env['Path'] ?? '').split(delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['', ...(env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';')] : [''];
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = resolve(dir, name + ext);
      if (await isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The first `.tools` folder in `from` or one of its ancestors. */
export async function findDevToolsDir(from: string): Promise<string | undefined> {
  return findUpward(from, async (dir) => {
    const candidate = join(dir, TOOLS_DIR);
    return (await isDirectory(candidate)) ? candidate : undefined;
  });
}

function defaultSearchFrom(): string {
  return runningScriptDir() ?? process.cwd();
}

/** An explicit path or env var must name an executable; a bare name is looked up on the PATH. */
async function explicitTool(value: string, label: string, env: NodeJS.ProcessEnv): Promise<string> {
  const bare = !value.includes('/') && !value.includes(sep);
  const found = bare ? await findOnPath(value, env) : resolve(value);
  if (found && (await isExecutableFile(found))) return found;
  throw new MmfError(
    'E_TOOL_NOT_FOUND',
    bare
      ? `${label} names "${value}", which is not an executable on the PATH`
      : `${label} points to ${found}, which does not exist or is not an executable file`,
    {
      hint: label.startsWith('--')
        ? `point ${label} at an executable, or leave it out to let mmf look on the PATH`
        : `fix ${label} or unset it to let mmf look on the PATH`,
    },
  );
}

// ---------------------------------------------------------------------------
// Versions, asked from the binaries (cached per path and file identity)

type VersionKind = 'helm' | 'kustomize' | 'kubectl';
const versionCache = new Map<string, Promise<string>>();

/** Forgets detected versions (tests replace binaries in place). */
export function clearToolVersionCache(): void {
  versionCache.clear();
}

const SEMVER = /v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/;

function parseSemver(text: string): string | undefined {
  const match = SEMVER.exec(text);
  return match?.[1] ? `v${match[1]}` : undefined;
}

async function runForVersion(file: string, args: string[], what: string): Promise<string> {
  let result;
  try {
    result = await runCommand(file, args, { maxOutputBytes: 1024 * 1024 });
  } catch (err) {
    throw new MmfError('E_TOOL_FAILED', `${what} could not be run: ${(err as Error).message}`, {
      file,
      hint: 'check that the file is the right binary for this machine',
      cause: err,
    });
  }
  if (result.exitCode !== 0) {
    const detail = result.stderr.trim().split('\n').slice(0, 3).join(' ') || `exit code ${result.exitCode}`;
    throw new MmfError('E_TOOL_FAILED', `\`${basename(file)} ${args.join(' ')}\` failed: ${detail}`, {
      file,
      hint: `check that this is a working ${what}`,
    });
  }
  return result.stdout;
}

async function detect(kind: VersionKind, file: string): Promise<string> {
  const unreadable = (output: string) =>
    new MmfError(
      'E_TOOL_FAILED',
      `could not read a version from its output: ${output.trim().slice(0, 200)}`,
      {
        file,
        hint: `check that this is a working ${kind}`,
      },
    );
  if (kind === 'helm') {
    // A helm without --template falls back to `--short` (`v3.18.0+gcc58e3f`).
    const probe = TOOL_REGISTRY.helm.versionProbe;
    const out = await runForVersion(file, [...probe.args], 'helm').catch(() => '');
    const version =
      parseSemver(out) ??
      parseSemver(await runForVersion(file, [...(probe.fallbackArgs ?? probe.args)], 'helm'));
    if (!version) throw unreadable(out);
    return version;
  }
  if (kind === 'kustomize') {
    const out = await runForVersion(file, [...TOOL_REGISTRY.kustomize.versionProbe.args], 'kustomize');
    const version = parseSemver(out);
    if (!version) throw unreadable(out);
    return version;
  }
  const out = await runForVersion(file, ['version', '--client', '-o', 'json'], 'kubectl');
  let parsed: unknown;
  try {
    parsed = JSON.parse(out);
  } catch {
    throw unreadable(out);
  }
  const embedded = (parsed as { kustomizeVersion?: unknown }).kustomizeVersion;
  if (typeof embedded !== 'string' || !parseSemver(embedded)) {
    throw new MmfError('E_TOOL_FAILED', 'this kubectl reports no built-in kustomize version', {
      file,
      hint: 'use kubectl 1.24 or newer, or a standalone kustomize (MMF_KUSTOMIZE)',
    });
  }
  return parseSemver(embedded) as string;
}

/**
 * The version `file` reports, asked once per path and file identity: per
 * process in memory, and across processes in the user's cache (version-cache.ts).
 */
export async function detectToolVersion(
  kind: VersionKind,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const info = await stat(file);
  const key = [kind, file, info.dev, info.ino, info.size, info.mtimeMs, info.ctimeMs].join('\0');
  let pending = versionCache.get(key);
  if (!pending) {
    const cacheFile = versionCacheFile(env);
    pending = cachedVersion(cacheFile, key).then(async (cached) => {
      if (cached) return cached;
      const version = await detect(kind, file);
      await rememberVersion(cacheFile, key, version);
      return version;
    });
    versionCache.set(key, pending);
    pending.catch(() => versionCache.delete(key));
  }
  return pending;
}

// ---------------------------------------------------------------------------
// Helm version requests

/** `4`, `v3.18`, `3.18.0` -> numeric parts; rejects anything else. */
function parseHelmSpec(spec: string | undefined): number[] | undefined {
  if (spec === undefined || spec.trim() === '') return undefined;
  const bare = spec.trim().replace(/^v/, '');
  if (!/^\d+(\.\d+){0,2}$/.test(bare)) {
    throw new MmfError('E_USAGE', `helm version "${spec}" is not understood`, {
      hint: 'use 3, 4, or an exact version such as v3.18.0',
    });
  }
  return bare.split('.').map(Number);
}

function satisfies(version: string, spec: number[] | undefined): boolean {
  if (!spec) return true;
  const parts = version.replace(/^v/, '').split(/[.+-]/).map(Number);
  return spec.every((n, i) => parts[i] === n);
}

/** The pinned helm to download for a request, if any. */
function helmDownloadVersion(spec: number[] | undefined): string | undefined {
  if (!spec) return DEFAULT_HELM_VERSION;
  if (spec.length === 3) {
    const exact = normalizeVersion(spec.join('.'));
    return Object.values(HELM_VERSION_BY_MAJOR).includes(exact) ? exact : undefined;
  }
  const pinned = HELM_VERSION_BY_MAJOR[String(spec[0])];
  return pinned && satisfies(pinned, spec) ? pinned : undefined;
}

function helmDevFolders(spec: number[] | undefined): string[] {
  if (!spec) return ['helm4', 'helm3'];
  return spec[0] === 3 || spec[0] === 4 ? [`helm${spec[0]}`] : [];
}

// ---------------------------------------------------------------------------
// Resolution

interface Context {
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  downloadAllowed: boolean;
  /** toolSource `pinned`: nothing from the PATH or `.tools/`. */
  pinnedOnly: boolean;
  searchFrom: string;
}

function context(opts: ResolveToolOptions): Context {
  const env = opts.env ?? process.env;
  const pinnedOnly = opts.toolSource === 'pinned';
  return {
    env,
    log: opts.log ?? logToStdout,
    downloadAllowed: pinnedOnly || (opts.allowDownload ?? Boolean(env['RUNNER_TOOL_CACHE'])),
    pinnedOnly,
    searchFrom: opts.searchFrom ?? defaultSearchFrom(),
  };
}

const SOURCE_TEXT: Record<ToolSource, string> = {
  option: 'the explicit path',
  env: 'the environment',
  path: 'the PATH',
  'dev-tools': 'the repository dev tools',
  'tool-cache': 'the tool cache',
  download: 'a verified download',
};

function found<T extends ResolvedTool>(ctx: Context, tool: T, via?: string): T {
  const shown =
    tool.kind === 'kubectl'
      ? `kubectl kustomize (kustomize ${tool.version})`
      : `${tool.name} ${tool.version}`;
  ctx.log(`Using ${shown} from ${via ?? SOURCE_TEXT[tool.source]}: ${tool.path}`);
  return tool;
}

function notFound(name: string, tried: string[], ways: string[]): MmfError {
  const skipped = tried.length ? ` (skipped: ${tried.join('; ')})` : '';
  return new MmfError('E_TOOL_NOT_FOUND', `${name} was not found${skipped}`, {
    hint: `provide it in one of these ways: ${ways.join('; ')}`,
  });
}

export async function resolveHelm(opts: ResolveHelmOptions = {}): Promise<HelmTool> {
  const ctx = context(opts);
  const spec = parseHelmSpec(opts.helmVersion);
  const tool = async (path: string, source: ToolSource): Promise<HelmTool> => ({
    name: 'helm',
    kind: 'helm',
    path,
    version: await detectToolVersion('helm', path, ctx.env),
    source,
  });

  // A helm given explicitly is used whatever its version; a mismatch is only reported.
  const given = async (value: string, label: string, source: ToolSource): Promise<HelmTool> => {
    const helm = await tool(await explicitTool(value, label, ctx.env), source);
    if (!satisfies(helm.version, spec)) {
      ctx.log(
        `Note: ${label} gives helm ${helm.version}, not the requested ${opts.helmVersion}; using it as given`,
      );
    }
    return found(ctx, helm, label);
  };
  const label = opts.pathLabel ?? 'the helm path option';
  if (opts.path) return given(opts.path, label, 'option');
  const fromEnv = ctx.env[HELM_ENV];
  if (fromEnv) return given(fromEnv, HELM_ENV, 'env');

  const skipped: string[] = [];
  const wanted = opts.helmVersion ? ` (helm ${opts.helmVersion} wanted)` : '';
  const onPath = ctx.pinnedOnly ? undefined : await findOnPath('helm', ctx.env);
  if (onPath) {
    const candidate = await tool(onPath, 'path');
    if (satisfies(candidate.version, spec)) return found(ctx, candidate);
    skipped.push(`${onPath} is ${candidate.version}${wanted}`);
  }

  const toolsDir = ctx.pinnedOnly ? undefined : await findDevToolsDir(ctx.searchFrom);
  if (toolsDir) {
    for (const folder of helmDevFolders(spec)) {
      const path = join(toolsDir, folder, 'helm');
      if (!(await isExecutableFile(path))) continue;
      const candidate = await tool(path, 'dev-tools');
      if (satisfies(candidate.version, spec)) return found(ctx, candidate);
      skipped.push(`${path} is ${candidate.version}${wanted}`);
    }
  }

  const pinned = helmDownloadVersion(spec);
  if (ctx.downloadAllowed && pinned) {
    const installed = await installTool({
      tool: 'helm',
      version: pinned,
      env: ctx.env,
      log: ctx.log,
      ...opts.download,
    });
    return found(ctx, await tool(installed.path, installed.cacheHit ? 'tool-cache' : 'download'));
  }

  if (ctx.pinnedOnly) {
    throw new MmfError(
      'E_TOOL_NOT_FOUND',
      `no helm${opts.helmVersion ? ` ${opts.helmVersion}` : ''} is pinned for download (tool source: pinned)`,
      {
        hint: `ask for one of the pinned releases (${Object.values(HELM_VERSION_BY_MAJOR).join(', ')}: helm-version 3 or 4), name a helm with ${opts.pathLabel ?? 'the helm path'} or ${HELM_ENV}, or use the tool source \`path\``,
      },
    );
  }
  throw notFound(`helm${opts.helmVersion ? ` ${opts.helmVersion}` : ''}`, skipped, [
    `pass its path with ${opts.pathLabel ?? 'the helm path flag or input'}`,
    `set ${HELM_ENV}=/path/to/helm`,
    'put helm on the PATH',
    `in a checkout of this repository, run \`npm install\` to unpack the dev tools into ${TOOLS_DIR}/`,
    pinned
      ? `run on a GitHub Actions runner (or pass --download-tools) to download and verify the pinned helm ${pinned}`
      : `no helm matching "${opts.helmVersion}" is pinned for download; pinned: ${Object.values(HELM_VERSION_BY_MAJOR).join(', ')} (ask for 3 or 4)`,
  ]);
}

function kindOf(path: string, fallback: KustomizeTool['kind']): KustomizeTool['kind'] {
  return /^kubectl(\.exe)?$/i.test(basename(path)) ? 'kubectl' : fallback;
}

export interface ResolveKustomizeOptions extends ResolveToolOptions {
  /** An exact kustomize version (`5.7.1`): a found tool of another version is not used. */
  kustomizeVersion?: string;
  /** Let builds fetch remote resources, bases and components (default: refused, E_KUSTOMIZE_REMOTE). */
  allowRemote?: boolean;
}

/**
 * Finds kustomize (or kubectl kustomize) as resolveAnyKustomize does; with a
 * wanted version, a tool of another version is replaced by the pinned download
 * of that version where allowed, or refused with what was found.
 */
export async function resolveKustomize(opts: ResolveKustomizeOptions = {}): Promise<KustomizeTool> {
  const policy = opts.allowRemote ? { allowRemote: true } : {};
  const found = await resolveAnyKustomize(opts).catch((err: unknown) => {
    if (opts.kustomizeVersion && context(opts).downloadAllowed) return undefined;
    throw err;
  });
  const wanted = opts.kustomizeVersion ? normalizeVersion(opts.kustomizeVersion) : undefined;
  if (found && (!wanted || found.version === wanted)) return { ...found, ...policy };
  const ctx = context(opts);
  if (wanted && ctx.downloadAllowed) {
    const installed = await installTool({
      tool: 'kustomize',
      version: wanted,
      env: ctx.env,
      log: ctx.log,
      ...opts.download,
    });
    return {
      name: 'kustomize',
      kind: 'kustomize',
      path: installed.path,
      version: await detectToolVersion('kustomize', installed.path, ctx.env),
      source: installed.cacheHit ? 'tool-cache' : 'download',
      ...policy,
    };
  }
  throw new MmfError(
    'E_TOOL_NOT_FOUND',
    `kustomize ${wanted} is wanted, but ${found?.path ?? 'the kustomize found'} is ${found?.version ?? 'another version'}`,
    {
      hint: `point ${opts.pathLabel ?? 'the kustomize path'} at kustomize ${wanted}, or run on a GitHub Actions runner (or pass --download-tools) to download it`,
    },
  );
}

async function resolveAnyKustomize(opts: ResolveKustomizeOptions): Promise<KustomizeTool> {
  const ctx = context(opts);
  const tool = async (
    path: string,
    kind: KustomizeTool['kind'],
    source: ToolSource,
  ): Promise<KustomizeTool> => ({
    name: 'kustomize',
    kind,
    path,
    version: await detectToolVersion(kind, path, ctx.env),
    source,
  });

  const label = opts.pathLabel ?? 'the kustomize path option';
  if (opts.path) {
    const path = await explicitTool(opts.path, label, ctx.env);
    return found(ctx, await tool(path, kindOf(path, 'kustomize'), 'option'), label);
  }
  for (const [name, kind] of [
    [KUSTOMIZE_ENV, 'kustomize'],
    [KUBECTL_ENV, 'kubectl'],
  ] as const) {
    const value = ctx.env[name];
    if (!value) continue;
    const path = await explicitTool(value, name, ctx.env);
    return found(ctx, await tool(path, kindOf(path, kind), 'env'), name);
  }

  if (ctx.pinnedOnly) return installPinnedKustomize(ctx, opts);

  for (const kind of ['kustomize', 'kubectl'] as const) {
    const path = await findOnPath(kind, ctx.env);
    if (path) return found(ctx, await tool(path, kind, 'path'));
  }

  const toolsDir = await findDevToolsDir(ctx.searchFrom);
  if (toolsDir) {
    for (const folder of ['helm4', 'helm3']) {
      for (const kind of ['kustomize', 'kubectl'] as const) {
        const path = join(toolsDir, folder, kind);
        if (await isExecutableFile(path)) return found(ctx, await tool(path, kind, 'dev-tools'));
      }
    }
  }

  if (ctx.downloadAllowed) return installPinnedKustomize(ctx, opts);

  throw notFound(
    'kustomize (or kubectl)',
    [],
    [
      `pass its path with ${opts.pathLabel ?? 'the kustomize path flag or input'}`,
      `set ${KUSTOMIZE_ENV}=/path/to/kustomize or ${KUBECTL_ENV}=/path/to/kubectl`,
      'put kustomize or kubectl on the PATH',
      `in a checkout of this repository, run \`npm install\` to unpack the dev tools into ${TOOLS_DIR}/`,
      `run on a GitHub Actions runner (or pass --download-tools) to download and verify the pinned kustomize ${KUSTOMIZE_VERSION}`,
    ],
  );
}

async function installPinnedKustomize(ctx: Context, opts: ResolveKustomizeOptions): Promise<KustomizeTool> {
  const installed = await installTool({
    tool: 'kustomize',
    version: opts.kustomizeVersion ? normalizeVersion(opts.kustomizeVersion) : KUSTOMIZE_VERSION,
    env: ctx.env,
    log: ctx.log,
    ...opts.download,
  });
  return found(ctx, {
    name: 'kustomize',
    kind: 'kustomize',
    path: installed.path,
    version: await detectToolVersion('kustomize', installed.path, ctx.env),
    source: installed.cacheHit ? 'tool-cache' : 'download',
  });
}
