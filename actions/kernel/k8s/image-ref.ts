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
 * Parses a well-formed reference (`repo:tag`, `repo@sha256:…`,
 * `repo:tag@sha256:…`, or a bare `repo`) into the same ImageRef that
 * parseImage gives; undefined when `text` is not one (upper case, spaces,
 * options smuggled in). Policy (say, no `latest`) is the caller's.
 */
export function parseImageReference(text: string): ImageRef | undefined {
  const match = REFERENCE.exec(text);
  if (!match?.[1]) return undefined;
  const [, name, tag, digest] = match;
  return { name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
