import * as core from '@actions/core';
import { MmfError } from '../kernel/errors.js';
import { HOOK_MODES, type HookMode } from './core/hooks.js';

export type FailOn = 'difference' | 'parity-failure' | 'never';

export interface HelmMigrateInputs {
  mode: 'convert' | 'validate' | 'diff';
  chart: string;
  environments: string[];
  output: string;
  release?: string;
  namespace: string;
  baseRef?: string;
  helmVersion?: string;
  kustomizeVersion?: string;
  comment: boolean;
  checkRun: boolean;
  failOn: FailOn;
  hookMode: HookMode;
  /** Where helm and kustomize come from unless MMF_HELM / MMF_KUSTOMIZE / MMF_KUBECTL name them. */
  toolSource: 'pinned' | 'path';
  /** Let kustomize builds fetch remote content (default false: E_KUSTOMIZE_REMOTE). */
  allowRemote: boolean;
  token: string;
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new MmfError('E_USAGE', `input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

function bool(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (!value) return fallback;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new MmfError('E_USAGE', `input ${name} must be true or false, not "${value}"`);
}

const optional = (name: string) => core.getInput(name).trim() || undefined;

/** The helm-migrate inputs (action.yml), typed and checked in one place. */
export function readInputs(): HelmMigrateInputs {
  const chart = core.getInput('chart').trim();
  if (!chart)
    throw new MmfError('E_USAGE', 'input chart is required', { hint: 'with: chart: charts/my-service' });
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const release = optional('release');
  const baseRef = optional('base-ref');
  const helmVersion = optional('helm-version');
  const kustomizeVersion = optional('kustomize-version');
  return {
    mode: choice('mode', ['convert', 'validate', 'diff'] as const, 'validate'),
    chart,
    environments: core
      .getInput('environments')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
    output: core.getInput('output').trim() || 'k8s',
    ...(release ? { release } : {}),
    namespace: core.getInput('namespace').trim() || 'default',
    ...(baseRef ? { baseRef } : {}),
    ...(helmVersion ? { helmVersion } : {}),
    ...(kustomizeVersion ? { kustomizeVersion } : {}),
    comment: bool('comment', true),
    checkRun: bool('check-run', true),
    failOn: choice('fail-on', ['difference', 'parity-failure', 'never'] as const, 'parity-failure'),
    hookMode: choice('hooks', HOOK_MODES, 'keep'),
    toolSource: choice('tool-source', ['pinned', 'path'] as const, 'pinned'),
    allowRemote: bool('allow-remote', false),
    token,
  };
}
