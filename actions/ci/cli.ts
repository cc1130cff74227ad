import { type Command, Option } from 'commander';
import { addGitLabNoteFlags } from '../runtime/cli/comment-flags.js';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, markRequired, setExitCodes, type ExitCodes } from '../runtime/cli/help.js';
import type { RegisterCommands } from '../runtime/cli/program.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { collect } from '../runtime/cli/tool-flags.js';
import type { IF_NO_FILES_FOUND } from '../platform/fs/find-files.js';
import type { ReportFlags, RunFlags } from './run-ci-command.js';
import type { DEFAULT_MAX_REPORT_MIB } from './run.js';

// Copies of two constants whose modules (the report finder with picomatch, the engine) only `ci`
// runs need; the types make tsc fail here when an original changes.
const NO_FILES_MODES: typeof IF_NO_FILES_FOUND = ['error', 'warn', 'ignore'];
const MAX_REPORT_MIB: typeof DEFAULT_MAX_REPORT_MIB = 256;

/** Where --gitlab writes the report files without --report-dir (relative to CI_PROJECT_DIR). */
export const DEFAULT_GITLAB_REPORT_DIR = 'mmf-report/ci';

const EXIT_CODES: ExitCodes = {
  0: 'every gate passed (or none is set)',
  1: 'usage or input error: a report missing, unreadable or outside the workspace',
  3: 'a gate failed',
};

function addReportOptions(command: Command): Command {
  command
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
        .choices([...NO_FILES_MODES])
        .default('error'),
    )
    .option('--workspace <dir>', 'folder the patterns are relative to; reports outside it are refused', '.')
    .option('--max-report-size <MiB>', 'largest report file read', String(MAX_REPORT_MIB))
    .option(
      '--report-dir <dir>',
      'also write the report as GitLab reads it: gl-codequality.json, junit.xml, cobertura.xml, outputs.env, report.md',
    )
    .option('--dotenv-prefix <prefix>', 'prefix of the variable names in --report-dir/outputs.env', '')
    .option(
      '--gitlab',
      `publish to GitLab: the report folder (default ${DEFAULT_GITLAB_REPORT_DIR}) and a sticky merge request note (MMF_GITLAB_TOKEN)`,
    );
  return addGitLabNoteFlags(command, 'the job name').exitOverride();
}

/** What every ci command ends its options with: the output format, its exit codes. */
function finishCommand(command: Command, example: string): Command {
  addFormatFlags(command, { json: 'print the result as JSON' });
  setExitCodes(command, EXIT_CODES);
  return addExample(command, example);
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
    const { runCiReportCommand } = await import('./run-ci-command.js');
    await runCiReportCommand(flags, io, state);
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
    const { runCiRunCommand } = await import('./run-ci-command.js');
    await runCiRunCommand(flags, io, state);
  });
  return ci;
}

/** `mmf ci`. */
export const registerCiCli: RegisterCommands = ({ root, io, state }) => {
  addCiCommand(root, io, state);
};
