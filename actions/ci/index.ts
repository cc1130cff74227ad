// The ci capability's public face: what entries and other capabilities may use.
import type { CiOutcome, CiReportOptions, CiRunOptions } from './run.js';

export { registerCiCli } from './cli.js';
export type { CiOutcome, CiReportOptions, CiRunOptions } from './run.js';
export type { CiInputs, CiPublishInputs } from './inputs.js';
export type { CiResult } from './core/ci-result.js';

/**
 * The action's input reader. Loaded on first use: it needs @actions/core (and
 * its HTTP client), which the CLI never loads.
 */
export async function loadCiInputs(): Promise<typeof import('./inputs.js').readCiInputs> {
  return (await import('./inputs.js')).readCiInputs;
}

/** The GitHub action (entries/ci.ts). Loaded on first use, as loadCiInputs, so the CLI never loads @actions/*. */
export async function runCiAction(): Promise<void> {
  return (await import('./action.js')).runCiAction();
}

/** The engine (reports, gates). Loaded on first use too, so `mmf` loads the report readers only for `mmf ci`. */
export async function runCiReport(options: CiReportOptions): Promise<CiOutcome> {
  return (await import('./run.js')).runCiReport(options);
}

export async function runCi(options: CiRunOptions): Promise<CiOutcome> {
  return (await import('./run.js')).runCi(options);
}
