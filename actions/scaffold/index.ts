// The scaffold capability's public face: what entries and other capabilities may use.
export { registerScaffoldCli } from './cli.js';
