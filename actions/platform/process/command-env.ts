/**
 * The environment of the user's own commands (`mmf ci run --command`, the ci
 * action's and component's `commands:`): their build and test commands, which
 * need what the job gives them (DATABASE_URL, JAVA_HOME, a package index
 * token the workflow put in `env:`, the real HOME with its caches), unlike the
 * tools mmf runs on untrusted content (child-env.ts). What the job's own
 * `run:` lines would get, less what the CI system or mmf hold for themselves:
 *
 * - values equal to a secret mmf holds (the action's token, gitlab-token),
 *   under whatever name they were exported;
 * - GitHub: the action's inputs (INPUT_*, the token among them), the
 *   runner's service credentials and endpoints (ACTIONS_*: ACTIONS_RUNTIME_TOKEN,
 *   ACTIONS_ID_TOKEN_REQUEST_TOKEN/URL, ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL …),
 *   and the step's command files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 *   GITHUB_STATE, GITHUB_STEP_SUMMARY), through which a command could set
 *   this step's outputs or the environment of later steps;
 * - GitLab: the job's credentials (CI_JOB_TOKEN, CI_JOB_JWT*, CI_REGISTRY_PASSWORD,
 *   CI_DEPENDENCY_PROXY_PASSWORD, CI_DEPLOY_PASSWORD, CI_REPOSITORY_URL, which
 *   embeds the job token) and MMF_GITLAB_TOKEN.
 */
const WITHHELD_NAMES = new Set([
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
  'CI_JOB_TOKEN',
  'CI_REGISTRY_PASSWORD',
  'CI_DEPENDENCY_PROXY_PASSWORD',
  'CI_DEPLOY_PASSWORD',
  'CI_REPOSITORY_URL',
  'MMF_GITLAB_TOKEN',
]);
const WITHHELD_PREFIXES = ['INPUT_', 'ACTIONS_', 'CI_JOB_JWT'];

/** Whether a variable named so never reaches the user's commands (whatever its value). */
export function isWithheldFromCommands(name: string): boolean {
  const upper = name.toUpperCase();
  return WITHHELD_NAMES.has(upper) || WITHHELD_PREFIXES.some((p) => upper.startsWith(p));
}

/** The environment for the user's commands: `parent` less what isWithheldFromCommands and `secrets` rule out. */
export function commandEnvironment(
  parent: NodeJS.ProcessEnv = process.env,
  secrets: readonly string[] = [],
): NodeJS.ProcessEnv {
  const hidden = new Set(secrets.filter((s) => s.length > 0));
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent))
    if (value !== undefined && !isWithheldFromCommands(name) && !hidden.has(value)) env[name] = value;
  return env;
}

/** Names whose values are credentials by convention (DB_PASSWORD, NPM_TOKEN, AWS_SECRET_ACCESS_KEY …). */
const SECRET_NAME = [
  /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|API_?KEY|ACCESS_?KEY|SECRET_?KEY|PRIVATE_?KEY)$/i,
  /(^|_)(SECRET|PASSWORD)_/i,
];
/** Shorter values are not treated as secrets (they would shred ordinary words in the report). */
const MIN_LENGTH = 6;
/** The password of a URL with credentials: `postgres://user:password@host/db`. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/:@\s]*:([^@\s/]+)@/i;

/**
 * Values of the commands' environment that look secret, for the report's
 * redaction: the runner masks its secrets in the job log, but a failed
 * command's output and a test's failure message also go into comments and
 * summaries, which nothing masks. Variables named like credentials, and the
 * password part of URLs such as DATABASE_URL.
 */
export function secretLookingValues(env: NodeJS.ProcessEnv): string[] {
  const found = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (
      SECRET_NAME.some((p) => p.test(name)) &&
      value.length >= MIN_LENGTH &&
      !/^(true|false|\d{1,5})$/i.test(value)
    )
      found.add(value);
    const password = URL_PASSWORD.exec(value)?.[1];
    if (password && password.length >= MIN_LENGTH) {
      found.add(password);
      try {
        found.add(decodeURIComponent(password));
      } catch {
        // not percent-encoded: the raw form is enough
      }
    }
  }
  return [...found];
}

/**
 * What a report on the user's commands must not show: the secrets mmf holds
 * (empty ones dropped) and the secret-looking values of the environment those
 * commands got.
 */
export function reportSecrets(
  held: readonly (string | undefined)[],
  parent: NodeJS.ProcessEnv = process.env,
): string[] {
  const own = held.filter((s): s is string => Boolean(s));
  return [...own, ...secretLookingValues(commandEnvironment(parent, own))];
}
