import { type Command, Option } from 'commander';
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
  json?: boolean;
}

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

/** With --report-dir: writes the folder and returns the report as redacted there (what is printed too). */
async function withReportDir(outcome: CiOutcome, flags: ReportFlags): Promise<ActionReport<CiResult>> {
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
    printReport(io, state, 'ci report', await withReportDir(outcome, flags), outcome.exitCode, flags);
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
    printReport(io, state, 'ci run', await withReportDir(outcome, flags), outcome.exitCode, flags);
  });
  return ci;
}

/** `mmf ci`. */
export const registerCiCli: RegisterCommands = ({ root, io, state }) => {
  addCiCommand(root, io, state);
};
