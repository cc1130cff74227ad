import { describeError, isPermissionError, type Octokit } from './octokit.js';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  text?: string;
  annotations: readonly CheckAnnotation[];
}

/** GitHub's limits: 50 annotations per request, 65,535 characters per output field. */
export const ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_OUTPUT_LIMIT = 65_535;

function clip(text: string, note: string): string {
  return text.length <= CHECK_OUTPUT_LIMIT
    ? text
    : `${text.slice(0, CHECK_OUTPUT_LIMIT - note.length - 2)}\n\n${note}`;
}

/**
 * Publishes a completed check run: the first 50 annotations with the create
 * request, the rest in further updates of 50. Returns its URL, or why it could
 * not be created.
 */
export async function publishCheckRun(
  octokit: Octokit,
  run: CheckRunRequest,
): Promise<{ url?: string; reason?: string }> {
  const base = { owner: run.owner, repo: run.repo };
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
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
  try {
    const { data } = await octokit.rest.checks.create({
      ...base,
      name: run.name,
      head_sha: run.headSha,
      status: 'completed',
      conclusion: run.conclusion,
      completed_at: new Date().toISOString(),
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
  } catch (err) {
    if (!isPermissionError(err)) throw err;
    return { reason: `the token cannot create check runs (${describeError(err)}); it needs checks: write` };
  }
}
