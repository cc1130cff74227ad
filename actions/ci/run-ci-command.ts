import { MmfError } from '../kernel/errors.js';
import type { ActionReport } from '../kernel/report/action-report.js';
import type { IfNoFilesFound } from '../platform/fs/find-files.js';
import type { GitLabNoteFlags } from '../runtime/cli/comment-flags.js';
import { printReport } from '../runtime/cli/report-output.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { stderrLogger } from '../runtime/cli/tool-flags.js';
import { DEFAULT_GITLAB_REPORT_DIR } from './cli.js';
import type { CiResult } from './core/ci-result.js';
import { parseCommandLines } from './core/command-lines.js';
import { parseGateNumber, type GateSettings } from './core/gates.js';
import { publishCiToGitLab } from './gitlab.js';
import { writeCiReportFolder } from './report-folder.js';
import { runCi, runCiReport, type CiOutcome, type CiReportOptions } from './run.js';

// What `mmf ci report` and `mmf ci run` do once their flags are parsed (cli.ts loads this only when one runs).

export interface ReportFlags extends GitLabNoteFlags {
  junit?: string[];
  coverage?: string[];
  baseRef?: string;
  minCoverage?: string;
  minChangedLinesCoverage?: string;
  maxFailures?: string;
  failOnFlaky?: boolean;
  ifNoFilesFound: IfNoFilesFound;
  workspace: string;
  maxReportSize: string;
  reportDir?: string;
  dotenvPrefix?: string;
  gitlab?: boolean;
  json?: boolean;
}

export interface RunFlags extends ReportFlags {
  command: string[];
  shell?: boolean;
  logDir?: string;
}

function reportOptions(flags: ReportFlags, io: CliIo): CiReportOptions {
  const maxMib = Number(flags.maxReportSize);
  if (!Number.isFinite(maxMib) || maxMib <= 0)
    throw new MmfError(
      'E_USAGE',
      `--max-report-size must be a positive number of MiB, not "${flags.maxReportSize}"`,
    );
  const gates: GateSettings = {};
  const minCoverage = parseGateNumber('--min-coverage', flags.minCoverage, 'percent');
  const minChanged = parseGateNumber(
    '--min-changed-lines-coverage',
    flags.minChangedLinesCoverage,
    'percent',
  );
  const maxFailures = parseGateNumber('--max-failures', flags.maxFailures, 'count');
  if (minCoverage !== undefined) gates.minCoverage = minCoverage;
  if (minChanged !== undefined) gates.minChangedLinesCoverage = minChanged;
  if (maxFailures !== undefined) gates.maxFailures = maxFailures;
  if (flags.failOnFlaky) gates.failOnFlaky = true;
  return {
    workspace: flags.workspace,
    junit: flags.junit ?? [],
    coverage: flags.coverage ?? [],
    ...(flags.baseRef ? { baseRef: flags.baseRef } : {}),
    gates,
    ifNoFilesFound: flags.ifNoFilesFound,
    maxReportBytes: Math.floor(maxMib * 1024 * 1024),
    log: stderrLogger(io),
  };
}

/** With --report-dir or --gitlab: writes the folder (and the note) and returns the report as redacted there. */
async function withReportDir(
  outcome: CiOutcome,
  flags: ReportFlags,
  io: CliIo,
): Promise<ActionReport<CiResult>> {
  if (flags.gitlab) {
    const published = await publishCiToGitLab(outcome, {
      reportDir: flags.reportDir ?? DEFAULT_GITLAB_REPORT_DIR,
      dotenvPrefix: flags.dotenvPrefix ?? '',
      comment: flags.comment,
      ...(flags.commentId ? { commentId: flags.commentId } : {}),
      maxCommentParts: flags.maxCommentParts,
      log: stderrLogger(io),
    });
    const log = stderrLogger(io);
    for (const note of published.notes) log.warn(note);
    if (published.noteUrl) log.info(`Merge request note: ${published.noteUrl}`);
    if (published.error) throw published.error;
    return published.report;
  }
  if (!flags.reportDir) return outcome.report;
  return writeCiReportFolder(flags.reportDir, outcome, { dotenvPrefix: flags.dotenvPrefix ?? '' });
}

/** `mmf ci report`. */
export async function runCiReportCommand(
  flags: ReportFlags,
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
  const outcome = await runCiReport(reportOptions(flags, io));
  printReport(io, state, 'ci report', await withReportDir(outcome, flags, io), outcome.exitCode, flags);
}

/** `mmf ci run`. */
export async function runCiRunCommand(
  flags: RunFlags,
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
  const commands = parseCommandLines(flags.command, Boolean(flags.shell), '--command');
  if (commands.length === 0)
    throw new MmfError('E_USAGE', 'missing --command <name: command>', {
      hint: "mmf ci run --command 'test: npx jest --ci' --junit junit.xml",
    });
  const outcome = await runCi({
    ...reportOptions(flags, io),
    commands,
    ...(flags.logDir ? { logDir: flags.logDir } : {}),
  });
  printReport(io, state, 'ci run', await withReportDir(outcome, flags, io), outcome.exitCode, flags);
}
