// The ci capability's public face: what entries and other capabilities may use.
export { registerCiCli } from './cli.js';
export { runCi, runCiReport, type CiOutcome, type CiReportOptions, type CiRunOptions } from './run.js';
export type { CiInputs } from './inputs.js';
export type { CiResult } from './core/ci-result.js';

/**
 * The action's input reader. Loaded on first use: it needs @actions/core (and
 * its HTTP client), which the CLI never loads.
 */
export async function loadCiInputs(): Promise<typeof import('./inputs.js').readCiInputs> {
  return (await import('./inputs.js')).readCiInputs;
}
