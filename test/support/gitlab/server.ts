/**
 * A local stand-in for GitLab's REST API v4 (`<url>/api/v4`) on 127.0.0.1, for testing the
 * GitLab side of the actions (MR review notes, commit statuses, releases and tags) without GitLab.
 *
 *   const gitlab = await startGitLabServer();                  // project 4242 "mmf/actions"
 *   gitlab.seedMergeRequest({ iid: 7, sha: headSha });
 *   await fetch(`${gitlab.apiUrl}/projects/mmf%2Factions/merge_requests/7/notes`, {
 *     method: 'POST', headers: { 'PRIVATE-TOKEN': BOT_TOKEN, 'content-type': 'application/json' },
 *     body: JSON.stringify({ body: 'Parity: OK' }) });
 *   expect(gitlab.validationErrors).toEqual([]);
 *   await gitlab.close();
 *
 * Per request, in GitLab's order (Grape `before` hooks, then parameter validation, then the
 * endpoint): route by method + path template of contract.ts (unknown path → 404
 * `{"error":"404 Not Found"}`, known path with another method → 405); authentication
 * (`PRIVATE-TOKEN` header, `Authorization: Bearer`, `JOB-TOKEN` header on job-token routes, or
 * the private_token / access_token / job_token query parameters; none, an unknown token, or a
 * CI_JOB_TOKEN on a route that does not take one → 401 `{"message":"401 Unauthorized"}`);
 * parameters (Grape types, `values:`, required, pagination limits, unknown names → 400
 * `{"error":"body is missing, …"}`); the project (`:id`: numeric id or URL-encoded path → 404
 * `{"message":"404 Project Not Found"}`); token scope (`read_api` on a write → 403
 * `insufficient_scope`) and the caller's role; model validations (lengths → 400
 * `{"message":…}` in that model's format); then the handler (handlers.ts). Every 2xx body is
 * validated against the response schema of its contract row (recorded as kind `response`).
 *
 * Recorded in `validationErrors` (a test that expects none asserts `toEqual([])`): route, auth,
 * permission (scope, role, another user's note, system notes), params, body (types, lengths,
 * blank note), response, handler crashes. Not recorded: answers that depend on state and that a
 * correct client meets — 404 for a missing merge request, note, release or tag; 409 `Release
 * already exists`; 400 `Tag … already exists`; status transitions; 403 for PUT/DELETE of a
 * release that does not exist (a GitLab quirk). Look for those in `requests`.
 *
 * Differences from GitLab on purpose (stricter): per_page above 100 is refused (GitLab clamps it
 * to 100), unknown parameters are refused (GitLab ignores them), a non-string where a string is
 * declared is refused (Grape would coerce 5 to "5"). `strictParams: false` turns the unknown
 * parameter check off.
 *
 * CI_JOB_TOKEN: GitLab only looks at a job token on routes declared `job_token_allowed`
 * (releases, the tag list); elsewhere (notes, commit statuses, merge requests, /user) the token
 * is not recognised and GitLab answers 401 Unauthorized — not 403 — which is what this answers.
 *
 * NOT MODELLED (a test that needs one of these needs another tool or a real GitLab):
 * - any endpoint outside contract.ts (404 + recorded `route`): discussions and diff notes,
 *   award emoji, merge request changes/diffs, approvals, pipelines and jobs, environments,
 *   deployments, packages, release asset links API, group releases, commits API, branches;
 * - GraphQL, webhooks, the web UI, `/-/` paths, git over HTTP (use serveGitRepos);
 * - keyset pagination (`pagination=keyset`, tags `page_token`), the 10,000-row x-total cutoff;
 * - quick actions in note bodies (`/merge`, `/approve`; GitLab's 202 answer), mentions, emoji-only
 *   notes, attachments/uploads, markdown rendering (`description_html`, `render_html`);
 * - confidentiality and visibility: internal notes are shown to every caller; projects are
 *   private (no anonymous reads); protected branches and tags (`protected` is always false);
 * - roles beyond a single role per token (same role in every project); maintainers deleting
 *   others' notes (only the author may edit or delete here); admins, `sudo`, impersonation;
 *   token expiry and revocation, OAuth, deploy tokens, fine-grained job token policies;
 * - CI/CD catalog publishing (a release here never publishes a component version), release
 *   evidence, milestones beyond their titles, `upcoming_release` semantics beyond the flag;
 * - pipelines behind commit statuses (pipeline ids are invented per commit and ref; `stage`
 *   is always `external`), `allow_failure`, `coverage` aggregation;
 * - rate limits and outages unless injected with `failNext`; request bodies other than JSON
 *   or flat `application/x-www-form-urlencoded` (no multipart, no nested form keys).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import {
  type Endpoint,
  type ParamProblem,
  AUTH_PARAMS,
  ENDPOINTS,
  matchRoute,
  roleLevel,
  validateParams,
} from './contract.js';
import {
  type Handler,
  type HandlerContext,
  type HandlerResult,
  HANDLERS,
  lengthViolation,
} from './handlers.js';
import {
  type AccessLevelName,
  type GitLabUser,
  type MergeRequestSpec,
  type StoredMergeRequest,
  type StoredNote,
  type StoredRelease,
  type StoredStatus,
  type TagInfo,
  HUMAN_USER,
  PROJECT_BOT,
} from './payloads.js';
import type { SeedCommitInput } from './repository.js';
import {
  type Project,
  type ProjectSpec,
  type SeedNoteInput,
  type SeedReleaseInput,
  Answer,
  DEFAULT_PROJECT,
  GitLabState,
  Violation,
} from './state.js';

export {
  PROJECT_BOT,
  HUMAN_USER,
  OTHER_USER,
  ACCESS_LEVELS,
  fakeSha,
  type GitLabUser,
  type AccessLevelName,
  type MergeRequestSpec,
  type StoredMergeRequest,
  type StoredNote,
  type StoredStatus,
  type StoredRelease,
  type TagInfo,
  type CommitInfo,
} from './payloads.js';
export { DEFAULT_PROJECT, type ProjectSpec, type SeedNoteInput, type SeedReleaseInput } from './state.js';
export { ENDPOINTS, type Endpoint, type Field } from './contract.js';
export type { HandlerContext, HandlerResult, Handler } from './handlers.js';

// ---------------------------------------------------------------------------------------------
// Tokens.

/** A project access token's secret; its user is PROJECT_BOT (developer, scope `api`). */
export const BOT_TOKEN = 'glpat-mmf-review-bot-0000000000';
/** A personal access token of HUMAN_USER (maintainer, scope `api`). */
export const HUMAN_TOKEN = 'glpat-jdoe-personal-000000000000';
/** A personal access token with only `read_api`. */
export const READ_ONLY_TOKEN = 'glpat-read-api-only-000000000000';
/** The CI_JOB_TOKEN of a pipeline HUMAN_USER started. */
export const JOB_TOKEN = 'glcbt-64_job-token-fixture-000000';

export type Scope = 'api' | 'read_api';

export interface TokenSpec {
  user: GitLabUser;
  /** Role in every project. Default `developer`. */
  role?: AccessLevelName;
  /** Default `['api']`. */
  scopes?: Scope[];
}

export interface JobTokenSpec {
  token: string;
  /** The user who ran the pipeline. Default HUMAN_USER. */
  user?: GitLabUser;
  /** That user's role. Default `developer`. */
  role?: AccessLevelName;
}

export const DEFAULT_TOKENS: Record<string, TokenSpec> = {
  [BOT_TOKEN]: { user: PROJECT_BOT, role: 'developer', scopes: ['api'] },
  [HUMAN_TOKEN]: { user: HUMAN_USER, role: 'maintainer', scopes: ['api'] },
  [READ_ONLY_TOKEN]: { user: HUMAN_USER, role: 'maintainer', scopes: ['read_api'] },
};

export interface GitLabServerOptions {
  /** Default `[DEFAULT_PROJECT]` (id 4242, `mmf/actions`, in-memory repository). */
  projects?: ProjectSpec[];
  /** Token → user, role, scopes. Default DEFAULT_TOKENS. */
  tokens?: Record<string, TokenSpec>;
  /** The CI_JOB_TOKEN; null for none. Default `{ token: JOB_TOKEN, user: HUMAN_USER }`. */
  jobToken?: JobTokenSpec | null;
  /** Clock for created_at/updated_at/released_at. Default: real time. */
  now?: () => Date;
  /** Base of web_url fields. Default https://gitlab.example.com. */
  webUrl?: string;
  /** Refuse parameters the endpoint does not declare (GitLab ignores them). Default true. */
  strictParams?: boolean;
  /** Validate generated 2xx bodies against the contract's schemas. Default true. */
  validateResponses?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Records.

export interface RecordedRequest {
  method: string;
  /** Path as sent, still percent-encoded (including `/api/v4`). */
  path: string;
  query: Record<string, string | string[]>;
  /** Lower-case names; private-token, job-token and authorization values are `***`. */
  headers: Record<string, string>;
  /** Parsed JSON or form body (raw text when unparsable; undefined when empty). */
  body: unknown;
  /** The matched contract row, e.g. `notes.create`. */
  endpoint?: string;
  /** Decoded path parameters. */
  params: Record<string, string>;
  /** How the caller authenticated. */
  auth?: 'private-token' | 'bearer' | 'job-token' | 'none';
  /** Username of the authenticated caller. */
  user?: string;
  status: number;
}

export type ValidationErrorKind =
  'route' | 'auth' | 'permission' | 'params' | 'body' | 'response' | 'handler';

export interface ValidationError {
  kind: ValidationErrorKind;
  method: string;
  path: string;
  endpoint?: string;
  message: string;
  problems?: { at: string; message: string }[];
}

export type RequestPredicate = (request: RecordedRequest) => boolean;

export interface FailureOptions {
  /** Seconds for the Retry-After header (429 default 1, 503 default none). */
  retryAfter?: number;
  /** Replaces GitLab's default body for the status. */
  body?: unknown;
  headers?: Record<string, string>;
}

interface Failure {
  predicate: RequestPredicate;
  status: number;
  remaining: number;
  options: FailureOptions;
}

/** Starts the stand-in on 127.0.0.1 with a random port. */
export async function startGitLabServer(options: GitLabServerOptions = {}): Promise<GitLabServer> {
  const server = new GitLabServer(options);
  await server.listen();
  return server;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const responseValidators = new Map<string, ValidateFunction>();

function responseValidator(endpoint: Endpoint): ValidateFunction | undefined {
  if (!endpoint.response) return undefined;
  let v = responseValidators.get(endpoint.name);
  if (!v) responseValidators.set(endpoint.name, (v = ajv.compile(endpoint.response)));
  return v;
}

export class GitLabServer {
  /** `http://127.0.0.1:<port>`. */
  url = '';
  readonly requests: RecordedRequest[] = [];
  readonly validationErrors: ValidationError[] = [];

  private readonly http: Server;
  private readonly state: GitLabState;
  private readonly tokens: Record<string, TokenSpec>;
  private readonly jobToken: JobTokenSpec | null;
  private failures: Failure[] = [];
  private overrides = new Map<string, Handler>();

  constructor(private readonly options: GitLabServerOptions = {}) {
    this.state = new GitLabState(
      options.projects ?? [DEFAULT_PROJECT],
      { web: options.webUrl ?? 'https://gitlab.example.com' },
      options.now ?? (() => new Date()),
    );
    this.tokens = options.tokens ?? DEFAULT_TOKENS;
    this.jobToken =
      options.jobToken === undefined ? { token: JOB_TOKEN, user: HUMAN_USER } : options.jobToken;
    this.http = createServer((req, res) => {
      this.onRequest(req, res).catch((error: unknown) => {
        this.validationErrors.push({
          kind: 'handler',
          method: req.method ?? '?',
          path: req.url ?? '?',
          message: `stand-in crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: '500 Internal Server Error' }));
      });
    });
  }

  /** `<url>/api/v4`: CI_API_V4_URL for jobs and clients. */
  get apiUrl(): string {
    return `${this.url}/api/v4`;
  }

  /** @internal */
  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(0, '127.0.0.1', () => {
        this.url = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
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

  // ------------------------------------------------------------------ state accessors (copies)

  /** The notes of one merge request, oldest first. */
  notesOf(mrIid: number, project?: number | string): StoredNote[] {
    const p = this.state.project(project);
    return this.notes.filter((n) => n.projectId === p.id && n.mrIid === mrIid);
  }

  /** All notes, oldest first. */
  get notes(): StoredNote[] {
    return [...this.state.notes.values()].sort((a, b) => a.id - b.id).map((n) => structuredClone(n));
  }

  /** Every commit status ever posted (updated in place while pending/running), oldest first. */
  get statuses(): StoredStatus[] {
    return this.state.statuses.map((s) => structuredClone(s));
  }

  statusesOf(sha: string, project?: number | string): StoredStatus[] {
    const p = this.state.project(project);
    return this.statuses.filter((s) => s.projectId === p.id && s.sha === sha);
  }

  /** Releases of a project (default: the first), newest released_at first. */
  releasesOf(project?: number | string): StoredRelease[] {
    const p = this.state.project(project);
    return [...this.state.releases.values()]
      .filter((r) => r.projectId === p.id)
      .sort((a, b) => b.released_at.localeCompare(a.released_at))
      .map((r) => structuredClone(r));
  }

  /** Tags of a project's repository (for git-backed projects: read from git). */
  tags(project?: number | string): Promise<TagInfo[]> {
    return this.state.project(project).repo.listTags();
  }

  get mergeRequests(): StoredMergeRequest[] {
    return [...this.state.mergeRequests.values()].map((m) => structuredClone(m));
  }

  /** The resolved project (id, path, default branch) for a numeric id or path. */
  project(ref?: number | string): Pick<Project, 'id' | 'path' | 'defaultBranch'> {
    const { id, path, defaultBranch } = this.state.project(ref);
    return { id, path, defaultBranch };
  }

  // ------------------------------------------------------------------ seeds

  /** A merge request (its head and base commits become known to in-memory repositories). */
  seedMergeRequest(spec: MergeRequestSpec): StoredMergeRequest {
    return this.state.seedMergeRequest(spec);
  }

  /** A note that existed before the run: a person's, a system note, an older one of ours. */
  seedNote(input: SeedNoteInput): StoredNote {
    return this.state.seedNote(input);
  }

  /** A commit in a project's in-memory repository (moves `branch`, default the default branch). */
  seedCommit(input: SeedCommitInput & { project?: number | string }) {
    return this.state.seedCommit(input);
  }

  seedTag(input: {
    project?: number | string;
    name: string;
    ref: string;
    message?: string;
  }): Promise<TagInfo> {
    return this.state.seedTag(input);
  }

  seedRelease(input: SeedReleaseInput): Promise<StoredRelease> {
    return this.state.seedRelease(input);
  }

  // ------------------------------------------------------------------ controls

  /**
   * Answers the next `times` requests matching `predicate` with `status` (after validation, so
   * invalid requests still get their 4xx): 429 as GitLab's rate limiter (text `Retry later`,
   * Retry-After and RateLimit-* headers), 500/503 as JSON, 502 as the HTML page a proxy sends.
   * Returns a function that removes the rule.
   */
  failNext(predicate: RequestPredicate, status: number, times = 1, options: FailureOptions = {}): () => void {
    const failure: Failure = { predicate, status, remaining: times, options };
    this.failures.push(failure);
    return () => {
      this.failures = this.failures.filter((f) => f !== failure);
    };
  }

  /** Replaces the handler of a contract row (validation still applies). */
  handle(endpoint: string, handler: Handler): void {
    if (!ENDPOINTS.some((e) => e.name === endpoint))
      throw new Error(`no endpoint ${endpoint} in contract.ts`);
    this.overrides.set(endpoint, handler);
  }

  /** Forgets recorded requests and validation errors (state is kept). */
  clearRecords(): void {
    this.requests.length = 0;
    this.validationErrors.length = 0;
  }

  /** Clears state (git-backed repositories are left as they are), records, failures, overrides. */
  reset(): void {
    this.clearRecords();
    this.state.reset();
    this.failures = [];
    this.overrides.clear();
  }

  describeValidationErrors(): string {
    return this.validationErrors
      .map((e) => {
        const detail = (e.problems ?? []).map((p) => `\n    ${p.at}: ${p.message}`).join('');
        return `[${e.kind}] ${e.method} ${e.path}${e.endpoint ? ` (${e.endpoint})` : ''}: ${e.message}${detail}`;
      })
      .join('\n');
  }

  // ------------------------------------------------------------------ pipeline

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query: Record<string, string | string[]> = {};
    for (const [name, value] of url.searchParams) {
      const prev = query[name];
      query[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    const secretHeaders = {
      'private-token': headers['private-token'],
      'job-token': headers['job-token'],
      authorization: headers.authorization,
    };
    for (const name of ['private-token', 'job-token'] as const)
      if (headers[name] !== undefined) headers[name] = '***';
    if (headers.authorization !== undefined)
      headers.authorization = headers.authorization.replace(/^(\S+)\s+.*$/s, '$1 ***');
    const recordedQuery = { ...query };
    for (const name of AUTH_PARAMS) if (recordedQuery[name] !== undefined) recordedQuery[name] = '***';

    const contentType = headers['content-type'] ?? '';
    let body: unknown;
    let bodyError: string | undefined;
    if (raw.length > 0) {
      if (/json/i.test(contentType)) {
        try {
          body = JSON.parse(raw);
          if (body && typeof body === 'object' && !Array.isArray(body)) {
            const b = body as Record<string, unknown>;
            for (const name of AUTH_PARAMS) if (b[name] !== undefined) b[name] = '***';
          }
        } catch (e) {
          body = raw;
          bodyError = `the JSON body does not parse: ${(e as Error).message}`;
        }
      } else if (/x-www-form-urlencoded/i.test(contentType)) {
        const form: Record<string, string | string[]> = {};
        for (const [k, v] of new URLSearchParams(raw)) {
          const name = k.endsWith('[]') ? k.slice(0, -2) : k;
          const prev = form[name];
          form[name] = k.endsWith('[]') ? [...(Array.isArray(prev) ? prev : prev ? [prev] : []), v] : v;
          if (/\[.+\]/.test(name)) bodyError = `nested form keys such as ${k} are not modelled: send JSON`;
        }
        for (const name of AUTH_PARAMS) if (form[name] !== undefined) form[name] = '***';
        body = form;
      } else {
        body = raw;
        bodyError = `content-type ${JSON.stringify(contentType)} is not modelled: send application/json`;
      }
    }

    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: recordedQuery,
      headers,
      body,
      params: {},
      status: 0,
    };
    this.requests.push(record);
    const result = await this.dispatch(record, url, query, secretHeaders, bodyError);
    this.send(res, record, result);
  }

  private violation(
    record: RecordedRequest,
    kind: ValidationErrorKind,
    message: string,
    problems?: { at: string; message: string }[],
  ): void {
    this.validationErrors.push({
      kind,
      method: record.method,
      path: record.path,
      ...(record.endpoint ? { endpoint: record.endpoint } : {}),
      message,
      ...(problems && problems.length > 0 ? { problems } : {}),
    });
  }

  private async dispatch(
    record: RecordedRequest,
    url: URL,
    query: Record<string, string | string[]>,
    secrets: Record<string, string | undefined>,
    bodyError: string | undefined,
  ): Promise<HandlerResult> {
    const method = record.method;
    if (!url.pathname.startsWith('/api/v4/')) {
      this.violation(record, 'route', `${method} ${url.pathname} is not under /api/v4`);
      return { status: 404, body: { error: '404 Not Found' } };
    }
    const apiPath = url.pathname.slice('/api/v4'.length);
    const match = matchRoute(method, apiPath);
    if (match.kind !== 'ok') {
      const hint = unencodedPathHint(method, apiPath);
      if (match.kind === 'no-method') {
        this.violation(record, 'route', `${apiPath} supports ${match.allowed.join(', ')}, not ${method}`);
        return { status: 405, body: { error: '405 Not Allowed' } };
      }
      this.violation(
        record,
        'route',
        `${method} ${apiPath} is not an endpoint of the stand-in (contract.ts)${hint}`,
      );
      return { status: 404, body: { error: '404 Not Found' } };
    }
    const endpoint = match.endpoint;
    record.endpoint = endpoint.name;
    record.params = match.params;

    // Authentication (Grape `before { authenticate! }`).
    const caller = this.authenticate(record, endpoint, query, secrets);
    if ('fail' in caller) {
      this.violation(record, 'auth', caller.fail);
      return { status: 401, body: { message: '401 Unauthorized' } };
    }

    // Parameters (Grape validations).
    if (bodyError !== undefined) {
      this.violation(record, 'body', bodyError);
      return { status: 400, body: { error: bodyError } };
    }
    const given: Record<string, unknown> = {};
    const sources: Record<string, 'query' | 'body'> = {};
    for (const [k, v] of Object.entries(query)) {
      given[k] = v;
      sources[k] = 'query';
    }
    if (record.body !== undefined) {
      if (typeof record.body !== 'object' || record.body === null || Array.isArray(record.body)) {
        this.violation(record, 'body', 'the request body must be a JSON object');
        return { status: 400, body: { error: 'body is invalid' } };
      }
      if (method === 'GET' || method === 'DELETE') {
        this.violation(
          record,
          'body',
          `${method} requests carry no body in the GitLab API (use the query string)`,
        );
      }
      for (const [k, v] of Object.entries(record.body as Record<string, unknown>)) {
        given[k] = v;
        sources[k] = 'body';
      }
    }
    const params = validateParams(endpoint, match.params, given, sources, this.options.strictParams ?? true);
    const grape = params.problems.filter((p) => !p.model);
    if (grape.length > 0) {
      const kind = grape.some((p) => p.at.startsWith('body.')) ? 'body' : 'params';
      this.violation(record, kind, 'the request does not match the contract', grape);
      return { status: 400, body: { error: grape.map((p) => p.message).join(', ') } };
    }

    // Project, scope and role.
    let project: Project | undefined;
    if ('id' in endpoint.pathParams) {
      project = this.state.findProject(String(params.values.id));
      if (!project) return { status: 404, body: { message: '404 Project Not Found' } };
    }
    if (endpoint.scope === 'api' && caller.scopes && !caller.scopes.includes('api')) {
      this.violation(
        record,
        'permission',
        `the token has scopes ${caller.scopes.join(', ')}; ${endpoint.name} needs api`,
      );
      return {
        status: 403,
        body: {
          error: 'insufficient_scope',
          error_description: 'The request requires higher privileges than provided by the access token.',
          scope: 'api',
        },
      };
    }
    if (project && caller.role < roleLevel(endpoint.role)) {
      this.violation(
        record,
        'permission',
        `${caller.user.username} (role ${caller.role}) may not ${endpoint.name}; needs ${endpoint.role}`,
      );
      return { status: 403, body: { message: '403 Forbidden' } };
    }

    // Injected failures.
    for (const failure of this.failures) {
      if (failure.remaining <= 0 || !failure.predicate(record)) continue;
      failure.remaining--;
      return failureResult(failure);
    }

    const ctx: HandlerContext = {
      state: this.state,
      endpoint,
      project,
      user: caller.user,
      role: caller.role,
      viaJobToken: caller.viaJobToken,
      values: params.values,
      paginate: (items) => this.paginate(items, url, params.values),
    };
    let result: HandlerResult;
    try {
      const model = params.problems.find(
        (p): p is ParamProblem & { model: NonNullable<ParamProblem['model']> } => !!p.model,
      );
      if (model) {
        const length = String(given[model.model.field] ?? '').length;
        throw lengthViolation(endpoint, model.model.field, model.model.maxLength, length);
      }
      const handler = this.overrides.get(endpoint.name) ?? HANDLERS[endpoint.name];
      if (!handler) throw new Error(`no handler for ${endpoint.name}`);
      result = await handler(ctx);
    } catch (error) {
      if (error instanceof Violation) {
        this.violation(record, error.kind, error.explanation);
        return { status: error.status, body: error.body };
      }
      if (error instanceof Answer) return { status: error.status, body: error.body };
      this.violation(
        record,
        'handler',
        `handler for ${endpoint.name} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return { status: 500, body: { message: '500 Internal Server Error' } };
    }
    if (result.status >= 200 && result.status < 300 && (this.options.validateResponses ?? true)) {
      const validate = responseValidator(endpoint);
      if (validate && result.status !== 204 && !validate(result.body)) {
        this.violation(
          record,
          'response',
          `the stand-in's ${result.status} body does not match the contract's response schema`,
          (validate.errors ?? []).map((e) => ({
            at: `response${e.instancePath}`,
            message: `${e.message ?? 'invalid'}${e.keyword === 'additionalProperties' ? ` (${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)})` : ''}`,
          })),
        );
      }
    }
    return result;
  }

  private authenticate(
    record: RecordedRequest,
    endpoint: Endpoint,
    query: Record<string, string | string[]>,
    secrets: Record<string, string | undefined>,
  ): { fail: string } | { user: GitLabUser; role: number; scopes?: Scope[]; viaJobToken: boolean } {
    const q = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : undefined);
    const bearer =
      secrets.authorization !== undefined
        ? /^Bearer\s+(\S+)\s*$/i.exec(secrets.authorization)?.[1]
        : undefined;
    const personal = secrets['private-token'] ?? bearer ?? q('private_token') ?? q('access_token');
    const job = secrets['job-token'] ?? q('job_token');
    const isJob = (t: string | undefined) =>
      t !== undefined && this.jobToken !== null && t === this.jobToken.token;

    if (personal !== undefined) {
      record.auth =
        secrets['private-token'] !== undefined
          ? 'private-token'
          : bearer !== undefined
            ? 'bearer'
            : 'private-token';
      if (isJob(personal)) {
        return {
          fail: endpoint.jobToken
            ? 'a CI_JOB_TOKEN sent as a personal/OAuth token: GitLab only accepts it in the JOB-TOKEN header (or job_token parameter)'
            : `a CI_JOB_TOKEN cannot call ${endpoint.name}: GitLab does not accept job tokens there (use a project access token)`,
        };
      }
      const spec = this.tokens[personal];
      if (!spec) return { fail: 'the token is not one this stand-in knows (options.tokens)' };
      record.user = spec.user.username;
      return {
        user: spec.user,
        role: roleLevel(spec.role ?? 'developer'),
        scopes: spec.scopes ?? ['api'],
        viaJobToken: false,
      };
    }
    if (job !== undefined) {
      record.auth = 'job-token';
      if (!isJob(job)) return { fail: "the JOB-TOKEN is not the pipeline's CI_JOB_TOKEN (options.jobToken)" };
      if (!endpoint.jobToken) {
        return {
          fail: `a CI_JOB_TOKEN cannot call ${endpoint.name}: GitLab does not accept job tokens there (use a project access token)`,
        };
      }
      const user = this.jobToken!.user ?? HUMAN_USER;
      record.user = user.username;
      return { user, role: roleLevel(this.jobToken!.role ?? 'developer'), viaJobToken: true };
    }
    record.auth = 'none';
    if (secrets.authorization !== undefined) {
      return {
        fail: `Authorization: ${secrets.authorization.split(/\s/)[0]} is not read by GitLab (use PRIVATE-TOKEN or Authorization: Bearer)`,
      };
    }
    return { fail: 'no credentials (PRIVATE-TOKEN, Authorization: Bearer or JOB-TOKEN)' };
  }

  /** GitLab's offset pagination: x-page, x-per-page, x-total, x-total-pages, x-next-page, x-prev-page, Link. */
  private paginate<T>(
    items: T[],
    url: URL,
    values: Record<string, unknown>,
  ): { items: T[]; headers: Record<string, string> } {
    const perPage = Number(values.per_page ?? 20);
    const page = Number(values.page ?? 1);
    const totalPages = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (n: number, rel: string) => {
      const params = new URLSearchParams();
      for (const [k, v] of url.searchParams)
        if (!AUTH_PARAMS.has(k) && k !== 'page' && k !== 'per_page') params.append(k, v);
      params.set('page', String(n));
      params.set('per_page', String(perPage));
      return `<${this.url}${url.pathname}?${params.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(Math.min(page - 1, totalPages), 'prev'));
    if (page < totalPages) links.push(link(page + 1, 'next'));
    links.push(link(1, 'first'), link(totalPages, 'last'));
    return {
      items: slice,
      headers: {
        'x-page': String(page),
        'x-per-page': String(perPage),
        'x-total': String(items.length),
        'x-total-pages': String(totalPages),
        'x-next-page': page < totalPages ? String(page + 1) : '',
        'x-prev-page': page > 1 ? String(Math.min(page - 1, totalPages)) : '',
        link: links.join(', '),
      },
    };
  }

  private send(res: ServerResponse, record: RecordedRequest, result: HandlerResult): void {
    record.status = result.status;
    const headers: Record<string, string> = {
      'x-request-id': randomUUID().replace(/-/g, '').slice(0, 26).toUpperCase(),
      'x-gitlab-meta': JSON.stringify({ correlation_id: 'stand-in', version: '1' }),
      'cache-control': 'max-age=0, private, must-revalidate',
      ...result.headers,
    };
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status, headers).end();
      return;
    }
    if (typeof result.body === 'string') {
      headers['content-type'] ??= 'text/plain; charset=utf-8';
      res.writeHead(result.status, headers).end(result.body);
      return;
    }
    headers['content-type'] = 'application/json';
    res.writeHead(result.status, headers).end(JSON.stringify(result.body));
  }
}

// ---------------------------------------------------------------------------------------------

/** For `/projects/group/project/...`: the path would match if the project path were encoded. */
function unencodedPathHint(method: string, apiPath: string): string {
  const m = /^\/projects\/([^/]+(?:\/[^/]+)+?)(\/(?:merge_requests|statuses|repository|releases)\b.*)$/.exec(
    apiPath,
  );
  if (!m) return '';
  let encoded: string;
  try {
    encoded = `/projects/${encodeURIComponent(decodeURIComponent(m[1]!))}${m[2]}`;
  } catch {
    return '';
  }
  return matchRoute(method, encoded).kind === 'ok'
    ? `; the project path must be URL-encoded (${encoded.split('/')[2]})`
    : '';
}

function failureResult(failure: Failure): HandlerResult {
  const { status, options } = failure;
  const headers: Record<string, string> = { ...options.headers };
  if (status === 429) {
    const retry = options.retryAfter ?? 1;
    const reset = Math.floor(Date.now() / 1000) + retry;
    Object.assign(headers, {
      'retry-after': String(retry),
      'ratelimit-name': 'throttle_authenticated_api',
      'ratelimit-limit': '2000',
      'ratelimit-observed': '2001',
      'ratelimit-remaining': '0',
      'ratelimit-reset': String(reset),
      'ratelimit-resettime': new Date(reset * 1000).toUTCString(),
      'content-type': 'text/plain',
    });
    return { status, body: options.body ?? 'Retry later\n', headers };
  }
  if (options.retryAfter !== undefined) headers['retry-after'] = String(options.retryAfter);
  if (status === 502) {
    headers['content-type'] = 'text/html; charset=utf-8';
    return {
      status,
      body:
        options.body ??
        '<!DOCTYPE html>\n<html><head><title>GitLab is not responding (502)</title></head><body><h1>502</h1><p>Whoops, GitLab is taking too much time to respond.</p></body></html>\n',
      headers,
    };
  }
  const text: Record<number, string> = {
    400: '400 Bad request',
    401: '401 Unauthorized',
    403: '403 Forbidden',
    404: '404 Not Found',
    409: '409 Conflict',
    500: '500 Internal Server Error',
    503: '503 Service Unavailable',
    504: '504 Gateway Timeout',
  };
  return { status, body: options.body ?? { message: text[status] ?? `${status}` }, headers };
}
