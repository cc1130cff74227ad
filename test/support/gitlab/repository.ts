/**
 * The repository behind a stand-in project: commits, branches and tags, either in memory
 * (commits are seeded by the test) or backed by a real bare git repository, so a tag created
 * through `POST /projects/:id/repository/tags` or `POST /projects/:id/releases` is a real
 * `refs/tags/<name>` that `git ls-remote --tags` (and gitlab-ci-local's component resolution,
 * through serveGitRepos) sees, and a tag pushed with git is listed by the API.
 *
 * Refs resolve like GitLab's `repository.commit(ref)`: a full or abbreviated (≥ 7) SHA, a branch
 * name, a tag name, or `refs/heads/…` / `refs/tags/…`.
 */
import { gitAsync } from '../git-repos.js';
import { type CommitInfo, type TagInfo, fakeSha, iso } from './payloads.js';

export interface Tagger {
  name: string;
  email: string;
  date: Date;
}

export interface ProjectRepository {
  /** The commit `ref` names, or undefined. */
  resolveCommit(ref: string): Promise<CommitInfo | undefined>;
  /** Branch names whose history contains `sha` (GitLab attaches a status without `ref` to the first). */
  branchesContaining(sha: string): Promise<string[]>;
  listTags(): Promise<TagInfo[]>;
  getTag(name: string): Promise<TagInfo | undefined>;
  /** Creates a tag (annotated when `message` is non-empty). Throws TagExistsError. */
  createTag(name: string, commit: CommitInfo, message: string | undefined, tagger: Tagger): Promise<TagInfo>;
  /** Returns false when there was no such tag. */
  deleteTag(name: string): Promise<boolean>;
}

export class TagExistsError extends Error {}

/**
 * Gitlab::GitRefValidator for tags: `git check-ref-format` rules, plus no leading `-`, no
 * `refs/` prefix and not a 40-hex name.
 */
export function isValidTagName(name: string): boolean {
  if (name === '' || name.startsWith('-') || name.startsWith('refs/') || /^[0-9a-f]{40}$/.test(name)) {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- git forbids control characters in ref names
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name) || name.includes('..') || name.includes('@{') || name === '@') {
    return false;
  }
  if (name.endsWith('/') || name.endsWith('.') || name.includes('//')) return false;
  return name.split('/').every((part) => part !== '' && !part.startsWith('.') && !part.endsWith('.lock'));
}

// ---------------------------------------------------------------------------------------------

export interface SeedCommitInput {
  /** Default: a fake SHA derived from the message and parents. */
  sha?: string;
  message?: string;
  /** Branch whose head becomes this commit (default: the project's default branch). */
  branch?: string;
  parents?: string[];
  authorName?: string;
  authorEmail?: string;
  date?: string;
}

/** Commits, branches and tags held in memory. */
export class MemoryRepository implements ProjectRepository {
  private readonly commits = new Map<string, CommitInfo>();
  private readonly branches = new Map<string, string>();
  private readonly tags = new Map<string, TagInfo>();

  constructor(private readonly defaultBranch: string) {}

  /** Adds a commit and moves `branch` (default: the default branch) to it. */
  seedCommit(input: SeedCommitInput): CommitInfo {
    const branch = input.branch ?? this.defaultBranch;
    const parents = input.parents ?? (this.branches.has(branch) ? [this.branches.get(branch)!] : []);
    const commit = this.addCommit({ ...input, parents });
    this.branches.set(branch, commit.id);
    return commit;
  }

  /** Makes `sha` known; `branch` starts there only if it does not exist yet (no branch moves). */
  ensureCommit(sha: string, branch?: string, parents: string[] = []): CommitInfo {
    const commit =
      this.commits.get(sha.toLowerCase()) ?? this.addCommit({ sha, parents, message: 'Seeded commit' });
    if (branch !== undefined && !this.branches.has(branch)) this.branches.set(branch, commit.id);
    return commit;
  }

  private addCommit(input: SeedCommitInput & { parents: string[] }): CommitInfo {
    const message = input.message ?? 'Seeded commit';
    const sha = (
      input.sha ?? fakeSha(`commit:${message}:${input.parents.join(',')}:${this.commits.size}`)
    ).toLowerCase();
    const date = input.date ?? '2024-06-01T12:00:00.000Z';
    const commit: CommitInfo = {
      id: sha,
      parent_ids: input.parents,
      title: message.split('\n')[0]!,
      message,
      author_name: input.authorName ?? 'Jane Doe',
      author_email: input.authorEmail ?? 'jdoe@example.com',
      authored_date: date,
      committer_name: input.authorName ?? 'Jane Doe',
      committer_email: input.authorEmail ?? 'jdoe@example.com',
      committed_date: date,
    };
    this.commits.set(sha, commit);
    return commit;
  }

  async resolveCommit(ref: string): Promise<CommitInfo | undefined> {
    const name = ref.replace(/^refs\/(heads|tags)\//, '');
    const tag = this.tags.get(name);
    if (tag && !ref.startsWith('refs/heads/')) return this.commits.get(tag.commitSha);
    const branch = this.branches.get(name);
    if (branch && !ref.startsWith('refs/tags/')) return this.commits.get(branch);
    if (/^[0-9a-f]{7,40}$/i.test(ref)) {
      const wanted = ref.toLowerCase();
      const hits = [...this.commits.keys()].filter((sha) => sha.startsWith(wanted));
      if (hits.length === 1) return this.commits.get(hits[0]!);
    }
    return undefined;
  }

  async branchesContaining(sha: string): Promise<string[]> {
    const out: string[] = [];
    for (const [branch, head] of this.branches) {
      const seen = new Set<string>();
      const queue = [head];
      while (queue.length > 0) {
        const current = queue.shift()!;
        if (current === sha) {
          out.push(branch);
          break;
        }
        if (seen.has(current)) continue;
        seen.add(current);
        queue.push(...(this.commits.get(current)?.parent_ids ?? []));
      }
    }
    return out.sort();
  }

  async listTags(): Promise<TagInfo[]> {
    return [...this.tags.values()].map((t) => ({ ...t }));
  }

  async getTag(name: string): Promise<TagInfo | undefined> {
    const t = this.tags.get(name);
    return t ? { ...t } : undefined;
  }

  async createTag(
    name: string,
    commit: CommitInfo,
    message: string | undefined,
    tagger: Tagger,
  ): Promise<TagInfo> {
    if (this.tags.has(name)) throw new TagExistsError(`Tag ${name} already exists`);
    const annotated = message !== undefined && message.trim() !== '';
    const tag: TagInfo = {
      name,
      target: annotated ? fakeSha(`tag:${name}:${commit.id}:${message}`) : commit.id,
      commitSha: commit.id,
      message: annotated ? message.trim() : null,
      created_at: annotated ? iso(tagger.date) : null,
    };
    this.tags.set(name, tag);
    return { ...tag };
  }

  async deleteTag(name: string): Promise<boolean> {
    return this.tags.delete(name);
  }
}

// ---------------------------------------------------------------------------------------------

/** Field and record separators: `%x1f` in pretty formats (git show), `%1f` in for-each-ref. */
const FIELD = '%x1f';
const REF_FIELD = '%1f';
const REF_RECORD = '%1e';

/**
 * A real bare repository (`git --git-dir <path>`). Tags are `refs/tags/*`; annotated tags are
 * real tag objects (tagger: the API user). Every call is an asynchronous git process.
 */
export class GitRepository implements ProjectRepository {
  constructor(readonly path: string) {}

  private git(args: string[], env: Record<string, string> = {}): Promise<string> {
    return gitAsync(this.path, ['--git-dir', this.path, ...args], env);
  }

  async resolveCommit(ref: string): Promise<CommitInfo | undefined> {
    if (ref.startsWith('-')) return undefined;
    let sha: string;
    try {
      sha = await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    } catch {
      return undefined;
    }
    return this.commit(sha);
  }

  private async commit(sha: string): Promise<CommitInfo> {
    const format = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join(FIELD);
    const out = await this.git(['show', '-s', `--format=${format}`, sha]);
    const [id, parents, an, ae, ad, cn, ce, cd, ...body] = out.split('\x1f');
    const message = body.join('\x1f').replace(/\n+$/, '');
    return {
      id: id!,
      parent_ids: parents ? parents.split(' ').filter(Boolean) : [],
      title: message.split('\n')[0] ?? '',
      message,
      author_name: an!,
      author_email: ae!,
      authored_date: new Date(ad!).toISOString(),
      committer_name: cn!,
      committer_email: ce!,
      committed_date: new Date(cd!).toISOString(),
    };
  }

  async branchesContaining(sha: string): Promise<string[]> {
    try {
      const out = await this.git([
        'for-each-ref',
        '--contains',
        sha,
        '--format=%(refname:short)',
        'refs/heads',
      ]);
      return out.split('\n').filter(Boolean).sort();
    } catch {
      return [];
    }
  }

  async listTags(): Promise<TagInfo[]> {
    const format = [
      '%(refname:strip=2)',
      '%(objectname)',
      '%(objecttype)',
      '%(*objectname)',
      '%(taggerdate:iso-strict)',
      '%(contents)',
    ].join(REF_FIELD);
    const out = await this.git(['for-each-ref', `--format=${format}${REF_RECORD}`, 'refs/tags']);
    const tags: TagInfo[] = [];
    for (const record of out.split('\x1e')) {
      const line = record.replace(/^\n/, '');
      if (line.trim() === '') continue;
      const [name, object, type, peeled, date, ...contents] = line.split('\x1f');
      const annotated = type === 'tag';
      tags.push({
        name: name!,
        target: object!,
        commitSha: annotated ? peeled! : object!,
        message: annotated ? contents.join('\x1f').replace(/\n+$/, '') : null,
        created_at: annotated && date ? new Date(date).toISOString() : null,
      });
    }
    return tags;
  }

  async getTag(name: string): Promise<TagInfo | undefined> {
    return (await this.listTags()).find((t) => t.name === name);
  }

  async createTag(
    name: string,
    commit: CommitInfo,
    message: string | undefined,
    tagger: Tagger,
  ): Promise<TagInfo> {
    if (await this.getTag(name)) throw new TagExistsError(`Tag ${name} already exists`);
    const annotated = message !== undefined && message.trim() !== '';
    if (annotated) {
      const date = `${Math.floor(tagger.date.getTime() / 1000)} +0000`;
      await this.git(['tag', '-a', '-m', message.trim(), '--end-of-options', name, commit.id], {
        GIT_COMMITTER_NAME: tagger.name,
        GIT_COMMITTER_EMAIL: tagger.email,
        GIT_COMMITTER_DATE: date,
      });
    } else {
      // The zero old-value makes update-ref fail if the tag appeared in the meantime.
      await this.git(['update-ref', `refs/tags/${name}`, commit.id, '0'.repeat(40)]);
    }
    return (await this.getTag(name))!;
  }

  async deleteTag(name: string): Promise<boolean> {
    if (!(await this.getTag(name))) return false;
    await this.git(['update-ref', '-d', `refs/tags/${name}`]);
    return true;
  }
}
