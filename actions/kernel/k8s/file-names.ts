import type { ResourceId } from './manifest.js';

/** A safe file-name stem: lower-case, [a-z0-9._-] only, never "." or "..". */
export function safeStem(text: string): string {
  const stem = text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '');
  return (stem || 'unnamed').slice(0, 120);
}

/**
 * Hands out `<kind>-<name>.yaml` names that are unique within one folder,
 * adding the namespace, then the group, then a counter when names collide.
 * Deterministic for the same sequence of requests.
 */
export class FileNamer {
  private readonly used = new Set<string>();

  constructor(private readonly suffix = '.yaml') {}

  nameFor(id: ResourceId, prefix = ''): string {
    const kind = safeStem(id.kind);
    const candidates = [
      `${prefix}${kind}-${safeStem(id.name)}`,
      `${prefix}${kind}-${safeStem(id.name)}-${safeStem(id.namespace || 'cluster')}`,
      `${prefix}${kind}-${safeStem(id.name)}-${safeStem(id.namespace || 'cluster')}-${safeStem(id.group || 'core')}`,
    ];
    for (const stem of candidates) if (this.claim(stem)) return stem + this.suffix;
    for (let n = 2; ; n++)
      if (this.claim(`${candidates[2]}-${n}`)) return `${candidates[2]}-${n}${this.suffix}`;
  }

  private claim(stem: string): boolean {
    if (this.used.has(stem)) return false;
    this.used.add(stem);
    return true;
  }
}
