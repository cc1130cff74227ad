import * as core from '@actions/core';
import { MmfError } from '../kernel/errors.js';
import { IF_NO_FILES_FOUND, type IfNoFilesFound } from '../platform/fs/find-files.js';
import {
  booleanInput,
  choiceInput,
  lineListInput,
  optionalInput,
  requiredInput,
  publishingInputs,
  type PublishingInputs,
} from '../runtime/github/inputs.js';
import { parseCommandLines, type CommandLine } from './core/command-lines.js';
import { parseGateNumber, type GateSettings } from './core/gates.js';
import { DEFAULT_MAX_REPORT_MIB } from './run.js';

export interface CiInputs extends PublishingInputs {
  mode: 'run';
  junit: string[];
  coverage: string[];
  commands: CommandLine[];
  shell: boolean;
  /** Empty: what the event names (pull request base, push before, merge group base). */
  baseRef?: string;
  gates: GateSettings;
  ifNoFilesFound: IfNoFilesFound;
  workingDirectory: string;
  maxReportMib: number;
  /** Keys the sticky comment and check run; default from workflow, job and working directory. */
  commentId?: string;
}

/** `mode: publish`: post a report bundle another job computed (the reusable workflow, the fork pattern). */
export interface CiPublishInputs extends PublishingInputs {
  mode: 'publish';
  report: string;
}

function gateInputs(junit: readonly string[]): GateSettings {
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
  if (booleanInput('fail-on-flaky', false)) gates.failOnFlaky = true;
  return gates;
}

/** The ci inputs (ci/action.yml), typed and checked in one place. */
export function readCiInputs(): CiInputs | CiPublishInputs {
  const mode = choiceInput('mode', ['run', 'publish'] as const, 'run');
  const publishing = publishingInputs();
  if (mode === 'publish')
    return {
      mode,
      report: requiredInput('report', '${{ runner.temp }}/mmf-report/report-bundle.json'),
      ...publishing,
    };
  const junit = lineListInput('junit');
  const shell = booleanInput('shell', false);
  const maxReport = core.getInput('max-report-size').trim();
  const maxReportMib = maxReport ? Number(maxReport) : DEFAULT_MAX_REPORT_MIB;
  if (!Number.isFinite(maxReportMib) || maxReportMib <= 0)
    throw new MmfError(
      'E_USAGE',
      `input max-report-size must be a positive number of MiB, not "${maxReport}"`,
    );
  const baseRef = optionalInput('base-ref');
  const commentId = optionalInput('comment-id');
  return {
    mode,
    junit,
    coverage: lineListInput('coverage'),
    commands: parseCommandLines(lineListInput('commands'), shell),
    shell,
    ...(baseRef ? { baseRef } : {}),
    gates: gateInputs(junit),
    ifNoFilesFound: choiceInput('if-no-files-found', IF_NO_FILES_FOUND, 'error'),
    workingDirectory: optionalInput('working-directory') ?? '.',
    maxReportMib,
    ...(commentId ? { commentId } : {}),
    ...publishing,
  };
}
