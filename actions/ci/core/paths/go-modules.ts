/** A Go module of the workspace: its import path and the folder of its go.mod (workspace-relative, '' = root). */
export interface GoModule {
  path: string;
  dir: string;
}

/** The `module` directive of a go.mod file (quoted or bare, comments allowed), or undefined. */
export function goModulePath(goMod: string): string | undefined {
  for (const raw of goMod.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    const m = /^module\s+(?:"([^"]+)"|(\S+))\s*$/.exec(line);
    if (m) return m[1] ?? m[2];
  }
  return undefined;
}
