import { Command } from 'commander';
import { MmfError } from '../../kernel/errors.js';
import { examplesOf, helpConfiguration, isRequired } from './help.js';
import type { CliIo } from './run-cli.js';

export const VERSION = '0.1.0';

/** What a capability's cli.ts gets to add its commands: the root, the `migrate` group, output and the exit code. */
export interface CliContext {
  root: Command;
  migrate: Command;
  io: CliIo;
  state: { exitCode: number };
}

/** Each capability exports one of these from its index.ts; the entry lists them. */
export type RegisterCommands = (context: CliContext) => void;

/** The `mmf` command tree (commander): a thin shell over the capabilities. `state.exitCode` carries results. */
export function buildProgram(
  io: CliIo,
  state: { exitCode: number },
  registrations: readonly RegisterCommands[],
): Command {
  const width = () => io.columns ?? 80;
  const root = new Command('mmf')
    .description(
      'Marty Microservices Framework actions: migrate services from Helm to Kustomize with proven parity, ' +
        'review the changes, and run their CI/CD.',
    )
    .version(VERSION)
    .option('--debug', 'print stack traces for unexpected errors')
    .exitOverride()
    .configureHelp(helpConfiguration())
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: () => {},
      getOutHelpWidth: width,
      getErrHelpWidth: width,
    })
    .hook('preAction', (_root, action) => checkRequiredOptions(action));

  const migrate = root
    .command('migrate')
    .summary('migrate services from Helm to Kustomize')
    .description(
      'Migrate services from Helm to Kustomize: convert a chart, prove a tree still matches it, ' +
        'add environments, and turn values into components.',
    )
    .exitOverride();
  for (const register of registrations) register({ root, migrate, io, state });
  return root;
}

/** Options marked required (help.ts) must have a value (given directly or through an alias). */
function checkRequiredOptions(command: Command): void {
  for (const option of command.options) {
    const value: unknown = command.getOptionValue(option.attributeName());
    if (!isRequired(option) || (value !== undefined && !(Array.isArray(value) && !value.length))) continue;
    const example = examplesOf(command)[0];
    throw new MmfError('E_USAGE', `missing ${option.flags}`, example ? { hint: example } : {});
  }
}
