/**
 * GitLab-shaped objects (REST API v4 entities) built from the stand-in's stored state: users,
 * notes, merge requests, commit statuses, releases, tags and commits.
 *
 * Field sets follow GitLab's entities (lib/api/entities/*.rb) and the examples in its API
 * documentation; contract.ts holds JSON Schemas for them (`additionalProperties: false`), and the
 * server validates every 2xx body it sends against those, so a field added here without being
 * documented there is reported as a `response` validation error.
 */
import { createHash } from 'node:crypto';

export type AccessLevelName = 'guest' | 'reporter' | 'developer' | 'maintainer' | 'owner';

export const ACCESS_LEVELS: Record<AccessLevelName, number> = {
  guest: 10,
  reporter: 20,
  developer: 30,
  maintainer: 40,
  owner: 50,
};

export interface GitLabUser {
  id: number;
  username: string;
  name: string;
  /** Project/group access tokens act as bot users (`project_<id>_bot_<hex>`). */
  bot?: boolean;
  /** Default `<username>@example.com`; used as tagger of annotated tags. */
  email?: string;
}

/** The user behind a project access token of project 4242 named "mmf-review". */
export const PROJECT_BOT: GitLabUser = {
  id: 9001,
  username: 'project_4242_bot_5e9c1c0d8e3b4a6f',
  name: 'mmf-review',
  bot: true,
};

/** A person (the developer who pushed, or a reviewer). */
export const HUMAN_USER: GitLabUser = { id: 17, username: 'jdoe', name: 'Jane Doe' };

/** Another person, e.g. one who quotes our marker in their own note. */
export const OTHER_USER: GitLabUser = { id: 23, username: 'rroe', name: 'Richard Roe' };

/** GitLab's own system-note author in these tests (system notes are authored by a real user). */
export const SYSTEM_NOTE_AUTHOR = HUMAN_USER;

export interface Urls {
  /** Web base, e.g. `https://gitlab.example.com` (no trailing slash). */
  web: string;
}

export interface ProjectRef {
  id: number;
  /** `group/subgroup/project`. */
  path: string;
}

/** `2024-06-01T12:00:00.000Z` (GitLab keeps milliseconds). */
export const iso = (d: Date): string => d.toISOString();

/** Deterministic 40-hex "commit SHA" for a seed. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** `UserBasic`: id, username, name, state, locked, avatar_url, web_url. */
export function userBasic(u: GitLabUser, urls: Urls): Record<string, unknown> {
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    state: 'active',
    locked: false,
    avatar_url: `https://secure.gravatar.com/avatar/${fakeSha(u.username).slice(0, 32)}?s=80&d=identicon`,
    web_url: `${urls.web}/${u.username}`,
  };
}

/** `GET /user` (Entities::User subset, with `bot`). */
export function currentUser(u: GitLabUser, urls: Urls): Record<string, unknown> {
  return {
    ...userBasic(u, urls),
    created_at: '2024-01-15T09:00:00.000Z',
    bio: '',
    location: '',
    public_email: null,
    web_url: `${urls.web}/${u.username}`,
    bot: u.bot ?? false,
  };
}

// ---------------------------------------------------------------------------------------------
// Notes.

export interface StoredNote {
  id: number;
  projectId: number;
  /** The merge request's iid (noteable_iid). */
  mrIid: number;
  /** The merge request's global id (noteable_id). */
  mrId: number;
  body: string;
  author: GitLabUser;
  system: boolean;
  internal: boolean;
  created_at: string;
  updated_at: string;
}

export function noteObject(n: StoredNote, urls: Urls): Record<string, unknown> {
  return {
    id: n.id,
    type: null,
    body: n.body,
    attachment: null,
    author: userBasic(n.author, urls),
    created_at: n.created_at,
    updated_at: n.updated_at,
    system: n.system,
    noteable_id: n.mrId,
    noteable_type: 'MergeRequest',
    project_id: n.projectId,
    resolvable: false,
    confidential: n.internal,
    internal: n.internal,
    imported: false,
    imported_from: 'none',
    noteable_iid: n.mrIid,
    commands_changes: {},
  };
}

// ---------------------------------------------------------------------------------------------
// Merge requests.

export interface MergeRequestSpec {
  /** Default: the server's first project. */
  project?: number | string;
  iid: number;
  /** Head commit of the source branch (diff_refs.head_sha). */
  sha: string;
  /** Target branch commit the diff is based on (diff_refs.base_sha). Default: a fake SHA. */
  baseSha?: string;
  /** diff_refs.start_sha (target branch head when the diff was made). Default: baseSha. */
  startSha?: string;
  sourceBranch?: string;
  targetBranch?: string;
  title?: string;
  description?: string;
  author?: GitLabUser;
  state?: 'opened' | 'closed' | 'merged' | 'locked';
  draft?: boolean;
  /** A fork's project id (source_project_id); default the target project. */
  sourceProjectId?: number;
  labels?: string[];
  createdAt?: string;
}

export interface StoredMergeRequest extends Required<Omit<MergeRequestSpec, 'project'>> {
  id: number;
  projectId: number;
  projectPath: string;
}

export function resolveMergeRequest(spec: MergeRequestSpec, project: ProjectRef): StoredMergeRequest {
  const target = spec.targetBranch ?? 'main';
  const baseSha = spec.baseSha ?? fakeSha(`base:${project.path}:${target}`);
  return {
    iid: spec.iid,
    sha: spec.sha,
    baseSha,
    startSha: spec.startSha ?? baseSha,
    sourceBranch: spec.sourceBranch ?? `feature/mr-${spec.iid}`,
    targetBranch: target,
    title: spec.title ?? `Migrate chart to Kustomize (!${spec.iid})`,
    description: spec.description ?? 'Generated by the test fixture.',
    author: spec.author ?? HUMAN_USER,
    state: spec.state ?? 'opened',
    draft: spec.draft ?? false,
    sourceProjectId: spec.sourceProjectId ?? project.id,
    labels: spec.labels ?? [],
    createdAt: spec.createdAt ?? '2024-06-01T12:00:00.000Z',
    id: 100_000 + project.id * 1000 + spec.iid,
    projectId: project.id,
    projectPath: project.path,
  };
}

export function mergeRequestObject(
  mr: StoredMergeRequest,
  urls: Urls,
  notes: number,
): Record<string, unknown> {
  const webUrl = `${urls.web}/${mr.projectPath}/-/merge_requests/${mr.iid}`;
  const author = { ...userBasic(mr.author, urls), bot: mr.author.bot ?? false };
  const closed = mr.state === 'closed' || mr.state === 'merged';
  return {
    id: mr.id,
    iid: mr.iid,
    project_id: mr.projectId,
    title: mr.draft ? `Draft: ${mr.title}` : mr.title,
    description: mr.description,
    state: mr.state,
    created_at: mr.createdAt,
    updated_at: mr.createdAt,
    merged_by: null,
    merge_user: null,
    merged_at: null,
    closed_by: null,
    closed_at: closed ? mr.createdAt : null,
    target_branch: mr.targetBranch,
    source_branch: mr.sourceBranch,
    user_notes_count: notes,
    upvotes: 0,
    downvotes: 0,
    author,
    assignees: [],
    assignee: null,
    reviewers: [],
    source_project_id: mr.sourceProjectId,
    target_project_id: mr.projectId,
    labels: mr.labels,
    draft: mr.draft,
    work_in_progress: mr.draft,
    milestone: null,
    merge_when_pipeline_succeeds: false,
    merge_status: 'can_be_merged',
    detailed_merge_status: 'mergeable',
    sha: mr.sha,
    merge_commit_sha: null,
    squash_commit_sha: null,
    discussion_locked: null,
    should_remove_source_branch: null,
    force_remove_source_branch: true,
    prepared_at: mr.createdAt,
    reference: `!${mr.iid}`,
    references: {
      short: `!${mr.iid}`,
      relative: `!${mr.iid}`,
      full: `${mr.projectPath}!${mr.iid}`,
    },
    web_url: webUrl,
    time_stats: {
      time_estimate: 0,
      total_time_spent: 0,
      human_time_estimate: null,
      human_total_time_spent: null,
    },
    squash: false,
    squash_on_merge: false,
    task_completion_status: { count: 0, completed_count: 0 },
    has_conflicts: false,
    blocking_discussions_resolved: true,
    subscribed: false,
    changes_count: '3',
    latest_build_started_at: null,
    latest_build_finished_at: null,
    first_deployed_to_production_at: null,
    pipeline: null,
    head_pipeline: null,
    diff_refs: { base_sha: mr.baseSha, head_sha: mr.sha, start_sha: mr.startSha },
    merge_error: null,
    first_contribution: false,
    user: { can_merge: true },
  };
}

// ---------------------------------------------------------------------------------------------
// Commit statuses.

export type CommitState = 'pending' | 'running' | 'success' | 'failed' | 'canceled' | 'skipped';

export interface StoredStatus {
  id: number;
  projectId: number;
  sha: string;
  ref: string | null;
  name: string;
  status: CommitState;
  target_url: string | null;
  description: string | null;
  coverage: number | null;
  pipeline_id: number;
  author: GitLabUser;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export function commitStatusObject(s: StoredStatus, urls: Urls): Record<string, unknown> {
  return {
    id: s.id,
    sha: s.sha,
    ref: s.ref,
    status: s.status,
    name: s.name,
    target_url: s.target_url,
    description: s.description,
    created_at: s.created_at,
    started_at: s.started_at,
    finished_at: s.finished_at,
    allow_failure: false,
    coverage: s.coverage,
    pipeline_id: s.pipeline_id,
    author: userBasic(s.author, urls),
  };
}

// ---------------------------------------------------------------------------------------------
// Commits and tags.

export interface CommitInfo {
  id: string;
  parent_ids: string[];
  title: string;
  message: string;
  author_name: string;
  author_email: string;
  authored_date: string;
  committer_name: string;
  committer_email: string;
  committed_date: string;
}

export function commitObject(c: CommitInfo, urls: Urls, projectPath: string): Record<string, unknown> {
  return {
    id: c.id,
    short_id: c.id.slice(0, 8),
    created_at: c.committed_date,
    parent_ids: c.parent_ids,
    title: c.title,
    message: c.message,
    author_name: c.author_name,
    author_email: c.author_email,
    authored_date: c.authored_date,
    committer_name: c.committer_name,
    committer_email: c.committer_email,
    committed_date: c.committed_date,
    trailers: {},
    extended_trailers: {},
    web_url: `${urls.web}/${projectPath}/-/commit/${c.id}`,
  };
}

export interface TagInfo {
  name: string;
  /** Annotated: the tag object's SHA; lightweight: the commit SHA. */
  target: string;
  /** The commit the tag points at (peeled). */
  commitSha: string;
  /** Annotation; null for lightweight tags. */
  message: string | null;
  /** Tagger date of annotated tags; null for lightweight tags. */
  created_at: string | null;
}

export function tagObject(
  t: TagInfo,
  commit: CommitInfo,
  release: { tag_name: string; description: string | null } | null,
  urls: Urls,
  projectPath: string,
): Record<string, unknown> {
  return {
    name: t.name,
    message: t.message,
    target: t.target,
    commit: commitObject(commit, urls, projectPath),
    release,
    protected: false,
    created_at: t.created_at,
  };
}

// ---------------------------------------------------------------------------------------------
// Releases.

export interface ReleaseLink {
  id: number;
  name: string;
  url: string;
  /** `direct_asset_path` (stored with a leading slash), if given. */
  filepath?: string;
  link_type: 'other' | 'runbook' | 'image' | 'package';
}

export interface StoredRelease {
  projectId: number;
  tag_name: string;
  name: string | null;
  description: string | null;
  created_at: string;
  /** Not in the entity; filters `updated_before` / `updated_after`. */
  updated_at: string;
  released_at: string;
  author: GitLabUser;
  commitSha: string;
  milestones: string[];
  links: ReleaseLink[];
}

export function releaseObject(
  r: StoredRelease,
  commit: CommitInfo | undefined,
  urls: Urls,
  project: ProjectRef,
  now: Date,
): Record<string, unknown> {
  const web = `${urls.web}/${project.path}`;
  const tag = encodeURIComponent(r.tag_name);
  const base = project.path.split('/').pop()!;
  const sources = ['zip', 'tar.gz', 'tar.bz2', 'tar'].map((format) => ({
    format,
    url: `${web}/-/archive/${r.tag_name}/${base}-${r.tag_name}.${format}`,
  }));
  const issues = (state: string) => `${web}/-/issues?release_tag=${tag}&scope=all&state=${state}`;
  const mrs = (state: string) => `${web}/-/merge_requests?release_tag=${tag}&scope=all&state=${state}`;
  const body: Record<string, unknown> = {
    name: r.name ?? r.tag_name,
    tag_name: r.tag_name,
    description: r.description,
    created_at: r.created_at,
    released_at: r.released_at,
    upcoming_release: Date.parse(r.released_at) > now.getTime(),
    historical_release: Date.parse(r.released_at) < Date.parse(r.created_at),
    author: userBasic(r.author, urls),
  };
  if (commit) body.commit = commitObject(commit, urls, project.path);
  if (r.milestones.length > 0) {
    body.milestones = r.milestones.map((title, i) => ({
      id: 500 + i,
      iid: i + 1,
      project_id: project.id,
      title,
      description: '',
      state: 'active',
      created_at: r.created_at,
      updated_at: r.created_at,
      due_date: null,
      start_date: null,
      expired: false,
      web_url: `${web}/-/milestones/${i + 1}`,
      issue_stats: { total: 0, closed: 0 },
    }));
  }
  Object.assign(body, {
    commit_path: `/${project.path}/-/commit/${r.commitSha}`,
    tag_path: `/${project.path}/-/tags/${tag}`,
    assets: {
      count: sources.length + r.links.length,
      sources,
      links: [...r.links]
        .sort((a, b) => b.id - a.id)
        .map((l) => ({
          id: l.id,
          name: l.name,
          url: l.url,
          direct_asset_url: l.filepath ? `${web}/-/releases/${tag}/downloads${l.filepath}` : l.url,
          link_type: l.link_type,
        })),
    },
    evidences: [],
    _links: {
      closed_issues_url: issues('closed'),
      closed_merge_requests_url: mrs('closed'),
      edit_url: `${web}/-/releases/${tag}/edit`,
      merged_merge_requests_url: mrs('merged'),
      opened_issues_url: issues('opened'),
      opened_merge_requests_url: mrs('opened'),
      self: `${web}/-/releases/${tag}`,
    },
  });
  return body;
}
