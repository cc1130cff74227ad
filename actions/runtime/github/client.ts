import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** REST API root: GITHUB_API_URL (GitHub Enterprise Server: https://HOST/api/v3). */
  apiUrl: string;
  /** Where retries are logged (core.info). */
  log: (line: string) => void;
  /** Retries of a transient failure (5xx, 429, network) and of a rate-limited request. Default 3. */
  retries?: number;
  /** Longest wait for a rate limit to lift before giving up, in seconds. Default 60. */
  maxWaitSeconds?: number;
}

/**
 * The one GitHub client of every action: authenticated with `token`, talking
 * to `apiUrl`, with @octokit/plugin-throttling (writes spaced as GitHub asks;
 * primary and secondary rate limits waited out, within `maxWaitSeconds`, a
 * few times) and @octokit/plugin-retry (5xx and network failures retried with
 * back-off). What still fails is classified by classifyGitHubError.
 */
export function createGitHubClient(token: string, options: ClientOptions): Octokit {
  const retries = options.retries ?? 3;
  const maxWait = options.maxWaitSeconds ?? 60;
  const limited =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < retries && retryAfter <= maxWait;
      options.log(
        `GitHub ${kind} on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})` : 'giving up'}`,
      );
      return retrying;
    };
  return getOctokit(
    token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      retry: { retries },
      throttle: {
        onRateLimit: limited('rate limit'),
        onSecondaryRateLimit: limited('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}
