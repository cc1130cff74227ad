import { runHelmMigrate } from './run.js';

await runHelmMigrate();
