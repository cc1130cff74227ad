/**
 * Versioned consumption of the helm-migrate component: a copy of this repository's component,
 * tagged 1.0.0, 1.1.0 and 2.0.0-rc.1 (each release's template names its own image tag), served by
 * the real git http-backend on loopback, included by `@1.0.0`, `@1` and `@~latest` (which skips
 * the pre-release). gitlab-ci-local resolves ranges from tags, as GitLab does from catalog
 * releases. One fetched version also runs for real.
 */
import { rmSync } from 'node:fs';
import { parse } from 'yaml';
import { type GitHttpServer, serveGitRepos } from '../support/git-http.js';
import { createBareRepository, scratchDir } from '../support/git-repos.js';
import { type ConsumerProject, createConsumerProject } from '../support/gitlab-ci-local.js';
import { chartFiles, componentFiles, mmfOnPath, removeMmfOnPath } from './support.js';

const IMAGE = 'registry.gitlab.com/mmf/mmf-actions/mmf';
let root: string;
let git: GitHttpServer;
let project: ConsumerProject;

const include = (
  ref: string,
  prefix: string,
) => `  - component: $CI_SERVER_FQDN/mmf/actions/helm-migrate@${ref}
    inputs:
      job-prefix: ${prefix}
      chart: charts/user-service
      environments: [dev=charts/user-service/values-dev.yaml]
`;

beforeAll(async () => {
  root = scratchDir('gl-versions-');
  createBareRepository(root, 'mmf/actions', [
    { files: componentFiles('1.0.0'), tags: ['1.0.0'] },
    { files: componentFiles('1.1.0'), tags: [{ name: '1.1.0', message: 'Release 1.1.0' }] },
    { files: componentFiles('2.0.0-rc.1'), tags: ['2.0.0-rc.1'] },
  ]);
  git = await serveGitRepos({ root });
  project = createConsumerProject({
    origin: `${git.url}/mmf/consumer.git`,
    files: {
      ...chartFiles(),
      '.gitlab-ci.yml': `include:\n${include('1.0.0', 'exact-')}${include('1', 'major-')}${include('~latest', 'latest-')}`,
    },
  });
});

afterAll(async () => {
  removeMmfOnPath();
  await git?.close();
  project?.cleanup();
  rmSync(root, { recursive: true, force: true });
});

it('resolves @1.0.0, @1 and @~latest to the tagged templates, each with its own image', async () => {
  const before = git.requestCount;
  const preview = await project.run({ preview: true });
  expect(preview.exitCode).toBe(0);
  const config = parse(preview.stdout) as Record<
    string,
    { image?: { name: string }; stage?: string; script?: string[] }
  >;
  expect(config['exact-helm-migrate']?.image?.name).toBe(`${IMAGE}:1.0.0`);
  expect(config['major-helm-migrate']?.image?.name).toBe(`${IMAGE}:1.1.0`);
  expect(config['latest-helm-migrate']?.image?.name).toBe(`${IMAGE}:1.1.0`);
  expect(config['exact-helm-migrate']?.stage).toBe('test');
  expect(config['major-helm-migrate']?.script?.[0]).toMatch(/^mmf migrate review --gitlab /);
  // Fetched over smart HTTP: ls-remote for the ranges, a clone per tag.
  expect(git.requests.slice(before).filter((r) => r.service === 'git-upload-pack').length).toBeGreaterThan(0);
  expect(git.requests.every((r) => r.status === 200)).toBe(true);
});

it('runs a fetched version with the shell executor', async () => {
  const run = await project.run({
    jobs: ['major-helm-migrate'],
    args: ['--force-shell-executor'],
    env: mmfOnPath(),
  });
  if (run.exitCode !== 0) throw new Error(`${run.stdout}\n${run.stderr}`);
  expect(run.log('major-helm-migrate')).toContain('helm-migrate validate: charts/user-service: ok');
  expect(run.log('major-helm-migrate')).toContain(
    'No merge request note: this is not a merge request pipeline (CI_PIPELINE_SOURCE=push)',
  );
  expect(run.dotenv('major-helm-migrate')).toMatchObject({ MAJOR_HELM_MIGRATE_PARITY: 'true' });
});
