import { tmpdir } from 'node:os';
import { basename, relative, resolve } from 'node:path';
import { MmfError } from '../kernel/errors.js';
import { silentLogger, type Logger } from '../kernel/logger.js';
import type { ActionReport } from '../kernel/report/action-report.js';
import type { IfNoFilesFound } from '../platform/fs/find-files.js';
import { isMmfError } from '../kernel/errors.js';
import { diffAgainstBase, type BaseDiff } from '../platform/git/diff-lines.js';
import { runNamedCommand } from '../platform/process/run-named-command.js';
import { splitCommandLine } from '../platform/process/split-argv.js';
import type { CiResult, CommandSummary } from './core/ci-result.js';
import type { CommandLine } from './core/command-lines.js';
import type { FileCoverage } from './core/coverage/line-coverage.js';
import { mapCoverage } from './core/coverage/map-coverage.js';
import { changedLinesCoverage } from './core/diff/changed-lines-coverage.js';
import { parseUnifiedDiff } from './core/diff/parse-unified-diff.js';
import type { GateSettings } from './core/gates.js';
import { PathResolver } from './core/paths/workspace-paths.js';
import { buildCiReport, type CiReportInput } from './core/report/build-ci-report.js';
import { locateFailures } from './core/tests/locate-failures.js';
import { assertSomethingToRead, readCoverageReports, readTestReports } from './read-reports.js';
import { indexWorkspace } from './workspace-index.js';
import { createScratchFolder } from '../platform/fs/scratch-folder.js';

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
  /**
   * `baseRef` came from the CI event, not from the user: a clone without
   * its history then gives a note instead of E_BASE_REF, unless the
   * changed-lines gate needs it.
   */
  optionalBase?: boolean;
}

export interface CiRunOptions extends CiReportOptions {
  commands: readonly CommandLine[];
  /** Where each command's log goes. Default: a new folder under the system's temporary folder. */
  logDir?: string;
  /** Values the commands must not see in their environment (the tokens the front end holds). */
  secrets?: readonly string[];
  /** The environment the commands' is derived from (platform/process/command-env.ts). Default: this process's. */
  env?: NodeJS.ProcessEnv;
  /** Front ends that show the commands' output as it comes (the action's job log). */
  hooks?: CommandHooks;
}

export interface CommandHooks {
  before?: (command: CommandLine) => void;
  output?: (chunk: Buffer, stream: 'stdout' | 'stderr') => void;
  after?: (command: CommandSummary) => void;
}

export interface CiOutcome {
  report: ActionReport<CiResult>;
  /** 0 every gate passed, 3 a gate failed. */
  exitCode: 0 | 3;
  /** The merged line coverage per workspace file (GitLab's Cobertura artifact); absent without coverage reports. */
  coverage?: readonly FileCoverage[];
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

/**
 * The diff changed lines are counted from, computed before any command runs
 * (a clone without the history fails in a second, not after the tests).
 */
async function baseDiff(options: CiReportOptions, notes: string[]): Promise<BaseDiff | undefined> {
  if (!options.baseRef || options.coverage.length === 0) return undefined;
  try {
    return await diffAgainstBase(resolve(options.workspace), options.baseRef);
  } catch (err) {
    const needed = options.gates.minChangedLinesCoverage !== undefined;
    if (!options.optionalBase || needed || !isMmfError(err) || err.code !== 'E_BASE_REF') throw err;
    const note = `Changed-lines coverage is not measured: ${err.message} (${err.hint ?? 'fetch the history'}).`;
    (options.log ?? silentLogger).warn(note);
    notes.push(note);
    return undefined;
  }
}

async function report(
  options: CiReportOptions,
  commands: CommandSummary[],
  base: BaseDiff | undefined,
  notes: string[],
): Promise<CiOutcome> {
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
    if (base) {
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
  return {
    report: built,
    exitCode: built.result.verdict === 'pass' ? 0 : 3,
    ...(input.coverage ? { coverage: input.coverage.files } : {}),
  };
}

/** `mmf ci report`: reads test and coverage reports, joins coverage with the changed lines, applies the gates. */
export async function runCiReport(options: CiReportOptions): Promise<CiOutcome> {
  checkSettings(options, 0);
  const notes: string[] = [];
  const base = await baseDiff(options, notes);
  return report(options, [], base, notes);
}

/** `mmf ci run`: runs the named commands one after another (all of them, even after a failure), then reports. */
export async function runCi(options: CiRunOptions): Promise<CiOutcome> {
  checkSettings(options, options.commands.length);
  // Every line is checked before the first command runs.
  for (const command of options.commands) if (!command.shell) splitCommandLine(command.command, command.name);
  const notes: string[] = [];
  const base = await baseDiff(options, notes);
  const log = options.log ?? silentLogger;
  const workspace = resolve(options.workspace);
  const logDir = options.logDir
    ? resolve(options.logDir)
    : (await createScratchFolder(tmpdir(), 'mmf-ci-logs-')).dir;
  const commands: CommandSummary[] = [];
  const hooks = options.hooks ?? {};
  for (const command of options.commands) {
    log.info(`Running ${command.name}: ${command.shell ? 'sh -c ' : ''}${command.command}`);
    hooks.before?.(command);
    const run = await runNamedCommand(command, {
      cwd: workspace,
      logDir,
      ...(options.secrets ? { secrets: options.secrets } : {}),
      ...(options.env ? { parentEnv: options.env } : {}),
      ...(hooks.output ? { onOutput: hooks.output } : {}),
    });
    const summary: CommandSummary = {
      name: run.name,
      command: run.command,
      shell: run.shell,
      exitCode: run.exitCode,
      durationMs: run.durationMs,
      log: run.log,
      outputTail: run.outputTail,
    };
    hooks.after?.(summary);
    log.info(
      `${command.name} exited ${run.exitCode} after ${(run.durationMs / 1000).toFixed(1)} s (log: ${run.log})`,
    );
    commands.push(summary);
  }
  return report(options, commands, base, notes);
}
