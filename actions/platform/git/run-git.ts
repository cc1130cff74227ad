import { join } from 'node:path';
import { privateHome } from '../process/child-env.js';
import { runCommand, type CommandResult } from '../process/run-command.js';

/**
 * git with the minimal child environment plus settings that keep it local and
 * quiet: no system or global config (HOME is the private one), no prompt for
 * credentials and no credential helper, no hooks, no transport protocol (mmf
 * only reads local repositories), and every repository trusted as a "safe
 * directory": without the user's global config a checkout owned by another
 * user (a container on a runner) would otherwise be refused, and mmf only
 * reads it.
 */
export function gitEnvironment(): Record<string, string> {
  const settings: [string, string][] = [
    ['safe.directory', '*'],
    ['core.hooksPath', join(privateHome(), 'no-git-hooks')],
    ['credential.helper', ''],
    ['protocol.allow', 'never'],
  ];
  const env: Record<string, string> = {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_COUNT: String(settings.length),
  };
  settings.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}

export function runGit(args: readonly string[], cwd: string): Promise<CommandResult> {
  return runCommand('git', args, { cwd, env: gitEnvironment() });
}
