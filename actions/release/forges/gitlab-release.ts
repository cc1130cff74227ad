import { isMmfError } from '../../kernel/errors.js';
import { projectId, type GitLabClient } from '../../runtime/gitlab/api-client.js';
import type { ForgeRelease, ReleaseForge, ReleaseRequest } from './forge.js';

interface GitLabRelease {
  tag_name: string;
  name: string | null;
  _links?: { self?: string };
}

interface GitLabTag {
  name: string;
  target: string;
  commit: { id: string };
}

/**
 * GitLab releases through the Releases API (create, or update the one for the tag on a rerun).
 * GitLab has no drafts: the release is created last, after tags and images, so it appears whole.
 */
export class GitLabReleases implements ReleaseForge {
  readonly kind = 'gitlab' as const;
  private readonly project: string;

  constructor(
    private readonly client: GitLabClient,
    project: string,
    private readonly webUrl: string,
  ) {
    this.project = projectId(project);
  }

  private releasePath(tag?: string) {
    return `/projects/${this.project}/releases${tag ? `/${encodeURIComponent(tag)}` : ''}`;
  }

  async verifyAccess(): Promise<void> {
    await this.client.get(this.releasePath(), { per_page: 1 });
  }

  private async find(tag: string): Promise<GitLabRelease | null> {
    try {
      return (await this.client.get<GitLabRelease>(this.releasePath(tag))).body;
    } catch (err) {
      if (isMmfError(err) && err.code === 'E_API_NOT_FOUND') return null;
      throw err;
    }
  }

  private url(release: GitLabRelease, tag: string): string {
    return release._links?.self ?? `${this.webUrl}/-/releases/${encodeURIComponent(tag)}`;
  }

  // GitLab releases are visible once created: "draft" only checks whether one exists.
  async upsertDraft(request: ReleaseRequest): Promise<ForgeRelease> {
    const existing = await this.find(request.tag);
    return {
      id: request.tag,
      url: existing ? this.url(existing, request.tag) : '',
      action: existing ? 'updated' : 'created',
      published: false,
    };
  }

  async publish(release: ForgeRelease, request: ReleaseRequest): Promise<ForgeRelease> {
    const fields = { name: request.name, description: request.notes };
    const response =
      release.action === 'updated'
        ? await this.client.put<GitLabRelease>(this.releasePath(request.tag), fields)
        : await this.client.post<GitLabRelease>(this.releasePath(), { tag_name: request.tag, ...fields });
    return { ...release, url: this.url(response.body, request.tag), published: true };
  }

  async remoteTag(tag: string): Promise<string | null> {
    try {
      const { body } = await this.client.get<GitLabTag>(
        `/projects/${this.project}/repository/tags/${encodeURIComponent(tag)}`,
      );
      return body.commit.id;
    } catch (err) {
      if (isMmfError(err) && err.code === 'E_API_NOT_FOUND') return null;
      throw err;
    }
  }

  async createTag(tag: string, commit: string, message: string): Promise<void> {
    await this.client.post(`/projects/${this.project}/repository/tags`, {
      tag_name: tag,
      ref: commit,
      message,
    });
  }

  async moveTag(tag: string, commit: string, exists: boolean): Promise<void> {
    // The tags API cannot move a tag: delete and create again (lightweight, like `git tag -f`).
    if (exists)
      await this.client.delete(`/projects/${this.project}/repository/tags/${encodeURIComponent(tag)}`);
    await this.client.post(`/projects/${this.project}/repository/tags`, { tag_name: tag, ref: commit });
  }
}
