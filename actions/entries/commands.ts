import type { Command } from 'commander';
import { registerCiCli } from '../ci/index.js';
import { registerConfigMigrateCli } from '../config-migrate/index.js';
import { registerDiffCli } from '../diff/index.js';
import { registerHelmMigrateCli } from '../helm-migrate/index.js';
import { registerInfraCli } from '../infra/index.js';
import { registerOverlayCli } from '../overlay/index.js';
import { buildProgram, type RegisterCommands } from '../runtime/cli/program.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { registerReleaseCli } from '../release/index.js';
import { registerScaffoldCli } from '../scaffold/index.js';

/** Every capability's commands, in the order `mmf --help` lists them. */
export const MMF_COMMANDS: readonly RegisterCommands[] = [
  registerHelmMigrateCli,
  registerOverlayCli,
  registerConfigMigrateCli,
  registerDiffCli,
  registerScaffoldCli,
  registerInfraCli,
  registerCiCli,
  registerReleaseCli,
];

export function buildMmfProgram(io: CliIo, state: { exitCode: number }): Command {
  return buildProgram(io, state, MMF_COMMANDS);
}
