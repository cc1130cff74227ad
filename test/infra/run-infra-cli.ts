/**
 * Runs `mmf infra …` in process through the same commander wiring as the
 * real CLI (exit codes and one `error[E_CODE]: file: message` paragraph as
 * actions/runtime/cli/run-cli.ts prints them), capturing stdout and stderr.
 */
import { Command, CommanderError } from 'commander';
import { addInfraCommand } from '../../actions/infra/cli.js';
import { isMmfError, MmfError } from '../../actions/kernel/errors.js';

export interface InfraRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInfraCli(args: readonly string[]): Promise<InfraRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) };
  const state = { exitCode: 0 };
  const program = new Command('mmf')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
  addInfraCommand(program, io, state);
  let code: number;
  try {
    await program.parseAsync(args, { from: 'user' });
    code = state.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      io.stderr(new MmfError('E_USAGE', error.message.replace(/^error:\s*/, '')).format() + '\n');
      code = 1;
    } else if (isMmfError(error)) {
      io.stderr(error.format() + '\n');
      code = error.exitCode;
    } else throw error;
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}
