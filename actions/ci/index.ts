// The ci capability's public face: what entries and other capabilities may use.
export { registerCiCli } from './cli.js';
export { runCi, runCiReport, type CiOutcome, type CiReportOptions, type CiRunOptions } from './run.js';
export { readCiInputs, type CiInputs } from './inputs.js';
export type { CiResult } from './core/ci-result.js';
