import * as core from '@actions/core';
import { MmfError } from '../kernel/errors.js';
import { parseImageLines } from './image-lines.js';
import type { ImagePromotion } from './publish-release.js';

/** The release action's inputs (release/action.yml), typed and checked in one place. */
export interface ReleaseInputs {
  mode: 'plan' | 'publish';
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

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new MmfError('E_USAGE', `input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
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

export function readInputs(): ReleaseInputs {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const registryPassword = optional('registry-password');
  if (registryPassword) core.setSecret(registryPassword);
  const config = optional('config');
  const prerelease = optional('prerelease');
  const registryUsername = optional('registry-username');
  return {
    mode: choice('mode', ['plan', 'publish'] as const, 'plan'),
    ...(config ? { config } : {}),
    workingDirectory: optional('working-directory') ?? '.',
    ...(prerelease ? { prerelease } : {}),
    moveMajorTags: bool('move-major-tags', false),
    images: parseImageLines(core.getInput('images')),
    ...(registryUsername ? { registryUsername } : {}),
    ...(registryPassword ? { registryPassword } : {}),
    tagVia: choice('tag-via', ['git', 'api'] as const, 'git'),
    remote: optional('remote') ?? 'origin',
    dryRun: bool('dry-run', false),
    comment: bool('comment', true),
    token,
  };
}
