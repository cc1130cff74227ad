import type { Command } from 'commander';
import type { RegisterCommands } from '../runtime/cli/program.js';
import { writeInfraConfig, type InfraConfigResult } from './infra-config.js';
import { DEFAULT_INFRA_NAME } from './core/plan-infra-config.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, commandPath, setExitCodes } from '../runtime/cli/help.js';
import { addAlias, requiredOption } from '../runtime/cli/option-aliases.js';
import { printOutput } from '../runtime/cli/report-output.js';
import { stderrLogger } from '../runtime/cli/tool-flags.js';

interface InfraConfigFlags {
  terraformOutputs: string;
  output: string;
  name: string;
  namespace?: string;
  force?: boolean;
  json?: boolean;
}

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
      DEFAULT_INFRA_NAME,
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
    const result = await writeInfraConfig({
      terraformOutputs: flags.terraformOutputs,
      output: flags.output,
      name: flags.name,
      ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
      force: Boolean(flags.force),
      log: stderrLogger(io),
    });
    printOutput(
      io,
      state,
      commandPath(cmd),
      { result: result.report, exitCode: 0, text: () => formatInfraSummary(result) },
      flags,
    );
  });
}

/** A few lines for the terminal: names and counts only. */
export function formatInfraSummary({ output, report }: InfraConfigResult): string {
  const lines = [`Wrote ${report.files.length} files to ${output}:`];
  lines.push(`  cluster.yaml: ${report.cluster.fields.length} fields`);
  if (report.configMap)
    lines.push(
      `  kustomization.yaml: ConfigMap ${report.configMap.name} (${report.configMap.keys.length} keys)`,
    );
  if (report.secret)
    lines.push(
      `  kustomization.yaml: Secret ${report.secret.name} (${report.secret.keys.length} keys) from ${report.secret.files.join(', ')} (git-ignored)`,
    );
  if (report.serviceAccounts.length)
    lines.push(`  irsa/: ${report.serviceAccounts.length} ServiceAccount role ARNs`);
  if (report.skipped.length) lines.push(`  skipped: ${report.skipped.map((s) => s.output).join(', ')}`);
  lines.push(`  report: ${output}/INFRA_CONFIG_REPORT.md`);
  return lines.join('\n') + '\n';
}

/** `mmf infra`. */
export const registerInfraCli: RegisterCommands = ({ root, io, state }) => {
  addInfraCommand(root, io, state);
};
