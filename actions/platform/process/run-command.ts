import { spawn } from 'node:child_process';
import { childEnvironment } from './child-env.js';
import { trackChild } from './exit-cleanup.js';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  durationMs: number;
}

export interface RunOptions {
  cwd?: string;
  /**
   * Variables mmf sets for this child on top of the minimal environment
   * (child-env.ts); the parent's environment itself never passes whole.
   */
  env?: Readonly<Record<string, string>>;
  /** Bytes of stdout kept before the command is killed (default 512 MiB). */
  maxOutputBytes?: number;
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
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: childEnvironment(process.env, options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    trackChild(child);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let overflow = false;
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > limit) {
        overflow = true;
        child.kill('SIGKILL');
        return;
      }
      out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
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
