import { MmfError } from '../errors.js';

/** An image for kustomize's `images:` field. */
export interface ImageRef {
  /** Registry and repository, e.g. `ghcr.io/acme/orders`. */
  name: string;
  tag?: string;
  digest?: string;
}

/**
 * Splits an image as written in a manifest into name, tag and digest, without
 * judging it (kustomize's `images:` matches on the name part).
 */
export function parseImage(image: string): ImageRef {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const rest = at >= 0 ? image.slice(0, at) : image;
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > rest.lastIndexOf('/');
  const ref: ImageRef = { name: hasTag ? rest.slice(0, colon) : rest };
  if (hasTag) ref.tag = rest.slice(colon + 1);
  if (digest) ref.digest = digest;
  return ref;
}

// The reference grammar of distribution/reference, simplified: lower-case
// path components, an optional registry host[:port], then :tag and/or @digest.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const HOST =
  '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?';
const REFERENCE = new RegExp(
  `^(${HOST}${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$`,
);

/**
 * Parses `repo:tag`, `repo@sha256:…` or `repo:tag@sha256:…`. An untagged
 * image or `latest` is refused: the scaffold's base is shared with prod,
 * which must run a pinned version.
 */
export function parseImageRef(text: string, flag = '--image'): ImageRef {
  const match = REFERENCE.exec(text);
  if (!match?.[1]) {
    throw new MmfError('E_USAGE', `${flag} "${text}" is not an image reference`, {
      hint: `use registry/repository:tag, e.g. ${flag} ghcr.io/acme/orders:1.0.0`,
    });
  }
  const [, name, tag, digest] = match;
  if (!tag && !digest) {
    throw new MmfError('E_USAGE', `${flag} "${text}" has no tag or digest (that means :latest)`, {
      hint: `pin a version: ${flag} ${name}:1.0.0, or a digest ${name}@sha256:…`,
    });
  }
  if (tag === 'latest' && !digest) {
    throw new MmfError('E_USAGE', `${flag} "${text}" uses the tag latest`, {
      hint: 'the base is shared with prod, which must pin a version or a digest; CI can set it later with `kustomize edit set image`',
    });
  }
  return { name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
