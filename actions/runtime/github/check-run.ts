import type { AnnotationLevel, ReportAnnotation } from '../../kernel/report/action-report.js';
import type { Octokit } from './client.js';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  conclusion: 'success' | 'failure' | 'neutral' | 'skipped';
  title: string;
  summary: string;
  text?: string;
  detailsUrl?: string;
  annotations: readonly ReportAnnotation[];
}

/** GitHub's limits: 50 annotations per request, 65,535 characters per output field. */
export const ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_OUTPUT_LIMIT = 65_535;
const MESSAGE_LIMIT = 64 * 1024 - 1;

function clip(text: string, note: string): string {
  return text.length <= CHECK_OUTPUT_LIMIT
    ? text
    : `${text.slice(0, CHECK_OUTPUT_LIMIT - note.length - 2)}\n\n${note}`;
}

export function checkAnnotation(a: ReportAnnotation): CheckAnnotation {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: Math.max(a.startLine, a.endLine ?? a.startLine),
    annotation_level: a.level,
    title: a.title.slice(0, 255),
    message: a.message.slice(0, MESSAGE_LIMIT) || a.title.slice(0, 255),
  };
}

/**
 * Publishes a completed check run: the first 50 annotations with the create
 * request, the rest in further updates of 50. Returns its URL; failed
 * requests throw (the publisher classifies them).
 */
export async function publishCheckRun(octokit: Octokit, run: CheckRunRequest): Promise<{ url?: string }> {
  const base = { owner: run.owner, repo: run.repo };
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST).map(checkAnnotation));
  const output = {
    title: run.title.slice(0, 255),
    summary: clip(run.summary, '_The full report is in the pull request comment and the job summary._'),
    ...(run.text
      ? {
          text: clip(
            run.text,
            '_Cut here: the full report is in the pull request comment and the job summary._',
          ),
        }
      : {}),
  };
  const { data } = await octokit.rest.checks.create({
    ...base,
    name: run.name.slice(0, 255),
    head_sha: run.headSha,
    status: 'completed',
    conclusion: run.conclusion,
    completed_at: new Date().toISOString(),
    ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
    output: { ...output, annotations: batches[0] ?? [] },
  });
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({
      ...base,
      check_run_id: data.id,
      output: { title: output.title, summary: output.summary, annotations: batch },
    });
  }
  return { url: data.html_url ?? undefined };
}
