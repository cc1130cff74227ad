/**
 * In-memory state of the GitLab stand-in: projects (each with a repository, see repository.ts),
 * merge requests, notes, commit statuses and releases, plus the seed helpers tests use to set up
 * what existed before a run.
 */
import {
  type GitLabUser,
  type MergeRequestSpec,
  type ReleaseLink,
  type StoredMergeRequest,
  type StoredNote,
  type StoredRelease,
  type StoredStatus,
  type TagInfo,
  type Urls,
  HUMAN_USER,
  iso,
  resolveMergeRequest,
} from './payloads.js';
import {
  type ProjectRepository,
  type SeedCommitInput,
  GitRepository,
  MemoryRepository,
  TagExistsError,
  isValidTagName,
} from './repository.js';

export interface ProjectSpec {
  id: number;
  /** `group/subgroup/project`. */
  path: string;
  /** Default `main`. */
  defaultBranch?: string;
  /**
   * A bare git repository backing the project's commits and tags (e.g. one that serveGitRepos
   * serves). Without it, commits live in memory: seed them with seedCommit/seedMergeRequest.
   */
  repository?: string;
  /** Milestone titles that exist in the project (releases may only name these). */
  milestones?: string[];
}

export interface Project {
  id: number;
  path: string;
  defaultBranch: string;
  milestones: string[];
  repo: ProjectRepository;
  /** Set for in-memory repositories (seedCommit works only there). */
  memory?: MemoryRepository;
}

export const DEFAULT_PROJECT: ProjectSpec = { id: 4242, path: 'mmf/actions' };

/** GitLab's answer to a request that is valid but fails on the current state (not recorded). */
export class Answer extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(typeof body === 'string' ? body : JSON.stringify(body));
  }
}

export type ViolationKind = 'permission' | 'body' | 'params';

/** A request GitLab refuses because the client broke a rule (recorded in validationErrors). */
export class Violation extends Answer {
  constructor(
    readonly kind: ViolationKind,
    status: number,
    body: unknown,
    readonly explanation: string,
  ) {
    super(status, body);
  }
}

export interface SeedNoteInput {
  /** Project id or path; default the first project. */
  project?: number | string;
  mrIid: number;
  body: string;
  /** Default HUMAN_USER. */
  author?: GitLabUser;
  /** A system note ("added 1 commit", "approved this merge request", …). */
  system?: boolean;
  internal?: boolean;
  created_at?: string;
  updated_at?: string;
}

export interface SeedReleaseInput {
  project?: number | string;
  tag_name: string;
  /** Creates the tag from this ref when it does not exist. */
  ref?: string;
  name?: string;
  description?: string;
  released_at?: string;
  author?: GitLabUser;
  milestones?: string[];
  links?: Omit<ReleaseLink, 'id'>[];
}

export class GitLabState {
  readonly projects = new Map<number, Project>();
  readonly mergeRequests = new Map<string, StoredMergeRequest>();
  readonly notes = new Map<number, StoredNote>();
  readonly statuses: StoredStatus[] = [];
  readonly releases = new Map<string, StoredRelease>();
  private readonly pipelines = new Map<string, number>();
  nextNoteId = 3_000_001;
  nextStatusId = 7_000_001;
  nextLinkId = 1;

  constructor(
    private readonly specs: ProjectSpec[],
    readonly urls: Urls,
    readonly now: () => Date,
  ) {
    this.initProjects();
  }

  private initProjects(): void {
    this.projects.clear();
    for (const spec of this.specs) {
      const defaultBranch = spec.defaultBranch ?? 'main';
      const memory = spec.repository ? undefined : new MemoryRepository(defaultBranch);
      this.projects.set(spec.id, {
        id: spec.id,
        path: spec.path,
        defaultBranch,
        milestones: spec.milestones ?? [],
        repo: spec.repository ? new GitRepository(spec.repository) : memory!,
        ...(memory ? { memory } : {}),
      });
    }
  }

  /** Clears everything; in-memory repositories start empty again (git repositories are left as they are). */
  reset(): void {
    this.mergeRequests.clear();
    this.notes.clear();
    this.statuses.length = 0;
    this.releases.clear();
    this.pipelines.clear();
    this.initProjects();
  }

  /** By numeric id, or by path (case-insensitive), as `:id` is given. */
  findProject(ref: number | string | undefined): Project | undefined {
    if (ref === undefined) return this.projects.values().next().value;
    if (typeof ref === 'number' || /^\d+$/.test(ref)) return this.projects.get(Number(ref));
    const wanted = ref.toLowerCase();
    return [...this.projects.values()].find((p) => p.path.toLowerCase() === wanted);
  }

  project(ref: number | string | undefined): Project {
    const p = this.findProject(ref);
    if (!p)
      throw new Error(
        `no project ${String(ref)} (known: ${[...this.projects.values()].map((x) => `${x.id} ${x.path}`).join(', ')})`,
      );
    return p;
  }

  mrKey = (projectId: number, iid: number): string => `${projectId}!${iid}`;
  releaseKey = (projectId: number, tag: string): string => `${projectId}:${tag}`;

  pipelineId(projectId: number, sha: string, ref: string | null): number {
    const k = `${projectId}:${sha}:${ref ?? ''}`;
    let id = this.pipelines.get(k);
    if (id === undefined) this.pipelines.set(k, (id = 900_001 + this.pipelines.size));
    return id;
  }

  // ------------------------------------------------------------------ seeds

  seedMergeRequest(spec: MergeRequestSpec): StoredMergeRequest {
    const project = this.project(spec.project);
    const mr = resolveMergeRequest(spec, project);
    this.mergeRequests.set(this.mrKey(project.id, mr.iid), mr);
    if (project.memory) {
      project.memory.ensureCommit(mr.baseSha, mr.targetBranch);
      if (mr.startSha !== mr.baseSha) project.memory.ensureCommit(mr.startSha, undefined, [mr.baseSha]);
      project.memory.ensureCommit(mr.sha, mr.sourceBranch, [mr.startSha]);
    }
    return structuredClone(mr);
  }

  seedNote(input: SeedNoteInput): StoredNote {
    const project = this.project(input.project);
    const mr = this.mergeRequests.get(this.mrKey(project.id, input.mrIid));
    if (!mr) throw new Error(`seedNote: seed merge request !${input.mrIid} of ${project.path} first`);
    return this.addNote(project.id, mr, input.body, input.author ?? HUMAN_USER, {
      system: input.system ?? false,
      internal: input.internal ?? false,
      created_at: input.created_at,
      updated_at: input.updated_at,
    });
  }

  addNote(
    projectId: number,
    mr: StoredMergeRequest,
    body: string,
    author: GitLabUser,
    o: { system?: boolean; internal?: boolean; created_at?: string; updated_at?: string },
  ): StoredNote {
    const at = o.created_at ?? iso(this.now());
    const note: StoredNote = {
      id: this.nextNoteId++,
      projectId,
      mrIid: mr.iid,
      mrId: mr.id,
      body,
      author: { ...author },
      system: o.system ?? false,
      internal: o.internal ?? false,
      created_at: at,
      updated_at: o.updated_at ?? at,
    };
    this.notes.set(note.id, note);
    return structuredClone(note);
  }

  /** Adds a commit to a project's in-memory repository (not for git-backed projects). */
  seedCommit(input: SeedCommitInput & { project?: number | string }) {
    const project = this.project(input.project);
    if (!project.memory) {
      throw new Error(
        `seedCommit: ${project.path} is backed by ${(project.repo as GitRepository).path}; commit there`,
      );
    }
    return project.memory.seedCommit(input);
  }

  /** A tag as if pushed before the run (`ref`: SHA, branch or tag). */
  async seedTag(input: {
    project?: number | string;
    name: string;
    ref: string;
    message?: string;
  }): Promise<TagInfo> {
    const project = this.project(input.project);
    return this.createTag(project, input.name, input.ref, input.message, HUMAN_USER);
  }

  async seedRelease(input: SeedReleaseInput): Promise<StoredRelease> {
    const project = this.project(input.project);
    let tag = await project.repo.getTag(input.tag_name);
    if (!tag) {
      if (!input.ref) throw new Error(`seedRelease: tag ${input.tag_name} does not exist; give ref`);
      tag = await this.createTag(project, input.tag_name, input.ref, undefined, input.author ?? HUMAN_USER);
    }
    const now = iso(this.now());
    const release: StoredRelease = {
      projectId: project.id,
      tag_name: input.tag_name,
      name: input.name ?? null,
      description: input.description ?? null,
      created_at: now,
      updated_at: now,
      released_at: input.released_at ?? now,
      author: input.author ?? HUMAN_USER,
      commitSha: tag.commitSha,
      milestones: input.milestones ?? [],
      links: (input.links ?? []).map((l) => ({ ...l, id: this.nextLinkId++ })),
    };
    this.releases.set(this.releaseKey(project.id, release.tag_name), release);
    return structuredClone(release);
  }

  /** Tags::CreateService: the messages GitLab answers with (always 400 through the API). */
  async createTag(
    project: Project,
    name: string,
    ref: string,
    message: string | undefined,
    user: GitLabUser,
  ): Promise<TagInfo> {
    if (ref.trim() === '') throw new Answer(400, { message: 'Target is empty' });
    if (!isValidTagName(name)) throw new Answer(400, { message: 'Tag name invalid' });
    const commit = await project.repo.resolveCommit(ref);
    if (!commit) throw new Answer(400, { message: `Target ${ref} is invalid` });
    try {
      return await project.repo.createTag(name, commit, message, {
        name: user.name,
        email: user.email ?? `${user.username}@example.com`,
        date: this.now(),
      });
    } catch (error) {
      if (error instanceof TagExistsError) throw new Answer(400, { message: error.message });
      throw error;
    }
  }
}
