import type { FieldChange } from '../../kernel/diff/diff-model.js';
import { diffManifests } from '../../kernel/diff/semantic-diff.js';
import { resourceKey, type ManifestSet } from '../../kernel/k8s/manifest.js';

export interface ResourceDifference {
  resource: string;
  key: string;
  fields: { path: string; change: FieldChange['change'] }[];
}

export interface ParityResult {
  identical: boolean;
  /** Resources Helm renders that the Kustomize build lacks. */
  missing: string[];
  /** Resources the Kustomize build has that Helm does not render. */
  unexpected: string[];
  changed: ResourceDifference[];
}

/**
 * Compares two sets already in parity normal form (normalizeForParity) with
 * the semantic diff engine in its strict setting: lists by position, no noise
 * removal, no rename matching. Secret keys are compared by value, never shown.
 */
export function compareForParity(helm: ManifestSet, kustomize: ManifestSet): ParityResult {
  const diff = diffManifests(
    { label: 'helm template', resources: helm },
    { label: 'kustomize build', resources: kustomize },
    {
      ignoreHelmBookkeeping: false,
      ignoreChecksums: false,
      lists: 'index',
      detectRenames: false,
      context: 0,
    },
  );
  const missing: string[] = [];
  const unexpected: string[] = [];
  const changed: ResourceDifference[] = [];
  for (const c of diff.changes) {
    if (c.status === 'removed') missing.push(c.resource);
    else if (c.status === 'added') unexpected.push(c.resource);
    else {
      const secretFields = (c.secretKeys ?? []).flatMap((k) =>
        k.status === 'unchanged' ? [] : [{ path: `data.${k.key}`, change: k.status }],
      );
      changed.push({
        resource: c.resource,
        key: resourceKey(c.id),
        fields: [...c.fields.map((f) => ({ path: f.path, change: f.change })), ...secretFields],
      });
    }
  }
  return {
    identical: !missing.length && !unexpected.length && !changed.length,
    missing,
    unexpected,
    changed,
  };
}
