// The config-migrate capability's public face: what entries and other capabilities may use.
export { registerConfigMigrateCli } from './cli.js';
