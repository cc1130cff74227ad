import { MmfError } from '../../kernel/errors.js';
import { parseImageReference, type ImageRef } from '../../kernel/k8s/image-ref.js';

/**
 * The scaffold's image: a well-formed reference that pins a version. An
 * untagged image or `latest` is refused: the scaffold's base is shared with
 * prod, which must run a pinned version. `label` is how the front end names
 * the value (the CLI's `--image`).
 */
export function requirePinnedImage(text: string, label = '--image'): ImageRef {
  const ref = parseImageReference(text);
  if (!ref)
    throw new MmfError('E_USAGE', `${label} "${text}" is not an image reference`, {
      hint: `use registry/repository:tag, e.g. ${label} ghcr.io/acme/orders:1.0.0`,
    });
  if (!ref.tag && !ref.digest)
    throw new MmfError('E_USAGE', `${label} "${text}" has no tag or digest (that means :latest)`, {
      hint: `pin a version: ${label} ${ref.name}:1.0.0, or a digest ${ref.name}@sha256:…`,
    });
  if (ref.tag === 'latest' && !ref.digest)
    throw new MmfError('E_USAGE', `${label} "${text}" uses the tag latest`, {
      hint: 'the base is shared with prod, which must pin a version or a digest; CI can set it later with `kustomize edit set image`',
    });
  return ref;
}
