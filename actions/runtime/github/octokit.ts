import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

/** Errors the token's permissions explain: a fork PR's read-only token, a missing `permissions:` entry. */
export function isPermissionError(err: unknown): err is { status: number; message: string } {
  const status = (err as { status?: unknown })?.status;
  return status === 403 || status === 404 || status === 401;
}

export function describeError(err: unknown): string {
  const e = err as { status?: number; message?: string };
  return e.status ? `HTTP ${e.status}: ${e.message ?? ''}`.trim() : String(e?.message ?? err);
}
