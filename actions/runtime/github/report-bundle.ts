import { readFile, stat, writeFile } from 'node:fs/promises';
import type { ActionReport } from '../../kernel/report/action-report.js';
import { MmfError } from '../../kernel/errors.js';

/**
 * What a compute run hands to the run that publishes (a later job, or a
 * `workflow_run` workflow for pull requests from forks): the report and the
 * keys it is published under. The pull request number is a claim the
 * publisher checks against the event; the commit comes from the event, not
 * from here.
 */
export interface ReportBundle {
  schema: typeof BUNDLE_SCHEMA;
  report: ActionReport;
  /** Marker id of the sticky comment and name of the check run. */
  commentId: string;
  checkName: string;
  /** The pull request and head commit the compute run saw. */
  pullRequest?: number;
  headSha: string;
}

export const BUNDLE_SCHEMA = 'mmf-actions/report-bundle@1';
/** A bundle may come from an untrusted run: read at most this much. */
export const BUNDLE_LIMIT_BYTES = 16 * 1024 * 1024;

export async function writeReportBundle(path: string, bundle: Omit<ReportBundle, 'schema'>): Promise<void> {
  await writeFile(path, JSON.stringify({ schema: BUNDLE_SCHEMA, ...bundle }, null, 2) + '\n');
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isArray = (v: unknown): v is unknown[] => Array.isArray(v);
const CONCLUSIONS = ['success', 'failure', 'neutral', 'skipped'];
const LEVELS = ['notice', 'warning', 'failure'];

function invalid(path: string, what: string): MmfError {
  return new MmfError('E_INPUT_INVALID', `${path}: not a report bundle written by mmf-actions (${what})`, {
    file: path,
    hint: 'pass the `report-bundle` output of a helm-migrate run (uploaded as an artifact by the compute job)',
  });
}

/** The report's shape, checked field by field: renderers may then trust it (text is escaped anyway). */
function checkReport(path: string, r: Record<string, unknown>): void {
  for (const key of ['capability', 'title', 'subject', 'headline'])
    if (!isString(r[key])) throw invalid(path, `report.${key} is not a string`);
  if (!CONCLUSIONS.includes(r.conclusion as string)) throw invalid(path, 'report.conclusion');
  for (const key of ['summary', 'sections', 'annotations', 'cases', 'files', 'notes'])
    if (!isArray(r[key])) throw invalid(path, `report.${key} is not a list`);
  if (!(r.notes as unknown[]).every(isString)) throw invalid(path, 'report.notes');
  for (const s of r.sections as Record<string, unknown>[])
    if (!isString(s?.id) || !isString(s?.title) || !isArray(s?.blocks))
      throw invalid(path, 'report.sections');
  for (const a of r.annotations as Record<string, unknown>[])
    if (
      !isString(a?.path) ||
      !Number.isInteger(a?.startLine) ||
      !LEVELS.includes(a?.level as string) ||
      !isString(a?.title) ||
      !isString(a?.message)
    )
      throw invalid(path, 'report.annotations');
  const outputs = r.outputs as Record<string, unknown> | undefined;
  if (!outputs || typeof outputs !== 'object' || !Object.values(outputs).every(isString))
    throw invalid(path, 'report.outputs');
}

export async function readReportBundle(path: string): Promise<ReportBundle> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile())
    throw new MmfError('E_INPUT_INVALID', `report bundle ${path} does not exist`, {
      file: path,
      hint: 'download the artifact the compute job uploaded (actions/download-artifact) and pass the file in `report`',
    });
  if (info.size > BUNDLE_LIMIT_BYTES)
    throw new MmfError(
      'E_INPUT_TOO_LARGE',
      `report bundle ${path} is ${info.size} bytes, over ${BUNDLE_LIMIT_BYTES}`,
      {
        file: path,
      },
    );
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw invalid(path, `not JSON: ${(err as Error).message}`);
  }
  if (data?.schema !== BUNDLE_SCHEMA) throw invalid(path, `schema is not ${BUNDLE_SCHEMA}`);
  if (!isString(data.commentId) || !isString(data.checkName) || !isString(data.headSha))
    throw invalid(path, 'commentId, checkName and headSha must be strings');
  if (data.pullRequest !== undefined && !Number.isInteger(data.pullRequest))
    throw invalid(path, 'pullRequest');
  if (!data.report || typeof data.report !== 'object') throw invalid(path, 'no report');
  checkReport(path, data.report as Record<string, unknown>);
  return {
    schema: BUNDLE_SCHEMA,
    report: data.report as ActionReport,
    commentId: data.commentId.slice(0, 200),
    checkName: data.checkName.slice(0, 200),
    headSha: data.headSha,
    ...(data.pullRequest !== undefined ? { pullRequest: data.pullRequest as number } : {}),
  };
}
