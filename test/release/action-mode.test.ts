import { resolveMode } from '../../actions/release/action-mode.js';
import type { EventContext } from '../../actions/runtime/github/event-context.js';

const context = (eventName: string, ref?: string, defaultBranch = 'main'): EventContext => ({
  eventName,
  owner: 'acme',
  repo: 'api',
  sha: 'a'.repeat(40),
  fork: false,
  warnings: [],
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  runUrl: 'https://github.com/acme/api/actions/runs/1',
  workflow: 'release',
  job: 'release',
  ...(ref ? { ref } : {}),
  defaultBranch,
});

describe('resolveMode (mode: auto)', () => {
  test.each([
    ['push', 'refs/heads/main', 'publish'],
    ['workflow_dispatch', 'refs/heads/main', 'publish'],
    ['push', 'refs/heads/feature', 'plan'],
    ['push', 'refs/tags/v1.0.0', 'plan'],
    ['schedule', 'refs/heads/main', 'plan'],
    ['pull_request', 'refs/pull/7/merge', 'plan'],
    ['pull_request_target', 'refs/heads/main', 'plan'],
  ])('%s on %s: %s', (event, ref, mode) => {
    expect(resolveMode('auto', context(event, ref)).mode).toBe(mode);
  });

  test('a default branch other than main is honoured', () => {
    expect(resolveMode('auto', context('push', 'refs/heads/trunk', 'trunk')).mode).toBe('publish');
    expect(resolveMode('auto', context('push', 'refs/heads/main', 'trunk')).mode).toBe('plan');
  });

  test('an explicit mode wins, except publish on a pull request', () => {
    expect(resolveMode('publish', context('push', 'refs/heads/feature')).mode).toBe('publish');
    expect(resolveMode('plan', context('push', 'refs/heads/main')).mode).toBe('plan');
    expect(() => resolveMode('publish', context('pull_request', 'refs/pull/7/merge'))).toThrow(
      'mode publish does not run on pull_request events',
    );
  });
});
