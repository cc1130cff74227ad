import { readFileSync } from 'node:fs';

/** What the triggering event means for a review: where to comment, which commit, what to compare with. */
export interface EventContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit the check run is attached to. */
  sha: string;
  /** The pull request to comment on, if any. */
  pullRequest?: number;
  /** What diff mode compares with by default (see chooseBaseRef). */
  baseSha?: string;
  /** A pull request from a fork (its GITHUB_TOKEN is read-only under `pull_request`). */
  fork: boolean;
  /** workflow_run: the run whose report this one publishes. */
  workflowRun?: { id: number; headSha: string; event: string; headRepository?: string };
  /** Things the user should know about this event (logged as warnings). */
  warnings: string[];
  apiUrl: string;
  serverUrl: string;
  /** This run's page, for "the full report is here" links. */
  runUrl: string;
  workflow: string;
  job: string;
  /** GITHUB_REF: the branch or tag the run is on (refs/heads/main, refs/pull/7/merge …). */
  ref?: string;
  /** The repository's default branch, from the event payload (`repository.default_branch`). */
  defaultBranch?: string;
}

type Payload = Record<string, unknown>;
const obj = (v: unknown): Payload => (v && typeof v === 'object' ? (v as Payload) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) ? v : undefined;
const ZERO_SHA = /^0{40}$/;

function readPayload(path: string | undefined): Payload {
  if (!path) return {};
  try {
    return obj(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return {};
  }
}

/**
 * Reads the event the runner describes (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH
 * and friends): `pull_request`, `pull_request_target` (with a warning: the
 * workspace holds the base branch), `push` (compared with `before`),
 * `merge_group` (`base_sha`), `workflow_dispatch`, `workflow_run` (the fork
 * pattern: publish what an unprivileged run computed). GITHUB_API_URL and
 * GITHUB_SERVER_URL are honoured (GitHub Enterprise Server).
 */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const ctx: EventContext = {
    eventName,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    fork: false,
    warnings: [],
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`,
    workflow: env.GITHUB_WORKFLOW ?? 'workflow',
    job: env.GITHUB_JOB ?? 'job',
  };
  if (env.GITHUB_REF) ctx.ref = env.GITHUB_REF;
  const defaultBranch = str(obj(payload.repository).default_branch);
  if (defaultBranch) ctx.defaultBranch = defaultBranch;
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = obj(payload.pull_request);
      const head = obj(pr.head);
      const headRepo = str(obj(head.repo).full_name);
      const baseRepo = str(obj(obj(pr.base).repo).full_name) ?? `${owner}/${repo}`;
      const number = num(pr.number) ?? num(payload.number);
      if (number !== undefined) ctx.pullRequest = number;
      ctx.sha = str(head.sha) ?? ctx.sha;
      const base = str(obj(pr.base).sha);
      if (base) ctx.baseSha = base;
      ctx.fork = obj(head.repo).fork === true || (headRepo !== undefined && headRepo !== baseRepo);
      if (eventName === 'pull_request_target')
        ctx.warnings.push(
          'pull_request_target: the workflow runs with the base repository’s token and actions/checkout checks out the base branch, not the pull request; this review shows what is checked out. Do not check out and render untrusted pull-request code here; use the workflow_run pattern (docs/REVIEWING_MIGRATIONS.md).',
        );
      break;
    }
    case 'push': {
      ctx.sha = str(payload.after) ?? ctx.sha;
      const before = str(payload.before);
      if (before && !ZERO_SHA.test(before)) ctx.baseSha = before;
      break;
    }
    case 'merge_group': {
      const group = obj(payload.merge_group);
      ctx.sha = str(group.head_sha) ?? ctx.sha;
      const base = str(group.base_sha);
      if (base) ctx.baseSha = base;
      break;
    }
    case 'workflow_run': {
      const run = obj(payload.workflow_run);
      const headSha = str(run.head_sha) ?? ctx.sha;
      const headRepository = str(obj(run.head_repository).full_name);
      ctx.workflowRun = {
        id: num(run.id) ?? 0,
        headSha,
        event: str(run.event) ?? '',
        ...(headRepository ? { headRepository } : {}),
      };
      ctx.sha = headSha;
      // GitHub lists the pull requests of same-repository branches only; a fork's comes from the report (verified).
      const first = obj((Array.isArray(run.pull_requests) ? run.pull_requests : [])[0]);
      const number = num(first.number);
      if (number !== undefined) ctx.pullRequest = number;
      ctx.fork = headRepository !== undefined && headRepository !== `${owner}/${repo}`;
      break;
    }
    case 'workflow_dispatch':
    case 'schedule':
      break;
    default:
      if (eventName)
        ctx.warnings.push(
          `event ${eventName}: no pull request to comment on; the report goes to the job summary and the check run.`,
        );
  }
  return ctx;
}
