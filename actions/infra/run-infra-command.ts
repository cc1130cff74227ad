import type { Command } from 'commander';
import { commandPath } from '../runtime/cli/help.js';
import { printOutput } from '../runtime/cli/report-output.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { stderrLogger } from '../runtime/cli/tool-flags.js';
import { writeInfraConfig, type InfraConfigResult } from './infra-config.js';

export interface InfraConfigFlags {
  terraformOutputs: string;
  output: string;
  name: string;
  namespace?: string;
  force?: boolean;
  json?: boolean;
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

/** What `mmf infra config` does once its flags are parsed (cli.ts loads this only when it runs). */
export async function runInfraConfigCommand(
  flags: InfraConfigFlags,
  cmd: Command,
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
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
}
