/**
 * A Kubernetes version as `helm template --kube-version` takes it, in the
 * form both Helm 3 and Helm 4 accept: major.minor[.patch] with an optional
 * leading `v`, pre-release (`-gke.100`) and build (`+k3s1`) parts, and no
 * zero-prefixed numbers.
 */
const KUBE_VERSION =
  /^v?(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:\.(?:0|[1-9]\d*))?(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export function isKubeVersion(text: string): boolean {
  return KUBE_VERSION.test(text);
}
