import { MmfError } from '../../kernel/errors.js';
import { createGitHubClient, type Octokit } from '../../runtime/github/client.js';
import { classifyGitHubError as classify } from '../../runtime/github/github-errors.js';
import type { ForgeRelease, ReleaseForge, ReleaseRequest } from './forge.js';

/** The one place the release capability makes its GitHub client (the shared retrying, throttled one). */
export function releaseOctokit(
  token: string,
  apiUrl: string,
  log: (line: string) => void = () => {},
): Octokit {
  return createGitHubClient(token, { apiUrl, log });
}

const PERMISSION = 'contents: write';

/** A failed Octokit call as an MmfError (the shared classification; the token never appears). */
export function classifyGitHubError(err: unknown, what: string, token: string): MmfError {
  if (err instanceof MmfError) return err;
  const c = classify(err, { token, action: what, permission: PERMISSION });
  const code =
    c.kind === 'auth' || c.kind === 'permission'
      ? 'E_API_AUTH'
      : c.kind === 'not-found'
        ? 'E_API_NOT_FOUND'
        : c.kind === 'other'
          ? 'E_API_REJECTED'
          : 'E_API_UNAVAILABLE';
  const hint =
    code === 'E_API_AUTH'
      ? `releases and tags need permissions: ${PERMISSION} (GITHUB_TOKEN) or a token with that access`
      : code === 'E_API_NOT_FOUND'
        ? 'check --repository owner/name and the API URL'
        : code === 'E_API_UNAVAILABLE'
          ? 'run the job again later: a rerun finishes a half-done release'
          : undefined;
  return new MmfError(code, c.message, hint ? { hint } : {});
}

interface Release {
  id: number;
  tag_name: string;
  draft: boolean;
  html_url: string;
}

/**
 * GitHub releases: a draft first (found again by tag on a rerun, updated rather than duplicated),
 * published last; pre-releases never become `latest`. Tags through the git data API when asked.
 */
export class GitHubReleases implements ReleaseForge {
  readonly kind = 'github' as const;
  private readonly owner: string;
  private readonly repo: string;

  constructor(
    private readonly octokit: Octokit,
    repository: string,
    private readonly token: string,
  ) {
    const [owner, repo, extra] = repository.split('/');
    if (!owner || !repo || extra !== undefined)
      throw new MmfError('E_USAGE', `--repository "${repository}" must be owner/name`, {
        hint: 'in GitHub Actions GITHUB_REPOSITORY is set; elsewhere pass --repository acme/api',
      });
    this.owner = owner;
    this.repo = repo;
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw classifyGitHubError(err, what, this.token);
    }
  }

  async verifyAccess(): Promise<void> {
    await this.call(`list the releases of ${this.owner}/${this.repo}`, () =>
      this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: 1 }),
    );
  }

  /** Drafts have no tag yet, so `GET releases/tags/{tag}` cannot see them: list and match instead. */
  private async findByTag(tag: string): Promise<Release | undefined> {
    for (let page = 1; page <= 10; page++) {
      const { data } = await this.call(`list the releases of ${this.owner}/${this.repo}`, () =>
        this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: 100, page }),
      );
      const hit = data.find((r) => r.tag_name === tag);
      if (hit) return hit;
      if (data.length < 100) return undefined;
    }
    return undefined;
  }

  async upsertDraft(request: ReleaseRequest): Promise<ForgeRelease> {
    const existing = await this.findByTag(request.tag);
    const fields = {
      tag_name: request.tag,
      name: request.name,
      body: request.notes,
      prerelease: request.prerelease,
    };
    if (existing) {
      const { data } = await this.call(`update the release ${request.tag}`, () =>
        this.octokit.rest.repos.updateRelease({
          owner: this.owner,
          repo: this.repo,
          release_id: existing.id,
          ...fields,
        }),
      );
      return { id: String(data.id), url: data.html_url, action: 'updated', published: !data.draft };
    }
    const { data } = await this.call(`create the release ${request.tag}`, () =>
      this.octokit.rest.repos.createRelease({
        owner: this.owner,
        repo: this.repo,
        ...fields,
        target_commitish: request.commit,
        draft: true,
      }),
    );
    return { id: String(data.id), url: data.html_url, action: 'created', published: false };
  }

  async publish(release: ForgeRelease, request: ReleaseRequest): Promise<ForgeRelease> {
    const { data } = await this.call(`publish the release ${request.tag}`, () =>
      this.octokit.rest.repos.updateRelease({
        owner: this.owner,
        repo: this.repo,
        release_id: Number(release.id),
        draft: false,
        prerelease: request.prerelease,
        make_latest: request.prerelease || !request.latest ? 'false' : 'true',
      }),
    );
    return { ...release, url: data.html_url, published: true };
  }

  async remoteTag(tag: string): Promise<string | null> {
    try {
      const { data } = await this.octokit.rest.git.getRef({
        owner: this.owner,
        repo: this.repo,
        ref: `tags/${tag}`,
      });
      if (data.object.type !== 'tag') return data.object.sha;
      const { data: object } = await this.call(`read the tag ${tag}`, () =>
        this.octokit.rest.git.getTag({ owner: this.owner, repo: this.repo, tag_sha: data.object.sha }),
      );
      return object.object.sha;
    } catch (err) {
      if ((err as { status?: number }).status === 404) return null;
      throw classifyGitHubError(err, `read the tag ${tag}`, this.token);
    }
  }

  async createTag(tag: string, commit: string, message: string): Promise<void> {
    const { data } = await this.call(`create the tag ${tag}`, () =>
      this.octokit.rest.git.createTag({
        owner: this.owner,
        repo: this.repo,
        tag,
        message,
        object: commit,
        type: 'commit',
      }),
    );
    await this.call(`create the tag ${tag}`, () =>
      this.octokit.rest.git.createRef({
        owner: this.owner,
        repo: this.repo,
        ref: `refs/tags/${tag}`,
        sha: data.sha,
      }),
    );
  }

  async moveTag(tag: string, commit: string, exists: boolean): Promise<void> {
    if (exists)
      await this.call(`move the tag ${tag}`, () =>
        this.octokit.rest.git.updateRef({
          owner: this.owner,
          repo: this.repo,
          ref: `tags/${tag}`,
          sha: commit,
          force: true,
        }),
      );
    else
      await this.call(`create the tag ${tag}`, () =>
        this.octokit.rest.git.createRef({
          owner: this.owner,
          repo: this.repo,
          ref: `refs/tags/${tag}`,
          sha: commit,
        }),
      );
  }
}
