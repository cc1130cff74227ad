/**
 * Tool versions remembered across runs, so that `helm version` and
 * `kubectl version` (about 40 ms each) are not asked again by every process.
 *
 * An entry is keyed by the binary's path and file identity (device, inode,
 * size, modification and change times): replacing or touching the binary
 * makes it miss. The file lives in the user's cache folder
 * (`$XDG_CACHE_HOME/mmf/tool-versions.json`, else `~/.cache/mmf/…`;
 * `MMF_TOOL_VERSION_CACHE` names another file, or `off`). It is read only
 * when it is a small regular file of this user, every value must look like a
 * version, and it is replaced atomically (temporary file + rename, mode 600).
 * Any problem with it means a cache miss, never an error.
 */
import { lstat, mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../fs/write-report-files.js';

export const VERSION_CACHE_ENV = 'MMF_TOOL_VERSION_CACHE';
const MAX_BYTES = 64 * 1024;
const MAX_ENTRIES = 64;
const VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** Where the cache is kept for this environment, or undefined when it is off. */
export function versionCacheFile(env: NodeJS.ProcessEnv): string | undefined {
  const explicit = env[VERSION_CACHE_ENV];
  if (explicit === 'off') return undefined;
  if (explicit) return explicit;
  let base = env['XDG_CACHE_HOME'];
  if (!base) {
    try {
      base = join(homedir(), '.cache');
    } catch {
      return undefined;
    }
  }
  return join(base, 'mmf', 'tool-versions.json');
}

async function readEntries(file: string): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  try {
    const info = await lstat(file);
    const mine = typeof process.getuid !== 'function' || info.uid === process.getuid();
    if (!info.isFile() || !mine || info.size > MAX_BYTES) return entries;
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    const stored = (parsed as { entries?: unknown } | null)?.entries;
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return entries;
    for (const [key, value] of Object.entries(stored))
      if (typeof value === 'string' && VERSION.test(value)) entries.set(key, value);
  } catch {
    // missing or unreadable: nothing cached
  }
  return entries;
}

export async function cachedVersion(file: string | undefined, key: string): Promise<string | undefined> {
  return file ? (await readEntries(file)).get(key) : undefined;
}

export async function rememberVersion(file: string | undefined, key: string, version: string): Promise<void> {
  if (!file || !VERSION.test(version)) return;
  try {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    const entries = await readEntries(file);
    entries.delete(key);
    entries.set(key, version);
    const kept = [...entries].slice(-MAX_ENTRIES);
    await writeFileAtomic(file, JSON.stringify({ entries: Object.fromEntries(kept) }) + '\n', {
      mode: 0o600,
    });
  } catch {
    // not remembered: the next run asks the tool again
  }
}
