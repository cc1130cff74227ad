/**
 * The tools mmf downloads, as data: per tool, where its releases live (one
 * mirror base URL per tool), the archive's path template, the binary's path in
 * the archive, how to ask the binary for its version, and per pinned release
 * the SHA-256 of the archive for each platform. The installer downloads
 * nothing whose digest is not listed here; a platform without a digest is
 * left out (installing there fails with a clear message) rather than guessed.
 *
 * Templates: `{version}` (with its leading `v`), `{os}` (linux, darwin,
 * windows), `{arch}` (amd64, arm64), `{ext}` (the archive type of that
 * platform) and `{exe}` (`.exe` on Windows, else empty).
 *
 * Where each digest comes from (the publishers' own `.sha256sum` /
 * `checksums.txt` values; every one was found in at least two independent
 * public sources and they agreed):
 * - helm v3.22.0 and v4.3.0: the helm/helm release notes of each tag (they list
 *   the get.helm.sh digest of every archive), cross-checked against pinned
 *   values in public Dockerfiles, install scripts and Bazel rules.
 * - kustomize v5.8.1: pinned values in several public install scripts and
 *   Bazel/Chocolatey packages, all copied from the release's checksums.txt.
 *   v5.8.2 is newer, but only its two linux digests could be found, so the
 *   registry keeps v5.8.1, for which all five platforms are known.
 *
 * To add a release: take the digests from the release's own checksum files
 * (and a second source), never from a local download.
 */

export type ToolName = 'helm' | 'kustomize';

/** Release platforms, in the publishers' `os-arch` spelling. */
export type Platform = 'linux-amd64' | 'linux-arm64' | 'darwin-amd64' | 'darwin-arm64' | 'windows-amd64';

export const PLATFORMS: readonly Platform[] = [
  'linux-amd64',
  'linux-arm64',
  'darwin-amd64',
  'darwin-arm64',
  'windows-amd64',
];

export type ArchiveType = 'tar.gz' | 'zip';

export interface VersionProbe {
  /** Arguments that make the binary print its version. */
  args: readonly string[];
  /** Tried when `args` fails or prints no version (older releases). */
  fallbackArgs?: readonly string[];
}

export interface ToolRelease {
  /** With a leading `v`. */
  version: string;
  /** SHA-256 (hex) of the archive, per platform that has a known digest. */
  sha256: Readonly<Partial<Record<Platform, string>>>;
}

export interface ToolSpec {
  name: ToolName;
  /** The publisher's download base URL. */
  baseUrl: string;
  /** Environment variable that replaces `baseUrl` for this tool (a mirror). */
  mirrorEnv: string;
  /** The archive's path below the base URL (URL-encoded where needed). */
  urlTemplate: string;
  /** The binary's path inside the extracted archive. */
  binaryPath: string;
  /** Archive type per OS; `default` for the others. */
  archive: Readonly<{ default: ArchiveType } & Partial<Record<'linux' | 'darwin' | 'windows', ArchiveType>>>;
  versionProbe: VersionProbe;
  /** Pinned releases, newest of each line first. */
  releases: readonly ToolRelease[];
}

export const TOOL_REGISTRY: Readonly<Record<ToolName, ToolSpec>> = {
  helm: {
    name: 'helm',
    baseUrl: 'https://get.helm.sh',
    mirrorEnv: 'MMF_HELM_MIRROR',
    urlTemplate: 'helm-{version}-{os}-{arch}.{ext}',
    binaryPath: '{os}-{arch}/helm{exe}',
    archive: { default: 'tar.gz', windows: 'zip' },
    // `--template {{.Version}}` prints just `v3.22.0` / `v4.3.0`; `--short` adds `+g<commit>`.
    versionProbe: { args: ['version', '--template', '{{.Version}}'], fallbackArgs: ['version', '--short'] },
    releases: [
      {
        version: 'v4.3.0',
        sha256: {
          'linux-amd64': '86584a54def73570558f66f5111cc53dfed56689637ae32c1201205d494f54fb',
          'linux-arm64': '31c5794dd55c66a51e6b7d2e2ac7a114ae8b1de41ff1d9ba51748ac973b06a08',
          'darwin-amd64': '347a784877e0e20eac865e8d1c36a80f6bb0861d6f29abd34defb6570ef95d92',
          'darwin-arm64': 'd3870437e1e95b67f8edbde964156c84a26503f560821d40c542441658934fba',
          'windows-amd64': '304ea163cce4d9ad14e189c01846c6a34de9cfdfe48536ae54b2e8ba7884e67c',
        },
      },
      {
        version: 'v3.22.0',
        sha256: {
          'linux-amd64': '1e4ab49e429626cf6c6958d914248b78c9730803c2751b87627e171dc800e7bb',
          'linux-arm64': 'f14e804dfee240f55525b667488fe9adca349e63e00c9af634c0beb1421ac310',
          'darwin-amd64': 'bd1d09f316558dda23698527859600936fed1371021ce0f2272d66b2fdcfa69c',
          'darwin-arm64': '4c9982a6cdeb458b60258df66b55398ca5b19293f6877faffe2909ad6f23dfe0',
          'windows-amd64': '899615865726d39f9b245e71e848c5bf4adc7ed33a8c43ede660facb48151b43',
        },
      },
    ],
  },
  kustomize: {
    name: 'kustomize',
    baseUrl: 'https://github.com/kubernetes-sigs/kustomize/releases/download',
    mirrorEnv: 'MMF_KUSTOMIZE_MIRROR',
    // The release tag is `kustomize/v5.8.1`: its slash is encoded in the URL.
    urlTemplate: 'kustomize%2F{version}/kustomize_{version}_{os}_{arch}.{ext}',
    binaryPath: 'kustomize{exe}',
    archive: { default: 'tar.gz', windows: 'zip' },
    // `v5.8.1` (v5), or `{Version:kustomize/v4.5.7 GitCommit:...}` (v4).
    versionProbe: { args: ['version'] },
    releases: [
      {
        version: 'v5.8.1',
        sha256: {
          'linux-amd64': '029a7f0f4e1932c52a0476cf02a0fd855c0bb85694b82c338fc648dcb53a819d',
          'linux-arm64': '0953ea3e476f66d6ddfcd911d750f5167b9365aa9491b2326398e289fef2c142',
          'darwin-amd64': 'ee7cf0c1e3592aa7bb66ba82b359933a95e7f2e0b36e5f53ed0a4535b017f2f8',
          'darwin-arm64': '8886f8a78474e608cc81234f729fda188a9767da23e28925802f00ece2bab288',
          'windows-amd64': '8ec7f5e815e526d4622c06df0a7793d8cfb6eb1c74f816b46166097fef8b26c6',
        },
      },
    ],
  },
};

/**
 * Environment variable that replaces the download base URL of every tool
 * that has no mirror variable of its own set (kept for existing setups).
 */
export const SHARED_MIRROR_ENV = 'MMF_TOOL_DOWNLOAD_BASE_URL';
