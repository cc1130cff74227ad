import { diffFields, type FieldChange } from './field-diff.js';
import { formatPath } from './json.js';
import { displayId, type ManifestSet } from './manifest.js';

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

/** Compares two sets already in parity normal form (normalizeForParity). */
export function compareForParity(helm: ManifestSet, kustomize: ManifestSet): ParityResult {
  const missing: string[] = [];
  const unexpected: string[] = [];
  const changed: ResourceDifference[] = [];
  for (const [key, expected] of helm) {
    const actual = kustomize.get(key);
    if (!actual) {
      missing.push(displayId(expected.id));
      continue;
    }
    const fields = diffFields(expected.object, actual.object).map((c) => ({
      path: formatPath(c.path),
      change: c.change,
    }));
    if (fields.length) changed.push({ resource: displayId(expected.id), key, fields });
  }
  for (const [key, actual] of kustomize) if (!helm.has(key)) unexpected.push(displayId(actual.id));
  return {
    identical: !missing.length && !unexpected.length && !changed.length,
    missing,
    unexpected,
    changed,
  };
}
