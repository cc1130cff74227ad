/**
 * The contract the GitLab stand-in enforces: one row per endpoint, written from GitLab's REST API
 * documentation (docs.gitlab.com/api/…) and, where the docs are silent, from the Grape parameter
 * declarations in GitLab's lib/api/*.rb. GitLab's published OpenAPI description does not cover
 * the notes API, so this table is hand-written rather than loaded.
 *
 * A row says: method and path template (Grape's `:name` segments, with GitLab's own parameter
 * names, e.g. `:noteable_id` for a merge request iid in the notes API, so error messages read
 * like GitLab's), whether CI_JOB_TOKEN may call it, the token scope and the role it needs, the
 * parameters with their Grape types, `values:` lists, defaults and the model length limits, and
 * the JSON Schema of the success body.
 *
 * Where the stand-in is stricter than GitLab, the row says so (`strict:`): GitLab silently clamps
 * per_page above 100 and ignores unknown parameters; the stand-in rejects both, because either
 * hides a client bug (a missing pagination loop, a typo such as `perPage`).
 */
import { ACCESS_LEVELS, type AccessLevelName } from './payloads.js';

export type FieldType =
  | 'integer'
  | 'float'
  | 'string'
  | 'boolean'
  | 'datetime'
  /** Integer or URL-encoded `group/project` path (`:id`). */
  | 'project-id'
  /** Array of strings, or a comma-separated string (Grape's CommaSeparatedToArray). */
  | 'string[]'
  | 'hash'
  | 'hash[]';

export interface Field {
  type: FieldType;
  required?: boolean;
  /** Grape `values:`. */
  values?: readonly string[];
  default?: string | number | boolean;
  min?: number;
  /** For per_page: GitLab clamps to 100; the stand-in rejects (strict). */
  max?: number;
  /** Grape `allow_blank: false`. */
  allowBlank?: false;
  /** A model validation (ActiveRecord `length: { maximum: }`), answered in that model's format. */
  maxLength?: number;
  /** Members of a `hash` / items of a `hash[]`. */
  fields?: Record<string, Field>;
  /** What GitLab's documentation adds about the field. */
  doc?: string;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Endpoint {
  /** Stable name used in records and handlers, e.g. `notes.create`. */
  name: string;
  method: Method;
  /** Template below `/api/v4`, e.g. `/projects/:id/merge_requests/:noteable_id/notes`. */
  path: string;
  /** The documentation page the row was written from. */
  docs: string;
  /** CI_JOB_TOKEN accepted (route_setting :authentication, job_token_allowed: true). */
  jobToken: boolean;
  /** Token scope needed: `read_api` suffices for reads, writes need `api`. */
  scope: 'api' | 'read_api';
  /** Lowest project role allowed. */
  role: AccessLevelName;
  /** Path parameters (all required). */
  pathParams: Record<string, Field>;
  /** Query parameters (GET/DELETE) or body parameters (POST/PUT; query string also accepted). */
  params: Record<string, Field>;
  paginated?: boolean;
  /** Success status. */
  status: 200 | 201 | 202 | 204;
  /** JSON Schema of the success body (undefined: no body). */
  response?: Schema;
  /** Notes on strictness or on behaviour beyond the table. */
  strict?: string;
}

// ---------------------------------------------------------------------------------------------
// JSON Schema shorthands for the response bodies (Ajv, draft-07). Objects are closed
// (`additionalProperties: false`): the stand-in may not invent fields.

export type Schema = Record<string, unknown>;
const str: Schema = { type: 'string' };
const nstr: Schema = { type: ['string', 'null'] };
const int: Schema = { type: 'integer' };
const num: Schema = { type: ['number', 'null'] };
const bool: Schema = { type: 'boolean' };
const nbool: Schema = { type: ['boolean', 'null'] };
const date: Schema = { type: 'string', format: 'date-time' };
const ndate: Schema = { type: ['string', 'null'], format: 'date-time' };
const sha: Schema = { type: 'string', pattern: '^[0-9a-f]{40}$' };
const nsha: Schema = { type: ['string', 'null'], pattern: '^[0-9a-f]{40}$' };
const arr = (items: Schema): Schema => ({ type: 'array', items });
const nullable = (s: Schema): Schema => ({ anyOf: [{ type: 'null' }, s] });
/** Closed object; every listed property required unless its name ends with `?`. */
function obj(props: Record<string, Schema>): Schema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [raw, schema] of Object.entries(props)) {
    const optional = raw.endsWith('?');
    const name = optional ? raw.slice(0, -1) : raw;
    properties[name] = schema;
    if (!optional) required.push(name);
  }
  return { type: 'object', properties, required, additionalProperties: false };
}
const openObject: Schema = { type: 'object' };

const userBasic = obj({
  id: int,
  username: str,
  name: str,
  state: { enum: ['active', 'blocked', 'deactivated'] },
  locked: bool,
  avatar_url: nstr,
  web_url: str,
});

export const SCHEMAS = {
  userBasic,
  user: obj({
    id: int,
    username: str,
    name: str,
    state: str,
    locked: bool,
    avatar_url: nstr,
    web_url: str,
    created_at: date,
    bio: str,
    location: str,
    public_email: nstr,
    bot: bool,
  }),
  note: obj({
    id: int,
    type: { enum: [null, 'DiscussionNote', 'DiffNote'] },
    body: str,
    attachment: nstr,
    author: userBasic,
    created_at: date,
    updated_at: date,
    system: bool,
    noteable_id: int,
    noteable_type: { const: 'MergeRequest' },
    project_id: int,
    resolvable: bool,
    confidential: bool,
    internal: bool,
    imported: bool,
    imported_from: str,
    noteable_iid: int,
    commands_changes: openObject,
  }),
  mergeRequest: obj({
    id: int,
    iid: int,
    project_id: int,
    title: str,
    description: nstr,
    state: { enum: ['opened', 'closed', 'locked', 'merged'] },
    created_at: date,
    updated_at: date,
    merged_by: nullable(userBasic),
    merge_user: nullable(userBasic),
    merged_at: ndate,
    closed_by: nullable(userBasic),
    closed_at: ndate,
    target_branch: str,
    source_branch: str,
    user_notes_count: int,
    upvotes: int,
    downvotes: int,
    author: obj({ ...(userBasic.properties as Record<string, Schema>), bot: bool }),
    assignees: arr(userBasic),
    assignee: nullable(userBasic),
    reviewers: arr(userBasic),
    source_project_id: int,
    target_project_id: int,
    labels: arr(str),
    draft: bool,
    work_in_progress: bool,
    milestone: nullable(openObject),
    merge_when_pipeline_succeeds: bool,
    merge_status: str,
    detailed_merge_status: str,
    sha,
    merge_commit_sha: nsha,
    squash_commit_sha: nsha,
    discussion_locked: nbool,
    should_remove_source_branch: nbool,
    force_remove_source_branch: nbool,
    prepared_at: ndate,
    reference: str,
    references: obj({ short: str, relative: str, full: str }),
    web_url: str,
    time_stats: obj({
      time_estimate: int,
      total_time_spent: int,
      human_time_estimate: nstr,
      human_total_time_spent: nstr,
    }),
    squash: bool,
    squash_on_merge: bool,
    task_completion_status: obj({ count: int, completed_count: int }),
    has_conflicts: bool,
    blocking_discussions_resolved: bool,
    subscribed: bool,
    changes_count: nstr,
    latest_build_started_at: ndate,
    latest_build_finished_at: ndate,
    first_deployed_to_production_at: ndate,
    pipeline: nullable(openObject),
    head_pipeline: nullable(openObject),
    diff_refs: obj({ base_sha: sha, head_sha: sha, start_sha: sha }),
    merge_error: nstr,
    first_contribution: bool,
    user: obj({ can_merge: bool }),
  }),
  commitStatus: obj({
    id: int,
    sha,
    ref: nstr,
    status: { enum: ['pending', 'running', 'success', 'failed', 'canceled', 'skipped'] },
    name: str,
    target_url: nstr,
    description: nstr,
    created_at: date,
    started_at: ndate,
    finished_at: ndate,
    allow_failure: bool,
    coverage: num,
    pipeline_id: int,
    author: userBasic,
  }),
  commit: obj({
    id: sha,
    short_id: str,
    created_at: date,
    parent_ids: arr(sha),
    title: str,
    message: str,
    author_name: str,
    author_email: str,
    authored_date: date,
    committer_name: str,
    committer_email: str,
    committed_date: date,
    trailers: openObject,
    extended_trailers: openObject,
    web_url: str,
  }),
} satisfies Record<string, Schema>;

const tag = obj({
  name: str,
  message: nstr,
  target: sha,
  commit: SCHEMAS.commit,
  release: nullable(obj({ tag_name: str, description: nstr })),
  protected: bool,
  created_at: ndate,
});

const release = obj({
  name: str,
  tag_name: str,
  description: nstr,
  created_at: date,
  released_at: date,
  upcoming_release: bool,
  historical_release: bool,
  author: userBasic,
  'commit?': SCHEMAS.commit,
  'milestones?': arr(
    obj({
      id: int,
      iid: int,
      project_id: int,
      title: str,
      description: nstr,
      state: { enum: ['active', 'closed'] },
      created_at: date,
      updated_at: date,
      due_date: nstr,
      start_date: nstr,
      expired: bool,
      web_url: str,
      issue_stats: obj({ total: int, closed: int }),
    }),
  ),
  commit_path: str,
  tag_path: str,
  assets: obj({
    count: int,
    sources: arr(obj({ format: { enum: ['zip', 'tar.gz', 'tar.bz2', 'tar'] }, url: str })),
    links: arr(
      obj({
        id: int,
        name: str,
        url: str,
        direct_asset_url: str,
        link_type: { enum: ['other', 'runbook', 'image', 'package'] },
      }),
    ),
  }),
  evidences: arr(openObject),
  _links: obj({
    closed_issues_url: str,
    closed_merge_requests_url: str,
    edit_url: str,
    merged_merge_requests_url: str,
    opened_issues_url: str,
    opened_merge_requests_url: str,
    self: str,
  }),
});

// ---------------------------------------------------------------------------------------------
// Parameters shared by several rows.

const projectId: Record<string, Field> = { id: { type: 'project-id', required: true } };
/** `use :pagination` (lib/api/helpers/pagination.rb): page ≥ 1, per_page default 20, max 100. */
const pagination: Record<string, Field> = {
  page: { type: 'integer', default: 1, min: 1 },
  per_page: { type: 'integer', default: 20, min: 1, max: 100 },
};
const STRICT_PAGINATION =
  'per_page above 100 is rejected (GitLab clamps it silently); unknown parameters are rejected (GitLab ignores them)';
const STRICT_UNKNOWN = 'unknown parameters are rejected (GitLab ignores them)';
/** Note bodies and release descriptions: Gitlab::Database::MAX_TEXT_SIZE_LIMIT. */
export const MAX_TEXT = 1_000_000;

const NOTES_DOCS = 'https://docs.gitlab.com/api/notes/#merge-requests';
const mrNotePath = '/projects/:id/merge_requests/:noteable_id/notes';
const mrNoteParams = { ...projectId, noteable_id: { type: 'integer', required: true } } satisfies Record<
  string,
  Field
>;

const RELEASE_DOCS = 'https://docs.gitlab.com/api/releases/';
const releaseTag = { ...projectId, tag_name: { type: 'string', required: true } } satisfies Record<
  string,
  Field
>;
const TAGS_DOCS = 'https://docs.gitlab.com/api/tags/';

export const ENDPOINTS: readonly Endpoint[] = [
  {
    name: 'user.get',
    method: 'GET',
    path: '/user',
    docs: 'https://docs.gitlab.com/api/users/#retrieve-the-current-user',
    jobToken: false,
    scope: 'read_api',
    role: 'guest',
    pathParams: {},
    params: {},
    status: 200,
    response: SCHEMAS.user,
  },
  {
    name: 'merge_requests.get',
    method: 'GET',
    path: '/projects/:id/merge_requests/:merge_request_iid',
    docs: 'https://docs.gitlab.com/api/merge_requests/#get-single-mr',
    jobToken: false,
    scope: 'read_api',
    role: 'reporter',
    pathParams: { ...projectId, merge_request_iid: { type: 'integer', required: true } },
    params: {
      render_html: { type: 'boolean' },
      include_diverged_commits_count: { type: 'boolean' },
      include_rebase_in_progress: { type: 'boolean' },
    },
    status: 200,
    response: SCHEMAS.mergeRequest,
    strict: STRICT_UNKNOWN,
  },
  {
    name: 'notes.list',
    method: 'GET',
    path: mrNotePath,
    docs: NOTES_DOCS,
    jobToken: false,
    scope: 'read_api',
    role: 'reporter',
    pathParams: mrNoteParams,
    params: {
      order_by: { type: 'string', values: ['created_at', 'updated_at'], default: 'created_at' },
      sort: { type: 'string', values: ['asc', 'desc'], default: 'desc' },
      activity_filter: {
        type: 'string',
        values: ['all_notes', 'only_comments', 'only_activity'],
        default: 'all_notes',
      },
      ...pagination,
    },
    paginated: true,
    status: 200,
    response: arr(SCHEMAS.note),
    strict: STRICT_PAGINATION,
  },
  {
    name: 'notes.get',
    method: 'GET',
    path: `${mrNotePath}/:note_id`,
    docs: NOTES_DOCS,
    jobToken: false,
    scope: 'read_api',
    role: 'reporter',
    pathParams: { ...mrNoteParams, note_id: { type: 'integer', required: true } },
    params: {},
    status: 200,
    response: SCHEMAS.note,
  },
  {
    name: 'notes.create',
    method: 'POST',
    path: mrNotePath,
    docs: NOTES_DOCS,
    jobToken: false,
    scope: 'api',
    role: 'reporter',
    pathParams: mrNoteParams,
    params: {
      body: { type: 'string', required: true, maxLength: MAX_TEXT },
      confidential: { type: 'boolean', doc: 'deprecated, renamed to internal' },
      internal: { type: 'boolean' },
      created_at: { type: 'string', doc: 'administrators and project owners only' },
      merge_request_diff_head_sha: { type: 'string' },
    },
    status: 201,
    response: SCHEMAS.note,
    strict: STRICT_UNKNOWN,
  },
  {
    name: 'notes.update',
    method: 'PUT',
    path: `${mrNotePath}/:note_id`,
    docs: NOTES_DOCS,
    jobToken: false,
    scope: 'api',
    role: 'reporter',
    pathParams: { ...mrNoteParams, note_id: { type: 'integer', required: true } },
    params: {
      body: { type: 'string', allowBlank: false, maxLength: MAX_TEXT },
      confidential: { type: 'boolean', doc: 'deprecated, no longer changes confidentiality' },
    },
    status: 200,
    response: SCHEMAS.note,
    strict: STRICT_UNKNOWN,
  },
  {
    name: 'notes.delete',
    method: 'DELETE',
    path: `${mrNotePath}/:note_id`,
    docs: NOTES_DOCS,
    jobToken: false,
    scope: 'api',
    role: 'reporter',
    pathParams: { ...mrNoteParams, note_id: { type: 'integer', required: true } },
    params: {},
    status: 204,
  },
  {
    name: 'statuses.create',
    method: 'POST',
    path: '/projects/:id/statuses/:sha',
    docs: 'https://docs.gitlab.com/api/commits/#set-the-pipeline-status-of-a-commit',
    jobToken: false,
    scope: 'api',
    role: 'developer',
    pathParams: { ...projectId, sha: { type: 'string', required: true } },
    params: {
      state: {
        type: 'string',
        required: true,
        values: ['pending', 'running', 'success', 'failed', 'canceled', 'skipped'],
      },
      ref: { type: 'string', maxLength: 255 },
      name: { type: 'string', doc: 'default "default"' },
      context: { type: 'string', doc: 'alias of name' },
      target_url: { type: 'string', maxLength: 255 },
      description: { type: 'string', maxLength: 255 },
      coverage: { type: 'float' },
      pipeline_id: { type: 'integer' },
    },
    status: 201,
    response: SCHEMAS.commitStatus,
    strict: STRICT_UNKNOWN,
  },
  {
    name: 'statuses.list',
    method: 'GET',
    path: '/projects/:id/repository/commits/:sha/statuses',
    docs: 'https://docs.gitlab.com/api/commits/#list-the-statuses-of-a-commit',
    jobToken: false,
    scope: 'read_api',
    role: 'reporter',
    pathParams: { ...projectId, sha: { type: 'string', required: true } },
    params: {
      ref: { type: 'string' },
      stage: { type: 'string' },
      name: { type: 'string' },
      pipeline_id: { type: 'integer' },
      order_by: { type: 'string', values: ['id', 'pipeline_id'], default: 'id' },
      sort: { type: 'string', values: ['asc', 'desc'], default: 'asc' },
      all: { type: 'boolean', default: false },
      ...pagination,
    },
    paginated: true,
    status: 200,
    response: arr(SCHEMAS.commitStatus),
    strict: STRICT_PAGINATION,
  },
  {
    name: 'releases.list',
    method: 'GET',
    path: '/projects/:id/releases',
    docs: RELEASE_DOCS,
    jobToken: true,
    scope: 'read_api',
    role: 'reporter',
    pathParams: projectId,
    params: {
      order_by: { type: 'string', values: ['released_at', 'created_at'], default: 'released_at' },
      sort: { type: 'string', values: ['asc', 'desc'], default: 'desc' },
      include_html_description: { type: 'boolean' },
      updated_before: { type: 'datetime' },
      updated_after: { type: 'datetime' },
      ...pagination,
    },
    paginated: true,
    status: 200,
    response: arr(release),
    strict: STRICT_PAGINATION,
  },
  {
    name: 'releases.get',
    method: 'GET',
    path: '/projects/:id/releases/:tag_name',
    docs: RELEASE_DOCS,
    jobToken: true,
    scope: 'read_api',
    role: 'reporter',
    pathParams: releaseTag,
    params: { include_html_description: { type: 'boolean' } },
    status: 200,
    response: release,
  },
  {
    name: 'releases.create',
    method: 'POST',
    path: '/projects/:id/releases',
    docs: RELEASE_DOCS,
    jobToken: true,
    scope: 'api',
    role: 'developer',
    pathParams: projectId,
    params: {
      tag_name: { type: 'string', required: true },
      tag_message: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string', maxLength: MAX_TEXT },
      ref: { type: 'string', doc: 'required when tag_name does not exist yet (422 otherwise)' },
      assets: {
        type: 'hash',
        fields: {
          links: {
            type: 'hash[]',
            fields: {
              name: { type: 'string', required: true },
              url: { type: 'string', required: true },
              direct_asset_path: { type: 'string' },
              filepath: { type: 'string', doc: 'deprecated alias of direct_asset_path' },
              link_type: { type: 'string', values: ['other', 'runbook', 'image', 'package'] },
            },
          },
        },
      },
      milestones: { type: 'string[]' },
      milestone_ids: { type: 'string[]' },
      released_at: { type: 'datetime' },
      legacy_catalog_publish: { type: 'boolean' },
    },
    status: 201,
    response: release,
    strict: STRICT_UNKNOWN,
  },
  {
    name: 'releases.update',
    method: 'PUT',
    path: '/projects/:id/releases/:tag_name',
    docs: RELEASE_DOCS,
    jobToken: true,
    scope: 'api',
    role: 'developer',
    pathParams: releaseTag,
    params: {
      name: { type: 'string' },
      description: { type: 'string', maxLength: MAX_TEXT },
      released_at: { type: 'datetime' },
      milestones: { type: 'string[]' },
      milestone_ids: { type: 'string[]' },
    },
    status: 200,
    response: release,
    strict: STRICT_UNKNOWN,
  },
  {
    name: 'releases.delete',
    method: 'DELETE',
    path: '/projects/:id/releases/:tag_name',
    docs: RELEASE_DOCS,
    jobToken: true,
    scope: 'api',
    role: 'maintainer',
    pathParams: releaseTag,
    params: {},
    status: 200,
    response: release,
  },
  {
    name: 'tags.list',
    method: 'GET',
    path: '/projects/:id/repository/tags',
    docs: TAGS_DOCS,
    jobToken: true,
    scope: 'read_api',
    role: 'reporter',
    pathParams: projectId,
    params: {
      sort: { type: 'string', values: ['asc', 'desc'], default: 'desc' },
      order_by: { type: 'string', values: ['name', 'updated', 'version'], default: 'updated' },
      search: { type: 'string' },
      page_token: { type: 'string' },
      ...pagination,
    },
    paginated: true,
    status: 200,
    response: arr(tag),
    strict: `${STRICT_PAGINATION}; page_token (keyset pagination) is accepted but not modelled`,
  },
  {
    name: 'tags.get',
    method: 'GET',
    path: '/projects/:id/repository/tags/:tag_name',
    docs: TAGS_DOCS,
    jobToken: false,
    scope: 'read_api',
    role: 'reporter',
    pathParams: { ...projectId, tag_name: { type: 'string', required: true } },
    params: {},
    status: 200,
    response: tag,
  },
  {
    name: 'tags.create',
    method: 'POST',
    path: '/projects/:id/repository/tags',
    docs: TAGS_DOCS,
    jobToken: false,
    scope: 'api',
    role: 'developer',
    pathParams: projectId,
    params: {
      tag_name: { type: 'string', required: true },
      ref: { type: 'string', required: true },
      message: { type: 'string' },
    },
    status: 201,
    response: tag,
    strict: STRICT_UNKNOWN,
  },
  {
    name: 'tags.delete',
    method: 'DELETE',
    path: '/projects/:id/repository/tags/:tag_name',
    docs: TAGS_DOCS,
    jobToken: false,
    scope: 'api',
    role: 'developer',
    pathParams: { ...projectId, tag_name: { type: 'string', required: true } },
    params: {},
    status: 204,
  },
];

export const roleLevel = (role: AccessLevelName): number => ACCESS_LEVELS[role];

// ---------------------------------------------------------------------------------------------
// Routing.

export type RouteMatch =
  | { kind: 'ok'; endpoint: Endpoint; params: Record<string, string> }
  | { kind: 'no-path' }
  | { kind: 'no-method'; allowed: Method[] };

/**
 * Matches a path below `/api/v4` (still percent-encoded: `group%2Fproject` is one segment, as in
 * GitLab, where an unencoded slash in `:id` or `:tag_name` reaches a different route).
 */
export function matchRoute(method: string, rawPath: string): RouteMatch {
  const segments = rawPath.split('/').slice(1);
  const allowed: Method[] = [];
  for (const endpoint of ENDPOINTS) {
    const parts = endpoint.path.split('/').slice(1);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (const [i, part] of parts.entries()) {
      const segment = segments[i]!;
      if (part.startsWith(':')) {
        if (segment === '') {
          ok = false;
          break;
        }
        try {
          params[part.slice(1)] = decodeURIComponent(segment);
        } catch {
          ok = false;
          break;
        }
      } else if (part !== segment) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (endpoint.method === method) return { kind: 'ok', endpoint, params };
    allowed.push(endpoint.method);
  }
  return allowed.length > 0 ? { kind: 'no-method', allowed } : { kind: 'no-path' };
}

// ---------------------------------------------------------------------------------------------
// Grape-style parameter validation.

/** One problem, phrased the way Grape phrases it (`body is missing`, `state does not have a valid value`). */
export interface ParamProblem {
  /** `path.noteable_id`, `query.per_page`, `body.assets[links][0][name]`. */
  at: string;
  /** Grape's message, e.g. `body is missing`. */
  message: string;
  /** A model validation (length) rather than a Grape declaration: answered in the model's format. */
  model?: { field: string; maxLength: number };
}

export interface ParamsResult {
  /** Coerced values with defaults applied (path and request parameters together). */
  values: Record<string, unknown>;
  problems: ParamProblem[];
}

/** Names GitLab reads for authentication, accepted on every route. */
export const AUTH_PARAMS = new Set(['private_token', 'access_token', 'job_token']);

/**
 * Validates path parameters and request parameters (`sources` maps each given name to where it
 * came from: `query` or `body`). Unknown names are problems when `strictUnknown`.
 */
export function validateParams(
  endpoint: Endpoint,
  path: Record<string, string>,
  given: Record<string, unknown>,
  sources: Record<string, 'query' | 'body'>,
  strictUnknown: boolean,
): ParamsResult {
  const problems: ParamProblem[] = [];
  const ctx: Ctx = { problems, strict: strictUnknown };
  const values: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(endpoint.pathParams)) {
    values[name] = coerce(field, path[name], `path.${name}`, name, ctx);
  }
  for (const name of Object.keys(given)) {
    if (AUTH_PARAMS.has(name) || name in endpoint.params || !strictUnknown) continue;
    problems.push({
      at: `${sources[name] ?? 'query'}.${name}`,
      message: `${name} is not a parameter of ${endpoint.method} ${endpoint.path} (GitLab would silently ignore it)`,
    });
  }
  const defaultSource = endpoint.method === 'GET' || endpoint.method === 'DELETE' ? 'query' : 'body';
  for (const [name, field] of Object.entries(endpoint.params)) {
    const where = `${sources[name] ?? defaultSource}.${name}`;
    if (!(name in given)) {
      if (field.required) problems.push({ at: where, message: `${name} is missing` });
      else if (field.default !== undefined) values[name] = field.default;
      continue;
    }
    const coerced = coerce(field, given[name], where, name, ctx);
    if (coerced !== undefined) values[name] = coerced;
  }
  if ('milestones' in given && 'milestone_ids' in given) {
    problems.push({
      at: 'body.milestones',
      message: 'Cannot specify milestones and milestone_ids at the same time',
    });
  }
  return { values, problems };
}

interface Ctx {
  problems: ParamProblem[];
  strict: boolean;
}

function coerce(field: Field, value: unknown, at: string, label: string, ctx: Ctx): unknown {
  const problems = ctx.problems;
  const invalid = () => {
    problems.push({ at, message: `${label} is invalid` });
    return undefined;
  };
  if (value === undefined || value === null) {
    if (field.required) problems.push({ at, message: `${label} is missing` });
    return undefined;
  }
  switch (field.type) {
    case 'integer':
    case 'float': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : Number.NaN;
      if (!Number.isFinite(n) || (field.type === 'integer' && !Number.isInteger(n))) return invalid();
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) {
        const limit =
          field.max !== undefined
            ? ` (${field.min ?? '-∞'}..${field.max}; GitLab would silently clamp it to ${field.max})`
            : ` (at least ${field.min})`;
        problems.push({ at, message: `${label} does not have a valid value${limit}` });
        return undefined;
      }
      return n;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(true|false|1|0)$/i.test(value)) return /^(true|1)$/i.test(value);
      return invalid();
    }
    case 'datetime': {
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return invalid();
      return new Date(value).toISOString();
    }
    case 'project-id': {
      if (typeof value !== 'string' && typeof value !== 'number') return invalid();
      return String(value);
    }
    case 'string': {
      if (typeof value !== 'string') {
        // Grape would coerce numbers to strings; a non-string usually means a client bug.
        problems.push({ at, message: `${label} is invalid (expected a string, got ${typeof value})` });
        return undefined;
      }
      if (field.allowBlank === false && value.trim() === '') {
        problems.push({ at, message: `${label} is empty` });
        return undefined;
      }
      if (field.values && !field.values.includes(value)) {
        problems.push({ at, message: `${label} does not have a valid value` });
        return undefined;
      }
      if (field.maxLength !== undefined && value.length > field.maxLength) {
        problems.push({
          at,
          message: `${label} is too long (maximum is ${field.maxLength} characters)`,
          model: { field: label, maxLength: field.maxLength },
        });
        return undefined;
      }
      return value;
    }
    case 'string[]': {
      const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value;
      if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) return invalid();
      return list.filter((s) => s !== '');
    }
    case 'hash': {
      if (typeof value !== 'object' || Array.isArray(value)) return invalid();
      return coerceMembers(field, value as Record<string, unknown>, at, label, ctx);
    }
    case 'hash[]': {
      if (!Array.isArray(value)) return invalid();
      return value.map((item, i) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
          problems.push({ at: `${at}[${i}]`, message: `${label}[${i}] is invalid` });
          return undefined;
        }
        return coerceMembers(field, item as Record<string, unknown>, `${at}[${i}]`, `${label}[${i}]`, ctx);
      });
    }
  }
}

function coerceMembers(
  field: Field,
  value: Record<string, unknown>,
  at: string,
  label: string,
  ctx: Ctx,
): Record<string, unknown> {
  const problems = ctx.problems;
  const out: Record<string, unknown> = {};
  const members = field.fields ?? {};
  for (const name of Object.keys(value)) {
    if (!(name in members) && ctx.strict) {
      problems.push({
        at: `${at}[${name}]`,
        message: `${label}[${name}] is not a parameter (GitLab would silently ignore it)`,
      });
    }
  }
  for (const [name, member] of Object.entries(members)) {
    const v = coerce(member, value[name], `${at}[${name}]`, `${label}[${name}]`, ctx);
    if (v !== undefined) out[name] = v;
  }
  return out;
}
