#!/usr/bin/env node
import { runCli } from '../runtime/cli/run-cli.js';
import { MMF_COMMANDS } from './commands.js';

const argv = process.argv.slice(2);
if (argv.includes('--json')) {
  // Libraries such as @actions/tool-cache print workflow commands (::debug::) on stdout; with --json,
  // stdout carries only the JSON document, so those go to stderr.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
    typeof chunk === 'string' && chunk.startsWith('::')
      ? process.stderr.write(chunk)
      : (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(
          chunk,
          ...rest,
        )) as typeof process.stdout.write;
}

// Help wraps at the terminal's width, else at $COLUMNS (as `ls` does), else at 80.
const columns = process.stdout.isTTY ? process.stdout.columns : Number(process.env['COLUMNS']) || undefined;
const code = await runCli(
  argv,
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    ...(columns ? { columns } : {}),
  },
  MMF_COMMANDS,
);
process.exitCode = code;
