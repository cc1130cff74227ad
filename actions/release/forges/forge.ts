/** What publish asks of a forge (GitHub or GitLab): releases, and tags when they go through the API. */
export interface ReleaseRequest {
  tag: string;
  name: string;
  notes: string;
  commit: string;
  prerelease: boolean;
  /** The highest final release of its package: may become the repository's latest release. */
  latest: boolean;
}

export interface ForgeRelease {
  id: string;
  url: string;
  action: 'created' | 'updated';
  published: boolean;
}

export interface ReleaseForge {
  readonly kind: 'github' | 'gitlab';
  /** A read that proves the token and repository work, before anything is written. */
  verifyAccess(): Promise<void>;
  /** Creates the release, unpublished where the forge has drafts, or updates the one for this tag. */
  upsertDraft(request: ReleaseRequest): Promise<ForgeRelease>;
  /** Publishes it (GitHub: draft → published; GitLab releases are public once created). */
  publish(release: ForgeRelease, request: ReleaseRequest): Promise<ForgeRelease>;
  /** The commit a tag names on the forge, or null (API tag mode). */
  remoteTag(tag: string): Promise<string | null>;
  /** An annotated release tag (API tag mode). */
  createTag(tag: string, commit: string, message: string): Promise<void>;
  /** Creates or force-moves a floating tag (API tag mode). */
  moveTag(tag: string, commit: string, exists: boolean): Promise<void>;
}
