import { join } from 'node:path';
import { clearToolVersionCache, resolveKustomize } from '../../../actions/platform/tools/resolve-tool.js';
import { REPO_ROOT } from '../../support/tools.js';

const kubectl = (folder: string) => join(REPO_ROOT, '.tools', folder, 'kubectl');
const env = (path: string) => ({ PATH: '/nonexistent', MMF_KUBECTL: path });

describe('resolveKustomize with a wanted version', () => {
  beforeEach(() => clearToolVersionCache());

  test('uses a found tool of that version', async () => {
    const tool = await resolveKustomize({
      env: env(kubectl('helm3')),
      kustomizeVersion: '5.6.0',
      log: () => {},
    });
    expect(tool).toMatchObject({ kind: 'kubectl', version: 'v5.6.0' });
  });

  test('refuses a tool of another version when it may not download, naming both versions', async () => {
    await expect(
      resolveKustomize({ env: env(kubectl('helm4')), kustomizeVersion: 'v5.6.0', log: () => {} }),
    ).rejects.toMatchObject({
      code: 'E_TOOL_NOT_FOUND',
      message: expect.stringMatching(/kustomize v5\.6\.0 is wanted, but .* is v5\.7\.1/),
    });
  });
});
