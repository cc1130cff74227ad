import { booleanInput, choiceInput, optionalInput, tokenInput } from '../runtime/github/inputs.js';
import * as core from '@actions/core';
import { parseImageLines } from './image-lines.js';
import type { ImagePromotion } from './publish-release.js';

/** The release action's inputs (release/action.yml), typed and checked in one place. */
export interface ReleaseInputs {
  /** `auto` is resolved against the event by the action (resolveMode). */
  mode: 'auto' | 'plan' | 'publish';
  config?: string;
  workingDirectory: string;
  prerelease?: string;
  moveMajorTags: boolean;
  images: ImagePromotion[];
  registryUsername?: string;
  registryPassword?: string;
  tagVia: 'git' | 'api';
  remote: string;
  dryRun: boolean;
  comment: boolean;
  token: string;
}

export function readInputs(): ReleaseInputs {
  const token = tokenInput();
  const registryPassword = optionalInput('registry-password');
  if (registryPassword) core.setSecret(registryPassword);
  const config = optionalInput('config');
  const prerelease = optionalInput('prerelease');
  const registryUsername = optionalInput('registry-username');
  return {
    mode: choiceInput('mode', ['auto', 'plan', 'publish'] as const, 'auto'),
    ...(config ? { config } : {}),
    workingDirectory: optionalInput('working-directory') ?? '.',
    ...(prerelease ? { prerelease } : {}),
    moveMajorTags: booleanInput('move-major-tags', false),
    images: parseImageLines(core.getInput('images')),
    ...(registryUsername ? { registryUsername } : {}),
    ...(registryPassword ? { registryPassword } : {}),
    tagVia: choiceInput('tag-via', ['git', 'api'] as const, 'git'),
    remote: optionalInput('remote') ?? 'origin',
    dryRun: booleanInput('dry-run', false),
    comment: booleanInput('comment', true),
    token,
  };
}
