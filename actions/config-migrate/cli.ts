import type { Command } from 'commander';
import type { RegisterCommands } from '../runtime/cli/program.js';
import { MmfError } from '../kernel/errors.js';
import { migrateConfig } from './migrate-config.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { collect, stderrLogger } from '../runtime/cli/tool-flags.js';

interface MigrateConfigFlags {
  values: string[];
  output?: string;
  serviceName?: string;
  namespace?: string;
  force?: boolean;
  json?: boolean;
}

/** `mmf migrate config`: Helm values to Kustomize components (service-mesh, observability, security). */
export function addMigrateConfigCommand(migrate: Command, io: CliIo, state: { exitCode: number }): void {
  migrate
    .command('config')
    .description(
      'Turn Helm values (Marty legacy or standardised chart, or helm create) into Kustomize components under\n' +
        '<output>/components/: service-mesh, observability, security, with a report of where every values key went.',
    )
    .option('--values <file>', 'a values file (repeatable; later files win, as with helm)', collect, [])
    .option('--output <dir>', 'the service folder; components/ is written inside it')
    .option(
      '--service-name <name>',
      'the Deployment and Service name (default: fullnameOverride or nameOverride)',
    )
    .option(
      '--namespace <ns>',
      'also create this Namespace, with the Pod Security labels, in the security component',
    )
    .option('--force', 'replace an existing components/ folder')
    .option('--json', 'print the report as JSON on stdout')
    .exitOverride()
    .action(async (flags: MigrateConfigFlags) => {
      if (!flags.values.length)
        throw new MmfError('E_USAGE', 'missing --values <values.yaml>', {
          hint: 'mmf migrate config --values values.yaml --output k8s --service-name user-service',
        });
      if (!flags.output) throw new MmfError('E_USAGE', 'missing --output <dir>');
      const result = await migrateConfig({
        values: flags.values,
        output: flags.output,
        ...(flags.serviceName !== undefined ? { serviceName: flags.serviceName } : {}),
        ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
        force: Boolean(flags.force),
        log: stderrLogger(io),
      });
      if (flags.json) {
        io.stdout(
          JSON.stringify({ dir: result.dir, files: result.files, report: result.report }, null, 2) + '\n',
        );
      } else {
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
        io.stdout(lines.join('\n') + '\n');
      }
      state.exitCode = 0;
    });
}

/** `mmf migrate config`. */
export const registerConfigMigrateCli: RegisterCommands = ({ migrate, io, state }) => {
  addMigrateConfigCommand(migrate, io, state);
};
