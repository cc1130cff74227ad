import { markerPart } from '../../kernel/review/split-comment.js';
import type { Octokit } from './client.js';

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Identifies our comment among all others (comment-id, by default workflow, job, subject, mode and output). */
  id: string;
}

export interface StickyCommentResult {
  /** The first part's URL. */
  url?: string;
  created: number;
  updated: number;
  deleted: number;
}

type Author = { login: string; type?: string } | null | undefined;

/**
 * Which comments this token wrote: with a personal token, those of its user;
 * with an app or GITHUB_TOKEN (GET /user refuses them), those by a bot. A
 * human's comment that copies our marker is never edited or deleted.
 */
async function ownership(octokit: Octokit): Promise<(author: Author) => boolean> {
  const login = await octokit.rest.users
    .getAuthenticated()
    .then((r) => r.data.login)
    .catch(() => undefined);
  return (author) => (login ? author?.login === login : author?.type === 'Bot');
}

/**
 * Creates or updates our comment (one per id, found by its hidden marker) in
 * place, one comment per part; deletes parts left over from a longer earlier
 * run and any duplicates. Never creates a second copy of a part. Failed
 * requests throw (the publisher classifies them).
 */
export async function upsertStickyComment(
  octokit: Octokit,
  target: StickyCommentTarget,
  parts: readonly string[],
): Promise<StickyCommentResult> {
  const result: StickyCommentResult = { created: 0, updated: 0, deleted: 0 };
  const base = { owner: target.owner, repo: target.repo };
  {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...base,
      issue_number: target.issueNumber,
      per_page: 100,
    });
    const isOwn = await ownership(octokit);
    const ours = new Map<number, { id: number; body: string; html_url: string }>();
    const stale: number[] = [];
    for (const c of comments) {
      const part = markerPart(c.body ?? '', target.id);
      if (part === undefined || !isOwn(c.user)) continue;
      if (ours.has(part) || part > parts.length) stale.push(c.id);
      else ours.set(part, { id: c.id, body: c.body ?? '', html_url: c.html_url });
    }
    for (const [i, body] of parts.entries()) {
      const existing = ours.get(i + 1);
      let url: string;
      if (!existing) {
        const { data } = await octokit.rest.issues.createComment({
          ...base,
          issue_number: target.issueNumber,
          body,
        });
        result.created++;
        url = data.html_url;
      } else if (existing.body !== body) {
        const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: existing.id, body });
        result.updated++;
        url = data.html_url;
      } else {
        url = existing.html_url;
      }
      if (i === 0) result.url = url;
    }
    for (const id of stale) {
      await octokit.rest.issues.deleteComment({ ...base, comment_id: id });
      result.deleted++;
    }
    return result;
  }
}
