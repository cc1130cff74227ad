import { Command } from 'commander';
import { addDiffCommand } from './commands/diff.js';
import { addGenerateOverlayCommand } from './commands/generate-overlay.js';
import { addInfraCommand } from './commands/infra-config.js';
import { addMigrateConfigCommand } from './commands/migrate-config.js';
import { addScaffoldCommand } from './commands/scaffold.js';
import { addHelmToKustomizeCommand } from './commands/helm-to-kustomize.js';
import { addValidateMigrationCommand } from './commands/validate-migration.js';
import type { CliIo } from './run-cli.js';

export const VERSION = '0.1.0';

/** The `mmf` command tree (commander): a thin shell over the engine. `state.exitCode` carries results. */
export function buildProgram(io: CliIo, state: { exitCode: number }): Command {
  const program = new Command('mmf')
    .description('Marty Microservices Framework actions: Helm to Kustomize with proven parity')
    .version(VERSION)
    .option('--debug', 'print stack traces for unexpected errors')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });

  const migrate = program
    .command('migrate')
    .description('migrate services from Helm to Kustomize')
    .exitOverride();
  addHelmToKustomizeCommand(migrate, io, state);
  addValidateMigrationCommand(migrate, io, state);
  addGenerateOverlayCommand(migrate, io, state);
  addMigrateConfigCommand(migrate, io, state);
  addDiffCommand(program, io, state);
  addScaffoldCommand(program, io, state);
  addInfraCommand(program, io, state);
  return program;
}
