import { Command } from 'commander';
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
  const root = new Command('mmf')
    .description('Marty Microservices Framework actions: Helm to Kustomize with proven parity, and CI/CD')
    .version(VERSION)
    .option('--debug', 'print stack traces for unexpected errors')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });

  const migrate = root
    .command('migrate')
    .description('migrate services from Helm to Kustomize')
    .exitOverride();
  for (const register of registrations) register({ root, migrate, io, state });
  return root;
}
