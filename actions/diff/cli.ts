import type { Command } from 'commander';
import type { RegisterCommands } from '../runtime/cli/program.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, setExitCodes } from '../runtime/cli/help.js';
import { addToolFlags, collect } from '../runtime/cli/tool-flags.js';
import type { DiffFlags } from './run-diff-command.js';

export function addDiffCommand(program: Command, io: CliIo, state: { exitCode: number }): void {
  const command = program
    .command('diff <left> [right]')
    .summary('semantic diff of two manifest sets (charts, kustomizations, YAML, at git refs)')
    .description(
      'Semantic diff of two manifest sets: a Helm chart (rendered), a kustomization (built), a folder or ' +
        'file of YAML, or any of those at a git ref (--base-ref). Resources are matched by ' +
        'group/kind/namespace/name and compared as data. Secret values are never shown.',
    )
    .option(
      '--base-ref <ref>',
      'read <left> as it is at this git ref (via a temporary worktree); <right> defaults to <left>',
    )
    .option('--values <file>', 'values file for chart sources on both sides (repeatable)', collect, [])
    .option('--left-values <file>', 'values file for the left chart only (repeatable)', collect, [])
    .option('--right-values <file>', 'values file for the right chart only (repeatable)', collect, [])
    .option('--release <name>', 'release name for chart sources (default: the chart name)')
    .option('--namespace <ns>', 'namespace for resources without one', 'default')
    .option(
      '--ignore-path <path>',
      'field path to ignore, * matches one segment, e.g. spec.replicas (repeatable)',
      collect,
      [],
    )
    .option(
      '--ignore-kind <kind>',
      'kind to leave out, e.g. Secret or apps/Deployment (repeatable)',
      collect,
      [],
    )
    .option(
      '--sensitive-key <regex>',
      'never show values under keys (or env vars) matching this (repeatable)',
      collect,
      [],
    )
    .option('--keep-helm-labels', "compare Helm's bookkeeping labels and annotations too")
    .option('--keep-checksums', 'compare checksum/* annotations too')
    .option('--fail-on-diff', 'exit 3 when the two sides differ')
    .exitOverride();
  addFormatFlags(command, {
    json: 'print the diff as JSON',
    markdown: 'print the diff as Markdown (as in PR comments)',
    unified: 'print a unified diff per resource (text output only)',
  });
  setExitCodes(command, {
    0: 'compared (with --fail-on-diff: the sides are the same)',
    1: 'usage or input error (a side, a values file, a flag)',
    2: 'helm, kustomize or git failed',
    3: 'the sides differ (--fail-on-diff)',
  });
  addExample(
    command,
    'mmf diff examples/marty-service --base-ref main --values examples/marty-service/values-prod.yaml',
  );
  addToolFlags(command).action(
    async (left: string, right: string | undefined, flags: DiffFlags, cmd: Command) => {
      const { runDiffCommand } = await import('./run-diff-command.js');
      await runDiffCommand(left, right, flags, cmd, io, state);
    },
  );
}

/** `mmf diff`. */
export const registerDiffCli: RegisterCommands = ({ root, io, state }) => {
  addDiffCommand(root, io, state);
};
