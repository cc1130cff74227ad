import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommand } from './run-command.js';
import { splitCommandLine } from './split-argv.js';

export interface NamedCommand {
  /** `lint`, `test` …: names the log file and the gate. */
  name: string;
  /** The command line, split by splitCommandLine unless `shell`. */
  command: string;
  /** Run through `sh -c` (pipes, variables, globs) instead of as an argument array. */
  shell: boolean;
}

export interface NamedCommandRun extends NamedCommand {
  argv: string[];
  /** 127 when the program was not found, 128+n when killed by signal n. */
  exitCode: number;
  durationMs: number;
  /** The log file: stdout, then stderr, bounded. */
  log: string;
  /** The last lines of its output (stderr after stdout), for reports. */
  outputTail: string;
}

export interface RunNamedCommandOptions {
  cwd: string;
  logDir: string;
  /** Output kept per command (the log); past it the command is stopped. Default 64 MiB. */
  maxOutputBytes?: number;
  /** Lines of output the report shows. Default 60. */
  tailLines?: number;
}

const safeName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');

function tail(text: string, lines: number): string {
  const all = text.replace(/\s+$/, '').split('\n');
  const shown = all.slice(-lines).join('\n');
  return all.length > lines ? `… (${all.length - lines} lines before)\n${shown}` : shown;
}

/**
 * Runs one named command in `cwd`, timed, with its output kept in
 * `<logDir>/<name>.log`. Without `shell` the line is split into an argument
 * array and spawned directly (no shell parses it); with `shell` it runs as
 * `sh -c <line>`. Either way the process gets the environment
 * run-command.ts gives every child. The exit code is returned, never thrown:
 * a program that does not exist exits 127, as in a shell.
 */
export async function runNamedCommand(
  command: NamedCommand,
  options: RunNamedCommandOptions,
): Promise<NamedCommandRun> {
  const argv = command.shell
    ? ['sh', '-c', command.command]
    : splitCommandLine(command.command, command.name);
  const [file, ...args] = argv as [string, ...string[]];
  await mkdir(options.logDir, { recursive: true });
  const log = join(options.logDir, `${safeName(command.name)}.log`);
  const started = performance.now();
  let stdout = '';
  let stderr = '';
  let exitCode: number;
  try {
    const result = await runCommand(file, args, {
      cwd: options.cwd,
      maxOutputBytes: options.maxOutputBytes ?? 64 * 1024 * 1024,
    });
    ({ stdout, stderr, exitCode } = result);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    exitCode = code === 'ENOENT' ? 127 : code === 'EACCES' ? 126 : 1;
    stderr = code === 'ENOENT' ? `${file}: command not found` : `${file}: ${(err as Error).message}`;
  }
  const durationMs = Math.round(performance.now() - started);
  const header = `$ ${command.shell ? `sh -c ${JSON.stringify(command.command)}` : argv.map((a) => (/[\s"'\\]/.test(a) ? JSON.stringify(a) : a)).join(' ')}\n`;
  const footer = `\n[exit ${exitCode} after ${(durationMs / 1000).toFixed(1)} s]\n`;
  await writeFile(
    log,
    `${header}${stdout}${stderr ? `${stdout && !stdout.endsWith('\n') ? '\n' : ''}${stderr}` : ''}${footer}`,
  );
  return {
    ...command,
    argv,
    exitCode,
    durationMs,
    log,
    outputTail: tail(
      `${stdout}${stdout && stderr && !stdout.endsWith('\n') ? '\n' : ''}${stderr}`,
      options.tailLines ?? 60,
    ),
  };
}
