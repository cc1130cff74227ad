import { join, resolve, sep } from 'node:path';
import { listWorkspaceFiles } from '../platform/fs/list-workspace-files.js';
import { readBoundedText } from '../platform/fs/read-bounded.js';
import { goModulePath, type GoModule } from './core/paths/go-modules.js';
import type { WorkspaceIndex } from './core/paths/workspace-paths.js';

const toPosix = (p: string) => p.split(sep).join('/');

/** The workspace's files and Go modules, for mapping report paths (see PathResolver). */
export async function indexWorkspace(workspace: string): Promise<{ index: WorkspaceIndex; notes: string[] }> {
  const given = resolve(workspace);
  const { root, files, truncated } = await listWorkspaceFiles(given);
  const goModules: GoModule[] = [];
  for (const file of files) {
    if (file !== 'go.mod' && !file.endsWith('/go.mod')) continue;
    const text = await readBoundedText(join(root, file), 1024 * 1024).catch(() => undefined);
    const path = text === undefined ? undefined : goModulePath(text);
    if (path) goModules.push({ path, dir: file === 'go.mod' ? '' : file.slice(0, -'/go.mod'.length) });
  }
  const notes = truncated
    ? [
        `the workspace has more than ${files.length} files; report paths were matched against the first ${files.length}`,
      ]
    : [];
  return {
    index: {
      root: toPosix(root),
      ...(given !== root ? { aliases: [toPosix(given)] } : {}),
      files: new Set(files),
      goModules,
    },
    notes,
  };
}
