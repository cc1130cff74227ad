import { runHelmMigrate } from '../helm-migrate/index.js';

await runHelmMigrate();
