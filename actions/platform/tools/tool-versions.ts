/**
 * The pinned versions and release archives, read from the tool registry
 * (tool-registry.ts), which holds the data and where it comes from.
 */
import {
  PLATFORMS,
  SHARED_MIRROR_ENV,
  TOOL_REGISTRY,
  type ArchiveType,
  type Platform,
  type ToolName,
} from './tool-registry.js';

export { PLATFORMS, TOOL_REGISTRY, type Platform, type ToolName } from './tool-registry.js';

function newest(tool: ToolName, major: string): string {
  const release = TOOL_REGISTRY[tool].releases.find((r) => r.version.startsWith(`v${major}.`));
  if (!release) throw new Error(`the tool registry pins no ${tool} ${major}.x`);
  return release.version;
}

export const HELM3_VERSION = newest('helm', '3');
export const HELM4_VERSION = newest('helm', '4');
/** The helm used when no version is asked for (Helm 4 first, as in `.tools/`). */
export const DEFAULT_HELM_VERSION = HELM4_VERSION;
export const KUSTOMIZE_VERSION = newest('kustomize', '5');

/** The pinned helm per major version. */
export const HELM_VERSION_BY_MAJOR: Readonly<Record<string, string>> = {
  '3': HELM3_VERSION,
  '4': HELM4_VERSION,
};

/** Every pinned version of a tool. */
export function pinnedVersions(tool: ToolName): string[] {
  return TOOL_REGISTRY[tool].releases.map((r) => r.version);
}

/** SHA-256 (hex) of each pinned archive, keyed by the archive's file name. */
export const PINNED_SHA256: Readonly<Record<string, string>> = Object.fromEntries(
  (Object.keys(TOOL_REGISTRY) as ToolName[]).flatMap((tool) =>
    TOOL_REGISTRY[tool].releases.flatMap((release) =>
      PLATFORMS.filter((p) => release.sha256[p]).map((p) => [
        toolArtifact(tool, release.version, p).fileName,
        release.sha256[p] as string,
      ]),
    ),
  ),
);

export const DEFAULT_BASE_URL: Readonly<Record<ToolName, string>> = {
  helm: TOOL_REGISTRY.helm.baseUrl,
  kustomize: TOOL_REGISTRY.kustomize.baseUrl,
};

/** Where one release archive lives and what is inside it. */
export interface ToolArtifact {
  tool: ToolName;
  /** Always with a leading `v`, e.g. `v3.22.0`. */
  version: string;
  platform: Platform;
  /** The archive's file name, the key into a checksum table. */
  fileName: string;
  /** The archive's path below the download base URL (already URL-encoded). */
  urlPath: string;
  /** The binary's path inside the extracted archive. */
  binaryPath: string;
  archive: ArchiveType;
  /** The registry's digest for this archive, when it has one. */
  sha256?: string;
}

/** `3.18.0` and `v3.18.0` both become `v3.18.0`. */
export function normalizeVersion(version: string): string {
  const trimmed = version.trim();
  return trimmed.startsWith('v') ? trimmed : `v${trimmed}`;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

export function toolArtifact(tool: ToolName, version: string, platform: Platform): ToolArtifact {
  const spec = TOOL_REGISTRY[tool];
  const v = normalizeVersion(version);
  const [os, arch] = platform.split('-') as ['linux' | 'darwin' | 'windows', string];
  const archive = spec.archive[os] ?? spec.archive.default;
  const vars = { version: v, os, arch, ext: archive, exe: os === 'windows' ? '.exe' : '' };
  const urlPath = fill(spec.urlTemplate, vars);
  const sha256 = spec.releases.find((r) => r.version === v)?.sha256[platform];
  return {
    tool,
    version: v,
    platform,
    fileName: decodeURIComponent(urlPath.slice(urlPath.lastIndexOf('/') + 1)),
    urlPath,
    binaryPath: fill(spec.binaryPath, vars),
    archive,
    ...(sha256 ? { sha256 } : {}),
  };
}

/**
 * The download base URL of a tool: its own mirror variable, then the shared
 * MMF_TOOL_DOWNLOAD_BASE_URL, then the publisher's.
 */
export function downloadBaseUrl(tool: ToolName, env: NodeJS.ProcessEnv): string {
  const spec = TOOL_REGISTRY[tool];
  return (env[spec.mirrorEnv] || env[SHARED_MIRROR_ENV] || spec.baseUrl).replace(/\/+$/, '');
}

/** The release platform of this machine, or undefined where none is published/pinned. */
export function currentPlatform(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): Platform | undefined {
  const os =
    platform === 'linux' || platform === 'darwin' ? platform : platform === 'win32' ? 'windows' : undefined;
  const cpu = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined;
  const candidate = os && cpu ? `${os}-${cpu}` : undefined;
  return PLATFORMS.find((p) => p === candidate);
}
