import type { MmfError } from '../../kernel/errors.js';
import type { ActionReport } from '../../kernel/report/action-report.js';
import { renderReportText } from '../../kernel/report/render-text.js';
import type { CliIo } from './run-cli.js';

/** What `--json` prints for every command: stdout holds only this document. */
export interface JsonEnvelope<Result = unknown> {
  /** The command path, e.g. `ci report` or `migrate helm-to-kustomize`. */
  command: string;
  ok: boolean;
  exitCode: number;
  result: Result | null;
  error: { code: string; message: string; hint: string | null } | null;
}

type EnvelopeError = NonNullable<JsonEnvelope['error']>;

function envelopeError(error: MmfError): EnvelopeError {
  return {
    code: error.code,
    message: error.file ? `${error.file}: ${error.message}` : error.message,
    hint: error.hint ?? null,
  };
}

/** A command's result; `failure` is the check that failed (e.g. E_PARITY, exit 3), if any. */
export function resultEnvelope<R>(
  command: string,
  exitCode: number,
  result: R,
  failure?: MmfError,
): JsonEnvelope<R> {
  return {
    command,
    ok: exitCode === 0,
    exitCode,
    result,
    error: failure ? envelopeError(failure) : null,
  };
}

export function errorEnvelope(command: string, error: MmfError): JsonEnvelope<never> {
  return { command, ok: false, exitCode: error.exitCode, result: null, error: envelopeError(error) };
}

/** A failure that is not an MmfError (a bug): exit 1, code E_UNEXPECTED. */
export function unexpectedEnvelope(command: string, message: string): JsonEnvelope<never> {
  return {
    command,
    ok: false,
    exitCode: 1,
    result: null,
    error: {
      code: 'E_UNEXPECTED',
      message: `unexpected failure: ${message}`,
      hint: 'run again with --debug for a stack trace, and report it',
    },
  };
}

export function printEnvelope(io: CliIo, envelope: JsonEnvelope): void {
  io.stdout(JSON.stringify(envelope, null, 2) + '\n');
}

/** The output formats a command offers (runtime/cli/format-flags.ts adds the flags). */
export interface OutputFormat {
  json?: boolean;
  markdown?: boolean;
}

/** What a command produced, for every format: `result` is what `--json` carries. */
export interface CommandOutput<R = unknown> {
  result: R;
  exitCode: number;
  text: () => string;
  markdown?: () => string;
  /** The failed check behind a non-zero exitCode: its paragraph goes to stderr, and into the envelope. */
  failure?: MmfError;
}

/**
 * Prints a command's output in the chosen format (the `--json` envelope, Markdown, or text),
 * the failed check's paragraph on stderr, and sets the exit code.
 */
export function printOutput(
  io: CliIo,
  state: { exitCode: number },
  command: string,
  output: CommandOutput,
  format: OutputFormat,
): void {
  if (format.json) printEnvelope(io, resultEnvelope(command, output.exitCode, output.result, output.failure));
  else if (format.markdown && output.markdown) io.stdout(output.markdown());
  else io.stdout(output.text());
  if (output.failure) io.stderr(output.failure.format() + '\n');
  state.exitCode = output.exitCode;
}

/**
 * Prints a capability's report: the `--json` envelope with the report's
 * `result`, or the text rendering. Sets the command's exit code.
 */
export function printReport(
  io: CliIo,
  state: { exitCode: number },
  command: string,
  report: ActionReport,
  exitCode: number,
  format: { json?: boolean },
  failure?: MmfError,
): void {
  printOutput(
    io,
    state,
    command,
    {
      result: report.result,
      exitCode,
      text: () => renderReportText(report),
      ...(failure ? { failure } : {}),
    },
    format,
  );
}
