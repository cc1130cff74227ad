import { type Command, Option } from 'commander';
import { HOOK_MODES } from '../core/hooks.js';
import type { CliIo } from '../../runtime/cli/run-cli.js';
import { addFormatFlags } from '../../runtime/cli/format-flags.js';
import { addExample, setExitCodes } from '../../runtime/cli/help.js';
import { addAlias, requiredOption } from '../../runtime/cli/option-aliases.js';
import { addCapabilityFlags, addToolFlags, collect } from '../../runtime/cli/tool-flags.js';
import type { MigrateFlags } from './run-helm-to-kustomize.js';

/** `mmf migrate helm-to-kustomize`: the converter's command line (`--chart`, `--output`, `--env` …). */
export function addHelmToKustomizeCommand(migrate: Command, io: CliIo, state: { exitCode: number }): void {
  const command = migrate
    .command('helm-to-kustomize')
    .summary('convert a Helm chart into a Kustomize base and one overlay per environment')
    .description(
      'Convert a Helm chart and its per-environment values files into a Kustomize base plus one small ' +
        'overlay per environment, with the same resource names and selectors. With --validate, build every ' +
        'overlay with kustomize and prove it renders exactly what helm template renders (parity rules: ' +
        'docs/PARITY.md).',
    )
    .addOption(requiredOption('--chart <dir|tgz>', 'chart directory or packaged .tgz'))
    .addOption(requiredOption('--output <dir>', 'where to write base/, overlays/ and the reports'))
    .option(
      '--env <name=values.yaml[,more.yaml]>',
      'an environment and its values files (repeatable; none = one env "default")',
      collect,
      [],
    )
    .option(
      '--base-env <name>',
      'write the base from this environment (default: each resource that most environments render, ' +
        'in the variant that needs the smallest patches)',
    )
    .option('--release <name>', 'release name (default: the chart name)')
    .option('--namespace <ns>', 'release namespace', 'default')
    .option(
      '--validate',
      'build every overlay with kustomize and prove parity with helm template (exit 3 on any difference)',
    )
    .option(
      '--force',
      'replace a non-empty output directory (never the current directory or one holding the chart)',
    )
    .addOption(
      new Option(
        '--hooks <mode>',
        'non-test Helm hooks become plain resources, are dropped, or become Argo CD hooks',
      )
        .choices([...HOOK_MODES])
        .default('keep'),
    )
    .exitOverride();
  addAlias(command, '--chart', '--helm-chart-path <dir|tgz>');
  addAlias(command, '--output', '--output-path <dir>');
  addFormatFlags(command, { json: 'print the conversion result as JSON' });
  setExitCodes(command, {
    0: 'success (with --validate: every environment identical)',
    1: 'usage or input error (chart, values, environment name, output folder)',
    2: 'helm or kustomize failed',
    3: 'parity mismatch found by --validate (the output is still written)',
  });
  addExample(
    command,
    'mmf migrate helm-to-kustomize --chart examples/marty-service --env dev=examples/marty-service/values-dev.yaml --env prod=examples/marty-service/values-prod.yaml --output out/k8s --validate',
  );
  addToolFlags(addCapabilityFlags(command)).action(async (flags: MigrateFlags, cmd: Command) => {
    const { runHelmToKustomize } = await import('./run-helm-to-kustomize.js');
    await runHelmToKustomize(flags, cmd, io, state);
  });
}
