// The overlay capability's public face: what entries and other capabilities may use.
export { registerOverlayCli } from './cli.js';
