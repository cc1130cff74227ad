import { chmod, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearToolVersionCache, detectToolVersion } from '../../../actions/platform/tools/resolve-tool.js';

/** A fake helm that counts its runs in `runs` and prints `version`. */
async function fakeHelm(dir: string, version: string): Promise<string> {
  const file = join(dir, 'helm');
  await writeFile(file, `#!/bin/sh\necho run >> "${join(dir, 'runs')}"\necho ${version}\n`);
  await chmod(file, 0o755);
  return file;
}

const runs = async (dir: string) =>
  (await readFile(join(dir, 'runs'), 'utf8').catch(() => '')).split('\n').filter(Boolean).length;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mmf-version-cache-'));
  clearToolVersionCache();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tool versions are remembered across processes', () => {
  test('a second process asks the cache, not the binary; a changed binary is asked again', async () => {
    const cache = join(dir, 'cache', 'tool-versions.json');
    const env = { MMF_TOOL_VERSION_CACHE: cache };
    const helm = await fakeHelm(dir, 'v3.99.1');
    expect(await detectToolVersion('helm', helm, env)).toBe('v3.99.1');
    expect(await runs(dir)).toBe(1);
    expect((await stat(cache)).mode & 0o777).toBe(0o600);

    clearToolVersionCache(); // as a new process would start
    expect(await detectToolVersion('helm', helm, env)).toBe('v3.99.1');
    expect(await runs(dir)).toBe(1);

    await fakeHelm(dir, 'v3.99.12');
    clearToolVersionCache();
    expect(await detectToolVersion('helm', helm, env)).toBe('v3.99.12');
    expect(await runs(dir)).toBe(2);
  });

  test('a damaged, foreign-looking or linked cache file is a miss, never an error', async () => {
    const cache = join(dir, 'tool-versions.json');
    const env = { MMF_TOOL_VERSION_CACHE: cache };
    const helm = await fakeHelm(dir, 'v4.0.7');
    await writeFile(cache, '{not json');
    expect(await detectToolVersion('helm', helm, env)).toBe('v4.0.7');
    expect(await runs(dir)).toBe(1);

    // Values that are not versions are never believed.
    const stored = JSON.parse(await readFile(cache, 'utf8')) as { entries: Record<string, string> };
    const [key] = Object.keys(stored.entries);
    await writeFile(cache, JSON.stringify({ entries: { [key as string]: '$(reboot)' } }));
    clearToolVersionCache();
    expect(await detectToolVersion('helm', helm, env)).toBe('v4.0.7');
    expect(await runs(dir)).toBe(2);

    // A symlink in place of the file is not read.
    const elsewhere = join(dir, 'elsewhere.json');
    await writeFile(elsewhere, JSON.stringify({ entries: { [key as string]: 'v9.9.9' } }));
    await rm(cache);
    await symlink(elsewhere, cache);
    clearToolVersionCache();
    expect(await detectToolVersion('helm', helm, env)).toBe('v4.0.7');
    expect(await runs(dir)).toBe(3);
  });

  test('MMF_TOOL_VERSION_CACHE=off asks the binary in every process', async () => {
    const helm = await fakeHelm(dir, 'v3.1.4');
    for (let i = 0; i < 2; i++) {
      clearToolVersionCache();
      expect(await detectToolVersion('helm', helm, { MMF_TOOL_VERSION_CACHE: 'off' })).toBe('v3.1.4');
    }
    expect(await runs(dir)).toBe(2);
  });
});
