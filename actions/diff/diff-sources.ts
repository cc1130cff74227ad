import { withGitRef } from '../platform/git/git-worktree.js';
import { loadSource, type LoadedSource, type SourceOptions } from '../platform/sources/manifest-source.js';
import type { ManifestDiff } from '../kernel/diff/diff-model.js';
import { diffManifests, type DiffOptions } from '../kernel/diff/semantic-diff.js';

export interface DiffSourcesOptions {
  left: string;
  /** Default: the same path as `left` (useful with `baseRef`). */
  right?: string;
  /** Read the left side as it is at this git ref. */
  baseRef?: string;
  leftValues?: readonly string[];
  rightValues?: readonly string[];
  source: Omit<SourceOptions, 'valuesFiles' | 'label'>;
  diff: DiffOptions;
}

/** Loads both sides (chart, kustomization or YAML; the left one optionally at a git ref) and diffs them. */
export async function diffSources(
  options: DiffSourcesOptions,
): Promise<{ diff: ManifestDiff; left: LoadedSource; right: LoadedSource }> {
  const rightPath = options.right ?? options.left;
  const loadLeft = (path: string, values: readonly string[], label: string) =>
    loadSource(path, { ...options.source, valuesFiles: values, label });
  const left = options.baseRef
    ? await withGitRef(options.left, options.baseRef, (atRef) =>
        loadLeft(
          atRef(options.left),
          (options.leftValues ?? []).map(atRef),
          `${options.left}@${options.baseRef}`,
        ),
      )
    : await loadLeft(options.left, options.leftValues ?? [], options.left);
  const right = await loadSource(rightPath, {
    ...options.source,
    valuesFiles: options.rightValues ?? [],
    label: rightPath,
  });
  const diff = diffManifests(
    { label: left.label, resources: left.resources },
    { label: right.label, resources: right.resources },
    options.diff,
  );
  return { diff, left, right };
}
