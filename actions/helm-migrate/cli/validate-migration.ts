import { type Command, Option } from 'commander';
import { HOOK_MODES } from '../core/hooks.js';
import type { CliIo } from '../../runtime/cli/run-cli.js';
import { addFormatFlags } from '../../runtime/cli/format-flags.js';
import { addExample, setExitCodes } from '../../runtime/cli/help.js';
import { requiredOption } from '../../runtime/cli/option-aliases.js';
import { addCapabilityFlags, addToolFlags, collect } from '../../runtime/cli/tool-flags.js';
import type { ValidateFlags } from './run-validate-migration.js';

const FROM_REPORT = "default: the tree's migration-report.json, else";

export function addValidateMigrationCommand(migrate: Command, io: CliIo, state: { exitCode: number }): void {
  const command = migrate
    .command('validate-migration')
    .summary('prove that a Kustomize tree still renders what the Helm chart renders')
    .description(
      'Prove that a Kustomize tree renders what the original Helm chart renders, per environment, by the ' +
        'parity rules of docs/PARITY.md. It writes nothing. When the tree holds the migration-report.json ' +
        'of its conversion, the release, namespace, hooks mode, environments and .Capabilities settings ' +
        'are read from it; flags override them.',
    )
    .addOption(
      requiredOption(
        '--original-path <chart>',
        'the Helm chart (or a folder/file of the manifests it produced)',
      ),
    )
    .addOption(
      requiredOption(
        '--migrated-path <dir>',
        'the Kustomize tree: overlays/<env>/ per environment, or one kustomization',
      ),
    )
    .option(
      '--env <name=values.yaml[,more.yaml]>',
      `an environment and its values files (repeatable; ${FROM_REPORT} one env "default")`,
      collect,
      [],
    )
    .option('--release <name>', `release name (${FROM_REPORT} the chart name)`)
    .option('--namespace <ns>', `release namespace (${FROM_REPORT} "default")`)
    .addOption(
      new Option('--hooks <mode>', `how the migration treated hooks (${FROM_REPORT} keep)`).choices([
        ...HOOK_MODES,
      ]),
    )
    .exitOverride();
  addFormatFlags(command, {
    json: 'print the result as JSON',
    markdown: 'print the result as Markdown (as in pull-request comments)',
  });
  setExitCodes(command, {
    0: 'every environment identical',
    1: 'usage or input error (a missing path, values file or flag)',
    2: 'helm or kustomize failed',
    3: 'an environment differs',
  });
  addExample(
    command,
    'mmf migrate validate-migration --original-path examples/marty-service --migrated-path out/k8s',
  );
  addToolFlags(addCapabilityFlags(command)).action(async (flags: ValidateFlags, cmd: Command) => {
    const { runValidateMigration } = await import('./run-validate-migration.js');
    await runValidateMigration(flags, cmd, io, state);
  });
}
