/**
 * The helm-migrate component for real: gitlab-ci-local runs a consumer project's merge request
 * pipeline that includes `templates/helm-migrate.yml` by `component:` (fetched at its tag from a
 * copy of this repository served by git http-backend), twice (validate and diff) on the example
 * chart, with the shell executor and `mmf` on the PATH, against the GitLab REST stand-in. The run
 * leaves one sticky note per job (updated in place on a rerun; a person's note and a system note
 * untouched), the codequality, junit and dotenv reports, and no Secret value or token anywhere.
 * Needs `npm run bundle` (the job runs dist/cli/index.js) and rsync.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { commentMarker } from '../../actions/kernel/review/split-comment.js';
import { type GitHttpServer, serveGitRepos } from '../support/git-http.js';
import { createBareRepository, git, scratchDir } from '../support/git-repos.js';
import {
  type ConsumerProject,
  type GitLabCiLocalRun,
  createConsumerProject,
} from '../support/gitlab-ci-local.js';
import {
  type GitLabServer,
  BOT_TOKEN,
  HUMAN_USER,
  OTHER_USER,
  PROJECT_BOT,
  startGitLabServer,
} from '../support/gitlab/server.js';
import {
  SECRET_VALUES,
  chartFiles,
  componentFiles,
  filesUnder,
  leaks,
  mmfOnPath,
  removeMmfOnPath,
} from './support.js';

const CHART = 'charts/user-service';
const IID = 7;
const NEW_CANARY = 'CANARY-prod-s3cr3t-8e2d';
const SECRETS = [...SECRET_VALUES, NEW_CANARY, 'dev-password', BOT_TOKEN];

const include = (inputs: string) => `  - component: $CI_SERVER_FQDN/mmf/actions/helm-migrate@1.0.0
    inputs:
      stage: review
      chart: ${CHART}
      environments:
        - dev=${CHART}/values-dev.yaml
        - prod=${CHART}/values-prod.yaml
      release: user-service
      namespace: marty
${inputs}`;

const PIPELINE = `stages: [review]

include:
${include('      gitlab-token: $REVIEW_TOKEN\n')}${include('      job-prefix: diff-\n      mode: diff\n      gitlab-token: $REVIEW_TOKEN\n')}`;

let root: string;
let git_: GitHttpServer;
let gitlab: GitLabServer;
let env: Record<string, string | undefined>;
const projects: ConsumerProject[] = [];

function explain(run: GitLabCiLocalRun): string {
  return `gitlab-ci-local ${run.args.join(' ')} exited ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

function consumer(pipeline: string): ConsumerProject {
  const project = createConsumerProject({
    origin: `${git_.url}/mmf/consumer.git`,
    files: { ...chartFiles(CHART), '.gitlab-ci.yml': pipeline },
  });
  projects.push(project);
  return project;
}

function mrRun(project: ConsumerProject, base: string, extra: Record<string, string> = {}) {
  return project.run({
    args: ['--force-shell-executor'],
    env,
    variables: {
      CI_API_V4_URL: gitlab.apiUrl,
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: String(IID),
      CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
      REVIEW_TOKEN: BOT_TOKEN,
      ...extra,
    },
    timeoutMs: 300_000,
  });
}

/** Everything a run leaves that a person or another job could read. */
function everything(project: ConsumerProject, run: GitLabCiLocalRun): Record<string, string> {
  const texts: Record<string, string> = { stdout: run.stdout, stderr: run.stderr };
  for (const job of ['helm-migrate', 'diff-helm-migrate']) {
    texts[`log ${job}`] = run.log(job);
    for (const [file, text] of Object.entries(filesUnder(run.artifacts(job).dir)))
      texts[`artifact ${job}/${file}`] = text;
  }
  for (const [file, text] of Object.entries(filesUnder(join(project.dir, 'mmf-report'))))
    texts[`mmf-report/${file}`] = text;
  for (const note of gitlab.notes) texts[`note ${note.id}`] = note.body;
  for (const r of gitlab.requests) texts[`request ${r.method} ${r.path}`] = JSON.stringify(r);
  return texts;
}

const botNotes = () => gitlab.notesOf(IID, 'mmf/consumer').filter((n) => n.author.id === PROJECT_BOT.id);

beforeAll(async () => {
  root = scratchDir('gl-component-');
  createBareRepository(root, 'mmf/actions', [{ files: componentFiles('1.0.0'), tags: ['1.0.0'] }]);
  git_ = await serveGitRepos({ root });
  gitlab = await startGitLabServer({ projects: [{ id: 1217, path: 'mmf/consumer' }] });
  env = mmfOnPath();
});

afterAll(async () => {
  removeMmfOnPath();
  await git_?.close();
  await gitlab?.close();
  for (const p of projects) p.cleanup();
  rmSync(root, { recursive: true, force: true });
});

it('reviews a merge request: one sticky note per job, updated in place, reports in the artifacts, no Secret value anywhere', async () => {
  const project = consumer(PIPELINE);
  const base = project.sha;
  const prod = readFileSync(join(project.dir, CHART, 'values-prod.yaml'), 'utf8');
  const head = project.commit(
    {
      [`${CHART}/values-prod.yaml`]: prod
        .replace('  tag: 1.4.2\n', '  tag: 1.5.0\n')
        .replace('CANARY-prod-s3cr3t-7f1c', NEW_CANARY),
    },
    'prod: user-service 1.5.0, new database password',
  );
  gitlab.seedMergeRequest({ project: 'mmf/consumer', iid: IID, sha: head, baseSha: base });
  const person = gitlab.seedNote({
    project: 'mmf/consumer',
    mrIid: IID,
    body: `${commentMarker(`helm-migrate/${CHART}/validate/k8s`, 1)}\nquoting the bot`,
    author: OTHER_USER,
  });
  const system = gitlab.seedNote({
    project: 'mmf/consumer',
    mrIid: IID,
    body: 'added 1 commit',
    system: true,
    author: HUMAN_USER,
  });

  const run = await mrRun(project, base);
  if (run.exitCode !== 0) throw new Error(explain(run));

  // One note per job (key: job, chart, mode, output), written by the token's user (the jobs run in parallel).
  const byMarker = (id: string) => botNotes().filter((n) => n.body.startsWith(commentMarker(id, 1)));
  expect(botNotes()).toHaveLength(2);
  const [validate] = byMarker(`helm-migrate/${CHART}/validate/k8s`);
  const [diff] = byMarker(`diff-helm-migrate/${CHART}/diff/k8s`);
  if (!validate || !diff) throw new Error(`notes: ${JSON.stringify(botNotes(), null, 2)}`);
  expect(validate.body).toContain('Parity: every environment renders exactly what Helm renders.');
  expect(diff.body).toMatch(/Deployment\/user-service/);
  expect(diff.body).toContain('database-password');

  // Reports: codequality on the values file that changed, one junit case per environment, dotenv outputs.
  const codequality = JSON.parse(readFileSync(run.reports('diff-helm-migrate').codequality![0]!, 'utf8')) as {
    location: { path: string; lines: { begin: number } };
    check_name: string;
  }[];
  expect(codequality.length).toBeGreaterThan(0);
  // Findings point at files of the chart, the changed values file among them.
  const paths = new Set(codequality.map((f) => `${f.location.path}:${f.location.lines.begin > 0}`));
  expect([...paths].every((p) => p.startsWith(`${CHART}/`) && p.endsWith(':true'))).toBe(true);
  expect(paths).toContain(`${CHART}/values-prod.yaml:true`);
  expect(JSON.parse(readFileSync(run.reports('helm-migrate').codequality![0]!, 'utf8'))).toEqual([]);
  const junit = readFileSync(run.reports('helm-migrate').junit![0]!, 'utf8');
  expect(junit).toContain('<testcase classname="helm-migrate parity" name="dev"');
  expect(junit).toContain('<testcase classname="helm-migrate parity" name="prod"');
  expect(readFileSync(run.reports('diff-helm-migrate').junit![0]!, 'utf8')).toMatch(
    /<testcase classname="helm-migrate diff" name="prod"/,
  );
  const noteLink = (id: number) => `${git_.url}/mmf/consumer/-/merge_requests/${IID}#note_${id}`;
  expect(run.dotenv('helm-migrate')).toEqual({
    HELM_MIGRATE_PARITY: 'true',
    HELM_MIGRATE_CHANGED_RESOURCES: '0',
    HELM_MIGRATE_REPORT_PATH: 'mmf-report/helm-migrate/review.json',
    HELM_MIGRATE_NOTE_URL: noteLink(validate.id),
  });
  const diffOutputs = run.dotenv('diff-helm-migrate');
  expect(Number(diffOutputs.DIFF_HELM_MIGRATE_CHANGED_RESOURCES)).toBeGreaterThan(0);
  expect(diffOutputs.DIFF_HELM_MIGRATE_NOTE_URL).toBe(noteLink(diff.id));
  expect(run.artifacts('diff-helm-migrate').files).toEqual(
    expect.arrayContaining([
      'mmf-report/diff-helm-migrate/REVIEW.md',
      'mmf-report/diff-helm-migrate/review.json',
      'mmf-report/diff-helm-migrate/gl-codequality.json',
      'mmf-report/diff-helm-migrate/junit.xml',
    ]),
  );
  expect(run.log('helm-migrate')).toContain(`Merge request note: ${noteLink(validate.id)}`);

  // The review changed nothing in the project but its report folders.
  expect(git(project.dir, 'status', '--porcelain')).toBe('?? mmf-report/');
  expect(leaks(everything(project, run), SECRETS)).toEqual([]);

  // A rerun on a new commit updates both notes in place: no new note, no deletion.
  const dev = readFileSync(join(project.dir, CHART, 'values-dev.yaml'), 'utf8');
  const next = project.commit(
    { [`${CHART}/values-dev.yaml`]: dev.replace('replicaCount: 1\n', 'replicaCount: 2\n') },
    'dev: 2 replicas',
  );
  gitlab.seedMergeRequest({ project: 'mmf/consumer', iid: IID, sha: next, baseSha: base });
  gitlab.clearRecords();
  const rerun = await mrRun(project, base);
  if (rerun.exitCode !== 0) throw new Error(explain(rerun));
  const after = botNotes();
  expect(after.map((n) => n.id).sort()).toEqual([validate.id, diff.id].sort());
  const diffAfter = after.find((n) => n.id === diff.id)!;
  expect(diffAfter.body).not.toBe(diff.body);
  expect(diffAfter.body).toMatch(/dev/);
  expect(after.find((n) => n.id === validate.id)!.body).toBe(validate.body);
  const writes = gitlab.requests.filter((r) => r.method !== 'GET').map((r) => r.endpoint);
  expect(writes).toEqual(['notes.update']);
  expect(gitlab.notesOf(IID, 'mmf/consumer').filter((n) => n.id === person.id || n.id === system.id)).toEqual(
    [person, system],
  );
  expect(leaks(everything(project, rerun), SECRETS)).toEqual([]);
  expect(gitlab.validationErrors).toEqual([]);
});

it('without gitlab-token: no note, the report in the log and the artifacts, and the job says why', async () => {
  const project = consumer(`stages: [review]\ninclude:\n${include('')}`);
  gitlab.clearRecords();
  const run = await mrRun(project, project.sha);
  if (run.exitCode !== 0) throw new Error(explain(run));
  const log = run.log('helm-migrate');
  expect(log).toContain('Parity: every environment renders exactly what Helm renders.');
  expect(log).toContain(
    'No merge request note: No gitlab-token was given. CI_JOB_TOKEN cannot write merge request notes; pass a masked CI/CD variable holding a project access token with the api scope as the gitlab-token input',
  );
  expect(run.artifacts('helm-migrate').files).toEqual(
    expect.arrayContaining(['mmf-report/helm-migrate/report.md', 'mmf-report/helm-migrate/junit.xml']),
  );
  expect(run.dotenv('helm-migrate')).toMatchObject({ HELM_MIGRATE_PARITY: 'true' });
  expect(gitlab.requests).toEqual([]);
});

it('fails the job, with the report kept, when the review fails by fail-on', async () => {
  const project = consumer(
    `stages: [review]\ninclude:\n${include('      job-prefix: strict-\n      mode: diff\n      fail-on: difference\n')}`,
  );
  const base = project.sha;
  const prod = readFileSync(join(project.dir, CHART, 'values-prod.yaml'), 'utf8');
  project.commit({ [`${CHART}/values-prod.yaml`]: prod.replace('  tag: 1.4.2\n', '  tag: 1.5.0\n') });
  const run = await mrRun(project, base);
  expect(run.exitCode).toBe(1);
  const log = run.log('strict-helm-migrate');
  expect(log).toMatch(
    /error\[E_DIFFERENCE\]: charts\/user-service: \d+ resource\(s\) change \(fail-on: difference\)\./,
  );
  expect(run.artifacts('strict-helm-migrate').files).toContain('mmf-report/strict-helm-migrate/junit.xml');
  expect(readFileSync(run.reports('strict-helm-migrate').junit![0]!, 'utf8')).toMatch(/<failure/);
});

it.each([
  ['max-comment-parts: two', /`max-comment-parts` input: provided value is not a number/],
  ['comment: "yes"', /`comment` input: provided value is not a boolean/],
  [
    'mode: publish',
    /`mode` input: `publish` cannot be used because it is not in the list of allowed options/,
  ],
  ['environments: dev=values-dev.yaml', /`environments` input: provided value is not a array/],
  ['namespace: Not_A_Namespace', /`namespace` input: `Not_A_Namespace` does not match required regex/],
])('--preview refuses %s', async (input, message) => {
  const project = consumer(
    `include:\n  - component: $CI_SERVER_FQDN/mmf/actions/helm-migrate@1.0.0\n    inputs:\n      chart: ${CHART}\n      ${input}\n`,
  );
  const run = await project.run({ preview: true });
  expect(run.exitCode).toBe(1);
  expect(run.stderr).toMatch(message);
});

it('--preview refuses a missing chart (the one mandatory input)', async () => {
  const project = consumer('include:\n  - component: $CI_SERVER_FQDN/mmf/actions/helm-migrate@1.0.0\n');
  const run = await project.run({ preview: true });
  expect(run.exitCode).toBe(1);
  expect(run.stderr).toMatch(/`chart` input: required value has not been provided/);
});

it('passes allow-remote to mmf: remote kustomize content is refused unless it is true', async () => {
  const tree = {
    'k8s/overlays/dev/kustomization.yaml':
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - http://127.0.0.1:9/remote-base.yaml\n',
  };
  const project = consumer(
    `stages: [review]\ninclude:\n${include('      job-prefix: local-\n')}${include('      job-prefix: remote-\n      allow-remote: true\n')}`,
  );
  project.commit(tree, 'a committed tree with a remote resource');
  const refused = await project.run({ jobs: ['local-helm-migrate'], args: ['--force-shell-executor'], env });
  expect(refused.exitCode).toBe(1);
  expect(refused.log('local-helm-migrate')).toMatch(/error\[E_KUSTOMIZE_REMOTE\]/);
  const allowed = await project.run({ jobs: ['remote-helm-migrate'], args: ['--force-shell-executor'], env });
  expect(allowed.exitCode).toBe(1); // kustomize tried the URL (nothing listens there)
  expect(allowed.log('remote-helm-migrate')).not.toMatch(/E_KUSTOMIZE_REMOTE/);
  expect(allowed.log('remote-helm-migrate')).toMatch(/127\.0\.0\.1:9/);
});
