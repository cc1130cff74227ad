/**
 * Builders for GitHub-shaped objects (users, repositories, pull requests, issue comments, check
 * runs) and the `pull_request` webhook payload an action reads from GITHUB_EVENT_PATH.
 *
 * Field sets follow what api.github.com returns; the support tests validate the output against the
 * published OpenAPI description (REST responses and the `pull-request-opened/synchronize` webhooks).
 * Nothing here loads the description, so `pullRequestEvent` stays synchronous and cheap.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Urls {
  /** REST base, e.g. `https://api.github.com` or the fake server's url. No trailing slash. */
  api: string;
  /** Web base, e.g. `https://github.com`. */
  web: string;
}

export const GITHUB_COM: Urls = { api: 'https://api.github.com', web: 'https://github.com' };

export type ActorType = 'User' | 'Bot' | 'Organization';

export interface Actor {
  login: string;
  /** Default: a stable number derived from the login. */
  id?: number;
  /** Default: `Bot` for logins ending in `[bot]`, else `User`. */
  type?: ActorType;
}

/** The identity behind GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT: Required<Actor> = {
  login: 'github-actions[bot]',
  id: 41898282,
  type: 'Bot',
};

/** Deterministic positive id (< 2^31) for a string. */
export function stableId(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 2_000_000_000) + 1000;
}

/** Deterministic 40-hex "commit SHA" for a seed. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** GitHub-style global node id (`IC_kwDO…`, `CR_kwDO…`). Opaque; only the prefix is meaningful. */
export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_kwDO${Buffer.from(`${prefix}:${id}`).toString('base64url')}`;
}

/** `2024-06-01T12:00:00Z` (GitHub drops milliseconds). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function actorId(actor: Actor): number {
  return actor.id ?? stableId(`user:${actor.login}`);
}

export function actorType(actor: Actor): ActorType {
  return actor.type ?? (actor.login.endsWith('[bot]') ? 'Bot' : 'User');
}

/** A `simple-user` object. */
export function userObject(actor: Actor, urls: Urls = GITHUB_COM): Record<string, unknown> {
  const id = actorId(actor);
  const type = actorType(actor);
  const login = actor.login;
  const api = `${urls.api}/users/${encodeURIComponent(login)}`;
  const webLogin = type === 'Bot' ? `apps/${login.replace(/\[bot\]$/, '')}` : login;
  return {
    login,
    id,
    node_id: nodeId(type === 'Bot' ? 'BOT' : type === 'Organization' ? 'O' : 'U', id),
    avatar_url: `https://avatars.githubusercontent.com/${type === 'Bot' ? 'in/' : 'u/'}${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${urls.web}/${webLogin}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export interface RepositorySpec {
  owner: string;
  name: string;
  /** Default: `Organization` for the base repository, `User` for forks (set by the PR builders). */
  ownerType?: ActorType;
  fork?: boolean;
  private?: boolean;
  defaultBranch?: string;
  createdAt?: string;
  pushedAt?: string;
}

const REPO_URL_SUFFIXES: [string, string][] = [
  ['forks_url', '/forks'],
  ['keys_url', '/keys{/key_id}'],
  ['collaborators_url', '/collaborators{/collaborator}'],
  ['teams_url', '/teams'],
  ['hooks_url', '/hooks'],
  ['issue_events_url', '/issues/events{/number}'],
  ['events_url', '/events'],
  ['assignees_url', '/assignees{/user}'],
  ['branches_url', '/branches{/branch}'],
  ['tags_url', '/tags'],
  ['blobs_url', '/git/blobs{/sha}'],
  ['git_tags_url', '/git/tags{/sha}'],
  ['git_refs_url', '/git/refs{/sha}'],
  ['trees_url', '/git/trees{/sha}'],
  ['statuses_url', '/statuses/{sha}'],
  ['languages_url', '/languages'],
  ['stargazers_url', '/stargazers'],
  ['contributors_url', '/contributors'],
  ['subscribers_url', '/subscribers'],
  ['subscription_url', '/subscription'],
  ['commits_url', '/commits{/sha}'],
  ['git_commits_url', '/git/commits{/sha}'],
  ['comments_url', '/comments{/number}'],
  ['issue_comment_url', '/issues/comments{/number}'],
  ['contents_url', '/contents/{+path}'],
  ['compare_url', '/compare/{base}...{head}'],
  ['merges_url', '/merges'],
  ['archive_url', '/{archive_format}{/ref}'],
  ['downloads_url', '/downloads'],
  ['issues_url', '/issues{/number}'],
  ['pulls_url', '/pulls{/number}'],
  ['milestones_url', '/milestones{/number}'],
  ['notifications_url', '/notifications{?since,all,participating}'],
  ['labels_url', '/labels{/name}'],
  ['releases_url', '/releases{/id}'],
  ['deployments_url', '/deployments'],
];

/** A `repository` object as embedded in pull requests (`head.repo`, `base.repo`) and webhooks. */
export function repositoryObject(spec: RepositorySpec, urls: Urls = GITHUB_COM): Record<string, unknown> {
  const fullName = `${spec.owner}/${spec.name}`;
  const id = stableId(`repo:${fullName.toLowerCase()}`);
  const api = `${urls.api}/repos/${fullName}`;
  const host = new URL(urls.web).host;
  const created = spec.createdAt ?? '2023-01-15T09:00:00Z';
  const pushed = spec.pushedAt ?? '2024-06-01T11:59:00Z';
  const repo: Record<string, unknown> = {
    id,
    node_id: nodeId('R', id),
    name: spec.name,
    full_name: fullName,
    private: spec.private ?? false,
    owner: userObject({ login: spec.owner, type: spec.ownerType ?? 'Organization' }, urls),
    html_url: `${urls.web}/${fullName}`,
    description: spec.fork ? `Fork of ${spec.name}` : 'Marty Microservices Framework service',
    fork: spec.fork ?? false,
    url: api,
  };
  for (const [key, suffix] of REPO_URL_SUFFIXES) repo[key] = `${api}${suffix}`;
  Object.assign(repo, {
    created_at: created,
    updated_at: pushed,
    pushed_at: pushed,
    git_url: `git://${host}/${fullName}.git`,
    ssh_url: `git@${host}:${fullName}.git`,
    clone_url: `${urls.web}/${fullName}.git`,
    svn_url: `${urls.web}/${fullName}`,
    homepage: null,
    size: 1024,
    stargazers_count: 0,
    watchers_count: 0,
    language: 'TypeScript',
    has_issues: !spec.fork,
    has_projects: true,
    has_downloads: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 1,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: spec.private ? 'private' : 'public',
    forks: 0,
    open_issues: 1,
    watchers: 0,
    default_branch: spec.defaultBranch ?? 'main',
  });
  return repo;
}

// ---------------------------------------------------------------------------------------------
// Pull requests.

export interface PullRequestSpec {
  owner: string;
  repo: string;
  number: number;
  /** The PR head commit (40 hex). */
  headSha: string;
  /** Default `main`. */
  baseRef?: string;
  /** Default `feature/pr-<number>`. */
  headRef?: string;
  /** Head branch lives in a fork (`<forkOwner>/<repo>`): GITHUB_TOKEN is read-only there. */
  fork?: boolean;
  /** Default `external-contributor`. */
  forkOwner?: string;
  /** Default: a deterministic fake SHA. */
  baseSha?: string;
  /** Default: the fork owner for forks, else `octocat`. */
  author?: string;
  title?: string;
  body?: string | null;
  draft?: boolean;
  state?: 'open' | 'closed';
  createdAt?: string;
  updatedAt?: string;
  labels?: string[];
  commits?: number;
  additions?: number;
  deletions?: number;
  changedFiles?: number;
}

/** Fills the defaults of a PullRequestSpec. */
export function resolvePullRequest(spec: PullRequestSpec): Required<Omit<PullRequestSpec, 'body'>> & {
  body: string | null;
} {
  const fork = spec.fork ?? false;
  const forkOwner = spec.forkOwner ?? 'external-contributor';
  return {
    owner: spec.owner,
    repo: spec.repo,
    number: spec.number,
    headSha: spec.headSha,
    baseRef: spec.baseRef ?? 'main',
    headRef: spec.headRef ?? `feature/pr-${spec.number}`,
    fork,
    forkOwner,
    baseSha: spec.baseSha ?? fakeSha(`base:${spec.owner}/${spec.repo}:${spec.baseRef ?? 'main'}`),
    author: spec.author ?? (fork ? forkOwner : 'octocat'),
    title: spec.title ?? `Migrate chart to Kustomize (#${spec.number})`,
    body: spec.body === undefined ? 'Generated by the test fixture.' : spec.body,
    draft: spec.draft ?? false,
    state: spec.state ?? 'open',
    createdAt: spec.createdAt ?? '2024-06-01T12:00:00Z',
    updatedAt: spec.updatedAt ?? spec.createdAt ?? '2024-06-01T12:00:00Z',
    labels: spec.labels ?? [],
    commits: spec.commits ?? 1,
    additions: spec.additions ?? 10,
    deletions: spec.deletions ?? 2,
    changedFiles: spec.changedFiles ?? 3,
  };
}

export function pullRequestId(owner: string, repo: string, number: number): number {
  return stableId(`pull:${owner}/${repo}#${number}`.toLowerCase());
}

/**
 * A full `pull-request` object (REST `GET /repos/{owner}/{repo}/pulls/{pull_number}` and the
 * webhook's `pull_request`). `mergeable` is null as in `opened` events until GitHub computes it.
 */
export function pullRequestObject(
  spec: PullRequestSpec,
  urls: Urls = GITHUB_COM,
  merge: { mergeable: boolean | null; mergeable_state: string; merge_commit_sha: string | null } = {
    mergeable: null,
    mergeable_state: 'unknown',
    merge_commit_sha: null,
  },
): Record<string, unknown> {
  const pr = resolvePullRequest(spec);
  const full = `${pr.owner}/${pr.repo}`;
  const api = `${urls.api}/repos/${full}`;
  const id = pullRequestId(pr.owner, pr.repo, pr.number);
  const url = `${api}/pulls/${pr.number}`;
  const htmlUrl = `${urls.web}/${full}/pull/${pr.number}`;
  const baseRepo = repositoryObject({ owner: pr.owner, name: pr.repo }, urls);
  const headOwner = pr.fork ? pr.forkOwner : pr.owner;
  const headRepo = pr.fork
    ? repositoryObject({ owner: pr.forkOwner, name: pr.repo, fork: true, ownerType: 'User' }, urls)
    : baseRepo;
  const headOwnerObj = headRepo.owner;
  const author = userObject({ login: pr.author }, urls);
  const links = {
    self: { href: url },
    html: { href: htmlUrl },
    issue: { href: `${api}/issues/${pr.number}` },
    comments: { href: `${api}/issues/${pr.number}/comments` },
    review_comments: { href: `${url}/comments` },
    review_comment: { href: `${api}/pulls/comments{/number}` },
    commits: { href: `${url}/commits` },
    statuses: { href: `${api}/statuses/${pr.headSha}` },
  };
  return {
    url,
    id,
    node_id: nodeId('PR', id),
    html_url: htmlUrl,
    diff_url: `${htmlUrl}.diff`,
    patch_url: `${htmlUrl}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: author,
    body: pr.body,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: merge.merge_commit_sha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: pr.labels.map((name) => {
      const labelId = stableId(`label:${full}:${name}`);
      return {
        id: labelId,
        node_id: nodeId('LA', labelId),
        url: `${api}/labels/${encodeURIComponent(name)}`,
        name,
        color: 'ededed',
        default: false,
        description: null,
      };
    }),
    milestone: null,
    draft: pr.draft,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.headSha}`,
    head: {
      label: `${headOwner}:${pr.headRef}`,
      ref: pr.headRef,
      sha: pr.headSha,
      user: headOwnerObj,
      repo: headRepo,
    },
    base: {
      label: `${pr.owner}:${pr.baseRef}`,
      ref: pr.baseRef,
      sha: pr.baseSha,
      user: baseRepo.owner,
      repo: baseRepo,
    },
    _links: links,
    author_association: pr.fork ? 'CONTRIBUTOR' : 'MEMBER',
    auto_merge: null,
    active_lock_reason: null,
    merged: false,
    mergeable: merge.mergeable,
    rebaseable: merge.mergeable,
    mergeable_state: merge.mergeable_state,
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: pr.fork,
    commits: pr.commits,
    additions: pr.additions,
    deletions: pr.deletions,
    changed_files: pr.changedFiles,
  };
}

export interface PullRequestEventOptions extends PullRequestSpec {
  /** Default `opened`. */
  action?: 'opened' | 'synchronize' | 'reopened' | 'edited' | 'ready_for_review';
  /** `synchronize` only: the previous head SHA (default: a deterministic fake). */
  before?: string;
  /** Default https://api.github.com / https://github.com. */
  urls?: Urls;
}

/**
 * A `pull_request` webhook payload as GitHub Actions writes it to GITHUB_EVENT_PATH.
 * `@actions/github`'s `context.payload.pull_request.head.repo.fork` etc. read from here.
 */
export function pullRequestEvent(options: PullRequestEventOptions): Record<string, unknown> {
  const urls = options.urls ?? GITHUB_COM;
  const pr = resolvePullRequest(options);
  const action = options.action ?? 'opened';
  const pullRequest = pullRequestObject(options, urls);
  const event: Record<string, unknown> = { action, number: pr.number };
  if (action === 'synchronize') {
    event.before = options.before ?? fakeSha(`before:${pr.headSha}`);
    event.after = pr.headSha;
  }
  event.pull_request = pullRequest;
  event.repository = repositoryObject({ owner: pr.owner, name: pr.repo }, urls);
  event.sender = userObject({ login: pr.author }, urls);
  return event;
}

/**
 * The environment GitHub Actions sets for a `pull_request` run, pointing @actions/github at `apiUrl`.
 * Writes the event payload to a temporary file (GITHUB_EVENT_PATH). Note that @actions/github reads
 * GITHUB_API_URL and the context when it is first imported.
 */
export function pullRequestActionEnv(
  event: Record<string, unknown>,
  options: { apiUrl: string; token?: string; dir?: string },
): Record<string, string> {
  const pr = event.pull_request as {
    number: number;
    head: { ref: string; sha: string };
    base: { ref: string; repo: { full_name: string } };
  };
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'gh-event-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event, null, 2));
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: pr.base.repo.full_name,
    GITHUB_REPOSITORY_OWNER: pr.base.repo.full_name.split('/')[0]!,
    GITHUB_SHA: fakeSha(`merge:${pr.base.repo.full_name}#${pr.number}:${pr.head.sha}`),
    GITHUB_REF: `refs/pull/${pr.number}/merge`,
    GITHUB_REF_NAME: `${pr.number}/merge`,
    GITHUB_HEAD_REF: pr.head.ref,
    GITHUB_BASE_REF: pr.base.ref,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_WORKFLOW: 'PR review',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'review',
    GITHUB_ACTOR: String((event.sender as { login: string }).login),
  };
  if (options.token !== undefined) {
    env.GITHUB_TOKEN = options.token;
    env.INPUT_TOKEN = options.token;
    env['INPUT_GITHUB-TOKEN'] = options.token;
  }
  return env;
}

// ---------------------------------------------------------------------------------------------
// Issue comments and check runs (stored state -> response objects).

export interface StoredComment {
  id: number;
  node_id: string;
  owner: string;
  repo: string;
  issue_number: number;
  body: string;
  user: Required<Actor>;
  author_association: string;
  created_at: string;
  updated_at: string;
}

export function issueCommentObject(c: StoredComment, urls: Urls, isPull: boolean): Record<string, unknown> {
  const api = `${urls.api}/repos/${c.owner}/${c.repo}`;
  const url = `${api}/issues/comments/${c.id}`;
  return {
    url,
    html_url: `${urls.web}/${c.owner}/${c.repo}/${isPull ? 'pull' : 'issues'}/${c.issue_number}#issuecomment-${c.id}`,
    issue_url: `${api}/issues/${c.issue_number}`,
    id: c.id,
    node_id: c.node_id,
    user: userObject(c.user, urls),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.author_association,
    body: c.body,
    reactions: {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
    performed_via_github_app: null,
  };
}

export type CheckStatus = 'queued' | 'in_progress' | 'completed';
export type CheckConclusion =
  'action_required' | 'cancelled' | 'failure' | 'neutral' | 'success' | 'skipped' | 'stale' | 'timed_out';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

export interface StoredCheckRun {
  id: number;
  node_id: string;
  owner: string;
  repo: string;
  name: string;
  head_sha: string;
  status: CheckStatus;
  conclusion: CheckConclusion | null;
  started_at: string | null;
  completed_at: string | null;
  details_url: string | null;
  external_id: string;
  output: { title: string | null; summary: string | null; text: string | null };
  /** Every annotation received, in order (GitHub appends on each create/update). */
  annotations: CheckAnnotation[];
  actions: { label: string; description: string; identifier: string }[];
  check_suite_id: number;
}

/** The GitHub Actions app, which owns check runs created with GITHUB_TOKEN. */
export function githubActionsApp(urls: Urls): Record<string, unknown> {
  return {
    id: 15368,
    client_id: 'Iv1.05c79e9ad1f6bdfa',
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: userObject({ login: 'github', id: 9919, type: 'Organization' }, urls),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${urls.web}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: {
      actions: 'write',
      checks: 'write',
      contents: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write',
      statuses: 'write',
    },
    events: ['check_run', 'check_suite', 'issue_comment', 'pull_request', 'push', 'workflow_dispatch'],
  };
}

export interface CheckRunPullRef {
  number: number;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
}

export function checkRunObject(
  run: StoredCheckRun,
  urls: Urls,
  pulls: CheckRunPullRef[],
): Record<string, unknown> {
  const api = `${urls.api}/repos/${run.owner}/${run.repo}`;
  const url = `${api}/check-runs/${run.id}`;
  const repoRef = {
    id: stableId(`repo:${run.owner}/${run.repo}`.toLowerCase()),
    url: api,
    name: run.repo,
  };
  return {
    id: run.id,
    name: run.name,
    node_id: run.node_id,
    head_sha: run.head_sha,
    external_id: run.external_id,
    url,
    html_url: `${urls.web}/${run.owner}/${run.repo}/runs/${run.id}`,
    details_url: run.details_url,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    check_suite: { id: run.check_suite_id },
    app: githubActionsApp(urls),
    pull_requests: pulls.map((p) => ({
      url: `${api}/pulls/${p.number}`,
      id: pullRequestId(run.owner, run.repo, p.number),
      number: p.number,
      head: { ref: p.headRef, sha: p.headSha, repo: repoRef },
      base: { ref: p.baseRef, sha: p.baseSha, repo: repoRef },
    })),
  };
}

export function checkAnnotationObject(
  run: StoredCheckRun,
  a: CheckAnnotation,
  urls: Urls,
): Record<string, unknown> {
  return {
    path: a.path,
    blob_href: `${urls.web}/${run.owner}/${run.repo}/blob/${run.head_sha}/${a.path}`,
    start_line: a.start_line,
    end_line: a.end_line,
    start_column: a.start_column ?? null,
    end_column: a.end_column ?? null,
    annotation_level: a.annotation_level,
    title: a.title ?? null,
    message: a.message,
    raw_details: a.raw_details ?? null,
  };
}
