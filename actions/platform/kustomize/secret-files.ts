import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { exists } from '../fs/file-info.js';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isObject } from '../../kernel/json.js';
import { SECRET_KEYS_DIR } from '../../kernel/k8s/secret-generators.js';
import { parseYamlDocuments } from '../../kernel/yaml-codec.js';
import { onExit } from '../process/exit-cleanup.js';
import { removeTreeSync } from '../fs/remove-tree-sync.js';

/** The value a missing Secret key gets when nothing better is known. */
export const PLACEHOLDER_SECRET = 'mmf-placeholder-not-a-secret';

/** Supplies a missing Secret value (for example from the helm render), or undefined for the placeholder. */
export type SecretFill = (secretName: string, key: string) => Buffer | undefined;

interface MissingFile {
  path: string;
  secret: string;
  /** envs: keys from secrets.example; files: the one key. */
  keys: string[];
  env: boolean;
}

async function missingSecretFiles(overlay: string): Promise<MissingFile[]> {
  const text = await readFile(join(overlay, 'kustomization.yaml'), 'utf8').catch(() => undefined);
  const doc = text ? parseYamlDocuments(text, join(overlay, 'kustomization.yaml'))[0]?.value : undefined;
  const generators =
    isObject(doc) && Array.isArray(doc.secretGenerator) ? doc.secretGenerator.filter(isObject) : [];
  const missing: MissingFile[] = [];
  for (const g of generators) {
    const secret = String(g.name);
    for (const file of Array.isArray(g.envs) ? g.envs.map(String) : []) {
      const path = join(overlay, file);
      if (await exists(path)) continue;
      const example = await readFile(join(overlay, SECRET_KEYS_DIR, basename(file)), 'utf8').catch(() => '');
      const keys = example
        .split('\n')
        .filter((l) => l && !l.startsWith('#') && l.includes('='))
        .map((l) => l.slice(0, l.indexOf('=')));
      missing.push({ path, secret, keys, env: true });
    }
    for (const spec of Array.isArray(g.files) ? g.files.map(String) : []) {
      const eq = spec.indexOf('=');
      const key = eq < 0 ? basename(spec) : spec.slice(0, eq);
      const path = join(overlay, eq < 0 ? spec : spec.slice(eq + 1));
      if (!(await exists(path))) missing.push({ path, secret, keys: [key], env: false });
    }
  }
  return missing;
}

/**
 * Runs `build` on an overlay whose git-ignored Secret files may be missing
 * (a fresh clone, CI): if any are, the converted tree is copied to a private
 * temporary folder, the files are written there from `fill` (or a
 * placeholder), and the copy is built and removed. The user's tree is never
 * written to.
 */
export async function withSecretFiles<T>(
  overlay: string,
  fill: SecretFill,
  build: (dir: string) => Promise<T>,
): Promise<{ result: T; placeholders: number; filled: number }> {
  const missing = await missingSecretFiles(overlay);
  if (!missing.length) return { result: await build(overlay), placeholders: 0, filled: 0 };
  const abs = resolve(overlay);
  // overlays/<env> builds on ../../base: copy the whole converted tree.
  const root = basename(dirname(abs)) === 'overlays' ? dirname(dirname(abs)) : abs;
  const temp = await mkdtemp(join(tmpdir(), 'mmf-secrets-'));
  const forget = onExit(() => removeTreeSync(temp));
  try {
    const copy = join(temp, 'tree');
    await cp(root, copy, { recursive: true });
    let placeholders = 0;
    let filled = 0;
    for (const m of missing) {
      const value = (key: string) => {
        const usable = fill(m.secret, key);
        if (usable && !(m.env && /[\r\n]/.test(usable.toString('utf8')))) {
          filled++;
          return usable;
        }
        placeholders++;
        return Buffer.from(PLACEHOLDER_SECRET);
      };
      const target = join(copy, relative(root, m.path));
      await mkdir(dirname(target), { recursive: true });
      const content = m.env
        ? Buffer.from(m.keys.map((k) => `${k}=${value(k).toString('utf8')}\n`).join(''))
        : value(m.keys[0] as string);
      await writeFile(target, content, { mode: 0o600 });
    }
    return { result: await build(join(copy, relative(root, abs))), placeholders, filled };
  } finally {
    await rm(temp, { recursive: true, force: true });
    forget();
  }
}
