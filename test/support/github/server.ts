/**
 * A local stand-in for api.github.com that checks every request against GitHub's published OpenAPI
 * description (see spec.ts) and keeps in-memory state for the endpoints a PR-review action uses:
 * issue comments, check runs (with annotations) and `GET pulls/{n}`, and for what a release
 * capability uses (repo-handlers.ts): releases, git refs and tags, commits and comparisons.
 *
 *   const server = await startGitHubServer();
 *   const octokit = getOctokit('t0k3n', { baseUrl: server.url });
 *   ...
 *   expect(server.validationErrors).toEqual([]);
 *   await server.close();
 *
 * Per request: route by method + path template (unknown → 404), auth header (`token X` / `bearer X`,
 * missing/bad → 401 like GitHub), `accept` header, path/query parameters (types, enums, documented
 * maxima such as per_page ≤ 100, unknown names), JSON body against the requestBody schema (plus
 * top-level keys the schema lacks). Violations answer 422 (400 for unparsable JSON) and are
 * recorded in `validationErrors`. 2xx bodies the fake generates are validated against the
 * documented response schema too (recorded as kind `response`), so the fake stays honest.
 *
 * The token is a GITHUB_TOKEN (an installation of the GitHub Actions app) by default; with
 * `tokenKind: 'pat'` it is a personal access token: GET /user answers, check runs cannot be
 * written (403 `You must authenticate via a GitHub App.`), scopes come back in x-oauth-scopes.
 * `permissions` narrows the GITHUB_TOKEN like a workflow's `permissions:` block (403
 * `Resource not accessible by integration`). Rate limits and outages are injected with
 * simulatePrimaryRateLimit, simulateSecondaryRateLimit and failWith.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Actor,
  type CheckAnnotation,
  type CheckConclusion,
  type CheckRunPullRef,
  type CheckStatus,
  type PullRequestSpec,
  type StoredCheckRun,
  type StoredComment,
  type Urls,
  GITHUB_ACTIONS_BOT,
  actorId,
  actorType,
  checkAnnotationObject,
  checkRunObject,
  fakeSha,
  isoSeconds,
  issueCommentObject,
  nodeId,
  pullRequestObject,
  resolvePullRequest,
  stableId,
  userObject,
} from './payloads.js';
import { GitHubAnswer, SemanticError } from './errors.js';
import { repoHandlers } from './repo-handlers.js';
import {
  type SeedCommitInput,
  type StoredCommit,
  type StoredRelease,
  type StoredTagObject,
  RepoStore,
  releaseAuthor,
} from './repo-store.js';
import { type GitHubSpec, type Operation, type SchemaProblem, loadGitHubSpec } from './spec.js';

export {
  pullRequestEvent,
  pullRequestActionEnv,
  pullRequestObject,
  fakeSha,
  GITHUB_ACTIONS_BOT,
  type PullRequestEventOptions,
  type PullRequestSpec,
  type StoredComment,
  type StoredCheckRun,
  type CheckAnnotation,
  type Actor,
} from './payloads.js';
export { loadGitHubSpec, type GitHubSpec, type SchemaProblem } from './spec.js';
export { SemanticError, GitHubAnswer } from './errors.js';
export { RELEASE_BODY_LIMIT } from './repo-handlers.js';
export type {
  SeedCommitInput,
  StoredCommit,
  StoredRelease,
  StoredTagObject,
  ChangedFile,
  MakeLatest,
} from './repo-store.js';

// ---------------------------------------------------------------------------------------------
// Public types.

export interface RecordedRequest {
  method: string;
  /** Path without the query string, still percent-encoded. */
  path: string;
  /** Query parameters as sent (repeated keys become arrays). */
  query: Record<string, string | string[]>;
  /** Lower-case header names; `authorization` is redacted to `token ***` / `bearer ***`. */
  headers: Record<string, string>;
  /** Parsed JSON body (or the raw text when it was not JSON; undefined when empty). */
  body: unknown;
  /** Set when the route matched an operation, e.g. `issues/create-comment`. */
  operationId?: string;
  /** Decoded path parameters of the matched template. */
  params: Record<string, string>;
  /** Response status sent (0 until the response is written). */
  status: number;
}

export type ValidationErrorKind =
  | 'route' // unknown path or method
  | 'auth' // missing/malformed authorization header, or wrong token
  | 'headers' // missing accept header, etc.
  | 'params' // path or query parameters
  | 'body' // request body (JSON syntax or schema)
  | 'semantic' // schema-valid but GitHub would still answer 422 (e.g. completed without conclusion)
  | 'response' // the fake produced a body that does not match the documented response schema
  | 'unimplemented' // a valid operation the fake has no handler for (answered 501)
  | 'handler'; // a handler threw

export interface ValidationError {
  kind: ValidationErrorKind;
  method: string;
  path: string;
  operationId?: string;
  message: string;
  problems?: SchemaProblem[];
}

export interface HandlerContext {
  server: GitHubServer;
  operation: Operation;
  request: RecordedRequest;
  /** Path parameters, coerced to their schema types. */
  params: Record<string, unknown>;
  /** Query parameters, coerced, documented defaults applied (per_page: 30, page: 1, …). */
  query: Record<string, unknown>;
  /** Parsed, schema-valid JSON body. */
  body: Record<string, unknown>;
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>;
export type RequestPredicate = (request: RecordedRequest) => boolean;

export interface GitHubServerOptions {
  /** Only this token is accepted; others get 401 Bad credentials (recorded). Default: any token. */
  token?: string;
  /** Author of comments created through the API. Default github-actions[bot] (Bot). */
  actor?: Actor;
  /** Clock for created_at/updated_at/started_at/completed_at. Default: real time. */
  now?: () => Date;
  /** Validate generated 2xx bodies against the documented response schema. Default true. */
  validateResponses?: boolean;
  /** Report top-level request-body keys the schema does not know. Default true. */
  strictBodyKeys?: boolean;
  /** Base for html_url fields. Default https://github.com. */
  webUrl?: string;
  /**
   * `installation` (default): GITHUB_TOKEN, acting as github-actions[bot]. `pat`: a classic
   * personal access token of `actor` (default octocat): GET /user works, check runs cannot be
   * created or updated (403), responses carry x-oauth-scopes.
   */
  tokenKind?: TokenKind;
  /** Scopes a PAT reports in x-oauth-scopes. Default `['repo', 'workflow']`. */
  scopes?: string[];
  /**
   * The GITHUB_TOKEN's permissions (a workflow's `permissions:`); unlisted ones are `write`
   * (`metadata` is always read). Ignored for PATs.
   */
  permissions?: Partial<Record<Permission, PermissionLevel>>;
}

export type TokenKind = 'installation' | 'pat';
export type Permission = 'contents' | 'checks' | 'issues' | 'pull-requests' | 'statuses';
export type PermissionLevel = 'read' | 'write' | 'none';

/** The user behind the default PAT. */
export const OCTOCAT: Required<Actor> = { login: 'octocat', id: 583231, type: 'User' };

export interface SeedCommentInput {
  owner: string;
  repo: string;
  issue_number: number;
  body: string;
  /** Default: the server's actor (github-actions[bot]). */
  user?: Actor;
  author_association?: string;
  created_at?: string;
  updated_at?: string;
}

export interface SeedCheckRunInput {
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status?: CheckStatus;
  conclusion?: CheckConclusion | null;
  output?: { title?: string | null; summary?: string | null; text?: string | null };
  annotations?: CheckAnnotation[];
  external_id?: string;
  details_url?: string | null;
}

/** Body GitHub returns when GITHUB_TOKEN is read-only (pull requests from forks). */
export const RESOURCE_NOT_ACCESSIBLE = 'Resource not accessible by integration';

export const isWriteRequest: RequestPredicate = (r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method);

// ---------------------------------------------------------------------------------------------

interface Failure {
  predicate: RequestPredicate;
  status: number;
  body: unknown | ((request: RecordedRequest, operation?: Operation) => unknown);
  headers: Record<string, string> | (() => Record<string, string>);
  remaining: number;
}

export interface RateLimitOptions {
  /** How many requests are refused (default 1). */
  times?: number;
  /** 403 (default, what GitHub mostly sends) or 429. */
  status?: 403 | 429;
}

/** Starts a server on 127.0.0.1 with a random port. Loads the description on first use (~0.5 s). */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const spec = await loadGitHubSpec();
  const server = new GitHubServer(spec, options);
  await server.listen();
  return server;
}

const key = (owner: string, repo: string) => `${owner}/${repo}`.toLowerCase();

export class GitHubServer {
  /** `http://127.0.0.1:<port>`; pass as octokit `baseUrl` / GITHUB_API_URL. */
  url = '';
  readonly requests: RecordedRequest[] = [];
  readonly validationErrors: ValidationError[] = [];

  private readonly http: Server;
  private readonly handlers = new Map<string, Handler>();
  private failures: Failure[] = [];
  private readonly commentStore = new Map<number, StoredComment>();
  private readonly checkRunStore = new Map<number, StoredCheckRun>();
  private readonly pullStore = new Map<string, PullRequestSpec>();
  /** Commits, refs, tag objects and releases (repo-store.ts). */
  private readonly git: RepoStore;
  private nextCommentId = 2_000_000_001;
  private nextCheckRunId = 25_000_000_001;
  private readonly rateLimit = 5000;
  private rateRemaining = 5000;
  private requestCounter = 0;
  private readonly actor: Required<Actor>;
  private readonly now: () => Date;

  constructor(
    readonly spec: GitHubSpec,
    private readonly options: GitHubServerOptions = {},
  ) {
    const a = options.actor ?? (options.tokenKind === 'pat' ? OCTOCAT : GITHUB_ACTIONS_BOT);
    this.actor = { login: a.login, id: actorId(a), type: actorType(a) };
    this.now = options.now ?? (() => new Date());
    this.git = new RepoStore(this.now);
    this.http = createServer((req, res) => {
      this.onRequest(req, res).catch((error: unknown) => {
        this.validationErrors.push({
          kind: 'handler',
          method: req.method ?? '?',
          path: req.url ?? '?',
          message: `fake crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: 'Server Error' }));
      });
    });
    this.installBuiltInHandlers();
  }

  /** @internal */
  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(0, '127.0.0.1', () => {
        const { port } = this.http.address() as AddressInfo;
        this.url = `http://127.0.0.1:${port}`;
        resolve();
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.http.close((err) => (err ? reject(err) : resolve()));
      this.http.closeAllConnections();
    });
  }

  private get urls(): Urls {
    return { api: this.url, web: this.options.webUrl ?? 'https://github.com' };
  }

  // ------------------------------------------------------------------ state and controls

  /** Current issue comments (all repositories), by id. Copies. */
  get comments(): StoredComment[] {
    return [...this.commentStore.values()].sort((a, b) => a.id - b.id).map((c) => structuredClone(c));
  }

  /** Current check runs (all repositories), by id. Copies. */
  get checkRuns(): StoredCheckRun[] {
    return [...this.checkRunStore.values()].sort((a, b) => a.id - b.id).map((c) => structuredClone(c));
  }

  /**
   * Answers matching requests with `status`/`body` instead of the normal handler (after
   * validation: invalid requests still get 4xx). `times` limits how often (default: always).
   * Returns a function that removes the rule.
   */
  failWith(
    predicate: RequestPredicate,
    status: number,
    body?: unknown | ((request: RecordedRequest, operation?: Operation) => unknown),
    options: { times?: number; headers?: Record<string, string> | (() => Record<string, string>) } = {},
  ): () => void {
    const failure: Failure = {
      predicate,
      status,
      body: body ?? ((_r: RecordedRequest, op?: Operation) => errorBody(status, statusText(status), op)),
      headers: options.headers ?? {},
      remaining: options.times ?? Number.POSITIVE_INFINITY,
    };
    this.failures.push(failure);
    return () => {
      this.failures = this.failures.filter((f) => f !== failure);
    };
  }

  /**
   * A pull request from a fork: GITHUB_TOKEN is read-only, so every write answers
   * 403 `Resource not accessible by integration`.
   */
  simulateReadOnlyToken(): () => void {
    return this.failWith(isWriteRequest, 403, (_r: RecordedRequest, op?: Operation) =>
      errorBody(403, RESOURCE_NOT_ACCESSIBLE, op),
    );
  }

  /**
   * The primary rate limit: `times` requests matching `predicate` answer 403 (or 429)
   * `API rate limit exceeded for installation ID …` with x-ratelimit-remaining: 0 and
   * x-ratelimit-reset `resetInSeconds` from now, as GitHub does when the hourly quota is spent.
   */
  simulatePrimaryRateLimit(
    predicate: RequestPredicate = () => true,
    options: RateLimitOptions & { resetInSeconds?: number } = {},
  ): () => void {
    const status = options.status ?? 403;
    const who = this.options.tokenKind === 'pat' ? `user ID ${this.actor.id}` : 'installation ID 51234567';
    return this.failWith(
      predicate,
      status,
      {
        message: `API rate limit exceeded for ${who}. If you reach out to GitHub Support for help, please include the request ID FAKE:0000.`,
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limits',
        status: String(status),
      },
      {
        times: options.times ?? 1,
        headers: () => ({
          'x-ratelimit-limit': String(this.rateLimit),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': String(this.rateLimit),
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + (options.resetInSeconds ?? 60)),
        }),
      },
    );
  }

  /**
   * A secondary (abuse) rate limit: `times` matching requests answer 403 (or 429)
   * `You have exceeded a secondary rate limit…` with `retry-after` (seconds); the primary quota
   * headers stay normal, which is how clients tell the two apart.
   */
  simulateSecondaryRateLimit(
    predicate: RequestPredicate = () => true,
    options: RateLimitOptions & { retryAfter?: number } = {},
  ): () => void {
    const status = options.status ?? 403;
    return this.failWith(
      predicate,
      status,
      {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
          'If you reach out to GitHub Support for help, please include the request ID FAKE:0000.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(status),
      },
      { times: options.times ?? 1, headers: { 'retry-after': String(options.retryAfter ?? 60) } },
    );
  }

  /** Replaces or adds the handler for an operation (e.g. `pulls/list-files`). */
  handle(operationId: string, handler: Handler): void {
    this.spec.operation(operationId); // throws for unknown ids
    this.handlers.set(operationId, handler);
  }

  seedComment(input: SeedCommentInput): StoredComment {
    const id = this.nextCommentId++;
    const user = input.user ?? this.actor;
    const at = input.created_at ?? isoSeconds(this.now());
    const comment: StoredComment = {
      id,
      node_id: nodeId('IC', id),
      owner: input.owner,
      repo: input.repo,
      issue_number: input.issue_number,
      body: input.body,
      user: { login: user.login, id: actorId(user), type: actorType(user) },
      author_association: input.author_association ?? (actorType(user) === 'Bot' ? 'NONE' : 'MEMBER'),
      created_at: at,
      updated_at: input.updated_at ?? at,
    };
    this.commentStore.set(id, comment);
    return structuredClone(comment);
  }

  /** Makes `GET /repos/{owner}/{repo}/pulls/{number}` answer (404 otherwise). */
  seedPullRequest(spec: PullRequestSpec): void {
    this.pullStore.set(`${key(spec.owner, spec.repo)}#${spec.number}`, { ...spec });
  }

  seedCheckRun(input: SeedCheckRunInput): StoredCheckRun {
    const now = isoSeconds(this.now());
    const conclusion = input.conclusion ?? null;
    const status = conclusion ? 'completed' : (input.status ?? 'queued');
    const run = this.newCheckRun(input.owner, input.repo, input.name, input.head_sha);
    Object.assign(run, {
      status,
      conclusion,
      completed_at: status === 'completed' ? now : null,
      external_id: input.external_id ?? '',
      details_url: input.details_url ?? null,
      output: {
        title: input.output?.title ?? null,
        summary: input.output?.summary ?? null,
        text: input.output?.text ?? null,
      },
      annotations: [...(input.annotations ?? [])],
    });
    return structuredClone(run);
  }

  /** A commit; moves `branch` (default `main`, null for none) to it. */
  seedCommit(input: SeedCommitInput): StoredCommit {
    return this.git.seedCommit(input);
  }

  /** A ref as if pushed (`refs/heads/…`, `refs/tags/…`) to a known commit or tag object. */
  seedRef(input: { owner: string; repo: string; ref: string; sha: string }): void {
    if (!this.git.objectExists(input.owner, input.repo, input.sha)) {
      throw new Error(
        `seedRef: ${input.sha} is not a commit or tag object of ${input.owner}/${input.repo}; seedCommit first`,
      );
    }
    this.git.setRef(input.owner, input.repo, input.ref, input.sha);
  }

  /** A release that existed before the run (its tag is created from target_commitish unless a draft). */
  seedRelease(input: {
    owner: string;
    repo: string;
    tag_name: string;
    target_commitish?: string;
    name?: string | null;
    body?: string | null;
    draft?: boolean;
    prerelease?: boolean;
    created_at?: string;
    author?: Actor;
  }): StoredRelease {
    const at = input.created_at ?? isoSeconds(this.now());
    const draft = input.draft ?? false;
    const target = input.target_commitish ?? 'main';
    if (!draft && !this.git.getRef(input.owner, input.repo, `refs/tags/${input.tag_name}`)) {
      const sha = this.git.resolve(input.owner, input.repo, target);
      if (!sha)
        throw new Error(
          `seedRelease: ${target} is not known in ${input.owner}/${input.repo}; seedCommit first`,
        );
      this.git.setRef(input.owner, input.repo, `refs/tags/${input.tag_name}`, sha);
    }
    const release: StoredRelease = {
      id: this.git.nextReleaseId++,
      owner: input.owner,
      repo: input.repo,
      tag_name: input.tag_name,
      target_commitish: target,
      name: input.name ?? null,
      body: input.body ?? null,
      draft,
      prerelease: input.prerelease ?? false,
      created_at: at,
      published_at: draft ? null : at,
      updated_at: at,
      author: releaseAuthor(input.author ?? this.actor),
      latest: false,
    };
    this.git.releases.set(release.id, release);
    return structuredClone(release);
  }

  /** Releases (all repositories), newest first. Copies. */
  get releases(): StoredRelease[] {
    return [...this.git.releases.values()]
      .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)
      .map((r) => structuredClone(r));
  }

  /** The refs of a repository (`refs/heads/…`, `refs/tags/…`) → SHA. */
  refs(owner: string, repo: string): Record<string, string> {
    return Object.fromEntries(this.git.listRefs(owner, repo).map((r) => [r.ref, r.sha]));
  }

  /** An annotated tag object created through `git/create-tag`. */
  tagObject(owner: string, repo: string, sha: string): StoredTagObject | undefined {
    const t = this.git.tagObject(owner, repo, sha);
    return t ? structuredClone(t) : undefined;
  }

  /** Forgets recorded requests and validation errors (state is kept). */
  clearRecords(): void {
    this.requests.length = 0;
    this.validationErrors.length = 0;
  }

  /** Clears state, records, failure rules and custom handlers. */
  reset(): void {
    this.clearRecords();
    this.commentStore.clear();
    this.checkRunStore.clear();
    this.pullStore.clear();
    this.git.clear();
    this.failures = [];
    this.handlers.clear();
    this.installBuiltInHandlers();
  }

  /** Human-readable list of recorded validation errors (for assertion messages). */
  describeValidationErrors(): string {
    return this.validationErrors
      .map((e) => {
        const detail = (e.problems ?? []).map((p) => `\n    ${p.at}: ${p.message}`).join('');
        return `[${e.kind}] ${e.method} ${e.path}${e.operationId ? ` (${e.operationId})` : ''}: ${e.message}${detail}`;
      })
      .join('\n');
  }

  // ------------------------------------------------------------------ request pipeline

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query: Record<string, string | string[]> = {};
    for (const [name, value] of url.searchParams) {
      const prev = query[name];
      query[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const authHeader = headers.authorization;
    if (authHeader !== undefined) headers.authorization = authHeader.replace(/^(\S+)\s+.*$/s, '$1 ***');

    let body: unknown = undefined;
    let jsonError: string | undefined;
    if (rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody);
      } catch (e) {
        body = rawBody;
        jsonError = (e as Error).message;
      }
    }
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query,
      headers,
      body,
      params: {},
      status: 0,
    };
    this.requests.push(record);

    const fail = (
      kind: ValidationErrorKind,
      status: number,
      message: string,
      problems?: SchemaProblem[],
      op?: Operation,
    ): HandlerResult => {
      this.validationErrors.push({
        kind,
        method,
        path: url.pathname,
        operationId: op?.operationId,
        message,
        ...(problems?.length ? { problems } : {}),
      });
      const text =
        problems && problems.length > 0
          ? `Invalid request.\n\n${problems.map((p) => `${p.at}: ${p.message}`).join('\n')}`
          : message;
      return {
        status,
        body: {
          ...errorBody(status, text, op),
          ...(problems?.length
            ? {
                errors: problems.map((p) => ({
                  resource: op?.operationId,
                  field: p.at,
                  code: 'invalid',
                  message: p.message,
                })),
              }
            : {}),
        },
      };
    };

    const result = await this.dispatch(method, url, record, authHeader, jsonError, fail);
    this.send(res, record, result);
  }

  private async dispatch(
    method: string,
    url: URL,
    record: RecordedRequest,
    authHeader: string | undefined,
    jsonError: string | undefined,
    fail: (
      kind: ValidationErrorKind,
      status: number,
      message: string,
      problems?: SchemaProblem[],
      op?: Operation,
    ) => HandlerResult,
  ): Promise<HandlerResult> {
    // Route first so that every recorded error carries the operation.
    const match = this.spec.match(method, encodeRefPath(url.pathname));
    const op = match.kind === 'ok' ? match.operation : undefined;
    if (match.kind === 'ok') {
      record.operationId = match.operation.operationId;
      record.params = match.params;
    }

    // Authentication (GitHub: 401 "Requires authentication" / "Bad credentials").
    if (authHeader === undefined) return fail('auth', 401, 'Requires authentication', undefined, op);
    const auth = /^(token|bearer)\s+(\S+)\s*$/i.exec(authHeader);
    if (!auth) {
      return fail('auth', 401, 'Bad credentials (expected "token <t>" or "bearer <t>")', undefined, op);
    }
    if (this.options.token !== undefined && auth[2] !== this.options.token) {
      return fail('auth', 401, 'Bad credentials (not the token this server expects)', undefined, op);
    }

    if (match.kind === 'no-path' || match.kind === 'bad-encoding') {
      return fail('route', 404, 'Not Found', [
        { at: 'path', message: `${method} ${url.pathname} matches no path in the REST description` },
      ]);
    }
    if (match.kind === 'no-method') {
      return fail('route', 404, 'Not Found', [
        { at: 'method', message: `${match.template} supports ${match.allowed.join(', ')}, not ${method}` },
      ]);
    }
    const operation = match.operation;

    if (jsonError !== undefined) {
      return fail('body', 400, 'Problems parsing JSON', [{ at: 'body', message: jsonError }], operation);
    }

    const problems: SchemaProblem[] = [];
    if (!record.headers.accept) problems.push({ at: 'headers.accept', message: 'is missing' });
    const params = this.spec.validateParams(operation, match.params, record.query);
    problems.push(...params.problems);

    const bodyInfo = this.spec.bodyInfo(operation);
    if (record.body === undefined) {
      if (bodyInfo.required) problems.push({ at: 'body', message: 'is required' });
    } else if (!bodyInfo.accepted) {
      problems.push({ at: 'body', message: `${operation.operationId} takes no request body` });
    } else {
      const contentType = record.headers['content-type'] ?? '';
      if (!/json/i.test(contentType)) {
        problems.push({
          at: 'headers.content-type',
          message: `is ${JSON.stringify(contentType)}, expected JSON`,
        });
      }
      problems.push(...this.spec.validateBody(operation, record.body, this.options.strictBodyKeys ?? true));
    }
    if (problems.length > 0) {
      const kind: ValidationErrorKind = problems.every((p) => p.at.startsWith('headers'))
        ? 'headers'
        : problems.some((p) => p.at.startsWith('body'))
          ? 'body'
          : 'params';
      return fail(kind, 422, 'Validation Failed', problems, operation);
    }

    for (const failure of this.failures) {
      if (failure.remaining <= 0 || !failure.predicate(record)) continue;
      failure.remaining--;
      const body = typeof failure.body === 'function' ? failure.body(record, operation) : failure.body;
      const headers = typeof failure.headers === 'function' ? failure.headers() : failure.headers;
      return { status: failure.status, body, headers };
    }

    const refusal = this.tokenRefusal(operation, method);
    if (refusal) return { status: 403, body: errorBody(403, refusal, operation) };

    const handler = this.handlers.get(operation.operationId);
    if (!handler) {
      return fail(
        'unimplemented',
        501,
        `the fake has no handler for ${operation.operationId} (add one with server.handle())`,
        undefined,
        operation,
      );
    }
    const ctx: HandlerContext = {
      server: this,
      operation,
      request: record,
      params: params.path,
      query: params.query,
      body: (record.body ?? {}) as Record<string, unknown>,
    };
    let result: HandlerResult;
    try {
      result = await handler(ctx);
    } catch (error) {
      if (error instanceof GitHubAnswer) {
        if (error.record) {
          this.validationErrors.push({
            kind: 'semantic',
            method,
            path: url.pathname,
            operationId: operation.operationId,
            message: `GitHub answers ${error.status} ${error.message}`,
            problems: [error.record],
          });
        }
        return {
          status: error.status,
          body: {
            ...errorBody(error.status, error.message, operation),
            ...(error.errors ? { errors: error.errors } : {}),
          },
        };
      }
      if (error instanceof SemanticError) {
        return fail(
          'semantic',
          422,
          'Validation Failed',
          [{ at: error.at, message: error.message }],
          operation,
        );
      }
      return fail(
        'handler',
        500,
        `handler for ${operation.operationId} threw: ${error instanceof Error ? error.message : String(error)}`,
        undefined,
        operation,
      );
    }
    if (result.status >= 200 && result.status < 300 && (this.options.validateResponses ?? true)) {
      const responseProblems = this.spec.validateResponse(operation, result.status, result.body);
      if (responseProblems && responseProblems.length > 0) {
        this.validationErrors.push({
          kind: 'response',
          method,
          path: url.pathname,
          operationId: operation.operationId,
          message: `the fake's ${result.status} body does not match the documented response schema`,
          problems: responseProblems,
        });
      }
    }
    return result;
  }

  private send(res: ServerResponse, record: RecordedRequest, result: HandlerResult): void {
    record.status = result.status;
    this.rateRemaining = Math.max(0, this.rateRemaining - 1);
    this.requestCounter++;
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `FAKE:${this.requestCounter.toString(16).toUpperCase().padStart(6, '0')}`,
      'x-ratelimit-limit': String(this.rateLimit),
      'x-ratelimit-remaining': String(this.rateRemaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(this.rateLimit - this.rateRemaining),
      'x-ratelimit-resource': 'core',
      ...(this.options.tokenKind === 'pat'
        ? {
            'x-oauth-scopes': (this.options.scopes ?? ['repo', 'workflow']).join(', '),
            'x-accepted-oauth-scopes': 'repo',
          }
        : {}),
      ...result.headers,
    };
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status, headers);
      res.end();
      return;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(result.status, headers);
    res.end(JSON.stringify(result.body));
  }

  // ------------------------------------------------------------------ built-in handlers

  private installBuiltInHandlers(): void {
    const h = (id: string, fn: Handler) => this.handlers.set(id, fn);

    // Issue comments.
    h('issues/list-comments', (ctx) => {
      const { owner, repo, issue_number } = ctx.params as {
        owner: string;
        repo: string;
        issue_number: number;
      };
      const since = ctx.query.since as string | undefined;
      const all = this.commentsOf(owner, repo, issue_number).filter((c) => !since || c.updated_at >= since);
      return this.page(ctx, all, (items) => items.map((c) => this.renderComment(c)));
    });
    h('issues/create-comment', (ctx) => {
      const { owner, repo, issue_number } = ctx.params as {
        owner: string;
        repo: string;
        issue_number: number;
      };
      const created = this.seedComment({ owner, repo, issue_number, body: String(ctx.body.body) });
      const body = this.renderComment(created);
      return { status: 201, body, headers: { location: String(body.url) } };
    });
    h('issues/get-comment', (ctx) => {
      const c = this.findComment(ctx);
      return c ? { status: 200, body: this.renderComment(c) } : notFound(ctx);
    });
    h('issues/update-comment', (ctx) => {
      const c = this.findComment(ctx);
      if (!c) return notFound(ctx);
      c.body = String(ctx.body.body);
      c.updated_at = isoSeconds(this.now());
      return { status: 200, body: this.renderComment(c) };
    });
    h('issues/delete-comment', (ctx) => {
      const c = this.findComment(ctx);
      if (!c) return notFound(ctx);
      this.commentStore.delete(c.id);
      return { status: 204 };
    });

    // Check runs.
    h('checks/create', (ctx) => {
      const { owner, repo } = ctx.params as { owner: string; repo: string };
      const b = ctx.body as unknown as CheckRunBody & { name: string; head_sha: string };
      checkConclusionRules(b, true);
      const run = this.newCheckRun(owner, repo, b.name, b.head_sha);
      this.applyCheckRunBody(run, b);
      return { status: 201, body: this.renderCheckRun(run) };
    });
    h('checks/update', (ctx) => {
      const run = this.findCheckRun(ctx);
      if (!run) return notFound(ctx);
      const b = ctx.body as CheckRunBody;
      checkConclusionRules(b, false);
      this.applyCheckRunBody(run, b);
      return { status: 200, body: this.renderCheckRun(run) };
    });
    h('checks/get', (ctx) => {
      const run = this.findCheckRun(ctx);
      return run ? { status: 200, body: this.renderCheckRun(run) } : notFound(ctx);
    });
    h('checks/list-annotations', (ctx) => {
      const run = this.findCheckRun(ctx);
      if (!run) return notFound(ctx);
      return this.page(ctx, run.annotations, (items) =>
        items.map((a) => checkAnnotationObject(run, a, this.urls)),
      );
    });
    h('checks/list-for-ref', (ctx) => {
      const { owner, repo, ref } = ctx.params as { owner: string; repo: string; ref: string };
      const sha = this.resolveRef(owner, repo, ref);
      if (!sha) throw new SemanticError('path.ref', `No commit found for SHA: ${ref}`);
      let runs = [...this.checkRunStore.values()]
        .filter((r) => key(r.owner, r.repo) === key(owner, repo) && r.head_sha.startsWith(sha))
        .sort((a, b) => b.id - a.id);
      const { check_name, status, filter, app_id } = ctx.query as {
        check_name?: string;
        status?: string;
        filter?: string;
        app_id?: number;
      };
      if (check_name !== undefined) runs = runs.filter((r) => r.name === check_name);
      if (status !== undefined) runs = runs.filter((r) => r.status === status);
      if (app_id !== undefined && app_id !== 15368) runs = [];
      if (filter !== 'all') {
        const seen = new Set<string>();
        runs = runs.filter((r) => (seen.has(r.name) ? false : (seen.add(r.name), true)));
      }
      return this.page(ctx, runs, (items) => ({
        total_count: runs.length,
        check_runs: items.map((r) => this.renderCheckRun(r)),
      }));
    });

    // An installation token (GITHUB_TOKEN) is not a user: GitHub answers GET /user with 403.
    h('users/get-authenticated', (ctx) =>
      this.options.tokenKind === 'pat'
        ? { status: 200, body: authenticatedUserObject(this.actor, this.urls) }
        : { status: 403, body: errorBody(403, RESOURCE_NOT_ACCESSIBLE, ctx.operation) },
    );

    // Releases, git refs and tags, commits (repo-handlers.ts).
    const handlers = repoHandlers({
      store: this.git,
      urls: () => this.urls,
      now: this.now,
      actor: () => this.actor,
      page: (ctx, items, render) => this.page(ctx, items, render),
    });
    for (const [id, fn] of Object.entries(handlers)) h(id, fn);

    // Pull requests.
    h('pulls/get', (ctx) => {
      const { owner, repo, pull_number } = ctx.params as { owner: string; repo: string; pull_number: number };
      const spec = this.pullStore.get(`${key(owner, repo)}#${pull_number}`);
      if (!spec) return notFound(ctx);
      const pr = resolvePullRequest(spec);
      const body = pullRequestObject(spec, this.urls, {
        mergeable: true,
        mergeable_state: 'clean',
        merge_commit_sha: fakeSha(`merge:${owner}/${repo}#${pull_number}:${pr.headSha}`),
      });
      body.comments = this.commentsOf(owner, repo, pull_number).length;
      return { status: 200, body };
    });
  }

  /**
   * Why the token may not call `operation` (GitHub's 403 message), or undefined. PATs cannot
   * write check runs; a GITHUB_TOKEN needs the permission the operation belongs to.
   */
  private tokenRefusal(operation: Operation, method: string): string | undefined {
    const id = operation.operationId;
    if (this.options.tokenKind === 'pat') {
      return id === 'checks/create' || id === 'checks/update'
        ? 'You must authenticate via a GitHub App.'
        : undefined;
    }
    const needed = PERMISSION_OF.find(([pattern]) => pattern.test(id))?.[1];
    if (!needed) return undefined;
    const write = !['GET', 'HEAD'].includes(method);
    const level = (p: Permission) => this.options.permissions?.[p] ?? 'write';
    const allows = (p: Permission) => (write ? level(p) === 'write' : level(p) !== 'none');
    return needed.some(allows) ? undefined : RESOURCE_NOT_ACCESSIBLE;
  }

  private commentsOf(owner: string, repo: string, issue: number): StoredComment[] {
    const k = key(owner, repo);
    return [...this.commentStore.values()]
      .filter((c) => key(c.owner, c.repo) === k && c.issue_number === issue)
      .sort((a, b) => a.id - b.id);
  }

  private findComment(ctx: HandlerContext): StoredComment | undefined {
    const { owner, repo, comment_id } = ctx.params as { owner: string; repo: string; comment_id: number };
    const c = this.commentStore.get(comment_id);
    return c && key(c.owner, c.repo) === key(owner, repo) ? c : undefined;
  }

  private renderComment(c: StoredComment): Record<string, unknown> {
    const isPull = this.pullStore.has(`${key(c.owner, c.repo)}#${c.issue_number}`);
    return issueCommentObject(c, this.urls, isPull);
  }

  private newCheckRun(owner: string, repo: string, name: string, headSha: string): StoredCheckRun {
    const id = this.nextCheckRunId++;
    const run: StoredCheckRun = {
      id,
      node_id: nodeId('CR', id),
      owner,
      repo,
      name,
      head_sha: headSha,
      status: 'queued',
      conclusion: null,
      started_at: isoSeconds(this.now()),
      completed_at: null,
      details_url: null,
      external_id: '',
      output: { title: null, summary: null, text: null },
      annotations: [],
      actions: [],
      check_suite_id: stableId(`suite:${key(owner, repo)}@${headSha}`),
    };
    this.checkRunStore.set(id, run);
    return run;
  }

  private applyCheckRunBody(run: StoredCheckRun, b: CheckRunBody): void {
    const now = isoSeconds(this.now());
    if (b.name !== undefined) run.name = b.name;
    if (b.details_url !== undefined) run.details_url = b.details_url;
    if (b.external_id !== undefined) run.external_id = b.external_id;
    if (b.started_at !== undefined) run.started_at = isoSeconds(new Date(b.started_at));
    if (b.conclusion !== undefined) {
      run.status = 'completed';
      run.conclusion = b.conclusion;
      run.completed_at = b.completed_at !== undefined ? isoSeconds(new Date(b.completed_at)) : now;
    } else if (b.status !== undefined) {
      run.status = b.status;
      if (b.status !== 'completed') {
        run.conclusion = null;
        run.completed_at = null;
      }
    }
    if (b.output) {
      if (b.output.title !== undefined) run.output.title = b.output.title;
      if (b.output.summary !== undefined) run.output.summary = b.output.summary;
      if (b.output.text !== undefined) run.output.text = b.output.text;
      run.annotations.push(...(b.output.annotations ?? []));
    }
    if (b.actions) run.actions = b.actions;
  }

  private findCheckRun(ctx: HandlerContext): StoredCheckRun | undefined {
    const { owner, repo, check_run_id } = ctx.params as { owner: string; repo: string; check_run_id: number };
    const run = this.checkRunStore.get(check_run_id);
    return run && key(run.owner, run.repo) === key(owner, repo) ? run : undefined;
  }

  private renderCheckRun(run: StoredCheckRun): Record<string, unknown> {
    // GitHub lists the open PRs of the same repository whose head is this commit (never forks).
    const pulls: CheckRunPullRef[] = [];
    for (const spec of this.pullStore.values()) {
      const pr = resolvePullRequest(spec);
      if (key(pr.owner, pr.repo) !== key(run.owner, run.repo) || pr.fork || pr.state !== 'open') continue;
      if (pr.headSha !== run.head_sha) continue;
      pulls.push({
        number: pr.number,
        headRef: pr.headRef,
        headSha: pr.headSha,
        baseRef: pr.baseRef,
        baseSha: pr.baseSha,
      });
    }
    return checkRunObject(run, this.urls, pulls);
  }

  /** A commit SHA (or ≥7-hex prefix), a seeded ref, or a branch known from a seeded pull request. */
  private resolveRef(owner: string, repo: string, ref: string): string | undefined {
    const known = this.git.resolve(owner, repo, ref);
    if (known) return known;
    if (/^[0-9a-f]{7,40}$/i.test(ref)) return ref.toLowerCase();
    const branch = ref.replace(/^refs\//, '').replace(/^heads\//, '');
    for (const spec of this.pullStore.values()) {
      const pr = resolvePullRequest(spec);
      if (key(pr.owner, pr.repo) !== key(owner, repo)) continue;
      if (!pr.fork && pr.headRef === branch) return pr.headSha;
      if (pr.baseRef === branch) return pr.baseSha;
    }
    return undefined;
  }

  /** Slices `items` by `per_page`/`page` and adds GitHub's `Link` header. */
  private page<T>(ctx: HandlerContext, items: T[], render: (slice: T[]) => unknown): HandlerResult {
    const perPage = Number(ctx.query.per_page ?? 30);
    const page = Math.max(1, Number(ctx.query.page ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    const link = (n: number, rel: string) => {
      const params = new URLSearchParams();
      let placed = false;
      for (const [k, v] of Object.entries(ctx.request.query)) {
        for (const value of Array.isArray(v) ? v : [v]) {
          if (k === 'page') {
            if (!placed) params.append('page', String(n));
            placed = true;
          } else params.append(k, value);
        }
      }
      if (!placed) params.append('page', String(n));
      return `<${this.url}${ctx.request.path}?${params.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    if (links.length > 0) headers.link = links.join(', ');
    return { status: 200, body: render(slice), headers };
  }
}

// ---------------------------------------------------------------------------------------------

interface CheckRunBody {
  name?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckStatus;
  started_at?: string;
  conclusion?: CheckConclusion;
  completed_at?: string;
  output?: {
    title?: string;
    summary?: string;
    text?: string;
    annotations?: CheckAnnotation[];
  };
  actions?: { label: string; description: string; identifier: string }[];
}

/** Rules from the check-run docs that the schema cannot express (create) or GitHub enforces anyway. */
function checkConclusionRules(b: CheckRunBody, creating: boolean): void {
  if (b.conclusion === 'stale') {
    throw new SemanticError('body/conclusion', 'only GitHub can set a check run conclusion to "stale"');
  }
  if (b.conclusion === undefined && b.status === 'completed') {
    throw new SemanticError('body/conclusion', 'is required when status is "completed"');
  }
  if (b.conclusion === undefined && b.completed_at !== undefined) {
    throw new SemanticError('body/conclusion', 'is required when completed_at is provided');
  }
  if (creating && b.output && b.output.annotations && b.output.annotations.length > 50) {
    // Also in the schema (maxItems 50); kept for descriptions without it.
    throw new SemanticError('body/output/annotations', 'at most 50 annotations per request');
  }
  for (const [i, a] of (b.output?.annotations ?? []).entries()) {
    if (a.end_line < a.start_line) {
      throw new SemanticError(`body/output/annotations/${i}`, 'end_line is before start_line');
    }
    if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) {
      throw new SemanticError(
        `body/output/annotations/${i}`,
        'start_column/end_column are only valid when start_line equals end_line',
      );
    }
  }
}

function errorBody(status: number, message: string, op?: Operation): Record<string, unknown> {
  return {
    message,
    documentation_url: op?.documentationUrl ?? 'https://docs.github.com/rest',
    status: String(status),
  };
}

function notFound(ctx: HandlerContext): HandlerResult {
  return { status: 404, body: errorBody(404, 'Not Found', ctx.operation) };
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: 'Bad Request',
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    410: 'Gone',
    422: 'Validation Failed',
    429: 'Too Many Requests',
    500: 'Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
  };
  return texts[status] ?? `HTTP ${status}`;
}

/** Which GITHUB_TOKEN permission an operation needs (any one of the list). */
const PERMISSION_OF: [RegExp, Permission[]][] = [
  [/^issues\/.*comment/, ['issues', 'pull-requests']],
  [/^checks\//, ['checks']],
  [/^pulls\//, ['pull-requests']],
  [/^repos\/create-commit-status$|^repos\/list-commit-statuses/, ['statuses']],
  [/^repos\/(.*release.*|list-tags|get-commit|compare-commits.*)$|^git\//, ['contents']],
];

/**
 * GitHub accepts `git/ref/tags/v1` as well as `git/ref/tags%2Fv1`; the router matches one
 * segment per parameter, so the slashes of a ref are encoded first.
 */
function encodeRefPath(path: string): string {
  const m = /^(\/repos\/[^/]+\/[^/]+\/git\/(?:ref|refs|matching-refs))\/(.+)$/.exec(path);
  return m ? `${m[1]}/${m[2]!.split('/').join('%2F')}` : path;
}

/** `GET /user` for a personal access token (a `public-user`). */
function authenticatedUserObject(actor: Required<Actor>, urls: Urls): Record<string, unknown> {
  return {
    ...userObject(actor, urls),
    name: 'The Octocat',
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 8,
    public_gists: 8,
    followers: 0,
    following: 0,
    created_at: '2011-01-25T18:44:36Z',
    updated_at: '2024-06-01T12:00:00Z',
  };
}
