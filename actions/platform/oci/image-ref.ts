import { MmfError } from '../../kernel/errors.js';

/** An image reference split the way docker and the OCI distribution spec read it. */
export interface ImageRef {
  /** Registry host (and port), e.g. ghcr.io, 127.0.0.1:5000; docker.io for Docker Hub. */
  registry: string;
  /** Repository path inside the registry, e.g. acme/api (library/nginx on Docker Hub). */
  repository: string;
  tag?: string;
  digest?: string;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

export const isDigest = (value: string) => DIGEST.test(value);
export const isValidTag = (value: string) => TAG.test(value);

/** `ghcr.io/acme/api@sha256:…`, `127.0.0.1:5000/acme/api:1.2.3`, `nginx` → its parts; E_IMAGE_REF when malformed. */
export function parseImageRef(input: string): ImageRef {
  const ref = input.trim();
  const bad = (why: string): never => {
    throw new MmfError('E_IMAGE_REF', `image reference "${ref}" ${why}`, {
      hint: 'write it as registry/repository@sha256:<64 hex digits>, e.g. ghcr.io/acme/api@sha256:…',
    });
  };
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) bad('has a digest that is not sha256:<64 lower-case hex digits>');
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) bad('has an invalid tag');
  }
  const parts = rest.split('/');
  let registry = 'docker.io';
  const first = parts[0] ?? '';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    parts.shift();
  }
  let repository = parts.join('/');
  if (registry === 'docker.io' && parts.length === 1) repository = `library/${repository}`;
  if (!REPOSITORY.test(repository))
    bad('has an invalid repository name (lower-case letters, digits, . _ - and /)');
  return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

export const formatImageRef = (r: ImageRef): string =>
  `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
