import * as core from '@actions/core';
import { runHelmMigrate } from '../helm-migrate/index.js';

// The umbrella action (`uses: mmf/actions@v1` with `command:`) dispatches to the same code as each action folder.
const COMMANDS: Record<string, () => Promise<void>> = {
  'helm-migrate': runHelmMigrate,
};

const command = core.getInput('command', { required: true }).trim();
const run = COMMANDS[command];
if (run) await run();
else
  core.setFailed(
    `error[E_USAGE]: command "${command}" is not available; this release provides: ${Object.keys(COMMANDS).join(', ')}`,
  );
