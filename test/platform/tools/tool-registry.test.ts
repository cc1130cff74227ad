import { PLATFORMS, TOOL_REGISTRY, type ToolName } from '../../../actions/platform/tools/tool-registry.js';
import {
  currentPlatform,
  downloadBaseUrl,
  HELM_VERSION_BY_MAJOR,
  KUSTOMIZE_VERSION,
  toolArtifact,
} from '../../../actions/platform/tools/tool-versions.js';

const TOOLS = Object.keys(TOOL_REGISTRY) as ToolName[];

describe('the tool registry', () => {
  it('pins helm releases that carry the fixes for CVE-2025-53547, -55198 and -55199', () => {
    const [major3, minor3, patch3] = (HELM_VERSION_BY_MAJOR['3'] as string).slice(1).split('.').map(Number);
    // 3.18.5 is the first 3.x release with all three fixes.
    expect(major3).toBe(3);
    expect((minor3 as number) * 1000 + (patch3 as number)).toBeGreaterThanOrEqual(18 * 1000 + 5);
    expect(HELM_VERSION_BY_MAJOR['4']).toMatch(/^v4\.\d+\.\d+$/);
  });

  it('holds a 64-hex-digit SHA-256 for every pinned release on every listed platform, each distinct', () => {
    const seen = new Set<string>();
    for (const tool of TOOLS)
      for (const release of TOOL_REGISTRY[tool].releases) {
        expect(release.version).toMatch(/^v\d+\.\d+\.\d+$/);
        for (const platform of PLATFORMS) {
          const digest = release.sha256[platform];
          expect(`${tool} ${release.version} ${platform}: ${digest}`).toMatch(/: [0-9a-f]{64}$/);
          expect(seen.has(digest as string)).toBe(false);
          seen.add(digest as string);
        }
      }
  });

  it('builds the publishers’ archive names, URL paths and binary paths from its templates', () => {
    expect(toolArtifact('helm', '4.3.0', 'linux-arm64')).toMatchObject({
      fileName: 'helm-v4.3.0-linux-arm64.tar.gz',
      urlPath: 'helm-v4.3.0-linux-arm64.tar.gz',
      binaryPath: 'linux-arm64/helm',
      archive: 'tar.gz',
      sha256: TOOL_REGISTRY.helm.releases[0]?.sha256['linux-arm64'],
    });
    expect(toolArtifact('helm', 'v4.3.0', 'windows-amd64')).toMatchObject({
      fileName: 'helm-v4.3.0-windows-amd64.zip',
      binaryPath: 'windows-amd64/helm.exe',
      archive: 'zip',
    });
    expect(toolArtifact('kustomize', KUSTOMIZE_VERSION, 'darwin-arm64')).toMatchObject({
      fileName: `kustomize_${KUSTOMIZE_VERSION}_darwin_arm64.tar.gz`,
      urlPath: `kustomize%2F${KUSTOMIZE_VERSION}/kustomize_${KUSTOMIZE_VERSION}_darwin_arm64.tar.gz`,
      binaryPath: 'kustomize',
    });
    expect(toolArtifact('kustomize', KUSTOMIZE_VERSION, 'windows-amd64')).toMatchObject({
      fileName: `kustomize_${KUSTOMIZE_VERSION}_windows_amd64.zip`,
      binaryPath: 'kustomize.exe',
    });
    // A version the registry does not pin has no digest, so it is never downloaded.
    expect(toolArtifact('helm', 'v3.18.0', 'linux-amd64').sha256).toBeUndefined();
  });

  it('maps Node platforms to release platforms, and knows no other', () => {
    expect(currentPlatform('linux', 'x64')).toBe('linux-amd64');
    expect(currentPlatform('darwin', 'arm64')).toBe('darwin-arm64');
    expect(currentPlatform('win32', 'x64')).toBe('windows-amd64');
    expect(currentPlatform('win32', 'arm64')).toBeUndefined();
    expect(currentPlatform('linux', 'ppc64')).toBeUndefined();
  });

  it('has one mirror variable per tool, then the shared one, then the publisher', () => {
    expect(downloadBaseUrl('helm', {})).toBe('https://get.helm.sh');
    expect(downloadBaseUrl('helm', { MMF_TOOL_DOWNLOAD_BASE_URL: 'http://m/' })).toBe('http://m');
    expect(
      downloadBaseUrl('kustomize', {
        MMF_KUSTOMIZE_MIRROR: 'http://k',
        MMF_TOOL_DOWNLOAD_BASE_URL: 'http://m',
      }),
    ).toBe('http://k');
    expect(downloadBaseUrl('helm', { MMF_KUSTOMIZE_MIRROR: 'http://k' })).toBe('https://get.helm.sh');
  });

  it('tells the binary how to print its version', () => {
    expect(TOOL_REGISTRY.helm.versionProbe.args).toEqual(['version', '--template', '{{.Version}}']);
    expect(TOOL_REGISTRY.kustomize.versionProbe.args).toEqual(['version']);
  });
});
