import { Option, type Command } from 'commander';
import type { RegisterCommands } from '../runtime/cli/program.js';
import { migrateConfig } from './migrate-config.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, commandPath, markRequired, setExitCodes } from '../runtime/cli/help.js';
import { addAlias, requiredOption } from '../runtime/cli/option-aliases.js';
import { printOutput } from '../runtime/cli/report-output.js';
import { collect, stderrLogger } from '../runtime/cli/tool-flags.js';

interface MigrateConfigFlags {
  values: string[];
  output: string;
  serviceName?: string;
  namespace?: string;
  force?: boolean;
  json?: boolean;
}

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
    const result = await migrateConfig({
      values: flags.values,
      output: flags.output,
      ...(flags.serviceName !== undefined ? { serviceName: flags.serviceName } : {}),
      ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
      force: Boolean(flags.force),
      log: stderrLogger(io),
    });
    const text = () => {
      const lines = [`Wrote ${result.dir}/`];
      for (const c of result.report.components)
        lines.push(
          c.generated
            ? `  ${c.name}: ${[...c.resources, ...c.patches.map((p) => `patch ${p.split(':')[0]}`)].join(', ')}`
            : `  ${c.name}: not generated`,
        );
      const { used, elsewhere, unknown } = result.report.keys;
      lines.push(
        `  values keys: ${used.length} used, ${elsewhere.length} left to the base/overlays, ${unknown.length} not understood`,
      );
      return lines.join('\n') + '\n';
    };
    const summary = { dir: result.dir, files: result.files, report: result.report };
    printOutput(io, state, commandPath(cmd), { result: summary, exitCode: 0, text }, flags);
  });
}

/** `mmf migrate config`. */
export const registerConfigMigrateCli: RegisterCommands = ({ migrate, io, state }) => {
  addMigrateConfigCommand(migrate, io, state);
};
