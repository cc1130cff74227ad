import * as core from '@actions/core';
import { isMmfError } from '../../kernel/errors.js';
import type { PublishResult } from './publish-report.js';

/** Fails the step on an error: an MmfError as its one paragraph, anything else with its stack. */
export function failStep(err: unknown): void {
  core.setFailed(
    isMmfError(err) ? err.format() : `unexpected failure: ${(err as Error).stack ?? String(err)}`,
  );
}

/** Fails the step when publishing failed; `what` (the report) is in the job summary all the same. */
export function failIfNotPublished(published: PublishResult, what = 'The report'): void {
  if (published.error)
    core.setFailed(`${what} is in the job summary, but publishing it failed: ${published.error}`);
}
