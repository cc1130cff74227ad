import * as core from '@actions/core';
import * as github from '@actions/github';
import { publishCheckRun, type CheckAnnotation } from './check-run.js';
import { upsertStickyComment } from './sticky-comment.js';
import { locateChange } from '../../platform/sources/locate-source.js';
import type { MarkdownBlocks } from '../../kernel/review/render-review-markdown.js';
import { summaryLine } from '../../kernel/review/render-review-markdown.js';
import { verdictOf, type ReviewReport } from '../../kernel/review/review-report.js';
import { splitComment } from '../../kernel/review/split-comment.js';

/** GitHub's limit for one step's job summary, in bytes. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

export interface PublishSettings {
  title: string;
  /** Marker id of the sticky comment and name of the check run's subject. */
  id: string;
  chart: string;
  output?: string;
  comment: boolean;
  checkRun: boolean;
  failed: boolean;
  token: string;
  workspace: string;
  /** diff mode: files changed since the base ref, and each environment's values files. */
  changedFiles?: ReadonlySet<string>;
  valuesFiles?: ReadonlyMap<string, readonly string[]>;
}

/** The job summary: always written first, so forks, read-only tokens and API failures still leave the whole report. */
export async function writeJobSummary(blocks: MarkdownBlocks): Promise<void> {
  let body = blocks.header;
  let size = Buffer.byteLength(body);
  let omitted = 0;
  for (const block of blocks.resources) {
    const bytes = Buffer.byteLength(block) + 1;
    if (size + bytes > SUMMARY_LIMIT_BYTES) omitted++;
    else {
      body += '\n' + block;
      size += bytes;
    }
  }
  if (omitted) {
    body += `\n> ${omitted} resource section(s) do not fit the job summary's 1 MiB limit; they are in the PR comment parts and the report file (output report-path).\n`;
  }
  await core.summary.addRaw(body).write();
}

export async function appendJobSummaryNotes(notes: readonly string[]): Promise<void> {
  if (!notes.length) return;
  await core.summary.addRaw(notes.map((n) => `\n> ${n}\n`).join('')).write();
}

async function annotations(report: ReviewReport, settings: PublishSettings): Promise<CheckAnnotation[]> {
  const out: CheckAnnotation[] = [];
  for (const section of report.sections) {
    for (const change of section.diff.changes) {
      const where = await locateChange(change, {
        workspace: settings.workspace,
        chartDir: settings.chart,
        ...(settings.output ? { output: settings.output } : {}),
        environment: section.name,
        ...(settings.changedFiles ? { changedFiles: settings.changedFiles } : {}),
        valuesFiles: settings.valuesFiles?.get(section.name) ?? [],
      });
      if (!where) continue;
      const fields = change.fields.slice(0, 10).map((f) => `${f.path} ${f.change}`);
      const keys = (change.secretKeys ?? [])
        .filter((k) => k.status !== 'unchanged')
        .map((k) => `secret key ${k.key} ${k.status}`);
      out.push({
        path: where.path,
        start_line: where.line,
        end_line: where.line,
        annotation_level: section.parity === false ? 'failure' : 'notice',
        title: `${section.name}: ${change.resource} ${change.status}`,
        message: [...fields, ...keys].join('\n') || change.status,
      });
    }
  }
  return out;
}

/**
 * Sticky PR comment and check run; each degrades to a logged notice when the
 * token cannot write, and any other failure is returned rather than thrown.
 */
export async function publishToPullRequest(
  report: ReviewReport,
  blocks: MarkdownBlocks,
  settings: PublishSettings,
): Promise<{ commentUrl?: string; notes: string[]; error?: string }> {
  try {
    return await publish(report, blocks, settings);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    core.warning(`Publishing to the pull request failed: ${message}. The full report is in the job summary.`);
    return {
      notes: [`Publishing to the pull request failed (${message}); this summary holds the full report.`],
      error: message,
    };
  }
}

async function publish(
  report: ReviewReport,
  blocks: MarkdownBlocks,
  settings: PublishSettings,
): Promise<{ commentUrl?: string; notes: string[] }> {
  const notes: string[] = [];
  const { context } = github;
  const octokit = github.getOctokit(settings.token);
  const pr = context.payload.pull_request;
  let commentUrl: string | undefined;
  if (settings.comment && pr) {
    const parts = splitComment(blocks, settings.id, settings.title);
    const result = await upsertStickyComment(
      octokit,
      { ...context.repo, issueNumber: pr.number, id: settings.id },
      parts,
    );
    if (result.posted) {
      commentUrl = result.url;
      core.info(
        `PR comment: ${parts.length} part(s), ${result.created} created, ${result.updated} updated, ${result.deleted} deleted: ${result.url}`,
      );
    } else {
      core.warning(`No PR comment: ${result.reason}. The full report is in the job summary.`);
      notes.push(`No PR comment was written: ${result.reason}.`);
    }
  }
  if (settings.checkRun) {
    const verdict = verdictOf(report);
    const headSha = (pr?.head as { sha?: string } | undefined)?.sha ?? context.sha;
    const run = await publishCheckRun(octokit, {
      ...context.repo,
      headSha,
      name: `helm-migrate: ${settings.chart}`,
      conclusion: settings.failed
        ? 'failure'
        : verdict === 'no-changes' || verdict === 'parity'
          ? 'success'
          : 'neutral',
      title: summaryLine(report).slice(0, 255) || 'no environments',
      summary: blocks.header,
      text: blocks.resources.join('\n'),
      annotations: await annotations(report, settings),
    });
    if (run.reason) {
      core.warning(`No check run: ${run.reason}.`);
      notes.push(`No check run was created: ${run.reason}.`);
    } else core.info(`Check run: ${run.url}`);
  }
  return { ...(commentUrl ? { commentUrl } : {}), notes };
}
