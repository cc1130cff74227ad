import type { Command } from 'commander';
import type { RegisterCommands } from '../runtime/cli/program.js';
import type { DEFAULT_INFRA_NAME } from './core/plan-infra-config.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, setExitCodes } from '../runtime/cli/help.js';
import { addAlias, requiredOption } from '../runtime/cli/option-aliases.js';
import type { InfraConfigFlags } from './run-infra-command.js';

/** A copy (the planner loads the YAML library); its type makes tsc fail here when the original changes. */
const DEFAULT_NAME: typeof DEFAULT_INFRA_NAME = 'infra';

/** `mmf infra`: the parent of the infrastructure commands, with `infra config` registered. */
export function addInfraCommand(program: Command, io: CliIo, state: { exitCode: number }): Command {
  const infra = program
    .command('infra')
    .summary('turn infrastructure (Terraform) outputs into cluster config and Kustomize inputs')
    .description('Turn infrastructure (Terraform) outputs into cluster config and Kustomize inputs.')
    .exitOverride();
  addInfraConfigCommand(infra, io, state);
  return infra;
}

/** `mmf infra config --terraform-outputs outputs.json --output <dir>` under an existing `infra` command. */
export function addInfraConfigCommand(infra: Command, io: CliIo, state: { exitCode: number }): void {
  const command = infra
    .command('config')
    .summary('turn `terraform output -json` into cluster.yaml, a ConfigMap and a secretGenerator')
    .description(
      'Turn `terraform output -json` into cluster.yaml (for deploy tooling), a kustomization with a ' +
        'ConfigMap of the non-sensitive outputs, a git-ignored env file + secretGenerator for the sensitive ' +
        'ones, and an IRSA component for role ARNs. Sensitive values never reach tracked files, reports or ' +
        'the terminal.',
    )
    .addOption(
      requiredOption(
        '--terraform-outputs <file>',
        'the file written by `terraform output -json > outputs.json` (all outputs, no output name)',
      ),
    )
    .addOption(requiredOption('--output <dir>', 'where to write the files (a new or empty folder)'))
    .option(
      '--name <name>',
      'base name: ConfigMap <name>-config, Secret <name>-secrets, secrets/<name>.env',
      DEFAULT_NAME,
    )
    .option('--namespace <ns>', 'namespace of the ConfigMap and Secret (default: the overlay’s)')
    .option(
      '--force',
      'replace a non-empty output directory (never the current directory or one holding the input)',
    )
    .exitOverride();
  addAlias(command, '--output', '--output-path <dir>');
  addFormatFlags(command, { json: 'print the report (names and sizes only, no sensitive values) as JSON' });
  setExitCodes(command, {
    0: 'the files were written',
    1: 'usage or input error (the outputs file, a name, the output folder)',
  });
  addExample(command, 'mmf infra config --terraform-outputs outputs.json --output k8s/infra');
  command.action(async (flags: InfraConfigFlags, cmd: Command) => {
    const { runInfraConfigCommand } = await import('./run-infra-command.js');
    await runInfraConfigCommand(flags, cmd, io, state);
  });
}

/** `mmf infra`. */
export const registerInfraCli: RegisterCommands = ({ root, io, state }) => {
  addInfraCommand(root, io, state);
};
