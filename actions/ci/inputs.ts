import * as core from '@actions/core';
import { MmfError } from '../kernel/errors.js';
import { IF_NO_FILES_FOUND, type IfNoFilesFound } from '../platform/fs/find-files.js';
import { parseCommandLines, type CommandLine } from './core/command-lines.js';
import { parseGateNumber, type GateSettings } from './core/gates.js';
import { DEFAULT_MAX_REPORT_MIB } from './run.js';

export interface CiInputs {
  junit: string[];
  coverage: string[];
  commands: CommandLine[];
  shell: boolean;
  /** Empty: the pull request's base branch (the action decides); no changed-lines coverage outside pull requests. */
  baseRef?: string;
  gates: GateSettings;
  ifNoFilesFound: IfNoFilesFound;
  workingDirectory: string;
  maxReportMib: number;
  token: string;
  comment: boolean;
  checkRun: boolean;
  /** Keys the sticky comment and check run when several ci steps report on one pull request. */
  commentId: string;
}

/** One value per line; blank lines and `#` comments skipped. */
const lines = (name: string) =>
  core
    .getInput(name)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

function bool(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (!value) return fallback;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new MmfError('E_USAGE', `input ${name} must be true or false, not "${value}"`);
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new MmfError('E_USAGE', `input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** The ci inputs (ci/action.yml), typed and checked in one place. */
export function readCiInputs(): CiInputs {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const junit = lines('junit');
  const shell = bool('shell', false);
  const commands = parseCommandLines(lines('commands'), shell);
  const gates: GateSettings = {};
  const minCoverage = parseGateNumber('input min-coverage', core.getInput('min-coverage'), 'percent');
  const minChanged = parseGateNumber(
    'input min-changed-lines-coverage',
    core.getInput('min-changed-lines-coverage'),
    'percent',
  );
  const maxFailures = parseGateNumber('input max-failures', core.getInput('max-failures'), 'count');
  if (minCoverage !== undefined) gates.minCoverage = minCoverage;
  if (minChanged !== undefined) gates.minChangedLinesCoverage = minChanged;
  // max-failures defaults to 0 and applies only where there are test reports to count.
  if (maxFailures !== undefined && junit.length > 0) gates.maxFailures = maxFailures;
  if (bool('fail-on-flaky', false)) gates.failOnFlaky = true;
  const maxReport = core.getInput('max-report-size').trim();
  const maxReportMib = maxReport ? Number(maxReport) : DEFAULT_MAX_REPORT_MIB;
  if (!Number.isFinite(maxReportMib) || maxReportMib <= 0)
    throw new MmfError(
      'E_USAGE',
      `input max-report-size must be a positive number of MiB, not "${maxReport}"`,
    );
  const baseRef = core.getInput('base-ref').trim();
  const workingDirectory = core.getInput('working-directory').trim() || '.';
  return {
    junit,
    coverage: lines('coverage'),
    commands,
    shell,
    ...(baseRef ? { baseRef } : {}),
    gates,
    ifNoFilesFound: choice('if-no-files-found', IF_NO_FILES_FOUND, 'error'),
    workingDirectory,
    maxReportMib,
    token,
    comment: bool('comment', true),
    checkRun: bool('check-run', true),
    commentId: core.getInput('comment-id').trim() || workingDirectory,
  };
}
