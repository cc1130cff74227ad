import { Option, type Command } from 'commander';
import type { RegisterCommands } from '../runtime/cli/program.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, markRequired, setExitCodes } from '../runtime/cli/help.js';
import { addAlias, requiredOption } from '../runtime/cli/option-aliases.js';
import { collect } from '../runtime/cli/tool-flags.js';
import type { MigrateConfigFlags } from './run-config-migrate-command.js';

/** `mmf migrate config`: Helm values to Kustomize components (service-mesh, observability, security). */
export function addMigrateConfigCommand(migrate: Command, io: CliIo, state: { exitCode: number }): void {
  const command = migrate
    .command('config')
    .summary('turn Helm values into service-mesh, observability and security components')
    .description(
      'Turn Helm values (Marty legacy or standardised chart, or helm create) into Kustomize components ' +
        'under <output>/components/: service-mesh, observability, security, with a report of where every ' +
        'values key went.',
    )
    .addOption(
      markRequired(
        new Option('--values <file>', 'a values file (repeatable; later files win, as with helm)')
          .argParser(collect)
          .default([]),
      ),
    )
    .addOption(requiredOption('--output <dir>', 'the service folder; components/ is written inside it'))
    .option(
      '--service-name <name>',
      'the Deployment and Service name (default: fullnameOverride or nameOverride)',
    )
    .option(
      '--namespace <ns>',
      'also create this Namespace, with the Pod Security labels, in the security component',
    )
    .option('--force', 'replace an existing components/ folder')
    .exitOverride();
  addAlias(command, '--output', '--output-path <dir>');
  addFormatFlags(command, { json: 'print the report as JSON' });
  setExitCodes(command, {
    0: 'the components were written',
    1: 'usage or input error (a values file, the output folder)',
  });
  addExample(command, 'mmf migrate config --values examples/marty-service/values.yaml --output out/config');
  command.action(async (flags: MigrateConfigFlags, cmd: Command) => {
    const { runMigrateConfigCommand } = await import('./run-config-migrate-command.js');
    await runMigrateConfigCommand(flags, cmd, io, state);
  });
}

/** `mmf migrate config`. */
export const registerConfigMigrateCli: RegisterCommands = ({ migrate, io, state }) => {
  addMigrateConfigCommand(migrate, io, state);
};
