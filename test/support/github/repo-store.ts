/**
 * In-memory git data of the GitHub stand-in: commits (with parents, so fast-forwards and
 * comparisons can be computed), refs (`refs/heads/*`, `refs/tags/*`), annotated tag objects and
 * releases, plus the builders of the matching REST objects (git ref, git tag, tag, commit,
 * comparison, release). repo-handlers.ts serves them; server.ts exposes the seeds.
 */
import {
  type Actor,
  type Urls,
  actorId,
  actorType,
  fakeSha,
  isoSeconds,
  nodeId,
  userObject,
} from './payloads.js';

export interface GitPerson {
  name: string;
  email: string;
  /** ISO 8601, seconds precision. */
  date: string;
}

export interface ChangedFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  additions?: number;
  deletions?: number;
  patch?: string;
}

export interface StoredCommit {
  owner: string;
  repo: string;
  sha: string;
  parents: string[];
  message: string;
  author: GitPerson;
  committer: GitPerson;
  files: ChangedFile[];
}

export interface StoredTagObject {
  owner: string;
  repo: string;
  sha: string;
  tag: string;
  message: string;
  object: { sha: string; type: 'commit' | 'tree' | 'blob' | 'tag' };
  tagger: GitPerson;
}

export type MakeLatest = 'true' | 'false' | 'legacy';

export interface StoredRelease {
  id: number;
  owner: string;
  repo: string;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  updated_at: string;
  author: Required<Actor>;
  /** Set when a request made it the repository's latest release explicitly. */
  latest: boolean;
}

export interface SeedCommitInput {
  owner: string;
  repo: string;
  /** Default: a fake SHA from the message, parents and a counter. */
  sha?: string;
  message?: string;
  /** Branch moved to the new commit (default `main`); null moves none. */
  branch?: string | null;
  /** Default: the branch's current head (none for a new branch). */
  parents?: string[];
  files?: ChangedFile[];
  author?: Partial<GitPerson>;
}

const repoKey = (owner: string, repo: string) => `${owner}/${repo}`.toLowerCase();

/** Git data of all repositories. */
export class RepoStore {
  private readonly commits = new Map<string, StoredCommit>();
  private readonly refs = new Map<string, Map<string, string>>();
  private readonly tagObjects = new Map<string, StoredTagObject>();
  readonly releases = new Map<number, StoredRelease>();
  nextReleaseId = 180_000_001;
  private counter = 0;

  constructor(private readonly now: () => Date) {}

  clear(): void {
    this.commits.clear();
    this.refs.clear();
    this.tagObjects.clear();
    this.releases.clear();
  }

  private refsOf(owner: string, repo: string): Map<string, string> {
    const k = repoKey(owner, repo);
    let m = this.refs.get(k);
    if (!m) this.refs.set(k, (m = new Map()));
    return m;
  }

  seedCommit(input: SeedCommitInput): StoredCommit {
    const branch = input.branch === undefined ? 'main' : input.branch;
    const head = branch ? this.refsOf(input.owner, input.repo).get(`refs/heads/${branch}`) : undefined;
    const parents = input.parents ?? (head ? [head] : []);
    const message = input.message ?? `Commit ${++this.counter}`;
    const sha = (
      input.sha ?? fakeSha(`commit:${input.owner}/${input.repo}:${message}:${parents}:${++this.counter}`)
    ).toLowerCase();
    const date = isoSeconds(this.now());
    const person = { name: 'Mona Lisa', email: 'mona@example.com', date, ...input.author };
    const commit: StoredCommit = {
      owner: input.owner,
      repo: input.repo,
      sha,
      parents,
      message,
      author: person,
      committer: person,
      files: input.files ?? [],
    };
    this.commits.set(`${repoKey(input.owner, input.repo)}@${sha}`, commit);
    if (branch) this.refsOf(input.owner, input.repo).set(`refs/heads/${branch}`, sha);
    return structuredClone(commit);
  }

  commit(owner: string, repo: string, sha: string): StoredCommit | undefined {
    return this.commits.get(`${repoKey(owner, repo)}@${sha.toLowerCase()}`);
  }

  tagObject(owner: string, repo: string, sha: string): StoredTagObject | undefined {
    const t = this.tagObjects.get(sha.toLowerCase());
    return t && repoKey(t.owner, t.repo) === repoKey(owner, repo) ? t : undefined;
  }

  /** Commit SHA of a ref name, branch, tag or (≥ 7 hex) SHA prefix; tags are peeled. */
  resolve(owner: string, repo: string, ref: string): string | undefined {
    const refs = this.refsOf(owner, repo);
    const name = ref.replace(/^refs\//, '');
    for (const candidate of [`refs/${name}`, `refs/heads/${name}`, `refs/tags/${name}`]) {
      const target = refs.get(candidate);
      if (target) return this.peel(owner, repo, target);
    }
    if (/^[0-9a-f]{7,40}$/i.test(ref)) {
      const prefix = `${repoKey(owner, repo)}@${ref.toLowerCase()}`;
      const hits = [...this.commits.keys()].filter((k) => k.startsWith(prefix));
      if (hits.length === 1) return this.commits.get(hits[0]!)!.sha;
    }
    return undefined;
  }

  /** Follows tag objects down to a commit. */
  peel(owner: string, repo: string, sha: string): string {
    let current = sha;
    for (let depth = 0; depth < 10; depth++) {
      const tag = this.tagObject(owner, repo, current);
      if (!tag) return current;
      current = tag.object.sha;
    }
    return current;
  }

  /** Whether `ancestor` is reachable from `descendant` (or equal). */
  isAncestor(owner: string, repo: string, ancestor: string, descendant: string): boolean {
    return this.reachable(owner, repo, descendant).has(ancestor);
  }

  /** All commits reachable from `sha`, itself included. */
  reachable(owner: string, repo: string, sha: string): Set<string> {
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length > 0) {
      const current = queue.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      queue.push(...(this.commit(owner, repo, current)?.parents ?? []));
    }
    return seen;
  }

  listRefs(owner: string, repo: string, prefix = 'refs/'): { ref: string; sha: string }[] {
    return [...this.refsOf(owner, repo).entries()]
      .filter(([ref]) => ref.startsWith(prefix))
      .map(([ref, sha]) => ({ ref, sha }))
      .sort((a, b) => a.ref.localeCompare(b.ref));
  }

  getRef(owner: string, repo: string, ref: string): string | undefined {
    return this.refsOf(owner, repo).get(ref);
  }

  setRef(owner: string, repo: string, ref: string, sha: string): void {
    this.refsOf(owner, repo).set(ref, sha.toLowerCase());
  }

  deleteRef(owner: string, repo: string, ref: string): boolean {
    return this.refsOf(owner, repo).delete(ref);
  }

  /** Whether `sha` names a commit or tag object of the repository. */
  objectExists(owner: string, repo: string, sha: string): boolean {
    return this.commit(owner, repo, sha) !== undefined || this.tagObject(owner, repo, sha) !== undefined;
  }

  createTagObject(input: Omit<StoredTagObject, 'sha'>): StoredTagObject {
    const sha = fakeSha(
      `tag:${input.owner}/${input.repo}:${input.tag}:${input.object.sha}:${input.message}:${++this.counter}`,
    );
    const tag: StoredTagObject = { ...input, sha };
    this.tagObjects.set(sha, tag);
    return structuredClone(tag);
  }

  releasesOf(owner: string, repo: string): StoredRelease[] {
    return [...this.releases.values()]
      .filter((r) => repoKey(r.owner, r.repo) === repoKey(owner, repo))
      .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  }

  /** The release `GET releases/latest` answers: explicitly latest, else the newest full release. */
  latestRelease(owner: string, repo: string): StoredRelease | undefined {
    const full = this.releasesOf(owner, repo).filter((r) => !r.draft && !r.prerelease);
    return full.find((r) => r.latest) ?? full[0];
  }

  /** Applies `make_latest` after a create or update. */
  applyMakeLatest(release: StoredRelease, makeLatest: MakeLatest): void {
    if (release.draft || release.prerelease) {
      release.latest = false;
      return;
    }
    if (makeLatest === 'true') {
      for (const r of this.releasesOf(release.owner, release.repo)) r.latest = false;
      release.latest = true;
    } else if (makeLatest === 'legacy') {
      for (const r of this.releasesOf(release.owner, release.repo)) r.latest = false;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// REST objects.

const api = (urls: Urls, owner: string, repo: string) => `${urls.api}/repos/${owner}/${repo}`;

export function gitRefObject(
  urls: Urls,
  owner: string,
  repo: string,
  ref: string,
  sha: string,
  store: RepoStore,
): Record<string, unknown> {
  const type = store.tagObject(owner, repo, sha) ? 'tag' : 'commit';
  return {
    ref,
    node_id: nodeId('REF', `${owner}/${repo}:${ref}`),
    url: `${api(urls, owner, repo)}/git/${ref}`,
    object: { type, sha, url: `${api(urls, owner, repo)}/git/${type}s/${sha}` },
  };
}

const UNSIGNED = { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null };

export function gitTagObject(urls: Urls, t: StoredTagObject): Record<string, unknown> {
  const base = api(urls, t.owner, t.repo);
  return {
    node_id: nodeId('TAG', t.sha),
    tag: t.tag,
    sha: t.sha,
    url: `${base}/git/tags/${t.sha}`,
    message: t.message,
    tagger: t.tagger,
    object: { sha: t.object.sha, type: t.object.type, url: `${base}/git/${t.object.type}s/${t.object.sha}` },
    verification: UNSIGNED,
  };
}

export function tagListItem(
  urls: Urls,
  owner: string,
  repo: string,
  name: string,
  commitSha: string,
): Record<string, unknown> {
  const base = api(urls, owner, repo);
  return {
    name,
    commit: { sha: commitSha, url: `${base}/commits/${commitSha}` },
    zipball_url: `${base}/zipball/refs/tags/${name}`,
    tarball_url: `${base}/tarball/refs/tags/${name}`,
    node_id: nodeId('REF', `${owner}/${repo}:refs/tags/${name}`),
  };
}

function fileObject(urls: Urls, c: StoredCommit, f: ChangedFile): Record<string, unknown> {
  const additions = f.additions ?? (f.status === 'removed' ? 0 : 1);
  const deletions = f.deletions ?? (f.status === 'added' ? 0 : f.status === 'removed' ? 1 : 0);
  const path = f.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: fakeSha(`blob:${c.sha}:${f.filename}`),
    filename: f.filename,
    status: f.status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${urls.web}/${c.owner}/${c.repo}/blob/${c.sha}/${path}`,
    raw_url: `${urls.web}/${c.owner}/${c.repo}/raw/${c.sha}/${path}`,
    contents_url: `${api(urls, c.owner, c.repo)}/contents/${path}?ref=${c.sha}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
  };
}

/** A `commit` object (GET /repos/{owner}/{repo}/commits/{ref}); `withFiles` adds stats and files. */
export function commitObject(urls: Urls, c: StoredCommit, withFiles: boolean): Record<string, unknown> {
  const base = api(urls, c.owner, c.repo);
  const body: Record<string, unknown> = {
    url: `${base}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId('C', c.sha),
    html_url: `${urls.web}/${c.owner}/${c.repo}/commit/${c.sha}`,
    comments_url: `${base}/commits/${c.sha}/comments`,
    commit: {
      url: `${base}/git/commits/${c.sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message,
      comment_count: 0,
      tree: { sha: fakeSha(`tree:${c.sha}`), url: `${base}/git/trees/${fakeSha(`tree:${c.sha}`)}` },
      verification: UNSIGNED,
    },
    author: null,
    committer: null,
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${base}/commits/${p}`,
      html_url: `${urls.web}/${c.owner}/${c.repo}/commit/${p}`,
    })),
  };
  if (withFiles) {
    const files = c.files.map((f) => fileObject(urls, c, f));
    const additions = files.reduce((n, f) => n + Number(f.additions), 0);
    const deletions = files.reduce((n, f) => n + Number(f.deletions), 0);
    body.stats = { additions, deletions, total: additions + deletions };
    body.files = files;
  }
  return body;
}

export function comparisonObject(
  urls: Urls,
  owner: string,
  repo: string,
  basehead: string,
  base: StoredCommit,
  mergeBase: StoredCommit,
  ahead: StoredCommit[],
  behindBy: number,
): Record<string, unknown> {
  const b = api(urls, owner, repo);
  const status =
    ahead.length === 0 ? (behindBy === 0 ? 'identical' : 'behind') : behindBy === 0 ? 'ahead' : 'diverged';
  const files = new Map<string, Record<string, unknown>>();
  for (const c of ahead) for (const f of c.files) files.set(f.filename, fileObject(urls, c, f));
  return {
    url: `${b}/compare/${basehead}`,
    html_url: `${urls.web}/${owner}/${repo}/compare/${basehead}`,
    permalink_url: `${urls.web}/${owner}/${repo}/compare/${owner}:${base.sha.slice(0, 7)}...${owner}:${(ahead.at(-1) ?? base).sha.slice(0, 7)}`,
    diff_url: `${urls.web}/${owner}/${repo}/compare/${basehead}.diff`,
    patch_url: `${urls.web}/${owner}/${repo}/compare/${basehead}.patch`,
    base_commit: commitObject(urls, base, false),
    merge_base_commit: commitObject(urls, mergeBase, false),
    status,
    ahead_by: ahead.length,
    behind_by: behindBy,
    total_commits: ahead.length,
    commits: ahead.map((c) => commitObject(urls, c, false)),
    files: [...files.values()],
  };
}

export function releaseObject(urls: Urls, r: StoredRelease): Record<string, unknown> {
  const base = api(urls, r.owner, r.repo);
  const tagPath = r.draft ? `untagged-${fakeSha(`draft:${r.id}`).slice(0, 20)}` : r.tag_name;
  return {
    url: `${base}/releases/${r.id}`,
    html_url: `${urls.web}/${r.owner}/${r.repo}/releases/tag/${tagPath}`,
    assets_url: `${base}/releases/${r.id}/assets`,
    upload_url: `https://uploads.github.com/repos/${r.owner}/${r.repo}/releases/${r.id}/assets{?name,label}`,
    tarball_url: r.draft ? null : `${base}/tarball/${r.tag_name}`,
    zipball_url: r.draft ? null : `${base}/zipball/${r.tag_name}`,
    id: r.id,
    node_id: nodeId('RE', r.id),
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: false,
    created_at: r.created_at,
    published_at: r.published_at,
    updated_at: r.updated_at,
    author: userObject(r.author, urls),
    assets: [],
  };
}

export function releaseAuthor(actor: Actor): Required<Actor> {
  return { login: actor.login, id: actorId(actor), type: actorType(actor) };
}
