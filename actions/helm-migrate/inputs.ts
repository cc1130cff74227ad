import {
  booleanInput,
  choiceInput,
  lineListInput,
  optionalInput,
  requiredInput,
  publishingInputs,
  type PublishingInputs,
} from '../runtime/github/inputs.js';
import { HOOK_MODES, type HookMode } from './core/hooks.js';
import { FAIL_ON, REVIEW_MODES, type FailOn, type ReviewMode } from './core/review-policy.js';

export type { FailOn } from './core/review-policy.js';

/** `publish` posts a report bundle computed by another run (the fork pattern). */
export type ActionMode = ReviewMode | 'publish';

export interface HelmMigrateInputs extends PublishingInputs {
  mode: ReviewMode;
  chart: string;
  environments: string[];
  output: string;
  release?: string;
  namespace: string;
  /** Write the base from this environment (when the action converts). */
  baseEnv?: string;
  baseRef?: string;
  helmVersion?: string;
  kustomizeVersion?: string;
  /** Marker id of the sticky comment; default from workflow, job, chart, mode and output. */
  commentId?: string;
  failOn: FailOn;
  hookMode: HookMode;
  /** Where helm and kustomize come from unless MMF_HELM / MMF_KUSTOMIZE / MMF_KUBECTL name them. */
  toolSource: 'pinned' | 'path';
  /** Let kustomize builds fetch remote content (default false: E_KUSTOMIZE_REMOTE). */
  allowRemote: boolean;
}

export interface PublishInputs extends PublishingInputs {
  mode: 'publish';
  /** The report bundle to publish. */
  report: string;
}

/** The helm-migrate inputs (action.yml), typed and checked in one place. */
export function readInputs(): HelmMigrateInputs | PublishInputs {
  const mode = choiceInput('mode', [...REVIEW_MODES, 'publish'] as const, 'validate');
  const common = publishingInputs();
  if (mode === 'publish')
    return {
      mode,
      report: requiredInput('report', '${{ runner.temp }}/mmf-report/report-bundle.json'),
      ...common,
    };
  const release = optionalInput('release');
  const baseEnv = optionalInput('base-env');
  const baseRef = optionalInput('base-ref');
  const helmVersion = optionalInput('helm-version');
  const kustomizeVersion = optionalInput('kustomize-version');
  const commentId = optionalInput('comment-id');
  return {
    mode,
    chart: requiredInput('chart', 'charts/my-service'),
    environments: lineListInput('environments'),
    output: optionalInput('output') ?? 'k8s',
    ...(release ? { release } : {}),
    ...(baseEnv ? { baseEnv } : {}),
    namespace: optionalInput('namespace') ?? 'default',
    ...(baseRef ? { baseRef } : {}),
    ...(helmVersion ? { helmVersion } : {}),
    ...(kustomizeVersion ? { kustomizeVersion } : {}),
    ...(commentId ? { commentId } : {}),
    failOn: choiceInput('fail-on', FAIL_ON, 'parity-failure'),
    hookMode: choiceInput('hooks', HOOK_MODES, 'keep'),
    ...common,
    toolSource: choiceInput('tool-source', ['pinned', 'path'] as const, 'pinned'),
    allowRemote: booleanInput('allow-remote', false),
  };
}
