import { runCiAction } from '../ci/index.js';

await runCiAction();
