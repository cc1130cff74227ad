import type { Octokit } from './client.js';
import type { EventContext } from './event-context.js';

/**
 * Under `workflow_run`, which pull request a report from another run may be
 * posted to. GitHub lists same-repository pull requests in the event; a
 * fork's number comes from the (untrusted) report bundle and is used only
 * when that pull request's head is the commit the event says was built.
 */
export async function verifiedPullRequest(
  octokit: Octokit,
  context: EventContext,
  claimed: number | undefined,
): Promise<{ pullRequest?: number; note?: string }> {
  if (context.pullRequest !== undefined) return { pullRequest: context.pullRequest };
  if (claimed === undefined || !context.workflowRun) return {};
  const { data } = await octokit.rest.pulls.get({
    owner: context.owner,
    repo: context.repo,
    pull_number: claimed,
  });
  if (data.head.sha === context.workflowRun.headSha && data.state === 'open') return { pullRequest: claimed };
  return {
    note: `The report names pull request #${claimed}, whose head (${data.head.sha.slice(0, 12)}) is not the commit the run built (${context.workflowRun.headSha.slice(0, 12)}); no comment was written.`,
  };
}
