import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onExit } from './exit-cleanup.js';
import { removeTreeSync } from '../fs/remove-tree-sync.js';

/**
 * The environment every child process gets: helm, kustomize/kubectl, git,
 * tar. Charts and kustomizations from a pull request are untrusted, so a
 * child sees only what it needs to run, never the parent's tokens (INPUT_*,
 * GITHUB_TOKEN, ACTIONS_*, RUNNER_*, CI_JOB_TOKEN, cloud credentials ...):
 * - PATH (and on Windows what programs need to start: SystemRoot, ComSpec ...);
 * - the temporary folder (TMPDIR, TMP, TEMP);
 * - locale and time zone (LANG, LANGUAGE, LC_*, TZ);
 * - proxies (HTTP_PROXY, HTTPS_PROXY, NO_PROXY, ALL_PROXY, any case) and the
 *   TLS roots Go reads (SSL_CERT_FILE, SSL_CERT_DIR), for builds allowed to
 *   fetch remote bases;
 * - HOME, the XDG folders and HELM_CACHE_HOME / HELM_CONFIG_HOME /
 *   HELM_DATA_HOME, all under one private temporary folder per process
 *   (removed at exit), so no user config, plugin, repository credential or
 *   kubeconfig of the machine is read.
 * - the Go runtime's GOGC, GOMEMLIMIT and GOMAXPROCS; where the parent sets
 *   none of them, GO_RUNTIME below.
 * Nothing else passes, including HELM_* and KUBECONFIG: `helm template` and
 * `kustomize build` need no cluster, and the settings mmf relies on are
 * given as arguments.
 */
const PASSED = new Set(
  [
    'PATH',
    'PATHEXT',
    'SYSTEMROOT',
    'SYSTEMDRIVE',
    'WINDIR',
    'COMSPEC',
    'TMPDIR',
    'TMP',
    'TEMP',
    'LANG',
    'LANGUAGE',
    'TZ',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'GOGC',
    'GOMEMLIMIT',
    'GOMAXPROCS',
  ].map((name) => name.toUpperCase()),
);

/**
 * helm and kustomize are Go programs that live for a fraction of a second and
 * run several at a time, one per environment. Go's default collector (GOGC=100,
 * every spare core) spends much of such a short life collecting and competing
 * with the other builds for the same cores. Collecting only when the heap has
 * grown fivefold, on one core each, makes a set of concurrent builds about a
 * third faster; GOMEMLIMIT still bounds the heap of a very large chart.
 */
const GO_RUNTIME: Readonly<Record<string, string>> = { GOGC: '400', GOMEMLIMIT: '1GiB', GOMAXPROCS: '1' };

/** Whether a variable of the parent environment reaches child processes. */
export function isPassedToChildren(name: string): boolean {
  const upper = name.toUpperCase();
  return PASSED.has(upper) || upper.startsWith('LC_');
}

let home: string | undefined;

/** The private home of this process's children, created on first use and removed at exit. */
export function privateHome(): string {
  if (home) return home;
  const dir = mkdtempSync(join(tmpdir(), 'mmf-home-'));
  for (const sub of ['.config', '.cache', join('.local', 'share'), join('.local', 'state')])
    mkdirSync(join(dir, sub), { recursive: true });
  home = dir;
  onExit(() => {
    removeTreeSync(dir);
    if (home === dir) home = undefined;
  });
  return dir;
}

/** The minimal environment for a child process, plus `extra` (set by mmf itself, e.g. git's settings). */
export function childEnvironment(
  parent: NodeJS.ProcessEnv = process.env,
  extra: Readonly<Record<string, string>> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent))
    if (value !== undefined && isPassedToChildren(name)) env[name] = value;
  if (!Object.keys(GO_RUNTIME).some((name) => env[name] !== undefined)) Object.assign(env, GO_RUNTIME);
  const dir = privateHome();
  const config = join(dir, '.config');
  const cache = join(dir, '.cache');
  const data = join(dir, '.local', 'share');
  Object.assign(env, {
    HOME: dir,
    USERPROFILE: dir,
    APPDATA: config,
    LOCALAPPDATA: cache,
    XDG_CONFIG_HOME: config,
    XDG_CACHE_HOME: cache,
    XDG_DATA_HOME: data,
    XDG_STATE_HOME: join(dir, '.local', 'state'),
    HELM_CONFIG_HOME: join(config, 'helm'),
    HELM_CACHE_HOME: join(cache, 'helm'),
    HELM_DATA_HOME: join(data, 'helm'),
    ...extra,
  });
  return env;
}
