/**
 * Runs the bundled `mmf` CLI (dist/cli/index.js) as a child process, the way
 * other checks call it: an argument array, no shell, a clean environment.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from this file's location (test/support/). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli', 'index.js');

/** Both supported Helm majors; kubectl is always the Helm 4.1 pair's (v1.35). */
export const CLI_HELMS = [
  { label: 'Helm 3.18', helm: join(REPO_ROOT, '.tools', 'helm3', 'helm') },
  { label: 'Helm 4.1', helm: join(REPO_ROOT, '.tools', 'helm4', 'helm') },
] as const;
export const CLI_KUBECTL = join(REPO_ROOT, '.tools', 'helm4', 'kubectl');

export interface CliRun {
  /** The exit code, or null when the process was killed. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
}

export interface CliRunOptions {
  /** MMF_HELM for the child (default: the Helm 4.1 binary). */
  helm?: string;
  /** Extra or overriding variables; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Default: the repository root, so fixture paths can be given relative to it. */
  cwd?: string;
  /** Killed (SIGKILL) after this long; default 60 s. */
  timeoutMs?: number;
}

/** Variables of the test process that must not steer the child. */
const SCRUBBED = [
  'NODE_OPTIONS',
  'MMF_HELM',
  'MMF_KUSTOMIZE',
  'MMF_KUBECTL',
  'RUNNER_TOOL_CACHE',
  'RUNNER_TEMP',
  'GITHUB_ACTIONS',
  'GITLAB_CI',
];

/** The environment the child gets: the test's own minus SCRUBBED, plus MMF_HELM / MMF_KUBECTL and `extra`. */
export function cliEnv(helm: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SCRUBBED) delete env[name];
  env['MMF_HELM'] = helm;
  env['MMF_KUBECTL'] = CLI_KUBECTL;
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** `node dist/cli/index.js <args…>`. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? 60_000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: cliEnv(options.helm ?? (CLI_HELMS[1].helm as string), options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
        durationMs: performance.now() - started,
      });
    });
  });
}

/** `node dist/cli/index.js migrate helm-to-kustomize <args…>`. */
export function runMigrate(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  return runCli(['migrate', 'helm-to-kustomize', ...args], options);
}
