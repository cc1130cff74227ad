import { CommanderError } from 'commander';
import { MmfError, isMmfError } from '../../kernel/errors.js';
import { buildProgram, type RegisterCommands } from './program.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs the `mmf` command line and resolves with its exit code; never throws. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  registrations: readonly RegisterCommands[],
): Promise<number> {
  const debug = argv.includes('--debug');
  const state = { exitCode: 0 };
  const program = buildProgram(io, state, registrations);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return state.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help asked for is a success; help shown because a subcommand is missing is a usage error.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      if (err.code === 'commander.help') return argv.includes('help') ? 0 : 1;
      io.stderr(
        new MmfError('E_USAGE', err.message.replace(/^error:\s*/, '')).format() +
          '\n  hint: run with --help for usage\n',
      );
      return 1;
    }
    if (isMmfError(err)) {
      io.stderr(err.format() + '\n');
      if (debug && err.cause) io.stderr(String((err.cause as Error).stack ?? err.cause) + '\n');
      return err.exitCode;
    }
    io.stderr(`error: unexpected failure: ${(err as Error).message}\n`);
    if (debug) io.stderr(`${(err as Error).stack}\n`);
    else io.stderr('  hint: run again with --debug for a stack trace, and report it\n');
    return 1;
  }
}
