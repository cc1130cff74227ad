import type { Command } from 'commander';
import { MmfError } from '../kernel/errors.js';
import { commandPath } from '../runtime/cli/help.js';
import { printOutput } from '../runtime/cli/report-output.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { stderrLogger, toolOptions } from '../runtime/cli/tool-flags.js';
import { scaffoldService, type ScaffoldServiceResult } from './scaffold-service.js';

export interface ScaffoldServiceFlags {
  serviceName: string;
  output: string;
  image?: string;
  port?: string;
  env: string[];
  components: string[];
  templates?: string;
  validate?: boolean;
  kustomize?: string;
  downloadTools?: boolean;
  force?: boolean;
  json?: boolean;
}

/** `a,b` given once or repeated -> [a, b]. */
function names(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function parsePort(text: string): number {
  if (!/^\d{1,5}$/.test(text.trim())) {
    throw new MmfError('E_USAGE', `--port "${text}" is not a number`, { hint: 'e.g. --port 8080' });
  }
  return Number(text.trim());
}

function summary(result: ScaffoldServiceResult) {
  return {
    name: result.name,
    output: result.output,
    templates: result.templates,
    overlays: result.plan.overlays,
    components: result.plan.components,
    files: [...result.plan.files.keys()],
    ...(result.validation ? { validation: result.validation } : {}),
  };
}

function formatSummary(result: ScaffoldServiceResult): string {
  const built = new Map(result.validation?.overlays.map((o) => [o.name, o.resources]));
  const lines = [
    `Scaffolded ${result.name} in ${result.output} (${result.plan.files.size} files).`,
    ...result.plan.overlays.map((o) => {
      const parts = [`  ${o.dir}`];
      if (o.components.length) parts.push(`components: ${o.components.join(', ')}`);
      if (built.has(o.name)) parts.push(`builds to ${built.get(o.name)} resources`);
      return parts.join('  ');
    }),
    result.validation
      ? `Validated with kustomize ${result.validation.kustomize.version}.`
      : `Check: kustomize build ${result.output}/${result.plan.overlays[0]?.dir ?? 'overlays/dev'} (or rerun with --validate).`,
  ];
  return lines.join('\n') + '\n';
}

/** What `mmf scaffold service` does once its flags are parsed (cli.ts loads this only when it runs). */
export async function runScaffoldServiceCommand(
  flags: ScaffoldServiceFlags,
  cmd: Command,
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
  const overlays = names(flags.env);
  const log = stderrLogger(io);
  const result = await scaffoldService({
    name: flags.serviceName,
    output: flags.output,
    ...(flags.image !== undefined ? { image: flags.image } : {}),
    ...(flags.port !== undefined ? { port: parsePort(flags.port) } : {}),
    ...(overlays.length ? { overlays } : {}),
    components: names(flags.components),
    force: Boolean(flags.force),
    ...(flags.templates ? { templates: flags.templates } : {}),
    validate: Boolean(flags.validate),
    tools: { kustomize: toolOptions(flags, log).kustomize },
    log,
  });
  printOutput(
    io,
    state,
    commandPath(cmd),
    { result: summary(result), exitCode: 0, text: () => formatSummary(result) },
    flags,
  );
}
