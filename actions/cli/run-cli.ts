import { CommanderError } from 'commander';
import { MmfError, isMmfError } from '../core/errors.js';
import { buildProgram } from './program.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs the `mmf` command line and resolves with its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return program.getOptionValue('exitCode') ?? (process.exitCode as number | undefined) ?? 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help'
      )
        return 0;
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
