/**
 * Pinned tool versions and the SHA-256 digests of their official release
 * archives. The installer downloads nothing whose digest is not listed here.
 *
 * Where each digest comes from (all of them are the publishers' own
 * `.sha256sum` / `checksums.txt` values, copied by the projects cited):
 * - helm v3.18.0: abrisco/rules_helm helm/private/versions.bzl (SRI form,
 *   generated from get.helm.sh); linux digests also match several pinned
 *   Dockerfiles/scripts.
 * - helm v4.1.4: the helm/helm v4.1.4 release notes (they list every digest),
 *   and the same values pinned in warnet's src/warnet/constants.py.
 * - kustomize v5.7.1: cashapp/hermit-packages kustomize.hcl (linux amd64 and
 *   arm64, darwin amd64, from the release's checksums.txt); darwin arm64 from
 *   a single public installer script that pins the release's digests (its
 *   other two values match hermit's), so it is less cross-checked than the
 *   rest. A wrong digest can only make an install fail, never pass.
 *
 * To add a version: take the digests from the release's own checksum files,
 * never from a local download.
 */

export type ToolName = 'helm' | 'kustomize';

/** Release platforms, in the publishers' `os-arch` spelling. */
export type Platform = 'linux-amd64' | 'linux-arm64' | 'darwin-amd64' | 'darwin-arm64';

export const PLATFORMS: readonly Platform[] = ['linux-amd64', 'linux-arm64', 'darwin-amd64', 'darwin-arm64'];

export const HELM3_VERSION = 'v3.18.0';
export const HELM4_VERSION = 'v4.1.4';
/** The helm used when no version is asked for (Helm 4 first, as in `.tools/`). */
export const DEFAULT_HELM_VERSION = HELM4_VERSION;
export const KUSTOMIZE_VERSION = 'v5.7.1';

/** The pinned helm per major version. */
export const HELM_VERSION_BY_MAJOR: Readonly<Record<string, string>> = {
  '3': HELM3_VERSION,
  '4': HELM4_VERSION,
};

/**
 * SHA-256 (hex) of each release archive, keyed by the archive's file name as
 * in the publishers' checksum files.
 */
export const PINNED_SHA256: Readonly<Record<string, string>> = {
  // helm v3.18.0
  'helm-v3.18.0-linux-amd64.tar.gz': '961e587fc2c03807f8a99ac25ef063fa9e6915f1894729399cbb95d2a79af931',
  'helm-v3.18.0-linux-arm64.tar.gz': '489c9d2d3ea4e095331249d74b4407fb5ac1d338c28429d70cdedccfe6e2b029',
  'helm-v3.18.0-darwin-amd64.tar.gz': '2be99836549413c2f0212d644e8740abd8ba5d7f55484c29d3363cea339891d9',
  'helm-v3.18.0-darwin-arm64.tar.gz': '4ce30bd86a3fc4f31d297827a5bf5b10ced8c4da2ff810bf9f53f561dbed7d10',
  // helm v4.1.4
  'helm-v4.1.4-linux-amd64.tar.gz': '70b2c30a19da4db264dfd68c8a3664e05093a361cefd89572ffb36f8abfa3d09',
  'helm-v4.1.4-linux-arm64.tar.gz': '13d03672be289045d2ff00e4e345d61de1c6f21c1257a45955a30e8ae036d8f1',
  'helm-v4.1.4-darwin-amd64.tar.gz': 'abf09c8503ad1d8ef76d3737a058c3456a998aae5f5966fce4bb3031aeb1654e',
  'helm-v4.1.4-darwin-arm64.tar.gz': '7c2eca678e8001fa863cdf8cbf6ac1b3799f9404a89eb55c08260ef5732e658d',
  // kustomize v5.7.1
  'kustomize_v5.7.1_linux_amd64.tar.gz': 'ea375e7372f9aa029129d4b2d16c66b7750b7f1213c4f66f910d981c895818d8',
  'kustomize_v5.7.1_linux_arm64.tar.gz': '4261a040217df3bd6896597c3986d1465925726e4f22a945304b5233a4dcdbda',
  'kustomize_v5.7.1_darwin_amd64.tar.gz': '4a0dff80c5644df6bc8f51b342842969004cb6ba5f94dddaabbea7483493273d',
  'kustomize_v5.7.1_darwin_arm64.tar.gz': '073e9d16d5a235e2ff83e62d6b76edb5d962adbc33be1e4860c4b3f1f39b33b9',
};

export const DEFAULT_BASE_URL: Readonly<Record<ToolName, string>> = {
  helm: 'https://get.helm.sh',
  kustomize: 'https://github.com/kubernetes-sigs/kustomize/releases/download',
};

/** Where one release archive lives and what is inside it. */
export interface ToolArtifact {
  tool: ToolName;
  /** Always with a leading `v`, e.g. `v3.18.0`. */
  version: string;
  platform: Platform;
  /** The archive's file name, the key into a checksum table. */
  fileName: string;
  /** The archive's path below the download base URL (already URL-encoded). */
  urlPath: string;
  /** The binary's path inside the extracted archive. */
  binaryPath: string;
}

/** `3.18.0` and `v3.18.0` both become `v3.18.0`. */
export function normalizeVersion(version: string): string {
  const trimmed = version.trim();
  return trimmed.startsWith('v') ? trimmed : `v${trimmed}`;
}

export function toolArtifact(tool: ToolName, version: string, platform: Platform): ToolArtifact {
  const v = normalizeVersion(version);
  if (tool === 'helm') {
    const fileName = `helm-${v}-${platform}.tar.gz`;
    return { tool, version: v, platform, fileName, urlPath: fileName, binaryPath: `${platform}/helm` };
  }
  const [os, arch] = platform.split('-');
  const fileName = `kustomize_${v}_${os}_${arch}.tar.gz`;
  return {
    tool,
    version: v,
    platform,
    fileName,
    urlPath: `kustomize%2F${v}/${fileName}`,
    binaryPath: 'kustomize',
  };
}

/** The release platform of this machine, or undefined where none is published/pinned. */
export function currentPlatform(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): Platform | undefined {
  const os = platform === 'linux' ? 'linux' : platform === 'darwin' ? 'darwin' : undefined;
  const cpu = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined;
  return os && cpu ? (`${os}-${cpu}` as Platform) : undefined;
}
