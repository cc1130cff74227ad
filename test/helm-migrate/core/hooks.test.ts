import { classifyHook, hookAnnotations } from '../../../actions/helm-migrate/core/hooks.js';
import { readHook, stripHelmBookkeeping } from '../../../actions/kernel/k8s/helm-bookkeeping.js';

const hook = (events: string, weight = '0', deletePolicy?: string) =>
  readHook({
    metadata: {
      annotations: {
        'helm.sh/hook': events,
        'helm.sh/hook-weight': weight,
        ...(deletePolicy ? { 'helm.sh/hook-delete-policy': deletePolicy } : {}),
      },
    },
  })!;

describe('Helm hooks', () => {
  test('a pre-upgrade migration becomes an Argo CD PreSync hook with its wave and delete policy', () => {
    const h = hook('pre-install,pre-upgrade', '-5', 'before-hook-creation,hook-succeeded');
    expect(hookAnnotations(h)).toEqual({
      'argocd.argoproj.io/hook': 'PreSync',
      'argocd.argoproj.io/sync-wave': '-5',
      'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation,HookSucceeded',
    });
    expect(classifyHook('Job/m', h, 'argocd').action).toBe('argocd');
    expect(classifyHook('Job/m', h, 'keep')).toMatchObject({
      action: 'kept',
      lostOrdering: expect.stringContaining('pre-install, pre-upgrade (weight -5)'),
    });
    expect(classifyHook('Job/m', h, 'drop').action).toBe('dropped');
  });

  test('hooks Argo CD cannot run (pre-delete, rollback) are dropped rather than run on every sync', () => {
    expect(classifyHook('Job/cleanup', hook('pre-delete'), 'argocd')).toMatchObject({
      action: 'dropped',
      lostOrdering: expect.stringContaining('no phase for pre-delete'),
    });
    expect(classifyHook('Job/r', hook('pre-rollback'), 'argocd').action).toBe('dropped');
    expect(classifyHook('Job/x', hook('post-install,post-rollback'), 'argocd').lostOrdering).toContain(
      'no Argo CD equivalent for post-rollback',
    );
  });

  test('test hooks are always dropped', () => {
    for (const mode of ['keep', 'drop', 'argocd'] as const)
      expect(classifyHook('Pod/t', hook('test'), mode).action).toBe('test-dropped');
  });
});

describe('stripHelmBookkeeping', () => {
  test('removes Helm labels and annotations but never from selectors or the template labels a selector uses', () => {
    const out = stripHelmBookkeeping({
      metadata: {
        labels: {
          app: 'a',
          'helm.sh/chart': 'a-1',
          heritage: 'Helm',
          'app.kubernetes.io/managed-by': 'Helm',
        },
        annotations: { 'meta.helm.sh/release-name': 'a', 'helm.sh/hook': 'pre-install', keep: 'me' },
      },
      spec: {
        selector: { matchLabels: { app: 'a', heritage: 'Helm' } },
        template: { metadata: { labels: { app: 'a', heritage: 'Helm', 'helm.sh/chart': 'a-1' } } },
      },
    });
    expect(out).toEqual({
      metadata: { labels: { app: 'a' }, annotations: { keep: 'me' } },
      spec: {
        selector: { matchLabels: { app: 'a', heritage: 'Helm' } },
        template: { metadata: { labels: { app: 'a', heritage: 'Helm' } } },
      },
    });
  });
});
