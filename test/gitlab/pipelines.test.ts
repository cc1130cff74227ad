/**
 * The pipelines this repository ships, run by gitlab-ci-local: its own .gitlab-ci.yml (the
 * component included at `$CI_SERVER_FQDN/$CI_PROJECT_PATH/helm-migrate@$CI_COMMIT_SHA`, read from
 * the working tree, on examples/marty-service; the release jobs on semantic-version tags), and the
 * consumer examples in .gitlab/pipeline-examples/ against a served copy of the component.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type GitHttpServer, serveGitRepos } from '../support/git-http.js';
import { createBareRepository, scratchDir } from '../support/git-repos.js';
import {
  type ConsumerProject,
  type GitLabCiLocalRun,
  createConsumerProject,
} from '../support/gitlab-ci-local.js';
import {
  ROOT,
  TEMPLATE_VERSION,
  chartFiles,
  componentFiles,
  mmfOnPath,
  readTree,
  removeMmfOnPath,
} from './support.js';

let root: string;
let git: GitHttpServer;
const projects: ConsumerProject[] = [];
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function explain(run: GitLabCiLocalRun): string {
  return `gitlab-ci-local ${run.args.join(' ')} exited ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

function project(path: string, files: Record<string, string>): ConsumerProject {
  const p = createConsumerProject({ origin: `${git.url}/${path}.git`, files });
  projects.push(p);
  return p;
}

/** This repository as its own GitLab project (the files its pipeline reads). */
function thisRepository(): ConsumerProject {
  return project('mmf/actions', {
    '.gitlab-ci.yml': read('.gitlab-ci.yml'),
    'templates/helm-migrate.yml': read('templates/helm-migrate.yml'),
    Containerfile: read('Containerfile'),
    'README.md': read('README.md'),
    ...readTree(join(ROOT, 'examples', 'marty-service'), 'examples/marty-service/'),
  });
}

beforeAll(async () => {
  root = scratchDir('gl-pipelines-');
  createBareRepository(root, 'mmf/mmf-actions', [{ files: componentFiles('1.0.0'), tags: ['1.0.0'] }]);
  git = await serveGitRepos({ root });
});

afterAll(async () => {
  removeMmfOnPath();
  await git?.close();
  for (const p of projects) p.cleanup();
  rmSync(root, { recursive: true, force: true });
});

describe("this repository's .gitlab-ci.yml", () => {
  it('includes the component from its own working tree and has the catalog release on tags', async () => {
    const repo = thisRepository();
    const before = git.requestCount;
    const preview = await repo.run({ preview: true });
    if (preview.exitCode !== 0) throw new Error(explain(preview));
    expect(git.requestCount).toBe(before); // @$CI_COMMIT_SHA of its own project: nothing fetched
    const config = parse(preview.stdout) as Record<string, Record<string, unknown>>;
    expect(config['component-helm-migrate']).toMatchObject({
      stage: 'test',
      image: { name: '$MMF_IMAGE' },
      needs: [expect.objectContaining({ job: 'build-image' })],
    });
    expect(config['catalog-release']).toMatchObject({
      stage: 'release',
      release: expect.objectContaining({ tag_name: '$CI_COMMIT_TAG' }),
    });
  });

  it('runs the component job on the example chart', async () => {
    const repo = thisRepository();
    const run = await repo.run({
      jobs: ['component-helm-migrate'],
      args: ['--force-shell-executor'],
      env: mmfOnPath(),
    });
    if (run.exitCode !== 0) throw new Error(explain(run));
    expect(run.log('component-helm-migrate')).toContain(
      'Parity: every environment renders exactly what Helm renders.',
    );
    expect(run.dotenv('component-helm-migrate')).toMatchObject({
      COMPONENT_HELM_MIGRATE_PARITY: 'true',
      COMPONENT_HELM_MIGRATE_REPORT_PATH: 'mmf-report/component-helm-migrate/review.json',
    });
    expect(readFileSync(run.reports('component-helm-migrate').junit![0]!, 'utf8')).toContain(
      'name="staging"',
    );
  });

  it('releases only a tag that matches the version of the template’s image and the Containerfile', async () => {
    const repo = thisRepository();
    const ok = await repo.run({
      jobs: ['release-version'],
      args: ['--force-shell-executor'],
      variables: { CI_COMMIT_TAG: TEMPLATE_VERSION },
    });
    if (ok.exitCode !== 0) throw new Error(explain(ok));
    const wrong = await repo.run({
      jobs: ['release-version'],
      args: ['--force-shell-executor'],
      variables: { CI_COMMIT_TAG: '9.9.9' },
    });
    expect(wrong.exitCode).toBe(1);
  });
});

describe('.gitlab/pipeline-examples', () => {
  it('helm-migrate-review.yml: the review on the default branch, its outputs read by a later job', async () => {
    const consumer = project('mmf/consumer', {
      ...chartFiles('charts/user-service'),
      '.gitlab-ci.yml': read('.gitlab/pipeline-examples/helm-migrate-review.yml'),
    });
    const run = await consumer.run({
      jobs: ['report-parity'],
      args: ['--force-shell-executor', '--needs'],
      env: mmfOnPath(),
    });
    if (run.exitCode !== 0) throw new Error(explain(run));
    expect(run.log('helm-migrate')).toContain('helm-migrate validate: charts/user-service: ok');
    expect(run.log('report-parity')).toContain(
      'parity=true, changed resources=0, report=mmf-report/helm-migrate/review.json',
    );
  });

  it('multi-service-pipeline.yml: two jobs with their own names, reports and variables', async () => {
    const consumer = project('mmf/consumer', {
      '.gitlab-ci.yml': read('.gitlab/pipeline-examples/multi-service-pipeline.yml'),
    });
    const preview = await consumer.run({ preview: true });
    if (preview.exitCode !== 0) throw new Error(explain(preview));
    const config = parse(preview.stdout) as Record<string, Record<string, unknown>>;
    expect(config['user-service-helm-migrate']).toMatchObject({
      variables: expect.objectContaining({
        GIT_DEPTH: '0',
        MMF_REPORT_DIR: 'mmf-report/user-service-helm-migrate',
      }),
      script: [expect.stringContaining('--mode diff --chart "$MMF_CHART"')],
    });
    expect(config['trust-anchor-helm-migrate']).toMatchObject({
      artifacts: expect.objectContaining({
        reports: expect.objectContaining({ junit: 'mmf-report/trust-anchor-helm-migrate/junit.xml' }),
      }),
    });
  });
});
