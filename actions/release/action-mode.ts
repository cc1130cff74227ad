import { MmfError } from '../kernel/errors.js';
import type { EventContext } from '../runtime/github/event-context.js';

export type ReleaseMode = 'plan' | 'publish';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Events that publish under `mode: auto` when they run on the default branch. */
const PUBLISHING_EVENTS = new Set(['push', 'workflow_dispatch']);

/**
 * What the action does for this event. `auto` publishes only on a push (or a
 * manual run) on the repository's default branch, and plans everywhere else;
 * `publish` never runs for a pull request, whose content is not yet reviewed.
 */
export function resolveMode(
  requested: 'auto' | ReleaseMode,
  context: EventContext,
): { mode: ReleaseMode; reason: string } {
  if (PULL_REQUEST_EVENTS.has(context.eventName)) {
    if (requested === 'publish')
      throw new MmfError('E_USAGE', `mode publish does not run on ${context.eventName} events`, {
        hint: 'use mode: auto (a preview on pull requests, publish on a push to the default branch) or run publish on push',
      });
    return { mode: 'plan', reason: `${context.eventName}: a preview of what merging would release` };
  }
  if (requested !== 'auto') return { mode: requested, reason: `mode: ${requested}` };
  const onDefault =
    context.defaultBranch !== undefined && context.ref === `refs/heads/${context.defaultBranch}`;
  if (PUBLISHING_EVENTS.has(context.eventName) && onDefault)
    return { mode: 'publish', reason: `${context.eventName} on the default branch ${context.defaultBranch}` };
  const where = context.ref ?? 'an unknown ref';
  return {
    mode: 'plan',
    reason: `${context.eventName || 'no event'} on ${where}: mode auto publishes only on a push to the default branch`,
  };
}
