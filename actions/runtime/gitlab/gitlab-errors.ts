import { MmfError, type ErrorCode } from '../../kernel/errors.js';
import { GitLabRequestError } from './client.js';

/** What a failed GitLab request means for the user. */
export type GitLabErrorKind =
  | 'auth' // 401: invalid, expired or revoked token, or a CI_JOB_TOKEN where GitLab does not take one
  | 'permission' // 403: the token lacks the `api` scope, or its user the role
  | 'not-found' // 404: the project or merge request does not exist, or the token cannot see it
  | 'rate-limit' // 429, still after retries
  | 'transient' // 5xx or no answer, still after retries
  | 'rejected'; // any other 4xx

export interface ClassifiedGitLabError {
  kind: GitLabErrorKind;
  status?: number;
  /** One sentence for logs and the job (no token, no request body). */
  message: string;
}

/** The `api` scope: what posting, editing and deleting notes needs (read_api only reads). */
export const NOTE_SCOPE = 'api';

const TOKEN_ADVICE =
  'gitlab-token must hold a project or group access token (or a personal access token) with the `api` scope, whose user has at least the Reporter role in this project; CI_JOB_TOKEN cannot write merge request notes';

/** Sorts a failed request (GitLabRequestError, or anything thrown on the way) by what the user can do. */
export function classifyGitLabError(err: unknown, action: string): ClassifiedGitLabError {
  if (!(err instanceof GitLabRequestError))
    return { kind: 'transient', message: `could not ${action}: ${(err as Error)?.message ?? String(err)}` };
  const { status, gitlabMessage, attempts } = err;
  const said = gitlabMessage ? `: ${gitlabMessage}` : '';
  const http = status ? `HTTP ${status}${said}` : `no answer${said}`;
  const retried = attempts > 1 ? `, still after ${attempts - 1} retr${attempts === 2 ? 'y' : 'ies'}` : '';
  const base = status !== undefined ? { status } : {};
  if (status === 401)
    return {
      ...base,
      kind: 'auth',
      message: `GitLab rejected the token when trying to ${action} (${http}): it is invalid, expired or revoked; ${TOKEN_ADVICE}`,
    };
  if (status === 403) {
    const scope = /insufficient_scope|scope/i.test(gitlabMessage)
      ? `the token's scopes do not include \`${NOTE_SCOPE}\` (\`read_api\` can only read)`
      : `the token needs the \`${NOTE_SCOPE}\` scope and its user at least the Reporter role in this project`;
    return { ...base, kind: 'permission', message: `the token cannot ${action} (${http}): ${scope}` };
  }
  if (status === 404)
    return {
      ...base,
      kind: 'not-found',
      message: `GitLab answered 404 to the request to ${action} (${http}): the project or merge request does not exist, or the token's user cannot see this project`,
    };
  if (status === 429)
    return {
      ...base,
      kind: 'rate-limit',
      message: `GitLab's rate limit stopped the request to ${action} (${http}${retried}); run the job again later`,
    };
  if (status === undefined || status >= 500)
    return {
      ...base,
      kind: 'transient',
      message: `GitLab did not answer the request to ${action} (${http}${retried})`,
    };
  return { ...base, kind: 'rejected', message: `GitLab refused to ${action} (${http})` };
}

/** Failures the user must fix; rate limits and outages are GitLab's (retried, then reported). */
export type FatalGitLabErrorKind = Exclude<GitLabErrorKind, 'rate-limit' | 'transient'>;

export function isFatal(
  c: ClassifiedGitLabError,
): c is ClassifiedGitLabError & { kind: FatalGitLabErrorKind } {
  return c.kind !== 'rate-limit' && c.kind !== 'transient';
}

const CODES: Record<FatalGitLabErrorKind, ErrorCode> = {
  auth: 'E_API_AUTH',
  permission: 'E_API_AUTH',
  'not-found': 'E_API_NOT_FOUND',
  rejected: 'E_API_REJECTED',
};

const HINTS: Record<FatalGitLabErrorKind, string> = {
  auth: 'create a project access token (Settings > Access tokens, role Reporter or above, scope api), store it as a masked CI/CD variable and pass it: gitlab-token: $MY_TOKEN_VARIABLE (docs/GITLAB.md#tokens)',
  permission:
    'give the token the api scope and its user the Reporter role or above (a project access token: Settings > Access tokens) (docs/GITLAB.md#tokens)',
  'not-found':
    'check CI_PROJECT_ID and CI_MERGE_REQUEST_IID, and that the token belongs to this project or can see it',
  rejected: "GitLab's reason is in the message; the report is in the job artifacts meanwhile",
};

/** A failure the user must fix as the MmfError the CLI prints (E_API_AUTH, E_API_NOT_FOUND, E_API_REJECTED). */
export function gitLabMmfError(c: ClassifiedGitLabError & { kind: FatalGitLabErrorKind }): MmfError {
  return new MmfError(CODES[c.kind], c.message, { hint: HINTS[c.kind] });
}
