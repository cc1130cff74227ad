// The infra capability's public face: what entries and other capabilities may use.
export { registerInfraCli } from './cli.js';
