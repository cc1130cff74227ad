// The helm-migrate capability's public face: what entries and other capabilities may use.
export { registerHelmMigrateCli } from './cli.js';

/**
 * The GitHub action. Loaded on first use, so the CLI never loads @actions/core,
 * @actions/github and their HTTP client at start-up.
 */
export async function runHelmMigrate(): Promise<void> {
  const { runHelmMigrate: run } = await import('./action.js');
  return run();
}
