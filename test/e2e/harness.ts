/**
 * Harness for the end-to-end tests of the bundled GitHub Action (dist/helm-migrate/index.js, and the
 * umbrella dist/main/index.js), run as a child process exactly the way the Actions runner does it: INPUT_*
 * variables (defaults taken from action.yml, like the runner), a real-shaped pull_request event,
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, RUNNER_TEMP, and GITHUB_API_URL pointing at the local
 * GitHub fake that validates every request against GitHub's OpenAPI description.
 *
 * The action is spawned asynchronously (never spawnSync): the fake server runs in the test process.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import {
  type GitHubServer,
  type RecordedRequest,
  type StoredComment,
  fakeSha,
  pullRequestActionEnv,
  pullRequestEvent,
} from '../support/github/server.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const HELM_MIGRATE = join(ROOT, 'dist/helm-migrate/index.js');
export const UMBRELLA = join(ROOT, 'dist/main/index.js');
export const CI = join(ROOT, 'dist/ci/index.js');
export const RELEASE = join(ROOT, 'dist/release/index.js');
export const HELM = join(ROOT, '.tools/helm4/helm');
export const KUBECTL = join(ROOT, '.tools/helm4/kubectl');
export const TOKEN = 'ghs_e2eToken0123456789';
export const OWNER = 'marty-fw';
export const REPO = 'user-service';
export const MARKER = '<!-- mmf-actions:review id=';
export const COMMENT_LIMIT = 65_536;

export const SCRATCH = mkdtempSync(join(tmpdir(), 'mmf-e2e-'));

// ---------------------------------------------------------------------------------------------
// Running the action like the runner does.

/** The defaults the runner passes as INPUT_* for every input declared with one (token: ours). */
export function actionDefaults(actionYml: string): Record<string, string> {
  const doc = yaml.load(readFileSync(actionYml, 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(doc.inputs)) {
    if (input.default === undefined) continue;
    out[name] = input.default.includes('${{') ? TOKEN : input.default;
  }
  return out;
}

export interface RunOptions {
  /** Action inputs by their action.yml names (dashes kept). */
  inputs: Record<string, string>;
  cwd: string;
  event: Record<string, unknown>;
  entry?: string;
  label: string;
  /** Extra environment variables, applied last. */
  env?: Record<string, string>;
  /** Event name for a payload without `pull_request` (push, merge_group, workflow_run …). Default push. */
  eventName?: string;
  /** The action.yml whose defaults the runner passes. Default: the one of `entry`. */
  actionYml?: string;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Directory holding RUNNER_TEMP, TMPDIR, the event, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. */
  dir: string;
  runnerTemp: string;
  outputFile: string;
  summaryFile: string;
  ms: number;
}

/** Parses the GITHUB_OUTPUT file (`name<<delimiter\nvalue\ndelimiter`). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] as string);
    if (!m) continue;
    const [, name, delim] = m as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] as string);
    out[name] = value.join('\n');
  }
  return out;
}

let server: GitHubServer;

/** The GitHub fake the helpers below talk to and inspect. */
export function useServer(s: GitHubServer): void {
  server = s;
}

/** One line per action run: label, duration, exit status. */
export const timings: string[] = [];

/** The commit a non-PR event is about: push `after`, merge_group / workflow_run `head_sha`. */
function eventSha(event: Record<string, unknown>): string {
  const nested = (key: string) => (event[key] as { head_sha?: string } | undefined)?.head_sha;
  return String(event.after ?? nested('merge_group') ?? nested('workflow_run') ?? fakeSha('dispatch'));
}

/** The environment of a run without a pull_request payload (push by default; see RunOptions.eventName). */
function eventActionEnv(name: string, event: Record<string, unknown>, dir: string): Record<string, string> {
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event, null, 2));
  return {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SHA: eventSha(event),
    GITHUB_REF: String(event.ref ?? 'refs/heads/main'),
    GITHUB_API_URL: server.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'PR review',
    GITHUB_JOB: 'review',
    GITHUB_RUN_ID: '1',
    GITHUB_ACTOR: 'octocat',
    INPUT_TOKEN: TOKEN,
  };
}

/** Runs the action once and collects everything it left behind. */
export async function runAction(options: RunOptions): Promise<RunResult> {
  const entry = options.entry ?? HELM_MIGRATE;
  const dir = mkdtempSync(join(SCRATCH, `${options.label}-`));
  const runnerTemp = join(dir, 'runner-temp');
  const tmp = join(dir, 'tmp');
  mkdirSync(runnerTemp);
  mkdirSync(tmp);
  const outputFile = join(dir, 'github-output');
  const summaryFile = join(dir, 'step-summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  // Nothing from a surrounding CI job (or jest's NODE_OPTIONS) leaks into the action.
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|MMF_)/.test(k) || k === 'NODE_OPTIONS')
      continue;
    base[k] = v;
  }
  // dist/<name>/index.js is the code of <name>/action.yml; dist/main is the root action's dispatcher.
  const defaults = actionDefaults(
    options.actionYml ??
      (entry === UMBRELLA ? join(ROOT, 'action.yml') : join(ROOT, basename(dirname(entry)), 'action.yml')),
  );
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...defaults, ...options.inputs }))
    inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const env: Record<string, string> = {
    ...base,
    ...(options.event.pull_request
      ? pullRequestActionEnv(options.event, { apiUrl: server.url, token: TOKEN, dir })
      : eventActionEnv(options.eventName ?? 'push', options.event, dir)),
    GITHUB_WORKSPACE: options.cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    TMPDIR: tmp,
    MMF_HELM: HELM,
    MMF_KUBECTL: KUBECTL,
    ...inputs,
    ...options.env,
  };
  delete env.GITHUB_TOKEN; // the runner does not export it; the action gets it as an input
  const started = performance.now();
  const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>(
    (done, fail) => {
      const child = spawn(process.execPath, [entry], { env, cwd: options.cwd });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('error', fail);
      child.on('close', (status) => done({ status, stdout, stderr }));
    },
  );
  const ms = performance.now() - started;
  timings.push(`${options.label}: ${ms.toFixed(0)} ms (exit ${result.status})`);
  return {
    ...result,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    dir,
    runnerTemp,
    outputFile,
    summaryFile,
    ms,
  };
}

/** Failure message with everything needed to see why a run went wrong. */
export function explain(run: RunResult): string {
  return `exit ${run.status}\n--- stdout (tail)\n${run.stdout.slice(-4000)}\n--- stderr (tail)\n${run.stderr.slice(-2000)}`;
}

export function expectExit(run: RunResult, status: number): void {
  if (run.status !== status) throw new Error(`expected exit ${status}, got ${explain(run)}`);
}

export function expectNoValidationErrors(): void {
  if (server.validationErrors.length > 0) throw new Error(server.describeValidationErrors());
}

export function ourComments(issue: number): StoredComment[] {
  return server.comments.filter(
    (c) => c.owner === OWNER && c.repo === REPO && c.issue_number === issue && c.body.startsWith(MARKER),
  );
}

export function prComments(issue: number): StoredComment[] {
  return server.comments.filter((c) => c.owner === OWNER && c.repo === REPO && c.issue_number === issue);
}

export function requestsOf(operationId: string, since = 0): RecordedRequest[] {
  return server.requests.slice(since).filter((r) => r.operationId === operationId);
}

export function prEvent(number: number, extra: { fork?: boolean } = {}): Record<string, unknown> {
  return pullRequestEvent({
    owner: OWNER,
    repo: REPO,
    number,
    headSha: fakeSha(`head-${number}`),
    ...(extra.fork ? { fork: true, headRef: 'contrib' } : {}),
  });
}

export function seedPr(number: number, fork = false): void {
  const ev = prEvent(number, { fork }) as { pull_request: { head: { sha: string } } };
  server.seedPullRequest({
    owner: OWNER,
    repo: REPO,
    number,
    headSha: ev.pull_request.head.sha,
    ...(fork ? { fork: true, headRef: 'contrib' } : {}),
  });
}

/** Every regular file below `dir`. */
export function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.isFile() ? [p] : [];
  });
}

/** An opening fence left open at the end of `text`, if any. */
export function openFence(text: string): string | undefined {
  let open: string | undefined;
  for (const line of text.split('\n')) {
    const m = /^(`{3,})(.*)$/.exec(line);
    if (!m) continue;
    const ticks = m[1] as string;
    if (open === undefined) open = ticks;
    else if (ticks.length >= open.length && (m[2] as string).trim() === '') open = undefined;
  }
  return open;
}

// ---------------------------------------------------------------------------------------------
// A small chart in a git repository.

export const CANARY = 'CANARY-e2e-5b7d9';

export interface ChartValues {
  configMaps: { name: string; data: Record<string, string> }[];
  apiToken: string;
  dbPassword: string;
  replicas?: number;
}

export const CHART_FILES: Record<string, string> = {
  'Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\nappVersion: "1.0.0"\n',
  'values.yaml': [
    'image: nginx:1.27',
    'replicas: 1',
    'configMaps: []',
    'secret:',
    '  apiToken: placeholder',
    '  dbPassword: placeholder',
    '',
  ].join('\n'),
  'templates/configmaps.yaml': [
    '{{- range .Values.configMaps }}',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: {{ $.Release.Name }}-{{ .name }}',
    '  labels:',
    '    app: {{ $.Release.Name }}',
    'data:',
    '{{- range $k, $v := .data }}',
    '  {{ $k }}: {{ $v | quote }}',
    '{{- end }}',
    '{{- end }}',
    '',
  ].join('\n'),
  'templates/secret.yaml': [
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    '  name: {{ .Release.Name }}-credentials',
    'type: Opaque',
    'stringData:',
    '  api-token: {{ .Values.secret.apiToken | quote }}',
    'data:',
    '  db-password: {{ .Values.secret.dbPassword | b64enc | quote }}',
    '',
  ].join('\n'),
  'templates/deployment.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ .Release.Name }}-web',
    '  labels:',
    '    app: {{ .Release.Name }}',
    'spec:',
    '  replicas: {{ .Values.replicas }}',
    '  selector:',
    '    matchLabels:',
    '      app: {{ .Release.Name }}',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: {{ .Release.Name }}',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          image: {{ .Values.image }}',
    '          envFrom:',
    '            - secretRef:',
    '                name: {{ .Release.Name }}-credentials',
    '',
  ].join('\n'),
};

export const CHART = 'charts/demo';
export const VALUES_DEV = `${CHART}/values-dev.yaml`;

export function valuesYaml(v: ChartValues): string {
  return yaml.dump(
    {
      replicas: v.replicas ?? 2,
      configMaps: v.configMaps,
      secret: { apiToken: v.apiToken, dbPassword: v.dbPassword },
    },
    { lineWidth: -1 },
  );
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A git repository holding charts/demo with values-dev.yaml = `values`, committed; returns its path and sha. */
export function chartRepo(label: string, values: ChartValues): { repo: string; sha: string } {
  const repo = mkdtempSync(join(SCRATCH, `repo-${label}-`));
  for (const [file, text] of Object.entries(CHART_FILES)) {
    mkdirSync(dirname(join(repo, CHART, file)), { recursive: true });
    writeFileSync(join(repo, CHART, file), text);
  }
  writeFileSync(join(repo, VALUES_DEV), valuesYaml(values));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'E2E Tester');
  git(repo, 'config', 'user.email', 'e2e@example.com');
  git(repo, 'config', 'commit.gpgsign', 'false');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  return { repo, sha: git(repo, 'rev-parse', 'HEAD') };
}

export const SMALL_BASE: ChartValues = {
  configMaps: [
    { name: 'app-settings', data: { LOG_LEVEL: 'info', FEATURE_X: 'off' } },
    { name: 'routing', data: { UPSTREAM: 'http://orders:8080' } },
  ],
  apiToken: 'not-the-canary',
  dbPassword: 'not-the-canary-either',
};

/** The test chart's dev environment, as every run names it. */
const CHART_INPUTS = {
  chart: CHART,
  environments: `dev=${VALUES_DEV}`,
  release: 'orders',
  namespace: 'shop',
};

export function diffInputs(baseRef: string, extra: Record<string, string> = {}): Record<string, string> {
  return { mode: 'diff', ...CHART_INPUTS, 'base-ref': baseRef, ...extra };
}

/** validate with no committed tree in `repo`: the action converts into RUNNER_TEMP and proves parity. */
export function validateInputs(repo: string, extra: Record<string, string> = {}): Record<string, string> {
  return { mode: 'validate', ...CHART_INPUTS, output: join(repo, 'nope'), ...extra };
}

// ---------------------------------------------------------------------------------------------

/** Substrings that every base64 encoding of a text containing `s` contains (for each byte alignment). */
export function base64Needles(s: string): string[] {
  const needles: string[] = [];
  for (let pad = 0; pad < 3; pad++) {
    const enc = Buffer.concat([Buffer.alloc(pad, 0x41), Buffer.from(s)]).toString('base64');
    const full = Math.floor((pad + s.length) / 3) * 4;
    needles.push(pad === 0 ? enc.slice(0, full) : enc.slice(4, full));
  }
  return needles.filter((n) => n.length >= 8);
}
