import type { ResourceId } from '../k8s/manifest.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  /** Readable path; list items under a merge key are named: containers[name=app].image */
  path: string;
  change: ChangeKind;
  /** Short renderings of the values, or a redaction note for sensitive ones. */
  before?: string;
  after?: string;
}

export interface SecretKeyChange {
  key: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  beforeBytes?: number;
  afterBytes?: number;
}

export interface ResourceChange {
  id: ResourceId;
  /** Kind/name (namespace ns). */
  resource: string;
  status: 'added' | 'removed' | 'changed' | 'renamed';
  renamedFrom?: ResourceId;
  fields: FieldChange[];
  /** For Secrets: key names only, never values. */
  secretKeys?: SecretKeyChange[];
  /** Unified text diff of the redacted, normalised YAML. */
  unifiedDiff: string;
  /** Where the resource comes from on each side (a template, a file), for annotations. */
  sources: { left?: string; right?: string };
}

export interface ManifestDiff {
  left: { label: string; resources: number };
  right: { label: string; resources: number };
  changes: ResourceChange[];
  unchanged: number;
  /** Resources left out by --ignore-kind. */
  ignoredResources: number;
}

export function countByStatus(diff: ManifestDiff): Record<ResourceChange['status'], number> {
  const counts = { added: 0, removed: 0, changed: 0, renamed: 0 };
  for (const c of diff.changes) counts[c.status]++;
  return counts;
}
