import { type Command, Option } from 'commander';
import { MmfError } from '../../kernel/errors.js';
import { HOOK_MODES, type HookMode } from '../core/hooks.js';
import { convertChart } from '../convert-chart.js';
import { formatConvertSummary, parityError } from './format-summary.js';
import type { CliIo } from '../../runtime/cli/run-cli.js';
import { addCapabilityFlags, addToolFlags, collect, stderrLogger } from '../../runtime/cli/tool-flags.js';

interface MigrateFlags {
  chart?: string;
  helmChartPath?: string;
  output?: string;
  outputPath?: string;
  env: string[];
  release?: string;
  namespace: string;
  validate?: boolean;
  json?: boolean;
  force?: boolean;
  hooks: string;
  kubeVersion?: string;
  apiVersions: string[];
  helm?: string;
  helmVersion?: string;
  kustomize?: string;
  downloadTools?: boolean;
  toolSource?: 'pinned' | 'path';
}

/** `mmf migrate helm-to-kustomize` (the CLI contract of design.md). */
export function addHelmToKustomizeCommand(migrate: Command, io: CliIo, state: { exitCode: number }): void {
  const command = migrate
    .command('helm-to-kustomize')
    .description(
      'Convert a Helm chart and its per-environment values into a Kustomize base plus one overlay per environment.\n' +
        'Exit codes: 0 success, 1 usage or input error, 2 helm/kustomize failed, 3 parity mismatch (--validate).',
    )
    .option('--chart <dir|tgz>', 'chart directory or packaged .tgz')
    .addOption(new Option('--helm-chart-path <dir|tgz>', 'alias of --chart').hideHelp())
    .option('--output <dir>', 'where to write base/, overlays/ and the reports')
    .addOption(new Option('--output-path <dir>', 'alias of --output').hideHelp())
    .option(
      '--env <name=values.yaml[,more.yaml]>',
      'an environment and its values files (repeatable; none = one env "default")',
      collect,
      [],
    )
    .option('--release <name>', 'release name (default: the chart name)')
    .option('--namespace <ns>', 'release namespace', 'default')
    .option(
      '--validate',
      'build every overlay with kustomize and prove parity with helm template (exit 3 on any difference)',
    )
    .option('--json', 'print the machine-readable report on stdout (logs go to stderr)')
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
  addToolFlags(addCapabilityFlags(command)).action(async (flags: MigrateFlags) => {
    const chart = flags.chart ?? flags.helmChartPath;
    const output = flags.output ?? flags.outputPath;
    if (!chart)
      throw new MmfError('E_USAGE', 'missing --chart <dir|tgz>', {
        hint: 'mmf migrate helm-to-kustomize --chart ./chart --output ./k8s --env prod=values-prod.yaml',
      });
    if (!output) throw new MmfError('E_USAGE', 'missing --output <dir>');
    const result = await convertChart({
      chart,
      output,
      environments: flags.env,
      ...(flags.release ? { release: flags.release } : {}),
      namespace: flags.namespace,
      validate: Boolean(flags.validate),
      force: Boolean(flags.force),
      hookMode: flags.hooks as HookMode,
      ...(flags.kubeVersion ? { kubeVersion: flags.kubeVersion } : {}),
      apiVersions: flags.apiVersions,
      ...(flags.helm ? { helmPath: flags.helm } : {}),
      ...(flags.helmVersion ? { helmVersion: flags.helmVersion } : {}),
      ...(flags.kustomize ? { kustomizePath: flags.kustomize } : {}),
      ...(flags.downloadTools ? { allowDownload: true } : {}),
      ...(flags.toolSource ? { toolSource: flags.toolSource } : {}),
      log: stderrLogger(io),
    });
    if (flags.json) {
      const { exitCode, output: out, timings, report } = result;
      io.stdout(JSON.stringify({ exitCode, output: out, timings, report }, null, 2) + '\n');
    } else {
      io.stdout(formatConvertSummary(result));
    }
    if (result.exitCode !== 0) io.stderr(parityError(result).format() + '\n');
    state.exitCode = result.exitCode;
  });
}
