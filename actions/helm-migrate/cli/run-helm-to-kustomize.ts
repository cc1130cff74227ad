import type { Command } from 'commander';
import type { HookMode } from '../core/hooks.js';
import { convertChart } from '../convert-chart.js';
import { formatConvertSummary, parityError } from './format-summary.js';
import type { CliIo } from '../../runtime/cli/run-cli.js';
import { commandPath } from '../../runtime/cli/help.js';
import { printOutput } from '../../runtime/cli/report-output.js';
import { stderrLogger, toolOptions } from '../../runtime/cli/tool-flags.js';

export interface MigrateFlags {
  chart: string;
  output: string;
  env: string[];
  baseEnv?: string;
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

/** What `mmf migrate helm-to-kustomize` does once its flags are parsed (loaded only when it runs). */
export async function runHelmToKustomize(
  flags: MigrateFlags,
  cmd: Command,
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
  const log = stderrLogger(io);
  const result = await convertChart({
    chart: flags.chart,
    output: flags.output,
    environments: flags.env,
    ...(flags.baseEnv !== undefined ? { baseEnvironment: flags.baseEnv } : {}),
    ...(flags.release ? { release: flags.release } : {}),
    namespace: flags.namespace,
    validate: Boolean(flags.validate),
    force: Boolean(flags.force),
    hookMode: flags.hooks as HookMode,
    ...(flags.kubeVersion ? { kubeVersion: flags.kubeVersion } : {}),
    apiVersions: flags.apiVersions,
    tools: toolOptions(flags, log),
    log,
  });
  const { output, timings, report } = result;
  printOutput(
    io,
    state,
    commandPath(cmd),
    {
      result: { output, timings, report },
      exitCode: result.exitCode,
      text: () => formatConvertSummary(result),
      ...(result.exitCode !== 0 ? { failure: parityError(result) } : {}),
    },
    flags,
  );
}
