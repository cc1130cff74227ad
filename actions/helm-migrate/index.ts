// The helm-migrate capability's public face: what entries and other capabilities may use.
export { registerHelmMigrateCli } from './cli.js';
export { runHelmMigrate } from './action.js';
