/**
 * What the GitLab stand-in does for each endpoint of contract.ts once a request has passed
 * authentication and parameter validation: the state changes and the answers GitLab's services
 * give (messages from lib/api/*.rb and app/services/**), including its quirks:
 *
 * - notes: only the author may edit or delete a note (403 otherwise); a blank body is refused by
 *   the model (400 `Note {:note=>["can't be blank"]}`), a body over 1,000,000 characters likewise;
 * - commit statuses: a status for the same commit, name and ref that is still pending/running is
 *   updated in place, and re-posting the state it already has is refused
 *   (400 `Cannot transition status via :enqueue from :pending …`); a finished one starts anew;
 * - releases: 409 when the release exists, 422 `Ref is not specified` for a missing tag without
 *   `ref`, and PUT/DELETE of a release that does not exist answer 403 (GitLab authorizes against
 *   a nil release), not 404; deleting a tag deletes its release.
 */
import { type Endpoint, MAX_TEXT } from './contract.js';
import {
  type CommitState,
  type GitLabUser,
  type StoredMergeRequest,
  type StoredNote,
  type StoredRelease,
  type StoredStatus,
  commitStatusObject,
  currentUser,
  iso,
  mergeRequestObject,
  noteObject,
  releaseObject,
  tagObject,
} from './payloads.js';
import { type GitLabState, type Project, Answer, Violation } from './state.js';

export interface HandlerContext {
  state: GitLabState;
  endpoint: Endpoint;
  /** The project `:id` names (undefined for `/user`). */
  project: Project | undefined;
  user: GitLabUser;
  /** The caller's role in the project (ACCESS_LEVELS). */
  role: number;
  viaJobToken: boolean;
  /** Path and request parameters, coerced, defaults applied. */
  values: Record<string, unknown>;
  /** Slices a list and sets GitLab's pagination headers. */
  paginate<T>(items: T[]): { items: T[]; headers: Record<string, string> };
}

export interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>;

const forbidden = (explanation: string) =>
  new Violation('permission', 403, { message: '403 Forbidden' }, explanation);
const notFound = (what?: string) =>
  new Answer(404, { message: what ? `404 ${what} Not Found` : '404 Not found' });

function project(ctx: HandlerContext): Project {
  if (!ctx.project) throw new Error(`${ctx.endpoint.name} needs a project`);
  return ctx.project;
}

function mergeRequest(ctx: HandlerContext, resource: string, param: string): StoredMergeRequest {
  const p = project(ctx);
  const mr = ctx.state.mergeRequests.get(ctx.state.mrKey(p.id, Number(ctx.values[param])));
  if (!mr) throw resource === '' ? notFound() : notFound(resource);
  return mr;
}

function notesOf(ctx: HandlerContext, mr: StoredMergeRequest): StoredNote[] {
  return [...ctx.state.notes.values()].filter((n) => n.projectId === mr.projectId && n.mrIid === mr.iid);
}

function findNote(ctx: HandlerContext, mr: StoredMergeRequest): StoredNote {
  const note = ctx.state.notes.get(Number(ctx.values.note_id));
  if (!note || note.projectId !== mr.projectId || note.mrIid !== mr.iid) throw notFound();
  return note;
}

/** Notes::CreateService / UpdateService failures: `400 Bad request - Note {:note=>[...]}`. */
function noteModelError(message: string, explanation: string): Violation {
  return new Violation(
    'body',
    400,
    { message: `400 Bad request - Note {:note=>[${JSON.stringify(message)}]}` },
    explanation,
  );
}

function checkNoteBody(body: string): void {
  if (body.trim() === '') throw noteModelError("can't be blank", 'a note body must not be blank');
  if (body.length > MAX_TEXT) {
    throw noteModelError(
      `is too long (maximum is ${MAX_TEXT} characters)`,
      `the note body has ${body.length} characters; GitLab allows ${MAX_TEXT}`,
    );
  }
}

function ownNote(ctx: HandlerContext, note: StoredNote, action: string): void {
  if (note.system) throw forbidden(`system notes cannot be ${action} (note ${note.id})`);
  if (note.author.id !== ctx.user.id) {
    throw forbidden(
      `${ctx.user.username} may not ${action.replace(/ed$/, '')} note ${note.id} of ${note.author.username} ` +
        "(only a note's author can; look for your own notes by author id)",
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Commit statuses: the state machine of Ci::CommitStatus for an existing pending/running status.

const EVENT: Record<CommitState, string> = {
  pending: 'enqueue',
  running: 'run',
  success: 'success',
  failed: 'drop',
  canceled: 'cancel',
  skipped: 'skip',
};
const ALLOWED_FROM: Record<CommitState, CommitState[]> = {
  pending: [],
  running: ['pending'],
  success: ['pending', 'running'],
  failed: ['pending', 'running'],
  canceled: ['pending', 'running'],
  skipped: ['pending'],
};
const FINISHED: CommitState[] = ['success', 'failed', 'canceled', 'skipped'];

// ---------------------------------------------------------------------------------------------

async function releaseBody(ctx: HandlerContext, r: StoredRelease): Promise<Record<string, unknown>> {
  const commit = await project(ctx).repo.resolveCommit(r.commitSha);
  return releaseObject(r, commit, ctx.state.urls, project(ctx), ctx.state.now());
}

function checkMilestones(ctx: HandlerContext, titles: string[] | undefined): void {
  const missing = (titles ?? []).filter((t) => !project(ctx).milestones.includes(t));
  if (missing.length > 0) throw new Answer(400, { message: `Milestone(s) not found: ${missing.join(', ')}` });
}

/** Natural "version" order of GitLab's tag finder (numbers compared as numbers). */
function versionCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export const HANDLERS: Record<string, Handler> = {
  'user.get': (ctx) => ({ status: 200, body: currentUser(ctx.user, ctx.state.urls) }),

  'merge_requests.get': (ctx) => {
    const mr = mergeRequest(ctx, '', 'merge_request_iid');
    const comments = notesOf(ctx, mr).filter((n) => !n.system).length;
    return { status: 200, body: mergeRequestObject(mr, ctx.state.urls, comments) };
  },

  // ------------------------------------------------------------------ notes

  'notes.list': (ctx) => {
    const mr = mergeRequest(ctx, 'MergeRequest', 'noteable_id');
    const { order_by, sort, activity_filter } = ctx.values as Record<string, string>;
    let notes = notesOf(ctx, mr);
    if (activity_filter === 'only_comments') notes = notes.filter((n) => !n.system);
    if (activity_filter === 'only_activity') notes = notes.filter((n) => n.system);
    const dir = sort === 'asc' ? 1 : -1;
    notes.sort((a, b) => {
      // order_by=created_at is ordered by id (GitLab's tie-breaker makes them the same).
      const primary = order_by === 'updated_at' ? a.updated_at.localeCompare(b.updated_at) : 0;
      return (primary !== 0 ? primary : a.id - b.id) * dir;
    });
    const { items, headers } = ctx.paginate(notes);
    return { status: 200, body: items.map((n) => noteObject(n, ctx.state.urls)), headers };
  },

  'notes.get': (ctx) => {
    const note = findNote(ctx, mergeRequest(ctx, 'MergeRequest', 'noteable_id'));
    return { status: 200, body: noteObject(note, ctx.state.urls) };
  },

  'notes.create': (ctx) => {
    const mr = mergeRequest(ctx, 'MergeRequest', 'noteable_id');
    const body = String(ctx.values.body);
    checkNoteBody(body);
    const mayBackdate = ctx.role >= 50;
    const created = ctx.state.addNote(mr.projectId, mr, body, ctx.user, {
      internal: Boolean(ctx.values.internal ?? ctx.values.confidential ?? false),
      ...(mayBackdate && typeof ctx.values.created_at === 'string'
        ? { created_at: new Date(ctx.values.created_at).toISOString() }
        : {}),
    });
    return { status: 201, body: noteObject(created, ctx.state.urls) };
  },

  'notes.update': (ctx) => {
    const note = findNote(ctx, mergeRequest(ctx, 'MergeRequest', 'noteable_id'));
    ownNote(ctx, note, 'edited');
    if (typeof ctx.values.body === 'string') {
      checkNoteBody(ctx.values.body);
      if (ctx.values.body !== note.body) {
        note.body = ctx.values.body;
        note.updated_at = iso(ctx.state.now());
      }
    }
    return { status: 200, body: noteObject(note, ctx.state.urls) };
  },

  'notes.delete': (ctx) => {
    const note = findNote(ctx, mergeRequest(ctx, 'MergeRequest', 'noteable_id'));
    ownNote(ctx, note, 'deleted');
    ctx.state.notes.delete(note.id);
    return { status: 204 };
  },

  // ------------------------------------------------------------------ commit statuses

  'statuses.create': async (ctx) => {
    const p = project(ctx);
    const v = ctx.values as {
      sha: string;
      state: CommitState;
      ref?: string;
      name?: string;
      context?: string;
      target_url?: string;
      description?: string;
      coverage?: number;
      pipeline_id?: number;
    };
    const commit = await p.repo.resolveCommit(v.sha);
    if (!commit) throw notFound('Commit');
    if (v.target_url !== undefined && !/^https?:\/\/[^\s/]+/.test(v.target_url)) {
      throw new Violation(
        'body',
        400,
        { message: { target_url: ['is blocked: Only allowed schemes are http, https'] } },
        `target_url ${JSON.stringify(v.target_url)} is not an http(s) URL`,
      );
    }
    let ref = v.ref ?? null;
    if (ref === null) {
      const branches = await p.repo.branchesContaining(commit.id);
      if (branches.length === 0) throw notFound('References for commit');
      ref = branches.includes(p.defaultBranch) ? p.defaultBranch : branches[0]!;
    }
    const name = v.name ?? v.context ?? 'default';
    const pipelineId = v.pipeline_id ?? ctx.state.pipelineId(p.id, commit.id, ref);
    const now = iso(ctx.state.now());
    let status = ctx.state.statuses.find(
      (s) =>
        s.projectId === p.id &&
        s.sha === commit.id &&
        s.name === name &&
        s.ref === ref &&
        s.pipeline_id === pipelineId &&
        (s.status === 'pending' || s.status === 'running'),
    );
    if (status && !ALLOWED_FROM[v.state].includes(status.status)) {
      const event = EVENT[v.state];
      throw new Answer(400, {
        message: `Cannot transition status via :${event} from :${status.status} (Reason(s): Status cannot transition via "${event}")`,
      });
    }
    if (!status) {
      status = {
        id: ctx.state.nextStatusId++,
        projectId: p.id,
        sha: commit.id,
        ref,
        name,
        status: v.state,
        target_url: null,
        description: null,
        coverage: null,
        pipeline_id: pipelineId,
        author: ctx.user,
        created_at: now,
        started_at: null,
        finished_at: null,
      } satisfies StoredStatus;
      ctx.state.statuses.push(status);
    }
    status.status = v.state;
    if (v.target_url !== undefined) status.target_url = v.target_url;
    if (v.description !== undefined) status.description = v.description;
    if (v.coverage !== undefined) status.coverage = v.coverage;
    if (v.state === 'running' && status.started_at === null) status.started_at = now;
    if (FINISHED.includes(v.state)) status.finished_at = now;
    return { status: 201, body: commitStatusObject(status, ctx.state.urls) };
  },

  'statuses.list': async (ctx) => {
    const p = project(ctx);
    const v = ctx.values as {
      sha: string;
      ref?: string;
      stage?: string;
      name?: string;
      pipeline_id?: number;
      order_by: 'id' | 'pipeline_id';
      sort: 'asc' | 'desc';
      all: boolean;
    };
    const commit = await p.repo.resolveCommit(v.sha);
    if (!commit) throw notFound('Commit');
    let list = ctx.state.statuses.filter((s) => s.projectId === p.id && s.sha === commit.id);
    if (!v.all) {
      const latest = new Map<string, StoredStatus>();
      for (const s of list) if ((latest.get(s.name)?.id ?? 0) < s.id) latest.set(s.name, s);
      list = [...latest.values()];
    }
    if (v.ref !== undefined) list = list.filter((s) => s.ref === v.ref);
    if (v.stage !== undefined) list = list.filter(() => v.stage === 'external');
    if (v.name !== undefined) list = list.filter((s) => s.name === v.name);
    if (v.pipeline_id !== undefined) list = list.filter((s) => s.pipeline_id === v.pipeline_id);
    const dir = v.sort === 'desc' ? -1 : 1;
    list.sort(
      (a, b) => ((v.order_by === 'pipeline_id' ? a.pipeline_id - b.pipeline_id : 0) || a.id - b.id) * dir,
    );
    const { items, headers } = ctx.paginate(list);
    return { status: 200, body: items.map((s) => commitStatusObject(s, ctx.state.urls)), headers };
  },

  // ------------------------------------------------------------------ releases

  'releases.list': async (ctx) => {
    const p = project(ctx);
    const v = ctx.values as {
      order_by: 'released_at' | 'created_at';
      sort: string;
      updated_before?: string;
      updated_after?: string;
    };
    let list = [...ctx.state.releases.values()].filter((r) => r.projectId === p.id);
    if (v.updated_before) list = list.filter((r) => r.updated_at < v.updated_before!);
    if (v.updated_after) list = list.filter((r) => r.updated_at > v.updated_after!);
    const dir = v.sort === 'asc' ? 1 : -1;
    list.sort((a, b) => a[v.order_by].localeCompare(b[v.order_by]) * dir);
    const { items, headers } = ctx.paginate(list);
    return { status: 200, body: await Promise.all(items.map((r) => releaseBody(ctx, r))), headers };
  },

  'releases.get': async (ctx) => {
    const p = project(ctx);
    const r = ctx.state.releases.get(ctx.state.releaseKey(p.id, String(ctx.values.tag_name)));
    if (!r) throw new Answer(404, { message: '404 Not Found' });
    return { status: 200, body: await releaseBody(ctx, r) };
  },

  'releases.create': async (ctx) => {
    const p = project(ctx);
    const v = ctx.values as {
      tag_name: string;
      tag_message?: string;
      name?: string;
      description?: string;
      ref?: string;
      assets?: {
        links?: {
          name: string;
          url: string;
          direct_asset_path?: string;
          filepath?: string;
          link_type?: string;
        }[];
      };
      milestones?: string[];
      released_at?: string;
    };
    if (ctx.state.releases.has(ctx.state.releaseKey(p.id, v.tag_name))) {
      throw new Answer(409, { message: 'Release already exists' });
    }
    checkMilestones(ctx, v.milestones);
    let tag = await p.repo.getTag(v.tag_name);
    if (!tag) {
      if (v.ref === undefined) throw new Answer(422, { message: 'Ref is not specified' });
      tag = await ctx.state.createTag(p, v.tag_name, v.ref, v.tag_message, ctx.user);
    }
    const links = v.assets?.links ?? [];
    for (const key of ['name', 'url'] as const) {
      const values = links.map((l) => l[key]);
      if (new Set(values).size !== values.length) {
        throw new Answer(400, { message: `Validation failed: Links have duplicate values (${key})` });
      }
    }
    const now = iso(ctx.state.now());
    const release: StoredRelease = {
      projectId: p.id,
      tag_name: v.tag_name,
      name: v.name ?? null,
      description: v.description ?? null,
      created_at: now,
      updated_at: now,
      released_at: v.released_at ?? now,
      author: ctx.user,
      commitSha: tag.commitSha,
      milestones: v.milestones ?? [],
      links: links.map((l) => {
        const path = l.direct_asset_path ?? l.filepath;
        return {
          id: ctx.state.nextLinkId++,
          name: l.name,
          url: l.url,
          ...(path ? { filepath: path.startsWith('/') ? path : `/${path}` } : {}),
          link_type: (l.link_type ?? 'other') as 'other',
        };
      }),
    };
    ctx.state.releases.set(ctx.state.releaseKey(p.id, release.tag_name), release);
    return { status: 201, body: await releaseBody(ctx, release) };
  },

  'releases.update': async (ctx) => {
    const p = project(ctx);
    const r = ctx.state.releases.get(ctx.state.releaseKey(p.id, String(ctx.values.tag_name)));
    // GitLab authorizes `update_release` against the (nil) release before looking: 403.
    if (!r) throw new Answer(403, { message: '403 Forbidden' });
    const v = ctx.values as {
      name?: string;
      description?: string;
      released_at?: string;
      milestones?: string[];
    };
    checkMilestones(ctx, v.milestones);
    if (v.name !== undefined) r.name = v.name;
    if (v.description !== undefined) r.description = v.description;
    if (v.released_at !== undefined) r.released_at = v.released_at;
    if (v.milestones !== undefined) r.milestones = v.milestones;
    r.updated_at = iso(ctx.state.now());
    return { status: 200, body: await releaseBody(ctx, r) };
  },

  'releases.delete': async (ctx) => {
    const p = project(ctx);
    const k = ctx.state.releaseKey(p.id, String(ctx.values.tag_name));
    const r = ctx.state.releases.get(k);
    if (!r) throw new Answer(403, { message: '403 Forbidden' });
    const body = await releaseBody(ctx, r);
    ctx.state.releases.delete(k);
    return { status: 200, body };
  },

  // ------------------------------------------------------------------ tags

  'tags.list': async (ctx) => {
    const p = project(ctx);
    const v = ctx.values as { sort: string; order_by: 'name' | 'updated' | 'version'; search?: string };
    const tags = await p.repo.listTags();
    const rows = await Promise.all(
      tags.map(async (t) => ({ t, c: (await p.repo.resolveCommit(t.commitSha))! })),
    );
    let list = rows;
    if (v.search) {
      const s = v.search;
      list = list.filter(({ t }) =>
        s.startsWith('^')
          ? t.name.startsWith(s.slice(1))
          : s.endsWith('$')
            ? t.name.endsWith(s.slice(0, -1))
            : t.name.includes(s),
      );
    }
    const dir = v.sort === 'asc' ? 1 : -1;
    list.sort((a, b) => {
      if (v.order_by === 'name') return a.t.name.localeCompare(b.t.name) * dir;
      if (v.order_by === 'version') return versionCompare(a.t.name, b.t.name) * dir;
      return (a.c.committed_date.localeCompare(b.c.committed_date) || a.t.name.localeCompare(b.t.name)) * dir;
    });
    const { items, headers } = ctx.paginate(list);
    return {
      status: 200,
      body: items.map(({ t, c }) => tagObject(t, c, releaseRef(ctx, p, t.name), ctx.state.urls, p.path)),
      headers,
    };
  },

  'tags.get': async (ctx) => {
    const p = project(ctx);
    const t = await p.repo.getTag(String(ctx.values.tag_name));
    if (!t) throw notFound('Tag');
    const c = (await p.repo.resolveCommit(t.commitSha))!;
    return { status: 200, body: tagObject(t, c, releaseRef(ctx, p, t.name), ctx.state.urls, p.path) };
  },

  'tags.create': async (ctx) => {
    const p = project(ctx);
    const v = ctx.values as { tag_name: string; ref: string; message?: string };
    const t = await ctx.state.createTag(p, v.tag_name, v.ref, v.message, ctx.user);
    const c = (await p.repo.resolveCommit(t.commitSha))!;
    return { status: 201, body: tagObject(t, c, releaseRef(ctx, p, t.name), ctx.state.urls, p.path) };
  },

  'tags.delete': async (ctx) => {
    const p = project(ctx);
    const name = String(ctx.values.tag_name);
    if (!(await p.repo.deleteTag(name))) throw notFound('Tag');
    // Tags::DestroyService removes the tag's release as well.
    ctx.state.releases.delete(ctx.state.releaseKey(p.id, name));
    return { status: 204 };
  },
};

function releaseRef(
  ctx: HandlerContext,
  p: Project,
  tag: string,
): { tag_name: string; description: string | null } | null {
  const r = ctx.state.releases.get(ctx.state.releaseKey(p.id, tag));
  return r ? { tag_name: r.tag_name, description: r.description } : null;
}

/** Used by the server to answer a model length violation in the endpoint's own format. */
export function lengthViolation(endpoint: Endpoint, field: string, max: number, length: number): Violation {
  const explanation = `${field} has ${length} characters; GitLab allows ${max}`;
  const tooLong = `is too long (maximum is ${max} characters)`;
  if (endpoint.name.startsWith('notes.')) return noteModelError(tooLong, explanation);
  if (endpoint.name.startsWith('releases.')) {
    const label = field.charAt(0).toUpperCase() + field.slice(1);
    return new Violation('body', 400, { message: `Validation failed: ${label} ${tooLong}` }, explanation);
  }
  return new Violation('body', 400, { message: { [field]: [tooLong] } }, explanation);
}
