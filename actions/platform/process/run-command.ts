import { spawn, type ChildProcess } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { childEnvironment } from './child-env.js';
import { onExit, trackChild } from './exit-cleanup.js';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** From the spawn, or for a child given `input`, from when it got it. */
  durationMs: number;
}

export interface RunOptions {
  cwd?: string;
  /**
   * Variables mmf sets for this child on top of the minimal environment
   * (child-env.ts); the parent's environment itself never passes whole.
   */
  env?: Readonly<Record<string, string>>;
  /**
   * The whole environment instead of the minimal one (`env` still applies on
   * top): only for the user's own commands (command-env.ts), never for tools
   * run on untrusted content.
   */
  environment?: NodeJS.ProcessEnv;
  /** Sees each chunk of output as it comes (e.g. to stream it to a job log). */
  onOutput?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
  /** Bytes of stdout kept before the command is killed (default 512 MiB). */
  maxOutputBytes?: number;
  /**
   * What the child reads on its standard input, once it is known: the child
   * starts at once and waits for it. If it rejects, or mmf exits first, the
   * child is killed without having read anything (else stdin is /dev/null).
   */
  input?: Promise<string>;
  /**
   * Runs the child at a lower priority (a nice value, 1 to 19), e.g. while
   * mmf itself, or another child, has work the run waits on first. Set just
   * after the spawn: a thread or process the child starts before that keeps
   * the normal priority.
   */
  niceness?: number;
  /** Kills the child when aborted (it then resolves as killed): for work that turned out not to be needed. */
  signal?: AbortSignal;
}

/**
 * Spawns a tool with an argument array (never a shell string) and the minimal
 * child environment, and collects its output. Resolves with the exit code;
 * callers decide what a failure means. SIGINT/SIGTERM of mmf stop the child.
 */
export function runCommand(
  file: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<CommandResult> {
  const limit = options.maxOutputBytes ?? 512 * 1024 * 1024;
  let started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.environment
        ? { ...options.environment, ...options.env }
        : childEnvironment(process.env, options.env),
      stdio: [options.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    trackChild(child);
    if (options.niceness && child.pid !== undefined) lowerPriority(child.pid, options.niceness);
    // A child that waits for its input is timed from when it gets it.
    if (options.input) feedInput(child, options.input, () => (started = performance.now()));
    if (options.signal) killOnAbort(child, options.signal);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let overflow = false;
    (child.stdout as Readable).on('data', (chunk: Buffer) => {
      options.onOutput?.(chunk, 'stdout');
      outBytes += chunk.length;
      if (outBytes > limit) {
        overflow = true;
        child.kill('SIGKILL');
        return;
      }
      out.push(chunk);
    });
    (child.stderr as Readable).on('data', (chunk: Buffer) => {
      options.onOutput?.(chunk, 'stderr');
      err.push(chunk);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: overflow ? `${stderr}\noutput exceeded ${limit} bytes` : stderr,
        exitCode: code ?? (signal ? 128 : 1),
        durationMs: performance.now() - started,
      });
    });
  });
}

/**
 * Writes `input` to the child's stdin when it resolves. Until then the child
 * is killed if the input is rejected or mmf exits: a child that saw its stdin
 * close early would go on with empty input.
 */
function feedInput(child: ChildProcess, input: Promise<string>, fed: () => void): void {
  const stdin = child.stdin as Writable;
  stdin.on('error', () => undefined); // a child that exits without reading it all
  const kill = () => void child.kill('SIGKILL');
  const forget = onExit(kill);
  child.once('close', forget);
  input.then(
    (text) => {
      forget();
      fed();
      stdin.end(text);
    },
    () => {
      forget();
      kill();
    },
  );
}

function killOnAbort(child: ChildProcess, signal: AbortSignal): void {
  const kill = () => void child.kill('SIGKILL');
  if (signal.aborted) return kill();
  signal.addEventListener('abort', kill, { once: true });
  child.once('close', () => signal.removeEventListener('abort', kill));
}

function lowerPriority(pid: number, niceness: number): void {
  try {
    setPriority(pid, Math.max(getPriority(), niceness)); // never above mmf's own
  } catch {
    // not allowed here, or already gone: it runs at the normal priority
  }
}
