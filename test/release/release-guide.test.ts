/**
 * docs/RELEASE.md: every ```bash block that is followed by a ```text block runs with bash from the
 * repository root (against dist/cli) and prints exactly that text.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/run-cli.js';
import { gitEnv } from './support/git-repo.js';

const guide = readFileSync(join(REPO_ROOT, 'docs', 'RELEASE.md'), 'utf8');
const blocks = [...guide.matchAll(/```bash\n([\s\S]*?)```\n\n```text\n([\s\S]*?)```/g)].map((m) => ({
  script: m[1] as string,
  output: m[2] as string,
}));

describe('docs/RELEASE.md examples', () => {
  it('has runnable examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(blocks.map((b, i) => [i + 1, b]))('block %i prints what the guide shows', (_i, block) => {
    const env = gitEnv();
    for (const k of [
      'GIT_AUTHOR_NAME',
      'GIT_AUTHOR_EMAIL',
      'GIT_COMMITTER_NAME',
      'GIT_COMMITTER_EMAIL',
      'GITHUB_ACTIONS',
      'GITLAB_CI',
    ])
      delete env[k];
    const run = spawnSync('bash', ['-euo', 'pipefail', '-c', (block as { script: string }).script], {
      cwd: REPO_ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).not.toMatch(/error\[/);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe((block as { output: string }).output);
  });
});
