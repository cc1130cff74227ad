/**
 * A small client for GitLab's REST API v4, for the GitLab front ends (MR
 * notes today): the API root from CI_API_V4_URL, a `PRIVATE-TOKEN` header,
 * page-number pagination (`x-next-page`), and retries of 429 and 5xx answers
 * and network failures (honouring Retry-After, with exponential back-off).
 * What still fails is thrown as a GitLabRequestError, which
 * classifyGitLabError (gitlab-errors.ts) turns into advice. The token never
 * appears in an error or a log line.
 */

export interface GitLabClientOptions {
  /** The API root, e.g. `https://gitlab.example.com/api/v4` (CI_API_V4_URL). */
  apiUrl: string;
  /** A personal, project or group access token (sent as PRIVATE-TOKEN), or a CI job token. */
  token: string;
  /** The header the token goes in: PRIVATE-TOKEN (default) or JOB-TOKEN for CI_JOB_TOKEN. */
  tokenHeader?: 'PRIVATE-TOKEN' | 'JOB-TOKEN';
  /** Retries of a 429, 5xx or network failure. Default 3. */
  retries?: number;
  /** Longest wait before a retry, in ms; a longer Retry-After gives up at once. Default 30 s. */
  maxRetryDelayMs?: number;
  /** First back-off without Retry-After, in ms (doubled per retry). Default 500. */
  backoffMs?: number;
  /** One line per retry. */
  log?: (line: string) => void;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export type Query = Readonly<Record<string, string | number | boolean | undefined>>;

export interface GitLabResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** A request GitLab refused or did not answer (after retries). */
export class GitLabRequestError extends Error {
  constructor(
    /** The HTTP status; undefined when no answer came (network). */
    readonly status: number | undefined,
    /** e.g. `POST /projects/42/merge_requests/7/notes`. */
    readonly request: string,
    /** GitLab's own message (`message`, `error`, `error_description`), one line. */
    readonly gitlabMessage: string,
    /** Attempts made, retries included. */
    readonly attempts: number,
  ) {
    super(
      `GitLab ${request}: ${status ? `HTTP ${status}` : 'no answer'}${gitlabMessage ? ` (${gitlabMessage})` : ''}`,
    );
    this.name = 'GitLabRequestError';
  }
}

/** GitLab's `:id`: a numeric id as is, a project path URL-encoded (`group%2Fproject`). */
export function projectRef(project: string | number): string {
  return typeof project === 'number' || /^\d+$/.test(project) ? String(project) : encodeURIComponent(project);
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function messageOf(body: unknown): string {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300);
  if (typeof body === 'string') return /^\s*</.test(body) ? '' : flat(body);
  if (!body || typeof body !== 'object') return '';
  const b = body as Record<string, unknown>;
  const parts = [b.message, b.error, b.error_description]
    .map((v) => (typeof v === 'string' ? v : v ? JSON.stringify(v) : ''))
    .filter(Boolean);
  return flat([...new Set(parts)].join(': '));
}

export class GitLabClient {
  readonly apiUrl: string;
  private readonly token: string;
  private readonly tokenHeader: 'PRIVATE-TOKEN' | 'JOB-TOKEN';
  private readonly retries: number;
  private readonly maxRetryDelayMs: number;
  private readonly backoffMs: number;
  private readonly log: (line: string) => void;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: GitLabClientOptions) {
    this.apiUrl = options.apiUrl.replace(/\/+$/, '');
    this.token = options.token;
    this.tokenHeader = options.tokenHeader ?? 'PRIVATE-TOKEN';
    this.retries = options.retries ?? 3;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
    this.backoffMs = options.backoffMs ?? 500;
    this.log = options.log ?? (() => {});
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? wait;
  }

  /** One request, JSON in and out; 429, 5xx and network failures are retried. */
  async request<T = unknown>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    options: { query?: Query; body?: unknown } = {},
  ): Promise<GitLabResponse<T>> {
    const url = new URL(`${this.apiUrl}${path}`);
    for (const [k, v] of Object.entries(options.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json', [this.tokenHeader]: this.token };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const what = `${method} ${path}`;
    for (let attempt = 1; ; attempt++) {
      const retry = async (reason: string, delay: number | undefined): Promise<boolean> => {
        const ms = delay ?? this.backoffMs * 2 ** (attempt - 1);
        if (attempt > this.retries || ms > this.maxRetryDelayMs) return false;
        this.log(
          `GitLab ${what}: ${reason}; retrying in ${ms < 1000 ? `${ms} ms` : `${ms / 1000} s`} (retry ${attempt} of ${this.retries})`,
        );
        await this.sleep(ms);
        return true;
      };
      let response: Response;
      try {
        response = await this.fetchImpl(url, {
          method,
          headers,
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        });
      } catch (err) {
        const reason = (err as Error).message;
        if (await retry(`no answer (${reason})`, undefined)) continue;
        throw new GitLabRequestError(undefined, what, reason, attempt);
      }
      const text = await response.text();
      let body: unknown = text;
      if (text && /json/.test(response.headers.get('content-type') ?? '')) {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      if (response.ok)
        return { status: response.status, body: (text ? body : null) as T, headers: response.headers };
      if (response.status === 429 || response.status >= 500) {
        const delay = retryAfterMs(response.headers);
        if (await retry(`HTTP ${response.status}`, delay)) continue;
      }
      throw new GitLabRequestError(response.status, what, messageOf(body), attempt);
    }
  }

  get<T = unknown>(path: string, query?: Query): Promise<GitLabResponse<T>> {
    return this.request<T>('GET', path, query ? { query } : {});
  }

  post<T = unknown>(path: string, body: unknown): Promise<GitLabResponse<T>> {
    return this.request<T>('POST', path, { body });
  }

  put<T = unknown>(path: string, body: unknown): Promise<GitLabResponse<T>> {
    return this.request<T>('PUT', path, { body });
  }

  delete(path: string): Promise<GitLabResponse<unknown>> {
    return this.request('DELETE', path);
  }

  /** Every item of a paginated list (100 per page unless `query` sets `per_page`, following `x-next-page`), at most `maxPages` pages. */
  async paginate<T>(path: string, query: Query = {}, maxPages = 100): Promise<T[]> {
    const out: T[] = [];
    let page = 1;
    for (let n = 0; n < maxPages; n++) {
      const response = await this.get<T[]>(path, { per_page: 100, ...query, page });
      out.push(...(Array.isArray(response.body) ? response.body : []));
      const next = Number(response.headers.get('x-next-page'));
      if (!Number.isInteger(next) || next <= page) break;
      page = next;
    }
    return out;
  }
}
