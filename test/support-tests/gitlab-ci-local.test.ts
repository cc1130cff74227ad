/**
 * Smoke test of the gitlab-ci-local harness (test/support/gitlab-ci-local.ts) with a trivial
 * component of its own: `templates/hello.yml` with typed `spec:inputs`, tagged 1.0.0, 1.1.0 and
 * 2.0.0-rc.1 in a bare repository served by the real git http-backend, consumed by `@1.0.0`,
 * `@1` and `@~latest`, and locally by `@$CI_COMMIT_SHA`. A consumer job reaches the GitLab
 * API stand-in on loopback through CI_API_V4_URL.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { type GitHttpServer, serveGitRepos } from '../support/git-http.js';
import { createBareRepository, scratchDir } from '../support/git-repos.js';
import {
  type ConsumerProject,
  type GitLabCiLocalRun,
  GITLAB_CI_LOCAL_VERSION,
  componentIncludes,
  createConsumerProject,
} from '../support/gitlab-ci-local.js';
import { type GitLabServer, BOT_TOKEN, startGitLabServer } from '../support/gitlab/server.js';

/** The component at a given version: typed inputs, a shell job (no image), dotenv + junit reports. */
const hello = (version: string) => `spec:
  inputs:
    job-prefix:
      description: Prefix of the job name (several copies can be included)
      default: ''
      regex: ^[a-z0-9-]*$
    stage:
      default: test
    greeting:
      type: string
      default: hello
      options: [hello, hi, hey]
    times:
      type: number
      default: 1
    shout:
      type: boolean
      default: false
---
"$[[ inputs.job-prefix ]]hello":
  stage: $[[ inputs.stage ]]
  script:
    - echo "$[[ inputs.greeting ]] from hello ${version} (times=$[[ inputs.times ]], shout=$[[ inputs.shout ]])"
    - printf 'COMPONENT_VERSION=%s\\nGREETING=%s\\nTIMES=%s\\n' '${version}' '$[[ inputs.greeting ]]' '$[[ inputs.times ]]' > '$[[ inputs.job-prefix ]]hello.env'
    - printf '<?xml version="1.0"?>\\n<testsuites><testsuite name="hello" tests="1" failures="0"><testcase classname="hello" name="greets"/></testsuite></testsuites>\\n' > '$[[ inputs.job-prefix ]]hello-junit.xml'
  artifacts:
    paths:
      - $[[ inputs.job-prefix ]]hello-junit.xml
    reports:
      dotenv: $[[ inputs.job-prefix ]]hello.env
      junit: $[[ inputs.job-prefix ]]hello-junit.xml
`;

/** A consumer job that talks to $CI_API_V4_URL: a commit status with curl, an MR note with Node's fetch. */
const POST_NOTE = `const api = process.env.CI_API_V4_URL;
const project = encodeURIComponent(process.env.CI_PROJECT_PATH);
const res = await fetch(\`\${api}/projects/\${project}/merge_requests/\${process.env.CI_MERGE_REQUEST_IID}/notes\`, {
  method: 'POST',
  headers: { 'PRIVATE-TOKEN': process.env.MMF_GITLAB_TOKEN, 'content-type': 'application/json' },
  body: JSON.stringify({ body: \`hello from \${process.env.CI_JOB_NAME} at \${process.env.CI_COMMIT_SHA}\` }),
});
if (res.status !== 201) throw new Error(\`POST note: \${res.status} \${await res.text()}\`);
const note = await res.json();
(await import('node:fs')).writeFileSync('note.env', \`NOTE_ID=\${note.id}\\n\`);
`;

const CONSUMER_CI = `include:
  - component: $CI_SERVER_FQDN/mmf/components/hello@1.0.0
    inputs:
      job-prefix: exact-
      times: 2
  - component: $CI_SERVER_FQDN/mmf/components/hello@1
    inputs:
      job-prefix: major-
      greeting: hi
      shout: true
  - component: $CI_SERVER_FQDN/mmf/components/hello@~latest
    inputs:
      job-prefix: latest-

post-note:
  stage: test
  script:
    - 'curl --fail-with-body -sS -H "PRIVATE-TOKEN: $MMF_GITLAB_TOKEN" --data-urlencode state=success --data-urlencode name=gitlab-ci-local "$CI_API_V4_URL/projects/$CI_PROJECT_ID/statuses/$CI_COMMIT_SHA"'
    - node post-note.mjs
  artifacts:
    reports:
      dotenv: note.env
`;

let root: string;
let git: GitHttpServer;
let gitlab: GitLabServer;
const projects: ConsumerProject[] = [];

function consumer(files: Record<string, string>, path = 'mmf/consumer'): ConsumerProject {
  const project = createConsumerProject({ origin: `${git.url}/${path}.git`, files });
  projects.push(project);
  return project;
}

function explain(run: GitLabCiLocalRun): string {
  return `gitlab-ci-local ${run.args.join(' ')} exited ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

beforeAll(async () => {
  root = scratchDir('gcl-components-');
  createBareRepository(root, 'mmf/components', [
    { files: { 'README.md': '# hello component\n', 'templates/hello.yml': hello('1.0.0') }, tags: ['1.0.0'] },
    { files: { 'templates/hello.yml': hello('1.1.0') }, tags: [{ name: '1.1.0', message: 'Release 1.1.0' }] },
    { files: { 'templates/hello.yml': hello('2.0.0-rc.1') }, tags: ['2.0.0-rc.1'] },
  ]);
  git = await serveGitRepos({ root });
  gitlab = await startGitLabServer({ projects: [{ id: 1217, path: 'mmf/consumer' }] });
});

afterAll(async () => {
  await git?.close();
  await gitlab?.close();
  for (const p of projects) p.cleanup();
  rmSync(root, { recursive: true, force: true });
});

it(`runs gitlab-ci-local ${GITLAB_CI_LOCAL_VERSION}, the version pinned in package.json`, () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  expect(pkg.devDependencies['gitlab-ci-local']).toBe(GITLAB_CI_LOCAL_VERSION);
  expect(GITLAB_CI_LOCAL_VERSION).toBe('4.73.0');
});

it('runs components fetched by @1.0.0, @1 and @~latest, and a job that calls the GitLab stand-in', async () => {
  const project = consumer({ '.gitlab-ci.yml': CONSUMER_CI, 'post-note.mjs': POST_NOTE });
  gitlab.seedMergeRequest({ iid: 12, sha: project.sha, sourceBranch: 'main', targetBranch: 'production' });
  const before = git.requestCount;

  const run = await project.run({
    variables: { CI_API_V4_URL: gitlab.apiUrl, CI_MERGE_REQUEST_IID: '12', MMF_GITLAB_TOKEN: BOT_TOKEN },
  });
  if (run.exitCode !== 0) throw new Error(explain(run));

  // Version resolution: exact tag, highest 1.x, highest release (the 2.0.0 pre-release is skipped).
  expect(run.dotenv('exact-hello')).toEqual({ COMPONENT_VERSION: '1.0.0', GREETING: 'hello', TIMES: '2' });
  expect(run.dotenv('major-hello')).toEqual({ COMPONENT_VERSION: '1.1.0', GREETING: 'hi', TIMES: '1' });
  expect(run.dotenv('latest-hello')).toMatchObject({ COMPONENT_VERSION: '1.1.0' });
  expect(run.stdout).toContain('hi from hello 1.1.0 (times=1, shout=true)');
  // Cloned over smart HTTP from the git http-backend (ls-remote for the ranges, clones per ref).
  expect(git.requestCount).toBeGreaterThan(before);
  expect(git.requests.filter((r) => r.service === 'git-upload-pack').every((r) => r.status === 200)).toBe(
    true,
  );

  // Reports: declared paths in the project folder, artifacts copied to the state folder.
  const reports = run.reports('exact-hello');
  expect(reports).toEqual({
    dotenv: [`${project.dir}/exact-hello.env`],
    junit: [`${project.dir}/exact-hello-junit.xml`],
  });
  expect(readFileSync(reports.junit![0]!, 'utf8')).toContain('<testcase classname="hello" name="greets"/>');
  expect(run.artifacts('exact-hello').files).toEqual([
    '.gitlab-ci-reports/dotenv/exact-hello.env',
    'exact-hello-junit.xml',
  ]);
  expect(run.log('major-hello')).toContain('hi from hello 1.1.0');

  // The consumer job reached the stand-in: a status by curl (form-encoded), a note by fetch.
  const [note] = gitlab.notesOf(12, 'mmf/consumer');
  expect(note).toMatchObject({
    body: `hello from post-note at ${project.sha}`,
    author: { username: expect.stringMatching(/_bot_/) },
  });
  expect(run.dotenv('post-note')).toEqual({ NOTE_ID: String(note!.id) });
  expect(gitlab.statusesOf(project.sha, 1217)).toEqual([
    expect.objectContaining({ name: 'gitlab-ci-local', status: 'success', ref: 'main' }),
  ]);
  expect(gitlab.requests.map((r) => [r.endpoint, r.status])).toEqual([
    ['statuses.create', 201],
    ['notes.create', 201],
  ]);
  expect(gitlab.validationErrors).toEqual([]);
});

it('refuses a wrong input type and a regex mismatch in --preview', async () => {
  const project = consumer({
    '.gitlab-ci.yml':
      'include:\n  - component: $CI_SERVER_FQDN/mmf/components/hello@1.0.0\n    inputs:\n      times: three\n',
  });
  const wrongType = await project.run({ preview: true });
  expect(wrongType.exitCode).toBe(1);
  expect(wrongType.stderr).toContain('`times` input: provided value is not a number');

  project.commit({
    '.gitlab-ci.yml':
      "include:\n  - component: $CI_SERVER_FQDN/mmf/components/hello@1.1.0\n    inputs:\n      job-prefix: 'Not A Prefix'\n",
  });
  const regex = await project.run({ preview: true });
  expect(regex.exitCode).toBe(1);
  expect(regex.stderr).toMatch(/`job-prefix` input: .*regex/i);

  project.commit({
    '.gitlab-ci.yml':
      'include:\n  - component: $CI_SERVER_FQDN/mmf/components/hello@1.1.0\n    inputs:\n      greeting: hey\n',
  });
  const ok = await project.run({ preview: true });
  if (ok.exitCode !== 0) throw new Error(explain(ok));
  expect(ok.stdout).toContain('hey from hello 1.1.0');
  expect(existsSync(`${project.dir}/hello.env`)).toBe(false); // --preview runs nothing
});

it("reads the component from the working tree at @$CI_COMMIT_SHA inside the component's own project", async () => {
  const project = consumer(
    {
      'README.md': '# hello component\n',
      'templates/hello.yml': hello('work-tree'),
      '.gitlab-ci.yml': 'include:\n  - component: $CI_SERVER_FQDN/mmf/components/hello@$CI_COMMIT_SHA\n',
    },
    'mmf/components',
  );
  const before = git.requestCount;
  const run = await project.run({ preview: true });
  if (run.exitCode !== 0) throw new Error(explain(run));
  expect(run.stdout).toContain('hello from hello work-tree');
  expect(git.requestCount).toBe(before); // nothing fetched
});

it('fetches includes that resolve to one tag one after another (gitlab-ci-local would race on its cache folder)', async () => {
  // @1 twice and @~latest all resolve to 1.1.0: fetched at once, they would copy into one folder together.
  const ci = ['one-', 'two-', 'three-']
    .map((prefix, i) => {
      const ref = i === 2 ? '~latest' : '1';
      return `  - component: $CI_SERVER_FQDN/mmf/components/hello@${ref}\n    inputs:\n      job-prefix: ${prefix}\n`;
    })
    .join('');
  const project = consumer({ '.gitlab-ci.yml': `include:\n${ci}` });
  expect(componentIncludes(project.dir)).toEqual([
    '$CI_SERVER_FQDN/mmf/components/hello@1',
    '$CI_SERVER_FQDN/mmf/components/hello@~latest',
  ]);
  for (const args of [[], ['--fetch-includes']]) {
    const run = await project.run({ preview: true, args });
    if (run.exitCode !== 0) throw new Error(explain(run));
    // Fetched before the run (once), so the run itself fetched nothing: it found them in its cache.
    expect(run.stderr).not.toMatch(/downloaded|File exists/);
    expect(run.args).not.toContain('--fetch-includes');
    for (const prefix of ['one-', 'two-', 'three-']) expect(run.stdout).toContain(`${prefix}hello:`);
    expect(run.stdout).toContain('hello from hello 1.1.0');
  }
  expect(existsSync(`${project.dir}/.gitlab-ci-local/prefetch-gitlab-ci.yml`)).toBe(false);
});

it('fetches one reference included twice before the run (two sets of inputs race as well)', async () => {
  const ci = ['one-', 'two-']
    .map(
      (prefix) =>
        `  - component: $CI_SERVER_FQDN/mmf/components/hello@1.1.0\n    inputs:\n      job-prefix: ${prefix}\n`,
    )
    .join('');
  const project = consumer({ '.gitlab-ci.yml': `include:\n${ci}` });
  expect(componentIncludes(project.dir)).toEqual(['$CI_SERVER_FQDN/mmf/components/hello@1.1.0']);
  const before = git.requestCount;
  const run = await project.run({ preview: true });
  if (run.exitCode !== 0) throw new Error(explain(run));
  expect(git.requestCount).toBeGreaterThan(before); // fetched by the prefetch…
  expect(run.stderr).not.toMatch(/downloaded|File exists/); // …so not by the run itself
  for (const prefix of ['one-', 'two-']) expect(run.stdout).toContain(`${prefix}hello:`);
});
