import { createHash } from 'node:crypto';
import { MmfError } from '../../kernel/errors.js';
import { isDigest, isValidTag, type ImageRef } from './image-ref.js';

/**
 * Tags an image that is already in a registry, by the OCI distribution API and nothing else:
 * GET the manifest by digest (OCI index or manifest, Docker schema 2 list or manifest), check its
 * bytes hash to that digest, PUT the same bytes under the new tag, and read the digest back. No
 * layers move and nothing is rebuilt. Auth: anonymous, Basic, or the Bearer token flow (the
 * registry's `WWW-Authenticate` challenge names the realm, service and scope).
 */

export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
] as const;

/** Manifests larger than this are refused (the distribution spec suggests registries accept 4 MiB). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface RegistryClientOptions {
  /** Credentials for a registry host, if any (see registry-credentials.ts). */
  credentials?: (registry: string) => RegistryCredentials | undefined;
  /** Hosts spoken to over plain HTTP. Default: loopback hosts (127.0.0.1, localhost, [::1]). */
  plainHttp?: (registry: string) => boolean;
  fetch?: typeof fetch;
}

export interface Manifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  /** For an index / manifest list: the digests of the manifests it lists. */
  children: string[];
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/;

/** Parses `Bearer realm="…",service="…",scope="…"` (and `Basic realm="…"`). */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
  const params: Record<string, string> = {};
  if (!match) return { scheme: '', params };
  for (const m of (match[2] as string).matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[(m[1] as string).toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
  }
  return { scheme: (match[1] as string).toLowerCase(), params };
}

export const sha256Digest = (bytes: Uint8Array) =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export class RegistryClient {
  private readonly fetchImpl: typeof fetch;
  private readonly tokens = new Map<string, string>();

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.fetchImpl = options.fetch ?? fetch;
  }

  private base(registry: string): string {
    const http = this.options.plainHttp ? this.options.plainHttp(registry) : LOOPBACK.test(registry);
    const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    return `${http ? 'http' : 'https'}://${host}/v2`;
  }

  private async authorization(registry: string, repository: string, challenge: string): Promise<string> {
    const { scheme, params } = parseChallenge(challenge);
    const creds = this.options.credentials?.(registry);
    if (scheme === 'basic') {
      if (!creds)
        throw new MmfError(
          'E_REGISTRY_AUTH',
          `${registry} asks for a user name and password and none is configured`,
          {
            hint: 'set MMF_REGISTRY_USERNAME and MMF_REGISTRY_PASSWORD, or log in (docker login writes ~/.docker/config.json)',
          },
        );
      return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
    }
    if (scheme !== 'bearer' || !params['realm'])
      throw new MmfError(
        'E_REGISTRY_AUTH',
        `${registry} sent an authentication challenge this client does not know: ${scheme || 'none'}`,
      );
    const scope = `repository:${repository}:pull,push`;
    const cacheKey = `${registry}|${scope}`;
    const cached = this.tokens.get(cacheKey);
    if (cached) return `Bearer ${cached}`;
    const url = new URL(params['realm']);
    if (params['service']) url.searchParams.set('service', params['service']);
    url.searchParams.set('scope', scope);
    const headers: Record<string, string> = {};
    if (creds)
      headers['authorization'] =
        `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
    const response = await this.fetchImpl(url, { headers }).catch((err: Error) => {
      throw new MmfError('E_REGISTRY', `token request to ${url.origin} failed: ${err.message}`, {
        cause: err,
      });
    });
    if (!response.ok)
      throw new MmfError(
        'E_REGISTRY_AUTH',
        `${url.origin} refused a token for ${scope} (HTTP ${response.status})`,
        {
          hint: creds
            ? 'check the registry user name and password (or token)'
            : 'set MMF_REGISTRY_USERNAME and MMF_REGISTRY_PASSWORD',
        },
      );
    const body = (await response.json()) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new MmfError('E_REGISTRY_AUTH', `${url.origin} answered without a token`);
    this.tokens.set(cacheKey, token);
    return `Bearer ${token}`;
  }

  /** A request to `/v2/<repository>/<path>`, answering one auth challenge. */
  private async send(
    ref: ImageRef,
    method: string,
    path: string,
    init: { headers?: Record<string, string>; body?: Buffer } = {},
  ): Promise<Response> {
    const url = `${this.base(ref.registry)}/${ref.repository}/${path}`;
    let auth: string | undefined;
    for (let attempt = 0; attempt < 2; attempt++) {
      const headers = { ...init.headers, ...(auth ? { authorization: auth } : {}) };
      let response: Response;
      try {
        response = await this.fetchImpl(url, {
          method,
          headers,
          ...(init.body ? { body: new Uint8Array(init.body) } : {}),
        });
      } catch (err) {
        throw new MmfError('E_REGISTRY', `${method} ${url} failed: ${(err as Error).message}`, {
          hint: 'check the registry host and port; loopback registries are spoken to over plain HTTP, others over HTTPS',
          cause: err,
        });
      }
      if (response.status !== 401 || attempt === 1) return response;
      const challenge = response.headers.get('www-authenticate');
      await response.arrayBuffer();
      if (!challenge) return response;
      auth = await this.authorization(ref.registry, ref.repository, challenge);
    }
    throw new Error('unreachable');
  }

  private async fail(response: Response, what: string): Promise<never> {
    const text = (await response.text()).slice(0, 500);
    let detail = text;
    try {
      const errors =
        (JSON.parse(text) as { errors?: Array<{ code?: string; message?: string }> }).errors ?? [];
      if (errors.length) detail = errors.map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim()).join('; ');
    } catch {
      // not JSON: keep the text
    }
    const message = `${what}: HTTP ${response.status}${detail ? ` ${detail}` : ''}`;
    if (response.status === 401 || response.status === 403)
      throw new MmfError('E_REGISTRY_AUTH', message, {
        hint: 'the registry credentials need pull and push on this repository',
      });
    if (response.status === 404)
      throw new MmfError('E_REGISTRY_NOT_FOUND', message, {
        hint: 'check the repository and digest the build pushed',
      });
    throw new MmfError('E_REGISTRY', message);
  }

  /** The manifest stored under `reference` (a digest or tag); bytes verified against a digest reference. */
  async getManifest(ref: ImageRef, reference: string): Promise<Manifest> {
    const what = `GET manifest ${ref.registry}/${ref.repository}@${reference}`;
    const response = await this.send(ref, 'GET', `manifests/${reference}`, {
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
    });
    if (!response.ok) return this.fail(response, what);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > MAX_MANIFEST_BYTES)
      throw new MmfError('E_REGISTRY', `${what}: manifest larger than ${MAX_MANIFEST_BYTES} bytes`);
    const digest = sha256Digest(bytes);
    if (isDigest(reference) && digest !== reference)
      throw new MmfError(
        'E_REGISTRY',
        `${what}: the registry sent bytes hashing to ${digest}, not the digest asked for`,
      );
    let parsed: { mediaType?: string; manifests?: Array<{ digest?: string }> };
    try {
      parsed = JSON.parse(bytes.toString('utf8')) as typeof parsed;
    } catch {
      throw new MmfError('E_REGISTRY', `${what}: the manifest is not JSON`);
    }
    const header = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
    const mediaType = parsed.mediaType ?? header;
    if (!(MANIFEST_MEDIA_TYPES as readonly string[]).includes(mediaType))
      throw new MmfError('E_REGISTRY', `${what}: unsupported manifest media type "${mediaType || 'none'}"`, {
        hint: 'OCI image index/manifest and Docker schema 2 manifest (list) are supported; Docker schema 1 is not',
      });
    const children = (parsed.manifests ?? [])
      .map((m) => m.digest)
      .filter((d): d is string => typeof d === 'string');
    return { digest, mediaType, bytes, children };
  }

  /** The digest a tag or digest resolves to (HEAD), or null when the registry has none. */
  async resolve(ref: ImageRef, reference: string): Promise<string | null> {
    const response = await this.send(ref, 'HEAD', `manifests/${reference}`, {
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
    });
    if (response.status === 404) return null;
    if (!response.ok)
      return this.fail(response, `HEAD manifest ${ref.registry}/${ref.repository}:${reference}`);
    return response.headers.get('docker-content-digest');
  }

  /** PUTs the exact manifest bytes under `tag`; returns the digest the registry stored. */
  async putManifest(ref: ImageRef, tag: string, manifest: Manifest): Promise<string> {
    if (!isValidTag(tag)) throw new MmfError('E_IMAGE_REF', `"${tag}" is not a valid image tag`);
    const what = `PUT manifest ${ref.registry}/${ref.repository}:${tag}`;
    const response = await this.send(ref, 'PUT', `manifests/${tag}`, {
      headers: { 'content-type': manifest.mediaType },
      body: manifest.bytes,
    });
    if (!response.ok) return this.fail(response, what);
    await response.arrayBuffer();
    const stored = response.headers.get('docker-content-digest') ?? manifest.digest;
    if (stored !== manifest.digest)
      throw new MmfError('E_REGISTRY', `${what}: the registry stored ${stored}, not ${manifest.digest}`);
    return stored;
  }

  /**
   * Gives the image at `ref.digest` the tag `tag` (same repository): no-op when the tag already
   * points there. `fetched`: the manifest read earlier (getManifest), to skip reading it again.
   * Returns the digest the tag now resolves to.
   */
  async tagDigest(
    ref: ImageRef,
    tag: string,
    fetched?: Manifest,
  ): Promise<{ digest: string; changed: boolean; mediaType: string }> {
    if (!ref.digest)
      throw new MmfError(
        'E_IMAGE_REF',
        `${ref.registry}/${ref.repository} needs a digest (@sha256:…) to be promoted`,
      );
    const manifest = fetched?.digest === ref.digest ? fetched : await this.getManifest(ref, ref.digest);
    const before = await this.resolve(ref, tag);
    if (before === manifest.digest) return { digest: before, changed: false, mediaType: manifest.mediaType };
    return {
      digest: await this.putManifest(ref, tag, manifest),
      changed: true,
      mediaType: manifest.mediaType,
    };
  }
}
