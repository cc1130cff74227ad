/**
 * Runs `mmf infra …` in process through the real CLI wiring (run-cli.ts:
 * exit codes, one `error[E_CODE]: file: message` paragraph), with only the
 * infra commands registered, capturing stdout and stderr.
 */
import { registerInfraCli } from '../../actions/infra/index.js';
import { runCli } from '../../actions/runtime/cli/run-cli.js';

export interface InfraRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInfraCli(args: readonly string[]): Promise<InfraRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) };
  const code = await runCli(args, io, [registerInfraCli]);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
