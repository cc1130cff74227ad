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

export function resultEnvelope<R>(command: string, exitCode: number, result: R): JsonEnvelope<R> {
  return { command, ok: exitCode === 0, exitCode, result, error: null };
}

export function errorEnvelope(command: string, error: MmfError): JsonEnvelope<never> {
  return {
    command,
    ok: false,
    exitCode: error.exitCode,
    result: null,
    error: {
      code: error.code,
      message: error.file ? `${error.file}: ${error.message}` : error.message,
      hint: error.hint ?? null,
    },
  };
}

export function printEnvelope(io: CliIo, envelope: JsonEnvelope): void {
  io.stdout(JSON.stringify(envelope, null, 2) + '\n');
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
): void {
  if (format.json) printEnvelope(io, resultEnvelope(command, exitCode, report.result));
  else io.stdout(renderReportText(report));
  state.exitCode = exitCode;
}
