/** The generic GitLab REST v4 client against the GitLab stand-in: auth headers, pagination, retries, errors. */
import { GitLabClient, gitLabAuthFromEnv, projectId } from '../../actions/runtime/gitlab/api-client.js';
import { MmfError } from '../../actions/kernel/errors.js';
import {
  BOT_TOKEN,
  JOB_TOKEN,
  READ_ONLY_TOKEN,
  startGitLabServer,
  type GitLabServer,
} from '../support/gitlab/server.js';

describe('GitLabClient (GitLab stand-in)', () => {
  let gitlab: GitLabServer;
  const waits: number[] = [];
  const client = (token = BOT_TOKEN, kind: 'private' | 'job' = 'private') =>
    new GitLabClient({
      apiUrl: gitlab.apiUrl,
      auth: { kind, token },
      sleep: async (ms) => {
        waits.push(ms);
      },
    });

  beforeAll(async () => {
    gitlab = await startGitLabServer();
  });
  afterAll(async () => gitlab?.close());
  beforeEach(() => {
    waits.length = 0;
  });

  it('pages through a list with x-next-page', async () => {
    const project = gitlab.project();
    const commit = gitlab.seedCommit({ message: 'base' });
    for (let i = 0; i < 7; i++) await gitlab.seedTag({ name: `t${i}`, ref: commit.id });
    const tags = await client().paginate<{ name: string }>(
      `/projects/${projectId(project.path)}/repository/tags`,
      { per_page: 3 },
    );
    expect(tags.map((t) => t.name).sort()).toEqual(['t0', 't1', 't2', 't3', 't4', 't5', 't6']);
    const pages = gitlab.requests
      .filter((r) => r.path.endsWith('/repository/tags'))
      .map((r) => r.query['page']);
    expect(pages).toEqual(['1', '2', '3']);
    expect(gitlab.validationErrors).toEqual([]);
  });

  it('sends CI_JOB_TOKEN as JOB-TOKEN where GitLab takes it', async () => {
    const project = gitlab.project();
    const response = await client(JOB_TOKEN, 'job').get(`/projects/${project.id}/releases`);
    expect(response.status).toBe(200);
    expect(gitlab.requests.at(-1)?.auth).toBe('job-token');
  });

  it('retries 429 after Retry-After and 5xx with backoff, then succeeds', async () => {
    const project = gitlab.project();
    const path = `/api/v4/projects/${project.id}/releases`;
    gitlab.failNext((r) => r.path === path, 429, 1, { retryAfter: 2 });
    gitlab.failNext((r) => r.path === path, 503, 1);
    const response = await client().get(`/projects/${project.id}/releases`);
    expect(response.status).toBe(200);
    expect(waits).toEqual([2000, 1000]);
  });

  it('gives up after the retries with E_API_UNAVAILABLE', async () => {
    const project = gitlab.project();
    const stop = gitlab.failNext((r) => r.path.endsWith('/releases'), 502, 10);
    const err = await client()
      .get(`/projects/${project.id}/releases`)
      .catch((e: unknown) => e);
    stop();
    expect((err as MmfError).code).toBe('E_API_UNAVAILABLE');
    expect(waits).toEqual([500, 1000, 2000]);
  });

  it('classifies 401, 403 and 404, and never shows the token', async () => {
    const project = gitlab.project();
    const unknown = await client('glpat-not-a-real-token-000000')
      .get(`/projects/${project.id}/releases`)
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(MmfError);
    expect((unknown as MmfError).code).toBe('E_API_AUTH');
    expect((unknown as MmfError).message).toBe(
      `GitLab GET /projects/${project.id}/releases answered 401: 401 Unauthorized`,
    );
    const readOnly = await client(READ_ONLY_TOKEN)
      .post(`/projects/${project.id}/releases`, { tag_name: 'x', ref: 'main' })
      .catch((e: unknown) => e);
    expect((readOnly as MmfError).code).toBe('E_API_AUTH');
    expect((readOnly as MmfError).format()).not.toContain(READ_ONLY_TOKEN);
    const missing = await client()
      .get(`/projects/${project.id}/releases/v404`)
      .catch((e: unknown) => e);
    expect((missing as MmfError).code).toBe('E_API_NOT_FOUND');
  });

  it('takes the base URL and token from GitLab CI variables', () => {
    expect(gitLabAuthFromEnv({ GITLAB_TOKEN: 'a', CI_JOB_TOKEN: 'b' })).toEqual({
      kind: 'private',
      token: 'a',
    });
    expect(gitLabAuthFromEnv({ CI_JOB_TOKEN: 'b' })).toEqual({ kind: 'job', token: 'b' });
    expect(() => new GitLabClient({ auth: { kind: 'private', token: 'x' }, apiUrl: '' })).toThrow(
      /GitLab API URL is not known/,
    );
    expect(projectId('grp/sub/proj')).toBe('grp%2Fsub%2Fproj');
    expect(projectId(42)).toBe('42');
  });
});
