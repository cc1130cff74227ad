import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The folder of the running script (links resolved): where a bundled mmf looks for what ships beside it. */
export function runningScriptDir(): string | undefined {
  const script = process.argv[1];
  if (!script) return undefined;
  try {
    return dirname(realpathSync(script));
  } catch {
    return dirname(resolve(script));
  }
}

/** The first answer `probe` gives for `from` or one of its ancestors, nearest first. */
export async function findUpward<T>(
  from: string,
  probe: (dir: string) => Promise<T | undefined>,
): Promise<T | undefined> {
  let dir = resolve(from);
  for (;;) {
    const found = await probe(dir);
    if (found !== undefined) return found;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
