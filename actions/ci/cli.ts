import { type Command, InvalidArgumentError, Option } from 'commander';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, markRequired, setExitCodes, type ExitCodes } from '../runtime/cli/help.js';
import type { RegisterCommands } from '../runtime/cli/program.js';
import { printReport } from '../runtime/cli/report-output.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { collect, stderrLogger } from '../runtime/cli/tool-flags.js';
import { IF_NO_FILES_FOUND, type IfNoFilesFound } from '../platform/fs/find-files.js';
import { MmfError } from '../kernel/errors.js';
import { parseCommandLines } from './core/command-lines.js';
import { parseGateNumber, type GateSettings } from './core/gates.js';
import type { ActionReport } from '../kernel/report/action-report.js';
import type { CiResult } from './core/ci-result.js';
import { publishCiToGitLab } from './gitlab.js';
import { writeCiReportFolder } from './report-folder.js';
import { DEFAULT_MAX_REPORT_MIB, runCi, runCiReport, type CiOutcome, type CiReportOptions } from './run.js';

interface ReportFlags {
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
  comment: boolean;
  commentId?: string;
  maxCommentParts: number;
  json?: boolean;
}

function bool(value: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InvalidArgumentError('Give true or false.');
}

function parts(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50)
    throw new InvalidArgumentError('Give a whole number from 1 to 50.');
  return n;
}

/** Where --gitlab writes the report files without --report-dir (relative to CI_PROJECT_DIR). */
export const DEFAULT_GITLAB_REPORT_DIR = 'mmf-report/ci';

interface RunFlags extends ReportFlags {
  command: string[];
  shell?: boolean;
  logDir?: string;
}

const EXIT_CODES: ExitCodes = {
  0: 'every gate passed (or none is set)',
  1: 'usage or input error: a report missing, unreadable or outside the workspace',
  3: 'a gate failed',
};

function addReportOptions(command: Command): Command {
  return command
    .option('--junit <glob...>', 'test reports: JUnit XML (any tool) or `go test -json` output (repeatable)')
    .option(
      '--coverage <glob...>',
      'coverage reports: LCOV, Cobertura XML, JaCoCo XML, Go cover profile, Istanbul JSON (repeatable)',
    )
    .option(
      '--base-ref <ref>',
      'measure coverage of the lines changed since the merge base of <ref> and HEAD',
    )
    .option('--min-coverage <percent>', 'gate: overall line coverage at least this')
    .option(
      '--min-changed-lines-coverage <percent>',
      'gate: coverage of added/changed lines at least this (needs --base-ref)',
    )
    .option('--max-failures <n>', 'gate: at most this many failed tests (failures and errors)')
    .option('--fail-on-flaky', 'gate: fail when a test passed only on a rerun')
    .addOption(
      new Option('--if-no-files-found <mode>', 'when a pattern matches no file')
        .choices([...IF_NO_FILES_FOUND])
        .default('error'),
    )
    .option('--workspace <dir>', 'folder the patterns are relative to; reports outside it are refused', '.')
    .option('--max-report-size <MiB>', 'largest report file read', String(DEFAULT_MAX_REPORT_MIB))
    .option(
      '--report-dir <dir>',
      'also write the report as GitLab reads it: gl-codequality.json, junit.xml, cobertura.xml, outputs.env, report.md',
    )
    .option('--dotenv-prefix <prefix>', 'prefix of the variable names in --report-dir/outputs.env', '')
    .option(
      '--gitlab',
      `publish to GitLab: the report folder (default ${DEFAULT_GITLAB_REPORT_DIR}) and a sticky merge request note (MMF_GITLAB_TOKEN)`,
    )
    .option('--comment <true|false>', '--gitlab: write the sticky merge request note', bool, true)
    .option('--comment-id <key>', '--gitlab: key of the sticky note (default: the job name)')
    .option('--max-comment-parts <n>', '--gitlab: most notes one report may take', parts, 2)
    .exitOverride();
}

/** What every ci command ends its options with: the output format, its exit codes. */
function finishCommand(command: Command, example: string): Command {
  addFormatFlags(command, { json: 'print the result as JSON' });
  setExitCodes(command, EXIT_CODES);
  return addExample(command, example);
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

/** `mmf ci report` (the CLI contract) and `mmf ci run`. */
export function addCiCommand(root: Command, io: CliIo, state: { exitCode: number }): Command {
  const ci = root
    .command('ci')
    .summary('quality gates: tests, coverage and changed-lines coverage from your reports')
    .description(
      'Quality gates: test results, coverage and changed-lines coverage from the reports your tools write, ' +
        'with no external service.',
    )
    .exitOverride();

  const report = addReportOptions(
    ci
      .command('report')
      .summary('quality gates on test and coverage reports, changed-lines coverage included')
      .description(
        'Read test reports and coverage reports, measure coverage of the lines changed since --base-ref, and apply ' +
          'the gates that are set (none by default). Give --junit, --coverage or both.',
      ),
  );
  finishCommand(
    report,
    "mmf ci report --junit 'reports/*.xml' --coverage coverage/lcov.info --base-ref origin/main --min-changed-lines-coverage 80",
  ).action(async (flags: ReportFlags) => {
    const outcome = await runCiReport(reportOptions(flags, io));
    printReport(io, state, 'ci report', await withReportDir(outcome, flags, io), outcome.exitCode, flags);
  });

  const run = addReportOptions(
    ci
      .command('run')
      .summary('run named commands (lint, tests), then apply the quality gates as ci report')
      .description(
        'Run named commands one after another (each timed, its output kept in a log), then report as `ci report` ' +
          'does. A command that exits non-zero fails its gate `command:<name>`. The commands get the ' +
          "environment less the CI system's credentials (GitHub's ACTIONS_* and INPUT_*, GitLab's CI_JOB_TOKEN).",
      )
      .addOption(
        markRequired(
          new Option(
            '--command <name: command>',
            "a command to run, e.g. 'lint: uv run ruff check' (repeatable; split into arguments, no shell)",
          )
            .argParser(collect)
            .default([]),
        ),
      )
      .option(
        '--shell',
        'run each command with sh -c (pipes, variables, globs) instead of as an argument list',
      )
      .option('--log-dir <dir>', 'where the command logs go (default: a new temporary folder)'),
  );
  finishCommand(
    run,
    "mmf ci run --command 'test: npx jest --ci' --junit junit.xml --coverage coverage/lcov.info --max-failures 0",
  ).action(async (flags: RunFlags) => {
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
  });
  return ci;
}

/** `mmf ci`. */
export const registerCiCli: RegisterCommands = ({ root, io, state }) => {
  addCiCommand(root, io, state);
};
