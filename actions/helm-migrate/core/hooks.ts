import type { HookInfo } from '../../kernel/k8s/helm-bookkeeping.js';
import { isTestHook } from '../../kernel/k8s/helm-bookkeeping.js';

/** What becomes of Helm hooks other than tests: plain resources, dropped, or Argo CD hooks. */
export type HookMode = 'keep' | 'drop' | 'argocd';
export const HOOK_MODES: readonly HookMode[] = ['keep', 'drop', 'argocd'];

export interface HookRecord {
  resource: string;
  events: string[];
  weight: number;
  deletePolicies: string[];
  action: 'kept' | 'dropped' | 'argocd' | 'test-dropped';
  /** What Helm guaranteed that plain Kustomize does not. */
  lostOrdering: string;
}

const ARGO_PHASE: Record<string, string> = {
  'pre-install': 'PreSync',
  'pre-upgrade': 'PreSync',
  'post-install': 'PostSync',
  'post-upgrade': 'PostSync',
  'post-delete': 'PostDelete',
};
const ARGO_DELETE: Record<string, string> = {
  'before-hook-creation': 'BeforeHookCreation',
  'hook-succeeded': 'HookSucceeded',
  'hook-failed': 'HookFailed',
};

export function classifyHook(resource: string, hook: HookInfo, mode: HookMode): HookRecord {
  const base = { resource, events: hook.events, weight: hook.weight, deletePolicies: hook.deletePolicies };
  if (isTestHook(hook))
    return { ...base, action: 'test-dropped', lostOrdering: 'Helm test: run it from your CI instead' };
  const when = hook.events.join(', ');
  const deletion = hook.deletePolicies.length ? `; Helm deleted it on ${hook.deletePolicies.join(', ')}` : '';
  if (mode === 'drop')
    return { ...base, action: 'dropped', lostOrdering: `dropped: it ran on ${when} (weight ${hook.weight})` };
  if (mode === 'argocd' && argoPhases(hook).length === 0)
    return {
      ...base,
      action: 'dropped',
      lostOrdering: `dropped: Argo CD has no phase for ${when}, and as a plain resource it would run on every sync`,
    };
  if (mode === 'argocd')
    return {
      ...base,
      action: 'argocd',
      lostOrdering: `Argo CD runs it as ${argoPhases(hook).join(', ')} (sync-wave ${hook.weight})${deletion}${unmapped(hook)}`,
    };
  return {
    ...base,
    action: 'kept',
    lostOrdering: `Helm ran it on ${when} (weight ${hook.weight}) before or after the other resources${deletion}; now it is applied together with them`,
  };
}

function unmapped(hook: HookInfo): string {
  const lost = hook.events.filter((e) => !ARGO_PHASE[e]);
  return lost.length ? `; no Argo CD equivalent for ${lost.join(', ')}` : '';
}

function argoPhases(hook: HookInfo): string[] {
  return [...new Set(hook.events.map((e) => ARGO_PHASE[e]).filter((p): p is string => p !== undefined))];
}

/** Argo CD annotations equivalent to a Helm hook. */
export function hookAnnotations(hook: HookInfo): Record<string, string> {
  const out: Record<string, string> = {};
  const phases = argoPhases(hook);
  if (phases.length) out['argocd.argoproj.io/hook'] = phases.join(',');
  if (hook.weight !== 0) out['argocd.argoproj.io/sync-wave'] = String(hook.weight);
  const deletes = hook.deletePolicies.map((p) => ARGO_DELETE[p]).filter((p): p is string => p !== undefined);
  if (deletes.length) out['argocd.argoproj.io/hook-delete-policy'] = deletes.join(',');
  return out;
}
