import { CommanderError, type Command } from 'commander';
import { MmfError, isMmfError } from '../../kernel/errors.js';
import { commandPath } from './help.js';
import { buildProgram, type RegisterCommands } from './program.js';
import { errorEnvelope, printEnvelope, unexpectedEnvelope } from './report-output.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Width to wrap help at (the terminal's); default 80. */
  columns?: number;
  /** Sees the error that ended the run (a usage error as the MmfError printed), e.g. for tests. */
  onError?: (error: unknown) => void;
}

/**
 * The command the arguments name, found the way commander dispatches: each
 * word that names a subcommand of the current one descends into it. Options
 * and their values are skipped (a value never names a subcommand here).
 */
export function commandFor(program: Command, argv: readonly string[]): Command {
  let command = program;
  for (const word of argv) {
    if (word === '--') break;
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (sub) command = sub;
  }
  return command;
}

/** Options before a `--` terminator. */
const given = (argv: readonly string[], flag: string) => {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes(flag);
};

/** Runs the `mmf` command line and resolves with its exit code; never throws. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  registrations: readonly RegisterCommands[],
): Promise<number> {
  const debug = given(argv, '--debug');
  const json = given(argv, '--json');
  const state = { exitCode: 0 };
  const program = buildProgram(io, state, registrations);
  const command = () => commandPath(commandFor(program, argv));
  // With --json, stdout holds only the envelope (errors included); the paragraph still goes to stderr.
  const fail = (error: MmfError): number => {
    io.onError?.(error);
    if (json) printEnvelope(io, errorEnvelope(command(), error));
    io.stderr(error.format() + '\n');
    return error.exitCode;
  };
  try {
    await program.parseAsync(argv, { from: 'user' });
    return state.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help asked for is a success; help shown because a subcommand is missing is a usage error.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      if (err.code === 'commander.help') {
        if (given(argv, 'help')) return 0;
        return json ? fail(new MmfError('E_USAGE', missingCommand(program, argv))) : 1;
      }
      const usage = new MmfError('E_USAGE', err.message.replace(/^error:\s*/, ''), {
        hint: `run ${['mmf', command()].filter(Boolean).join(' ')} --help for usage`,
      });
      return fail(usage);
    }
    if (isMmfError(err)) {
      const code = fail(err);
      if (debug && err.cause) io.stderr(String((err.cause as Error).stack ?? err.cause) + '\n');
      return code;
    }
    io.onError?.(err);
    const message = (err as Error).message;
    if (json) printEnvelope(io, unexpectedEnvelope(command(), message));
    io.stderr(`error: unexpected failure: ${message}\n`);
    if (debug) io.stderr(`${(err as Error).stack}\n`);
    else io.stderr('  hint: run again with --debug for a stack trace, and report it\n');
    return 1;
  }
}

function missingCommand(program: Command, argv: readonly string[]): string {
  const at = commandFor(program, argv);
  const name = at === program ? 'mmf' : `mmf ${commandPath(at)}`;
  return `${name} needs a command: ${at.commands.map((c) => c.name()).join(', ')}`;
}
