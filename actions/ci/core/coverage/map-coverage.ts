import type { PathResolver } from '../paths/workspace-paths.js';
import { mergeFileCoverage, type CoverageReport, type FileCoverage } from './line-coverage.js';

const dirname = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/**
 * Maps every report's paths into the workspace and merges files that several
 * reports measured. Relative paths are tried against the workspace root, the
 * report's <sources> (Cobertura) and the report's folder, then Go module
 * paths and a unique suffix match (JaCoCo's package paths, reports made in
 * another checkout folder). Files that match nothing keep their best-effort
 * path and `inWorkspace: false`.
 */
export function mapCoverage(reports: readonly CoverageReport[], resolver: PathResolver): FileCoverage[] {
  const merged = new Map<string, FileCoverage>();
  for (const report of reports) {
    const bases = [
      ...report.sourceRoots.map((root) => resolver.baseDir(root)).filter((b): b is string => b !== undefined),
      dirname(report.report),
    ];
    for (const raw of report.files) {
      const found = resolver.resolve(raw.path, bases);
      const file: FileCoverage = {
        path: found ?? resolver.best(raw.path, bases),
        ...(raw.lines ? { lines: raw.lines } : {}),
        ...(raw.totals ? { totals: raw.totals } : {}),
        inWorkspace: found !== undefined,
        reports: [report.report],
      };
      const before = merged.get(file.path);
      merged.set(file.path, before ? mergeFileCoverage(before, file) : file);
    }
  }
  return [...merged.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
