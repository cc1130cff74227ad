/** What a failed GitHub request means for the user, from its status, headers and body. */
export type GitHubErrorKind =
  | 'permission' // the token lacks a permission (or, on a fork PR, is read-only)
  | 'rate-limit' // the primary rate limit is used up until `resetAt`
  | 'secondary-rate-limit' // GitHub's abuse protection (403/429 "secondary rate limit")
  | 'transient' // 5xx or a network failure, still failing after retries
  | 'auth' // 401: the token is invalid or expired
  | 'not-found' // 404: the repository, PR or comment does not exist, or the token cannot see it
  | 'other';

export type TokenType =
  | 'installation' // GITHUB_TOKEN or a GitHub App installation token (ghs_)
  | 'classic-pat' // ghp_
  | 'fine-grained-pat' // github_pat_
  | 'oauth' // gho_, ghu_
  | 'unknown';

export interface ClassifiedError {
  kind: GitHubErrorKind;
  status?: number;
  /** One sentence for logs and notes (no token, no request body). */
  message: string;
}

export interface ClassifyContext {
  token: string;
  /** What was being done, e.g. `comment on pull request #12`. */
  action: string;
  /** The permission the request needs, in the `permissions:` spelling, e.g. `pull-requests: write`. */
  permission: string;
  /** A pull request from a fork under the `pull_request` event: GITHUB_TOKEN is read-only there. */
  forkPullRequest?: boolean;
}

export function tokenType(token: string): TokenType {
  if (token.startsWith('ghs_')) return 'installation';
  if (token.startsWith('github_pat_')) return 'fine-grained-pat';
  if (token.startsWith('ghp_')) return 'classic-pat';
  if (token.startsWith('gho_') || token.startsWith('ghu_')) return 'oauth';
  return 'unknown';
}

interface ErrorShape {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

function bodyMessage(err: ErrorShape): string {
  const data = err.response?.data as { message?: unknown } | undefined;
  return typeof data?.message === 'string' ? data.message : (err.message ?? '');
}

/** `issues: write` → the fine-grained / App spelling "Issues: Read and write". */
function humanPermission(permission: string): string {
  const [scope = permission, level = 'write'] = permission.split(':').map((s) => s.trim());
  const name = scope.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  return `${name}: ${level === 'write' ? 'Read and write' : 'Read-only'}`;
}

function permissionAdvice(ctx: ClassifyContext, accepted: string | undefined): string {
  const needs = accepted ? ` (GitHub accepts: ${accepted})` : '';
  switch (tokenType(ctx.token)) {
    case 'installation':
      if (ctx.forkPullRequest)
        return `pull requests from forks get a read-only GITHUB_TOKEN; publish from a workflow_run workflow instead (docs/REVIEWING_MIGRATIONS.md, "Pull requests from forks")${needs}`;
      return `GITHUB_TOKEN (or the GitHub App) needs \`${ctx.permission}\`: grant it in the job's \`permissions:\` (for an App, in its installation)${needs}`;
    case 'fine-grained-pat':
      return `the fine-grained personal access token needs the repository permission "${humanPermission(ctx.permission)}" on this repository${needs}`;
    case 'classic-pat':
      return `the classic personal access token needs the \`repo\` scope (\`public_repo\` for public repositories), and its user write access${needs}`;
    default:
      return `the token needs \`${ctx.permission}\`${needs}`;
  }
}

/**
 * Sorts a failed request into what the user should do about it. Rate limits
 * are recognised before permissions: GitHub answers both with 403, and only
 * the body (`secondary rate limit`) or `x-ratelimit-remaining: 0` tell them apart.
 */
export function classifyGitHubError(err: unknown, ctx: ClassifyContext): ClassifiedError {
  const e = (err ?? {}) as ErrorShape;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const headers = e.response?.headers ?? {};
  const text = bodyMessage(e);
  const http = status ? `HTTP ${status}` : 'no response';
  const base = { ...(status !== undefined ? { status } : {}) };
  if ((status === 403 || status === 429) && /secondary rate limit/i.test(text))
    return {
      ...base,
      kind: 'secondary-rate-limit',
      message: `GitHub's secondary rate limit stopped the request to ${ctx.action} (${http}, still limited after retrying); too many writes in a short time, so try again in a few minutes or publish fewer parts (max-comment-parts)`,
    };
  if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const at = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return {
      ...base,
      kind: 'rate-limit',
      message: `the token's API rate limit is used up${at}, so it could not ${ctx.action} (${http})`,
    };
  }
  if (status === 429)
    return {
      ...base,
      kind: 'secondary-rate-limit',
      message: `GitHub answered 429 Too Many Requests to ${ctx.action}, still after retrying; try again in a few minutes`,
    };
  if (status === undefined || status >= 500)
    return {
      ...base,
      kind: 'transient',
      message: `GitHub did not answer the request to ${ctx.action} (${status ? `${http}: ${text}` : text || 'network error'}), still after retrying`,
    };
  if (status === 401)
    return {
      ...base,
      kind: 'auth',
      message: `GitHub rejected the token (${http}: ${text}) when trying to ${ctx.action}; it is invalid or expired`,
    };
  if (status === 403 && /must authenticate via a GitHub App/i.test(text))
    return {
      ...base,
      kind: 'permission',
      message: `only GITHUB_TOKEN or a GitHub App token can ${ctx.action} (${http}: ${text}); a personal access token cannot. Use GITHUB_TOKEN (with \`${ctx.permission}\`) or an App token, or turn this surface off`,
    };
  if (status === 403)
    return {
      ...base,
      kind: 'permission',
      message: `the token cannot ${ctx.action} (${http}: ${text}): ${permissionAdvice(ctx, headers['x-accepted-github-permissions'])}`,
    };
  if (status === 404)
    return {
      ...base,
      kind: 'not-found',
      message: `GitHub answered 404 to the request to ${ctx.action}: it does not exist, or the token cannot see it (${permissionAdvice(ctx, headers['x-accepted-github-permissions'])})`,
    };
  return { ...base, kind: 'other', message: `GitHub refused to ${ctx.action} (${http}: ${text})` };
}
