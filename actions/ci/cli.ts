import { type Command, Option } from 'commander';
import type { RegisterCommands } from '../runtime/cli/program.js';
import { printReport } from '../runtime/cli/report-output.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { collect, stderrLogger } from '../runtime/cli/tool-flags.js';
import { IF_NO_FILES_FOUND, type IfNoFilesFound } from '../platform/fs/find-files.js';
import { MmfError } from '../kernel/errors.js';
import { parseCommandLines } from './core/command-lines.js';
import { parseGateNumber, type GateSettings } from './core/gates.js';
import { DEFAULT_MAX_REPORT_MIB, runCi, runCiReport, type CiReportOptions } from './run.js';

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
  json?: boolean;
}

interface RunFlags extends ReportFlags {
  command: string[];
  shell?: boolean;
  logDir?: string;
}

const EXIT_CODES =
  'Exit codes: 0 every gate passed, 1 usage or input error (a report missing, unreadable or outside the workspace), 3 a gate failed.';

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
    .option('--json', 'print the result as the JSON envelope on stdout (logs go to stderr)')
    .exitOverride();
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

/** `mmf ci report` (the CLI contract) and `mmf ci run`. */
export function addCiCommand(root: Command, io: CliIo, state: { exitCode: number }): Command {
  const ci = root
    .command('ci')
    .description(
      'quality gates: test results, coverage and changed-lines coverage from the reports your tools write',
    )
    .exitOverride();

  addReportOptions(
    ci
      .command('report')
      .description(
        'Read test reports and coverage reports, measure coverage of the lines changed since --base-ref, and apply ' +
          'the gates that are set (none by default).\n' +
          EXIT_CODES,
      ),
  ).action(async (flags: ReportFlags) => {
    const { report, exitCode } = await runCiReport(reportOptions(flags, io));
    printReport(io, state, 'ci report', report, exitCode, flags);
  });

  addReportOptions(
    ci
      .command('run')
      .description(
        'Run named commands one after another (each timed, its output kept in a log), then report as `ci report` ' +
          'does. A command that exits non-zero fails its gate `command:<name>`.\n' +
          EXIT_CODES,
      )
      .option(
        '--command <name: command>',
        "a command to run, e.g. 'lint: uv run ruff check' (repeatable; split into arguments, no shell)",
        collect,
        [],
      )
      .option(
        '--shell',
        'run each command with sh -c (pipes, variables, globs) instead of as an argument list',
      )
      .option('--log-dir <dir>', 'where the command logs go (default: a new temporary folder)'),
  ).action(async (flags: RunFlags) => {
    const commands = parseCommandLines(flags.command, Boolean(flags.shell), '--command');
    if (commands.length === 0)
      throw new MmfError('E_USAGE', 'missing --command <name: command>', {
        hint: "mmf ci run --command 'test: npx jest --ci' --junit junit.xml",
      });
    const { report, exitCode } = await runCi({
      ...reportOptions(flags, io),
      commands,
      ...(flags.logDir ? { logDir: flags.logDir } : {}),
    });
    printReport(io, state, 'ci run', report, exitCode, flags);
  });
  return ci;
}

/** `mmf ci`. */
export const registerCiCli: RegisterCommands = ({ root, io, state }) => {
  addCiCommand(root, io, state);
};
