import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Whether `path` is `folder` itself or lies below it (both absolute, compared as written). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The real path of `path`, or of its nearest existing ancestor joined with
 * the rest when it does not exist yet (an output folder about to be created).
 */
export async function realPathOrAncestor(path: string): Promise<string> {
  const abs = resolve(path);
  const missing: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      return resolve(await realpath(cur), ...missing);
    } catch {
      const parent = dirname(cur);
      if (parent === cur) return abs;
      missing.unshift(relative(parent, cur));
      cur = parent;
    }
  }
}
