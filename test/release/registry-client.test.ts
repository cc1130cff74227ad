import { execFileSync } from 'node:child_process';
import { RegistryClient, parseChallenge } from '../../actions/platform/oci/registry-client.js';
import { parseImageRef } from '../../actions/platform/oci/image-ref.js';
import { MmfError } from '../../actions/kernel/errors.js';
import {
  REGISTRY_PASSWORD,
  REGISTRY_USER,
  digestOf,
  pushImage,
  pushIndex,
  startRegistry,
  type TestRegistry,
} from './support/registry.js';
import { startTokenServer } from './support/registry-token.js';

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** What the registry itself says a tag resolves to, asked without the client under test. */
async function headDigest(
  host: string,
  repo: string,
  tag: string,
  authorization?: string,
): Promise<string | null> {
  const r = await fetch(`http://${host}/v2/${repo}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: ACCEPT, ...(authorization ? { authorization } : {}) },
  });
  return r.status === 200 ? r.headers.get('docker-content-digest') : null;
}

/** skopeo's view of the same tag: the digest of the raw manifest it fetches. */
function skopeoDigest(host: string, repo: string, tag: string, creds?: string): string {
  const raw = execFileSync(
    'skopeo',
    [
      'inspect',
      '--raw',
      '--tls-verify=false',
      ...(creds ? ['--creds', creds] : []),
      `docker://${host}/${repo}:${tag}`,
    ],
    { env: { PATH: process.env['PATH'] ?? '', HOME: '/tmp' } },
  );
  return digestOf(raw);
}

describe('RegistryClient against a real registry (docker-registry on 127.0.0.1)', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => registry?.close());

  it('gives an OCI manifest digest a new tag without changing the digest', async () => {
    const pushed = await pushImage({ host: registry.host }, 'acme/api', 'build-41', 'api v1');
    const client = new RegistryClient();
    const ref = parseImageRef(`${registry.host}/acme/api@${pushed.digest}`);
    const result = await client.tagDigest(ref, '1.3.0');
    expect(result).toEqual({
      digest: pushed.digest,
      changed: true,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
    });
    expect(await headDigest(registry.host, 'acme/api', '1.3.0')).toBe(pushed.digest);
    expect(skopeoDigest(registry.host, 'acme/api', '1.3.0')).toBe(pushed.digest);
    // Again: nothing to do.
    expect((await client.tagDigest(ref, '1.3.0')).changed).toBe(false);
  });

  it('keeps Docker schema 2 manifests and OCI indexes byte for byte', async () => {
    const docker = await pushImage({ host: registry.host }, 'acme/worker', 'sha-abc', 'worker', {
      docker: true,
    });
    const index = await pushIndex({ host: registry.host }, 'acme/multi', 'sha-def');
    const client = new RegistryClient();
    const d = await client.tagDigest(parseImageRef(`${registry.host}/acme/worker@${docker.digest}`), '2.0.0');
    expect(d.mediaType).toBe('application/vnd.docker.distribution.manifest.v2+json');
    const i = await client.tagDigest(parseImageRef(`${registry.host}/acme/multi@${index.digest}`), '2.0.0');
    expect(i.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(await headDigest(registry.host, 'acme/worker', '2.0.0')).toBe(docker.digest);
    expect(await headDigest(registry.host, 'acme/multi', '2.0.0')).toBe(index.digest);
    expect(skopeoDigest(registry.host, 'acme/multi', '2.0.0')).toBe(index.digest);
    const manifest = await client.getManifest(parseImageRef(`${registry.host}/acme/multi`), '2.0.0');
    expect(manifest.children).toEqual(index.children);
  });

  it('moves an existing tag to the promoted digest', async () => {
    const old = await pushImage({ host: registry.host }, 'acme/mover', 'latest', 'old');
    const fresh = await pushImage({ host: registry.host }, 'acme/mover', 'build-2', 'new');
    expect(await headDigest(registry.host, 'acme/mover', 'latest')).toBe(old.digest);
    await new RegistryClient().tagDigest(
      parseImageRef(`${registry.host}/acme/mover@${fresh.digest}`),
      'latest',
    );
    expect(await headDigest(registry.host, 'acme/mover', 'latest')).toBe(fresh.digest);
  });

  it('reports a digest the registry does not have as E_REGISTRY_NOT_FOUND', async () => {
    const missing = `sha256:${'0'.repeat(64)}`;
    const err = await new RegistryClient()
      .tagDigest(parseImageRef(`${registry.host}/acme/api@${missing}`), '9.9.9')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MmfError);
    expect((err as MmfError).code).toBe('E_REGISTRY_NOT_FOUND');
    expect((err as MmfError).message).toContain('MANIFEST_UNKNOWN');
    expect(await headDigest(registry.host, 'acme/api', '9.9.9')).toBeNull();
  });
});

describe('RegistryClient with htpasswd basic auth', () => {
  let registry: TestRegistry;
  const basic = `Basic ${Buffer.from(`${REGISTRY_USER}:${REGISTRY_PASSWORD}`).toString('base64')}`;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' });
  });
  afterAll(async () => registry?.close());

  it('answers the Basic challenge with the configured credentials', async () => {
    const pushed = await pushImage(
      { host: registry.host, authorization: basic },
      'acme/private',
      'b1',
      'secret app',
    );
    const client = new RegistryClient({
      credentials: () => ({ username: REGISTRY_USER, password: REGISTRY_PASSWORD }),
    });
    await client.tagDigest(parseImageRef(`${registry.host}/acme/private@${pushed.digest}`), '1.0.0');
    expect(await headDigest(registry.host, 'acme/private', '1.0.0', basic)).toBe(pushed.digest);
    expect(
      skopeoDigest(registry.host, 'acme/private', '1.0.0', `${REGISTRY_USER}:${REGISTRY_PASSWORD}`),
    ).toBe(pushed.digest);
  });

  it('fails with E_REGISTRY_AUTH without or with wrong credentials, and never shows the password', async () => {
    const pushed = await pushImage(
      { host: registry.host, authorization: basic },
      'acme/private',
      'b2',
      'other',
    );
    const ref = parseImageRef(`${registry.host}/acme/private@${pushed.digest}`);
    const none = await new RegistryClient().tagDigest(ref, '1.0.1').catch((e: unknown) => e);
    expect((none as MmfError).code).toBe('E_REGISTRY_AUTH');
    const wrong = await new RegistryClient({
      credentials: () => ({ username: REGISTRY_USER, password: 'not-it' }),
    })
      .tagDigest(ref, '1.0.1')
      .catch((e: unknown) => e);
    expect((wrong as MmfError).code).toBe('E_REGISTRY_AUTH');
    expect((wrong as MmfError).format()).not.toContain('not-it');
    expect(await headDigest(registry.host, 'acme/private', '1.0.1', basic)).toBeNull();
  });
});

describe('image references and challenges', () => {
  it('splits references the way docker does', () => {
    const d = `sha256:${'a'.repeat(64)}`;
    expect(parseImageRef(`127.0.0.1:5000/acme/api@${d}`)).toEqual({
      registry: '127.0.0.1:5000',
      repository: 'acme/api',
      digest: d,
    });
    expect(parseImageRef('nginx:1.25')).toEqual({
      registry: 'docker.io',
      repository: 'library/nginx',
      tag: '1.25',
    });
    expect(parseImageRef('ghcr.io/acme/api:1.2.3')).toEqual({
      registry: 'ghcr.io',
      repository: 'acme/api',
      tag: '1.2.3',
    });
    expect(() => parseImageRef('ghcr.io/acme/api@sha256:short')).toThrow(/digest/);
    expect(() => parseImageRef('ghcr.io/Acme/api')).toThrow(/repository/);
  });

  it('parses Bearer challenges with quoted parameters', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.example/token',
        service: 'registry.example',
        scope: 'repository:a/b:pull',
      },
    });
    expect(parseChallenge('Basic realm="x"').scheme).toBe('basic');
  });
});

describe('RegistryClient with the bearer token flow (registry auth: token)', () => {
  let tokens: Awaited<ReturnType<typeof startTokenServer>>;
  let registry: TestRegistry;
  beforeAll(async () => {
    tokens = await startTokenServer();
    registry = await startRegistry({
      auth: {
        tokenRealm: tokens.realm,
        service: tokens.service,
        issuer: tokens.issuer,
        rootCertBundle: tokens.rootCertBundle,
      },
    });
  });
  afterAll(async () => {
    await registry?.close();
    await tokens?.close();
  });

  it('gets a pull,push token from the challenge’s realm and tags the digest', async () => {
    // Push the image with a token of our own, as a build would.
    const token = await fetch(
      `${tokens.realm}?service=${tokens.service}&scope=repository:acme/tok:pull,push`,
      {
        headers: {
          authorization: `Basic ${Buffer.from(`${REGISTRY_USER}:${REGISTRY_PASSWORD}`).toString('base64')}`,
        },
      },
    ).then(async (r) => ((await r.json()) as { token: string }).token);
    const bearer = `Bearer ${token}`;
    const pushed = await pushImage(
      { host: registry.host, authorization: bearer },
      'acme/tok',
      'b1',
      'token app',
    );
    tokens.requests.length = 0;

    const client = new RegistryClient({
      credentials: () => ({ username: REGISTRY_USER, password: REGISTRY_PASSWORD }),
    });
    const result = await client.tagDigest(
      parseImageRef(`${registry.host}/acme/tok@${pushed.digest}`),
      '3.1.4',
    );
    expect(result.changed).toBe(true);
    expect(tokens.requests).toEqual([{ scope: 'repository:acme/tok:pull,push', authorized: true }]); // one token, reused
    expect(await headDigest(registry.host, 'acme/tok', '3.1.4', bearer)).toBe(pushed.digest);
    expect(await headDigest(registry.host, 'acme/tok', '3.1.4')).toBeNull(); // anonymous: 401
  });

  it('fails with E_REGISTRY_AUTH when the token server refuses the credentials', async () => {
    const client = new RegistryClient({
      credentials: () => ({ username: REGISTRY_USER, password: 'wrong' }),
    });
    const err = await client
      .tagDigest(parseImageRef(`${registry.host}/acme/tok@sha256:${'2'.repeat(64)}`), '0.0.1')
      .catch((e: unknown) => e);
    expect((err as MmfError).code).toBe('E_REGISTRY_AUTH');
    expect((err as MmfError).message).toContain(
      'refused a token for repository:acme/tok:pull,push (HTTP 401)',
    );
  });
});
