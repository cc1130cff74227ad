import { isAbsolute, relative, resolve } from 'node:path';

/** What a GitLab CI job's predefined variables say: where to write notes, which commit, what to compare with. */
export interface GitLabContext {
  /** GITLAB_CI=true: running in a GitLab job (or gitlab-ci-local). */
  inCi: boolean;
  /** CI_API_V4_URL, without a trailing slash. */
  apiUrl?: string;
  /** The project the merge request belongs to (CI_MERGE_REQUEST_PROJECT_ID, else CI_PROJECT_ID). */
  projectId?: string;
  /** Its web URL (CI_MERGE_REQUEST_PROJECT_URL, else CI_PROJECT_URL), for note links. */
  projectUrl?: string;
  /** CI_PIPELINE_SOURCE: push, merge_request_event, schedule, web, … */
  pipelineSource: string;
  /** CI_MERGE_REQUEST_IID in merge request pipelines. */
  mergeRequestIid?: number;
  /** What diff mode compares with by default (see chooseBaseRef). */
  eventBase?: string;
  commitSha?: string;
  /** CI_COMMIT_BRANCH (unset in merge request and tag pipelines). */
  branch?: string;
  defaultBranch?: string;
  /** CI_JOB_NAME: part of the sticky note's default key. */
  jobName: string;
  jobUrl?: string;
  pipelineUrl?: string;
  /**
   * Report paths are relative to it: CI_PROJECT_DIR when the job works inside it (as GitLab
   * runs jobs), else the working directory (gitlab-ci-local's shell executor keeps the
   * container path in CI_PROJECT_DIR while running in the project folder).
   */
  projectDir: string;
  /** CI_JOB_TOKEN is set (it cannot write notes; said when no gitlab-token is given). */
  hasJobToken: boolean;
}

const ZERO_SHA = /^0+$/;

function projectDirOf(ciProjectDir: string | undefined, cwd: string): string {
  if (!ciProjectDir) return cwd;
  const rel = relative(resolve(ciProjectDir), resolve(cwd));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) ? resolve(ciProjectDir) : cwd;
}

function set(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Reads GitLab's predefined CI/CD variables. The default base of diff mode:
 * in a merge request pipeline the merge request's diff base
 * (CI_MERGE_REQUEST_DIFF_BASE_SHA), or for merged-results and merge-train
 * pipelines, which test the merge with the target branch, the target branch
 * commit (CI_MERGE_REQUEST_TARGET_BRANCH_SHA); for an external (GitHub) pull
 * request its target branch commit; for a push the commit before it
 * (CI_COMMIT_BEFORE_SHA, all zeros for a new branch: then none).
 */
export function readGitLabContext(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): GitLabContext {
  const pipelineSource = set(env, 'CI_PIPELINE_SOURCE') ?? '';
  const iid = Number(set(env, 'CI_MERGE_REQUEST_IID'));
  const ctx: GitLabContext = {
    inCi: env.GITLAB_CI === 'true',
    pipelineSource,
    jobName: set(env, 'CI_JOB_NAME') ?? 'helm-migrate',
    projectDir: projectDirOf(set(env, 'CI_PROJECT_DIR'), cwd),
    hasJobToken: set(env, 'CI_JOB_TOKEN') !== undefined,
  };
  const apiUrl = set(env, 'CI_API_V4_URL');
  if (apiUrl) ctx.apiUrl = apiUrl.replace(/\/+$/, '');
  const projectId = set(env, 'CI_MERGE_REQUEST_PROJECT_ID') ?? set(env, 'CI_PROJECT_ID');
  if (projectId) ctx.projectId = projectId;
  const projectUrl = set(env, 'CI_MERGE_REQUEST_PROJECT_URL') ?? set(env, 'CI_PROJECT_URL');
  if (projectUrl) ctx.projectUrl = projectUrl.replace(/\/+$/, '');
  if (Number.isInteger(iid) && iid > 0) ctx.mergeRequestIid = iid;
  for (const [key, name] of [
    ['commitSha', 'CI_COMMIT_SHA'],
    ['branch', 'CI_COMMIT_BRANCH'],
    ['defaultBranch', 'CI_DEFAULT_BRANCH'],
    ['jobUrl', 'CI_JOB_URL'],
    ['pipelineUrl', 'CI_PIPELINE_URL'],
  ] as const) {
    const value = set(env, name);
    if (value) ctx[key] = value;
  }

  const eventType = set(env, 'CI_MERGE_REQUEST_EVENT_TYPE');
  let base: string | undefined;
  if (ctx.mergeRequestIid !== undefined) {
    base =
      eventType === 'merged_result' || eventType === 'merge_train'
        ? (set(env, 'CI_MERGE_REQUEST_TARGET_BRANCH_SHA') ?? set(env, 'CI_MERGE_REQUEST_DIFF_BASE_SHA'))
        : set(env, 'CI_MERGE_REQUEST_DIFF_BASE_SHA');
  } else if (pipelineSource === 'external_pull_request_event') {
    base = set(env, 'CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_SHA');
  } else if (pipelineSource === 'push') {
    base = set(env, 'CI_COMMIT_BEFORE_SHA');
  }
  if (base && !ZERO_SHA.test(base)) ctx.eventBase = base;
  return ctx;
}

/** The web link of a merge request note. */
export function noteUrl(ctx: GitLabContext, noteId: number): string | undefined {
  if (!ctx.projectUrl || ctx.mergeRequestIid === undefined) return undefined;
  return `${ctx.projectUrl}/-/merge_requests/${ctx.mergeRequestIid}#note_${noteId}`;
}
