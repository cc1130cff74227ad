import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { MmfError } from '../kernel/errors.js';
import { silentLogger, type Logger } from '../kernel/logger.js';
import type { ActionReport } from '../kernel/report/action-report.js';
import type { IfNoFilesFound } from '../platform/fs/find-files.js';
import { diffAgainstBase } from '../platform/git/diff-lines.js';
import { runNamedCommand } from '../platform/process/run-named-command.js';
import { splitCommandLine } from '../platform/process/split-argv.js';
import type { CiResult, CommandSummary } from './core/ci-result.js';
import type { CommandLine } from './core/command-lines.js';
import { mapCoverage } from './core/coverage/map-coverage.js';
import { changedLinesCoverage } from './core/diff/changed-lines-coverage.js';
import { parseUnifiedDiff } from './core/diff/parse-unified-diff.js';
import type { GateSettings } from './core/gates.js';
import { PathResolver } from './core/paths/workspace-paths.js';
import { buildCiReport, type CiReportInput } from './core/report/build-ci-report.js';
import { locateFailures } from './core/tests/locate-failures.js';
import { assertSomethingToRead, readCoverageReports, readTestReports } from './read-reports.js';
import { indexWorkspace } from './workspace-index.js';

/** Default bytes per report file (--max-report-size 256). */
export const DEFAULT_MAX_REPORT_MIB = 256;

export interface CiReportOptions {
  /** Folder the globs are relative to and that reports must stay in; git diffs are limited to it. */
  workspace: string;
  junit: readonly string[];
  coverage: readonly string[];
  /** Compare against this ref's merge base with HEAD for changed-lines coverage. */
  baseRef?: string;
  gates: GateSettings;
  ifNoFilesFound: IfNoFilesFound;
  maxReportBytes?: number;
  log?: Logger;
  /** Names the report (titles, sticky comment key). Default: the workspace relative to the current folder. */
  subject?: string;
}

export interface CiRunOptions extends CiReportOptions {
  commands: readonly CommandLine[];
  /** Where each command's log goes. Default: a new folder under the system's temporary folder. */
  logDir?: string;
}

export interface CiOutcome {
  report: ActionReport<CiResult>;
  /** 0 every gate passed, 3 a gate failed. */
  exitCode: 0 | 3;
}

/** The workspace as the user knows it: relative to the current folder, or its name when outside. */
function subjectOf(workspace: string): string {
  const rel = relative(process.cwd(), workspace);
  return rel === '' ? '.' : rel.startsWith('..') ? basename(workspace) : rel;
}

/** Settings that cannot work together are usage errors, before anything runs. */
function checkSettings(options: CiReportOptions, commands: number): void {
  assertSomethingToRead(options.junit, options.coverage, commands);
  const { gates } = options;
  if (gates.minChangedLinesCoverage !== undefined && !options.baseRef)
    throw new MmfError(
      'E_USAGE',
      '--min-changed-lines-coverage needs --base-ref <ref> to know which lines changed',
      {
        hint: 'e.g. --base-ref origin/main (in a pull request: its base branch)',
      },
    );
  if ((gates.minCoverage !== undefined || options.baseRef) && options.coverage.length === 0)
    throw new MmfError(
      'E_USAGE',
      `${gates.minCoverage !== undefined ? '--min-coverage' : '--base-ref'} needs coverage reports: give --coverage <glob>`,
    );
  if ((gates.maxFailures !== undefined || gates.failOnFlaky) && options.junit.length === 0)
    throw new MmfError(
      'E_USAGE',
      `${gates.maxFailures !== undefined ? '--max-failures' : '--fail-on-flaky'} needs test reports: give --junit <glob>`,
    );
}

async function report(options: CiReportOptions, commands: CommandSummary[]): Promise<CiOutcome> {
  const log = options.log ?? silentLogger;
  const workspace = resolve(options.workspace);
  const anyCommandFailed = commands.some((c) => c.exitCode !== 0);
  // After a failed command a missing report is expected (the runner crashed); the command's gate fails the run.
  const ifNoFilesFound =
    anyCommandFailed && options.ifNoFilesFound === 'error' ? 'warn' : options.ifNoFilesFound;
  const read = {
    workspace,
    ifNoFilesFound,
    maxReportBytes: options.maxReportBytes ?? DEFAULT_MAX_REPORT_MIB * 1024 * 1024,
    log,
  };
  const notes: string[] = [];
  const tests = options.junit.length ? await readTestReports(options.junit, read) : undefined;
  const coverage = options.coverage.length ? await readCoverageReports(options.coverage, read) : undefined;
  for (const warning of [...(tests?.warnings ?? []), ...(coverage?.warnings ?? [])]) {
    log.warn(warning);
    notes.push(warning);
  }

  const { index, notes: indexNotes } = await indexWorkspace(workspace);
  notes.push(...indexNotes);
  const resolver = new PathResolver(index);
  const input: CiReportInput = {
    subject: options.subject ?? subjectOf(workspace),
    gates: options.gates,
    commands,
    notes,
  };
  if (tests) input.tests = { cases: locateFailures(tests.cases, resolver), reports: tests.reports };
  if (coverage) {
    const files = mapCoverage(coverage.reports, resolver);
    const outside = files.filter((f) => !f.inWorkspace);
    if (outside.length)
      notes.push(
        `${outside.length} of ${files.length} covered files are not files of the workspace (kept as written, e.g. ${outside[0]?.path})`,
      );
    input.coverage = { files, reports: coverage.reports.map((r) => ({ path: r.report, format: r.format })) };
    if (options.baseRef) {
      const base = await diffAgainstBase(workspace, options.baseRef);
      log.info(
        `Changed lines: git diff ${base.mergeBase.slice(0, 12)} (merge base of ${base.baseRef} and HEAD)`,
      );
      const changed = parseUnifiedDiff(base.diff);
      input.changed = {
        baseRef: base.baseRef,
        mergeBase: base.mergeBase,
        coverage: changedLinesCoverage(changed, new Map(files.map((f) => [f.path, f]))),
      };
    }
  }
  const built = buildCiReport(input);
  return { report: built, exitCode: built.result.verdict === 'pass' ? 0 : 3 };
}

/** `mmf ci report`: reads test and coverage reports, joins coverage with the changed lines, applies the gates. */
export async function runCiReport(options: CiReportOptions): Promise<CiOutcome> {
  checkSettings(options, 0);
  return report(options, []);
}

/** `mmf ci run`: runs the named commands one after another (all of them, even after a failure), then reports. */
export async function runCi(options: CiRunOptions): Promise<CiOutcome> {
  checkSettings(options, options.commands.length);
  // Every line is checked before the first command runs.
  for (const command of options.commands) if (!command.shell) splitCommandLine(command.command, command.name);
  const log = options.log ?? silentLogger;
  const workspace = resolve(options.workspace);
  const logDir = options.logDir ? resolve(options.logDir) : await mkdtemp(join(tmpdir(), 'mmf-ci-logs-'));
  const commands: CommandSummary[] = [];
  for (const command of options.commands) {
    log.info(`Running ${command.name}: ${command.shell ? 'sh -c ' : ''}${command.command}`);
    const run = await runNamedCommand(command, { cwd: workspace, logDir });
    log.info(
      `${command.name} exited ${run.exitCode} after ${(run.durationMs / 1000).toFixed(1)} s (log: ${run.log})`,
    );
    commands.push({
      name: run.name,
      command: run.command,
      shell: run.shell,
      exitCode: run.exitCode,
      durationMs: run.durationMs,
      log: run.log,
      outputTail: run.outputTail,
    });
  }
  return report(options, commands);
}
