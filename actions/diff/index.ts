// The diff capability's public face: what entries and other capabilities may use.
export { registerDiffCli } from './cli.js';
