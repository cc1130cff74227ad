/**
 * Runs the real gitlab-ci-local (a pinned dev dependency) on a throw-away consumer project, so a
 * component's `spec:inputs`, its jobs' scripts and their reports can be tested without GitLab.
 *
 *   const git = await serveGitRepos({ root });            // root/mmf/components.git, tagged
 *   const project = createConsumerProject({
 *     origin: `${git.url}/mmf/consumer.git`,
 *     files: { '.gitlab-ci.yml': 'include:\n  - component: $CI_SERVER_FQDN/mmf/components/hello@1\n' },
 *   });
 *   const run = await project.run({ jobs: ['hello'], variables: { CI_API_V4_URL: gitlab.apiUrl } });
 *   expect(run.exitCode).toBe(0);
 *   run.dotenv('hello');                                  // the job's dotenv report
 *   project.cleanup();
 *
 * How gitlab-ci-local 4.73.0 resolves `include: - component: <host>[:<port>]/<project path>/<name>@<ref>`
 * (src/parser-includes.ts; checked by test/support-tests/gitlab-ci-local.test.ts):
 *
 * - The component is LOCAL when `<project path>` equals the `origin` remote's `<group>/<project>`
 *   AND `<ref>` equals the consumer's HEAD SHA — i.e. `@$CI_COMMIT_SHA` inside the component's
 *   own project. It is then read from the working tree (`templates/<name>.yml` or
 *   `templates/<name>/template.yml`); nothing is fetched.
 * - Any other ref is REMOTE. `~latest` and version ranges (`1`, `1.2`: digits with at most one
 *   dot) are resolved by `git ls-remote --tags <scheme>://<host>:<port>/<project path>.git`,
 *   using the host and port written in the component reference (default port 443!) — so write
 *   `$CI_SERVER_FQDN/...`, which gitlab-ci-local sets to origin's `host:port`. The highest
 *   semver tag satisfying the range wins; `~latest` skips pre-releases. GitLab resolves these
 *   from published catalog releases, gitlab-ci-local from plain tags.
 * - Other refs (`1.0.0`, a branch, a SHA) are used as they are.
 * - The files are then fetched with `git clone --branch <ref> -n --depth=1 --filter=tree:0
 *   <origin scheme>://<origin host>:<origin port>/<project path>.git` and a sparse checkout of
 *   the two possible template paths, into `.gitlab-ci-local/includes/<host>/<project>/<ref>/`.
 *   The clone always goes to ORIGIN's host and port, whatever host the reference names. (A SHA
 *   ref therefore cannot be cloned with `--branch`: use tags or branches.) Cached: a second run
 *   of the same project does not fetch again unless `--fetch-includes`.
 * - An ssh/git origin makes it use `git archive --remote=ssh://…` instead (not used here).
 *
 * Input checks happen while a template is interpolated: types, `options`, `regex` (enforced from
 * 4.73.0) and missing mandatory inputs are reported only for inputs the template actually uses
 * as `$[[ inputs.x ]]` (a declared but unused mandatory input passes here, not on GitLab);
 * input names the include passes but the spec does not declare are accepted silently.
 *
 * Environment: gitlab-ci-local reads git's user.name/user.email (GITLAB_USER_*), origin and
 * `origin/HEAD` (the default branch), `$HOME/.gitlab-ci-local/variables.yml`, and every `GCL_*`
 * variable as a command-line option. The harness therefore gives each project a private HOME,
 * a local git identity and `origin/HEAD`, ignores the machine's git configuration, and passes
 * no `GCL_*`, `CI_*`, `GITLAB_*` or `NODE_OPTIONS` variable of the test process on.
 *
 * Jobs without `image:` run with the shell executor (bash) in the project folder itself (no
 * `--shell-isolation`), so their files land there; artifacts are also copied to
 * `.gitlab-ci-local/artifacts/<job>/` (which needs `rsync`). Jobs inherit the environment, so
 * they reach loopback servers (the GitLab stand-in via `--variable CI_API_V4_URL=…`).
 * Predefined variables it sets: CI_SERVER_FQDN/HOST/PORT/URL and CI_API_V4_URL from origin,
 * CI_PROJECT_PATH from origin, CI_PROJECT_ID 1217, CI_COMMIT_SHA from HEAD; CI_JOB_TOKEN and
 * CI_MERGE_REQUEST_* are not set (pass them with `variables`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { GIT_IDENTITY, git, hermeticGitEnv, scratchDir } from './git-repos.js';

const require = createRequire(import.meta.url);
const PACKAGE_JSON = require.resolve('gitlab-ci-local/package.json');

/** The entry point run with this Node (`node <bin>`), never whatever `gitlab-ci-local` is on PATH. */
export const GITLAB_CI_LOCAL_BIN = join(dirname(PACKAGE_JSON), 'dist', 'index.js');
/** The installed version (pinned exactly in package.json). */
export const GITLAB_CI_LOCAL_VERSION = (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string })
  .version;

/** gitlab-ci-local's state folder inside the project. */
export const STATE_DIR = '.gitlab-ci-local';

export interface ConsumerProjectOptions {
  /**
   * The `origin` remote, e.g. `http://127.0.0.1:<port>/mmf/consumer.git`: its host:port become
   * CI_SERVER_FQDN, its path CI_PROJECT_PATH; remote components are cloned from its host.
   */
  origin: string;
  /** Files of the first commit (relative path → content), `.gitlab-ci.yml` among them. */
  files: Record<string, string>;
  /** Branch (CI_COMMIT_REF_NAME). Default `main`. */
  branch?: string;
}

export interface RunOptions {
  /** Jobs to run (positional arguments); default: the whole pipeline. */
  jobs?: string[];
  /** `--preview`: print the merged configuration instead of running. */
  preview?: boolean;
  /** `--variable K=V` each (names starting with CI_ or GITLAB_ also go to --ignore-predefined-vars). */
  variables?: Record<string, string>;
  /** Extra environment for gitlab-ci-local (and so for shell jobs); undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** More command-line arguments, e.g. `['--needs']`, `['--fetch-includes']`. */
  args?: string[];
  /** Killed (whole process group) after this long. Default 120 s. */
  timeoutMs?: number;
}

export interface GitLabCiLocalRun {
  /** Exit code, or null when killed. */
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  durationMs: number;
  /** The arguments gitlab-ci-local got (for failure messages). */
  args: string[];
  /** `.gitlab-ci-local/artifacts/<job>/` and the files in it (relative, sorted). */
  artifacts(job: string): { dir: string; files: string[] };
  /** The job's dotenv report, parsed (from its artifacts folder). */
  dotenv(job: string): Record<string, string>;
  /**
   * The report files a job declares under `artifacts:reports` (from the merged configuration),
   * as absolute paths in the project folder, by report type (`junit`, `dotenv`, `codequality`…).
   */
  reports(job: string): Record<string, string[]>;
  /** The job's log (`.gitlab-ci-local/output/<job>.log`). */
  log(job: string): string;
}

export interface ConsumerProject {
  /** The project folder (the git work tree gitlab-ci-local runs in). */
  dir: string;
  /** HEAD (CI_COMMIT_SHA). */
  sha: string;
  /** The private HOME gitlab-ci-local sees. */
  home: string;
  /** Writes files and commits them; returns the new HEAD. */
  commit(files: Record<string, string>, message?: string): string;
  run(options?: RunOptions): Promise<GitLabCiLocalRun>;
  /** Removes the project folder and HOME. */
  cleanup(): void;
}

/** A git repository with one commit, `origin` set (not fetched from) and `origin/HEAD` pointing at the branch. */
export function createConsumerProject(options: ConsumerProjectOptions): ConsumerProject {
  const dir = scratchDir('gcl-project-');
  const home = scratchDir('gcl-home-');
  const branch = options.branch ?? 'main';
  git(dir, 'init', '-q', '-b', branch);
  git(dir, 'config', 'user.name', GIT_IDENTITY.name);
  git(dir, 'config', 'user.email', GIT_IDENTITY.email);
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'remote', 'add', 'origin', options.origin);
  const commit = (files: Record<string, string>, message = 'Consumer pipeline'): string => {
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), content);
    }
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--allow-empty', '-m', message);
    const sha = git(dir, 'rev-parse', 'HEAD');
    // What `git clone` would leave: origin/<branch> and origin/HEAD (the default branch).
    git(dir, 'update-ref', `refs/remotes/origin/${branch}`, sha);
    git(dir, 'symbolic-ref', 'refs/remotes/origin/HEAD', `refs/remotes/origin/${branch}`);
    project.sha = sha;
    return sha;
  };
  const project: ConsumerProject = {
    dir,
    sha: '',
    home,
    commit,
    run: (runOptions = {}) => runGitLabCiLocal(dir, home, runOptions),
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    },
  };
  commit({ '.gitignore': `${STATE_DIR}/\n`, ...options.files });
  return project;
}

/** Variables of the test process that would steer gitlab-ci-local or its jobs. */
function scrubbed(name: string): boolean {
  return (
    name.startsWith('GCL_') ||
    name.startsWith('CI_') ||
    name.startsWith('GITLAB_') ||
    name.startsWith('GIT_') ||
    ['CI', 'NODE_OPTIONS', 'GITHUB_ACTIONS', 'FORCE_COLOR', 'NO_COLOR'].includes(name)
  );
}

/** Whether `command` is an executable on PATH. */
function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((d) => d !== '' && existsSync(join(d, command)));
}

/** The `component:` references of the project's `.gitlab-ci.yml` includes, in order, repeats kept. */
function componentReferences(dir: string): string[] {
  const file = join(dir, '.gitlab-ci.yml');
  if (!existsSync(file)) return [];
  const config = parseYaml(readFileSync(file, 'utf8')) as { include?: unknown } | null;
  const include = config?.include;
  const entries: unknown[] = Array.isArray(include) ? include : include ? [include] : [];
  return entries
    .map((e) => (e && typeof e === 'object' ? (e as { component?: unknown }).component : undefined))
    .filter((c): c is string => typeof c === 'string');
}

/** The `component:` references the project's `.gitlab-ci.yml` includes, each once, in order. */
export function componentIncludes(dir: string): string[] {
  return [...new Set(componentReferences(dir))];
}

/**
 * gitlab-ci-local 4.73.0 fetches all includes at once, each remote component with
 * `cp -r <clone>/templates .gitlab-ci-local/includes/<host>/<project>/<ref>`: two includes that
 * resolve to one project and ref (`@1` twice, or `@1` and `@~latest`) race on that folder and
 * one fails with "cp: cannot create directory …: File exists". So with several component
 * includes, each is fetched first on its own (a --preview of a file that includes only it), and
 * the real run finds them all in its cache.
 */
async function prefetchComponents(dir: string, home: string, options: RunOptions): Promise<RunOptions> {
  // One reference included twice (two sets of inputs) races as well.
  if (componentReferences(dir).length < 2) return options;
  const components = componentIncludes(dir);
  const file = `${STATE_DIR}/prefetch-gitlab-ci.yml`;
  mkdirSync(join(dir, STATE_DIR), { recursive: true });
  const { jobs: _jobs, preview: _preview, ...rest } = options;
  for (const component of components) {
    writeFileSync(join(dir, file), `include:\n  - component: ${JSON.stringify(component)}\n`);
    // Its exit status does not matter (the inputs are missing): only the fetch does.
    await runGitLabCiLocal(dir, home, {
      ...rest,
      preview: true,
      args: [...(rest.args ?? []), '--file', file],
    });
  }
  rmSync(join(dir, file), { force: true });
  // Fetched now (again, if asked): the real run takes them from the cache.
  return { ...options, args: (options.args ?? []).filter((a) => a !== '--fetch-includes') };
}

async function runGitLabCiLocal(dir: string, home: string, given: RunOptions): Promise<GitLabCiLocalRun> {
  if (!given.preview && !onPath('rsync')) {
    throw new Error(
      'gitlab-ci-local needs rsync to run jobs (Debian: apt-get install -y rsync; .ci/run installs it)',
    );
  }
  const options = given.args?.includes('--file') ? given : await prefetchComponents(dir, home, given);
  // Run in the project folder: gitlab-ci-local refuses an absolute --cwd.
  const args = [GITLAB_CI_LOCAL_BIN];
  const variables = options.variables ?? {};
  for (const [k, v] of Object.entries(variables)) args.push('--variable', `${k}=${v}`);
  const predefined = Object.keys(variables).filter((k) => k.startsWith('CI_') || k.startsWith('GITLAB_'));
  if (predefined.length > 0) args.push('--ignore-predefined-vars', predefined.join(','));
  if (options.preview) args.push('--preview');
  args.push(...(options.args ?? []), ...(options.jobs ?? []));

  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !scrubbed(k)) env[k] = v;
  Object.assign(env, hermeticGitEnv(home), { FORCE_COLOR: '0' });
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }

  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: dir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }, options.timeoutMs ?? 120_000);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  }).finally(() => clearTimeout(timer));

  const state = join(dir, STATE_DIR);
  const artifacts = (job: string) => {
    const folder = join(state, 'artifacts', safeJobName(job));
    return { dir: folder, files: existsSync(folder) ? listFiles(folder) : [] };
  };
  return {
    exitCode,
    timedOut,
    stdout,
    stderr,
    durationMs: performance.now() - started,
    args: args.slice(1),
    artifacts,
    dotenv: (job) => {
      const { dir: folder, files } = artifacts(job);
      const file = files.find((f) => f.startsWith('.gitlab-ci-reports/dotenv/'));
      return file ? parseDotenv(readFileSync(join(folder, file), 'utf8')) : {};
    },
    reports: (job) => {
      const expanded = join(state, 'expanded-gitlab-ci.yml');
      if (!existsSync(expanded)) return {};
      const config = parseYaml(readFileSync(expanded, 'utf8')) as Record<
        string,
        { artifacts?: { reports?: Record<string, string | string[] | { path: string }> } }
      >;
      const out: Record<string, string[]> = {};
      for (const [type, paths] of Object.entries(config[job]?.artifacts?.reports ?? {})) {
        // coverage_report is {coverage_format, path}; the others a path or a list of paths.
        const named = paths && typeof paths === 'object' && !Array.isArray(paths) ? [paths.path] : paths;
        out[type] = (Array.isArray(named) ? named : [named]).map((p) => join(dir, String(p)));
      }
      return out;
    },
    log: (job) => {
      const file = join(state, 'output', `${safeJobName(job)}.log`);
      return existsSync(file) ? readFileSync(file, 'utf8') : '';
    },
  };
}

/** gitlab-ci-local's folder name for a job (Utils.safeDockerString, without its length cap). */
export function safeJobName(job: string): string {
  return job.replace(/[^\w-]+/g, (m) => Buffer.from(m).toString('base64url'));
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!.replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}
