import { classifyGitHubError, tokenType } from '../../../actions/runtime/github/github-errors.js';

const error = (status: number | undefined, message: string, headers: Record<string, string> = {}) => ({
  status,
  message,
  response: { headers, data: { message } },
});
const ctx = { token: 'ghs_x', action: 'comment on pull request #7', permission: 'pull-requests: write' };

describe('classifyGitHubError', () => {
  test('a 403 rate limit is a rate limit, not a permission or a fork', () => {
    const c = classifyGitHubError(
      error(403, 'API rate limit exceeded', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '1700000000',
      }),
      { ...ctx, forkPullRequest: true },
    );
    expect(c.kind).toBe('rate-limit');
    expect(c.message).toContain('until 2023-11-14T22:13:20.000Z');
    expect(c.message).not.toMatch(/fork|permission/);
  });

  test('secondary rate limits by body, on 403 and 429; a bare 429 too', () => {
    expect(classifyGitHubError(error(403, 'You have exceeded a secondary rate limit.'), ctx).kind).toBe(
      'secondary-rate-limit',
    );
    expect(classifyGitHubError(error(429, 'You have exceeded a secondary rate limit.'), ctx).kind).toBe(
      'secondary-rate-limit',
    );
    expect(classifyGitHubError(error(429, 'Too Many Requests'), ctx).kind).toBe('secondary-rate-limit');
  });

  test('5xx and network failures are transient; 401 is auth; 422 is other', () => {
    expect(classifyGitHubError(error(502, 'Bad Gateway'), ctx).kind).toBe('transient');
    expect(classifyGitHubError(new Error('ECONNRESET'), ctx).kind).toBe('transient');
    expect(classifyGitHubError(error(401, 'Bad credentials'), ctx).kind).toBe('auth');
    expect(classifyGitHubError(error(422, 'Validation Failed'), ctx).kind).toBe('other');
  });

  test('a missing permission is named, in the words of the token type', () => {
    const app = classifyGitHubError(error(403, 'Resource not accessible by integration'), ctx);
    expect(app.kind).toBe('permission');
    expect(app.message).toContain('GITHUB_TOKEN (or the GitHub App) needs `pull-requests: write`');
    const fork = classifyGitHubError(error(403, 'Resource not accessible by integration'), {
      ...ctx,
      forkPullRequest: true,
    });
    expect(fork.message).toContain('pull requests from forks get a read-only GITHUB_TOKEN');
    const fine = classifyGitHubError(error(403, 'Resource not accessible by personal access token'), {
      ...ctx,
      token: 'github_pat_x',
    });
    expect(fine.message).toContain('"Pull requests: Read and write"');
    const classic = classifyGitHubError(error(404, 'Not Found'), { ...ctx, token: 'ghp_x' });
    expect(classic.kind).toBe('not-found');
    expect(classic.message).toContain('`repo` scope');
  });

  test('a PAT refused a check run is told only App tokens may create them', () => {
    const c = classifyGitHubError(error(403, 'You must authenticate via a GitHub App.'), {
      ...ctx,
      token: 'ghp_x',
      action: 'create a check run',
      permission: 'checks: write',
    });
    expect(c.kind).toBe('permission');
    expect(c.message).toContain('only GITHUB_TOKEN or a GitHub App token can create a check run');
    expect(c.message).not.toContain('`repo` scope');
  });

  test('token types by prefix', () => {
    expect(['ghs_a', 'github_pat_a', 'ghp_a', 'gho_a', 'x'].map(tokenType)).toEqual([
      'installation',
      'fine-grained-pat',
      'classic-pat',
      'oauth',
      'unknown',
    ]);
  });
});
