import { MmfError } from '../../kernel/errors.js';
import {
  GitLabClient as Transport,
  GitLabRequestError,
  projectRef,
  type GitLabResponse,
  type Query,
} from './client.js';

/**
 * GitLab's REST API v4 for commands whose failures end the run (release):
 * the transport of client.ts (retries of 429/5xx/network honouring
 * Retry-After, pagination) with the API URL from the caller or CI_API_V4_URL,
 * a `PRIVATE-TOKEN` or `JOB-TOKEN` (CI_JOB_TOKEN), and failures as MmfErrors:
 * E_API_AUTH (401/403), E_API_NOT_FOUND (404), E_API_REJECTED (other 4xx),
 * E_API_UNAVAILABLE (429/5xx after retries, network). The token never appears in errors.
 */
export interface GitLabAuth {
  kind: 'private' | 'job';
  token: string;
}

export interface GitLabClientOptions {
  /** e.g. https://gitlab.example.com/api/v4; default CI_API_V4_URL. */
  apiUrl?: string;
  auth: GitLabAuth;
  /** Retries of a 429/5xx/network failure (default 3). */
  retries?: number;
  /** Longest wait between retries, ms (default 30 s; Retry-After above it fails at once). */
  maxRetryDelayMs?: number;
  /** Base of exponential backoff without Retry-After, ms (default 500). */
  backoffMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export type { GitLabResponse, Query } from './client.js';

/** GitLab's `:id` path parameter: a numeric id or the URL-encoded full path (`group%2Fproject`). */
export const projectId = projectRef;

/** The auth GitLab CI gives a job by default, or a token from the environment (GITLAB_TOKEN wins). */
export function gitLabAuthFromEnv(env: NodeJS.ProcessEnv = process.env): GitLabAuth | undefined {
  if (env['GITLAB_TOKEN']) return { kind: 'private', token: env['GITLAB_TOKEN'] };
  if (env['CI_JOB_TOKEN']) return { kind: 'job', token: env['CI_JOB_TOKEN'] };
  return undefined;
}

function asMmfError(err: unknown, apiUrl: string): unknown {
  if (!(err instanceof GitLabRequestError)) return err;
  const { status, request, gitlabMessage } = err;
  if (status === undefined)
    return new MmfError('E_API_UNAVAILABLE', `GitLab ${request}: ${gitlabMessage}`, {
      hint: `check that ${apiUrl} is reachable from this job`,
      cause: err,
    });
  const detail = `GitLab ${request} answered ${status}${gitlabMessage ? `: ${gitlabMessage}` : ''}`;
  if (status === 401)
    return new MmfError('E_API_AUTH', detail, {
      hint: 'the token is missing, expired or revoked; CI_JOB_TOKEN works only for some endpoints (releases, packages)',
    });
  if (status === 403)
    return new MmfError('E_API_AUTH', detail, {
      hint: 'the token lacks a scope (api) or a role (Developer or above for releases and tags)',
    });
  if (status === 404)
    return new MmfError('E_API_NOT_FOUND', detail, {
      hint: 'check the project path or id, and that the token can see the project',
    });
  if (status === 429 || status >= 500)
    return new MmfError('E_API_UNAVAILABLE', detail, {
      hint: 'GitLab is rate limiting or failing; run the job again later',
    });
  return new MmfError('E_API_REJECTED', detail);
}

export class GitLabClient {
  readonly apiUrl: string;
  private readonly transport: Transport;

  constructor(options: GitLabClientOptions) {
    const apiUrl = options.apiUrl ?? process.env['CI_API_V4_URL'];
    if (!apiUrl)
      throw new MmfError('E_USAGE', 'the GitLab API URL is not known', {
        hint: 'pass --api-url https://gitlab.example.com/api/v4 (in GitLab CI, CI_API_V4_URL is set)',
      });
    if (!options.auth.token)
      throw new MmfError('E_API_AUTH', 'no GitLab token', {
        hint: 'set GITLAB_TOKEN (an access token with the api scope) or run in GitLab CI (CI_JOB_TOKEN)',
      });
    this.apiUrl = apiUrl.replace(/\/+$/, '');
    this.transport = new Transport({
      apiUrl: this.apiUrl,
      token: options.auth.token,
      tokenHeader: options.auth.kind === 'job' ? 'JOB-TOKEN' : 'PRIVATE-TOKEN',
      ...(options.retries !== undefined ? { retries: options.retries } : {}),
      ...(options.maxRetryDelayMs !== undefined ? { maxRetryDelayMs: options.maxRetryDelayMs } : {}),
      ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    });
  }

  /** One request; JSON in and out. Retries 429/5xx and network errors, then classifies failures. */
  async request<T = unknown>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    options: { query?: Query; body?: unknown } = {},
  ): Promise<GitLabResponse<T>> {
    try {
      return await this.transport.request<T>(method, path.startsWith('/') ? path : `/${path}`, options);
    } catch (err) {
      throw asMmfError(err, this.apiUrl);
    }
  }

  get<T = unknown>(path: string, query?: Query): Promise<GitLabResponse<T>> {
    return this.request<T>('GET', path, query ? { query } : {});
  }
  post<T = unknown>(path: string, body?: unknown): Promise<GitLabResponse<T>> {
    return this.request<T>('POST', path, { body: body ?? {} });
  }
  put<T = unknown>(path: string, body?: unknown): Promise<GitLabResponse<T>> {
    return this.request<T>('PUT', path, { body: body ?? {} });
  }
  delete(path: string): Promise<GitLabResponse<unknown>> {
    return this.request('DELETE', path);
  }

  /** Every item of a paginated list (page-number pagination, `x-next-page`), at most `maxPages` pages. */
  async paginate<T>(path: string, query: Query = {}, maxPages = 100): Promise<T[]> {
    try {
      return await this.transport.paginate<T>(path, query, maxPages);
    } catch (err) {
      throw asMmfError(err, this.apiUrl);
    }
  }
}
