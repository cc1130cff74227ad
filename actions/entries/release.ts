import { runRelease } from '../release/index.js';

await runRelease();
