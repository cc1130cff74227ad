import type { Command } from 'commander';
import { commandPath } from '../runtime/cli/help.js';
import { printOutput } from '../runtime/cli/report-output.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { stderrLogger } from '../runtime/cli/tool-flags.js';
import { migrateConfig } from './migrate-config.js';

export interface MigrateConfigFlags {
  values: string[];
  output: string;
  serviceName?: string;
  namespace?: string;
  force?: boolean;
  json?: boolean;
}

/** What `mmf migrate config` does once its flags are parsed (cli.ts loads this only when it runs). */
export async function runMigrateConfigCommand(
  flags: MigrateConfigFlags,
  cmd: Command,
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
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
}
