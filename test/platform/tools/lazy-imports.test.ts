import { jest } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HELMS } from '../../support/tools.js';

/**
 * @actions/core, @actions/github and @actions/tool-cache (with the HTTP
 * client they bring) cost start-up time that a CLI run without downloads never
 * needs: they are imported only when a download or the GitHub action needs them.
 */
const loaded = new Set<string>();
const real = {
  toolCache: await import('@actions/tool-cache'),
  core: await import('@actions/core'),
  github: await import('@actions/github'),
};
jest.unstable_mockModule('@actions/tool-cache', () => {
  loaded.add('@actions/tool-cache');
  return real.toolCache;
});
jest.unstable_mockModule('@actions/core', () => {
  loaded.add('@actions/core');
  return real.core;
});
jest.unstable_mockModule('@actions/github', () => {
  loaded.add('@actions/github');
  return real.github;
});

const { resolveHelm, resolveKustomize } = await import('../../../actions/platform/tools/resolve-tool.js');
const { registerHelmMigrateCli } = await import('../../../actions/helm-migrate/index.js');
const { MMF_COMMANDS } = await import('../../../actions/entries/commands.js');
const { installTool } = await import('../../../actions/platform/tools/install-tool.js');

describe('GitHub and download libraries load only when used', () => {
  test('loading every CLI command and finding helm and kustomize loads none of them', async () => {
    expect(MMF_COMMANDS).toContain(registerHelmMigrateCli);
    const { helm, kubectl } = HELMS[1];
    const log = () => undefined;
    await resolveHelm({ path: helm, log });
    await resolveKustomize({ path: kubectl, log });
    expect([...loaded]).toEqual([]);
  });

  test('installing a tool loads @actions/tool-cache', async () => {
    // No checksum is pinned for this archive name, so nothing is downloaded; the library is loaded first.
    const cache = await mkdtemp(join(tmpdir(), 'mmf-lazy-imports-'));
    const saved = { cache: process.env['RUNNER_TOOL_CACHE'], temp: process.env['RUNNER_TEMP'] };
    process.env['RUNNER_TOOL_CACHE'] = join(cache, 'tools');
    process.env['RUNNER_TEMP'] = join(cache, 'temp');
    try {
      await expect(
        installTool({ tool: 'helm', version: 'v0.0.1', checksums: {}, log: () => undefined }),
      ).rejects.toThrow(/no pinned SHA-256/);
      expect([...loaded]).toEqual(['@actions/tool-cache']);
    } finally {
      for (const [name, value] of [
        ['RUNNER_TOOL_CACHE', saved.cache],
        ['RUNNER_TEMP', saved.temp],
      ] as const)
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      await rm(cache, { recursive: true, force: true });
    }
  });
});
