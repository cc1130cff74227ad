/**
 * A real OCI registry for tests: Debian's `docker-registry` (distribution 2.8) on a loopback port,
 * filesystem storage in a temp folder, optionally htpasswd basic auth (user mmf-test, password
 * REGISTRY_PASSWORD; the bcrypt line is fixtures/registry.htpasswd) or token auth. Images are
 * pushed through the distribution API itself (blobs, then the manifest), so no image tool is needed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REGISTRY_USER = 'mmf-test';
export const REGISTRY_PASSWORD = 'registry-test-password';
const HTPASSWD = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'registry.htpasswd');

export interface TestRegistry {
  /** `127.0.0.1:<port>` */
  host: string;
  close(): Promise<void>;
}

export interface RegistryOptions {
  auth?: 'none' | 'basic' | { tokenRealm: string; service: string; issuer: string; rootCertBundle: string };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'mmf-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const auth = options.auth ?? 'none';
  const lines = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    'http:',
    `  addr: ${host}`,
  ];
  if (auth === 'basic') lines.push('auth:', '  htpasswd:', '    realm: mmf-test', `    path: ${HTPASSWD}`);
  else if (typeof auth === 'object')
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${auth.tokenRealm}`,
      `    service: ${auth.service}`,
      `    issuer: ${auth.issuer}`,
      `    rootcertbundle: ${auth.rootCertBundle}`,
    );
  writeFileSync(join(dir, 'config.yml'), lines.join('\n') + '\n');
  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Ready when /v2/ answers (200 or 401); the registry starts in well under a second.
  for (let i = 0; ; i++) {
    const ok = await fetch(`http://${host}/v2/`).then(
      () => true,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null || i > 200) {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`docker-registry did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    host,
    async close() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const digestOf = (bytes: Buffer | string) =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export interface Pusher {
  host: string;
  /** Authorization header value for basic auth registries. */
  authorization?: string;
}

async function uploadBlob(p: Pusher, repo: string, bytes: Buffer): Promise<string> {
  const digest = digestOf(bytes);
  const headers: Record<string, string> = p.authorization ? { authorization: p.authorization } : {};
  const start = await fetch(`http://${p.host}/v2/${repo}/blobs/uploads/`, { method: 'POST', headers });
  if (start.status !== 202) throw new Error(`blob upload start: ${start.status} ${await start.text()}`);
  const location = new URL(start.headers.get('location') as string, `http://${p.host}`);
  location.searchParams.set('digest', digest);
  const put = await fetch(location, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
  if (put.status !== 201) throw new Error(`blob upload: ${put.status} ${await put.text()}`);
  return digest;
}

export async function putManifest(
  p: Pusher,
  repo: string,
  reference: string,
  mediaType: string,
  bytes: Buffer,
): Promise<string> {
  const response = await fetch(`http://${p.host}/v2/${repo}/manifests/${reference}`, {
    method: 'PUT',
    headers: { 'content-type': mediaType, ...(p.authorization ? { authorization: p.authorization } : {}) },
    body: new Uint8Array(bytes),
  });
  if (response.status !== 201) throw new Error(`manifest put: ${response.status} ${await response.text()}`);
  return response.headers.get('docker-content-digest') as string;
}

/**
 * Pushes a one-layer image whose only file says `content`, the way a build would; returns the
 * manifest digest. `docker` picks Docker schema 2 media types instead of OCI ones.
 */
export async function pushImage(
  p: Pusher,
  repo: string,
  tag: string,
  content: string,
  options: { docker?: boolean; architecture?: string } = {},
): Promise<{ digest: string; mediaType: string; size: number }> {
  const layer = Buffer.from(content); // registries do not inspect layer contents
  const config = Buffer.from(
    JSON.stringify({
      architecture: options.architecture ?? 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [digestOf(layer)] },
      config: {},
    }),
  );
  const layerDigest = await uploadBlob(p, repo, layer);
  const configDigest = await uploadBlob(p, repo, config);
  const mediaType = options.docker
    ? 'application/vnd.docker.distribution.manifest.v2+json'
    : 'application/vnd.oci.image.manifest.v1+json';
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      config: {
        mediaType: options.docker
          ? 'application/vnd.docker.container.image.v1+json'
          : 'application/vnd.oci.image.config.v1+json',
        digest: configDigest,
        size: config.length,
      },
      layers: [
        {
          mediaType: options.docker
            ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
            : 'application/vnd.oci.image.layer.v1.tar',
          digest: layerDigest,
          size: layer.length,
        },
      ],
    }),
  );
  const digest = await putManifest(p, repo, tag, mediaType, manifest);
  return { digest, mediaType, size: manifest.length };
}

/** Pushes two single-platform images and an OCI index over them under `tag`; returns the index digest. */
export async function pushIndex(
  p: Pusher,
  repo: string,
  tag: string,
): Promise<{ digest: string; children: string[] }> {
  const amd = await pushImage(p, repo, `${tag}-amd64`, 'amd64 payload', { architecture: 'amd64' });
  const arm = await pushImage(p, repo, `${tag}-arm64`, 'arm64 payload', { architecture: 'arm64' });
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: amd.mediaType,
          digest: amd.digest,
          size: amd.size,
          platform: { os: 'linux', architecture: 'amd64' },
        },
        {
          mediaType: arm.mediaType,
          digest: arm.digest,
          size: arm.size,
          platform: { os: 'linux', architecture: 'arm64' },
        },
      ],
    }),
  );
  const digest = await putManifest(p, repo, tag, 'application/vnd.oci.image.index.v1+json', index);
  return { digest, children: [amd.digest, arm.digest] };
}
