import { MmfError, oneParagraph } from '../../kernel/errors.js';

/**
 * A small client for GitLab's REST API v4: base URL from the caller or CI_API_V4_URL, a
 * `PRIVATE-TOKEN` (personal, project or group access token) or `JOB-TOKEN` (CI_JOB_TOKEN) header,
 * page-number pagination, retries on 429 and 5xx (honouring Retry-After), and failures as
 * MmfErrors: E_API_AUTH (401/403), E_API_NOT_FOUND (404), E_API_REJECTED (other 4xx),
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

export type Query = Record<string, string | number | boolean | undefined>;

export interface GitLabResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** GitLab's `:id` path parameter: a numeric id or the URL-encoded full path (`group%2Fproject`). */
export const projectId = (project: string | number): string =>
  typeof project === 'number' || /^\d+$/.test(project) ? String(project) : encodeURIComponent(project);

/** The auth GitLab CI gives a job by default, or a token from the environment (GITLAB_TOKEN wins). */
export function gitLabAuthFromEnv(env: NodeJS.ProcessEnv = process.env): GitLabAuth | undefined {
  if (env['GITLAB_TOKEN']) return { kind: 'private', token: env['GITLAB_TOKEN'] };
  if (env['CI_JOB_TOKEN']) return { kind: 'job', token: env['CI_JOB_TOKEN'] };
  return undefined;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function gitLabMessage(body: unknown): string {
  if (typeof body === 'string') return oneParagraph(body, 300);
  const b = body as { message?: unknown; error?: unknown } | null;
  const m = b?.message ?? b?.error;
  if (typeof m === 'string') return m;
  return m ? oneParagraph(JSON.stringify(m), 300) : '';
}

export class GitLabClient {
  readonly apiUrl: string;
  private readonly auth: GitLabAuth;
  private readonly retries: number;
  private readonly maxRetryDelayMs: number;
  private readonly backoffMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

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
    this.auth = options.auth;
    this.retries = options.retries ?? 3;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
    this.backoffMs = options.backoffMs ?? 500;
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? sleepFor;
  }

  private url(path: string, query: Query = {}): string {
    const url = new URL(`${this.apiUrl}${path.startsWith('/') ? path : `/${path}`}`);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
    return url.toString();
  }

  /** One request; JSON in and out. Retries 429/5xx and network errors, then classifies failures. */
  async request<T = unknown>(
    method: string,
    path: string,
    options: { query?: Query; body?: unknown } = {},
  ): Promise<GitLabResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    headers[this.auth.kind === 'job' ? 'JOB-TOKEN' : 'PRIVATE-TOKEN'] = this.auth.token;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const url = this.url(path, options.query);
    const what = `${method} ${path}`;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await this.fetchImpl(url, {
          method,
          headers,
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        });
      } catch (err) {
        if (attempt < this.retries) {
          await this.sleep(this.backoffMs * 2 ** attempt);
          continue;
        }
        throw new MmfError('E_API_UNAVAILABLE', `GitLab ${what}: ${(err as Error).message}`, {
          hint: `check that ${this.apiUrl} is reachable from this job`,
          cause: err,
        });
      }
      const text = await response.text();
      let body: unknown = text;
      if (text && (response.headers.get('content-type') ?? '').includes('json')) {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      if (response.ok)
        return { status: response.status, body: (text ? body : null) as T, headers: response.headers };
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable && attempt < this.retries) {
        const wait = retryAfterMs(response.headers) ?? this.backoffMs * 2 ** attempt;
        if (wait <= this.maxRetryDelayMs) {
          await this.sleep(wait);
          continue;
        }
      }
      throw this.classify(response.status, what, gitLabMessage(body));
    }
  }

  private classify(status: number, what: string, message: string): MmfError {
    const detail = `GitLab ${what} answered ${status}${message ? `: ${message}` : ''}`;
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
    const out: T[] = [];
    let page = 1;
    for (let n = 0; n < maxPages; n++) {
      const response = await this.get<T[]>(path, { per_page: 100, ...query, page });
      out.push(...(response.body ?? []));
      const next = response.headers.get('x-next-page');
      if (!next) break;
      page = Number(next);
      if (!Number.isFinite(page) || page < 1) break;
    }
    return out;
  }
}
