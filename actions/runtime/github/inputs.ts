import * as core from '@actions/core';
import { MmfError } from '../../kernel/errors.js';

/** Typed readers of action inputs; every capability's inputs.ts builds its object from these. */

export function optionalInput(name: string): string | undefined {
  return core.getInput(name).trim() || undefined;
}

export function requiredInput(name: string, example: string): string {
  const value = core.getInput(name).trim();
  if (!value)
    throw new MmfError('E_USAGE', `input ${name} is required`, { hint: `with: ${name}: ${example}` });
  return value;
}

export function choiceInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!(allowed as readonly string[]).includes(value))
    throw new MmfError('E_USAGE', `input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (!value) return fallback;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new MmfError('E_USAGE', `input ${name} must be true or false, not "${value}"`);
}

export function integerInput(name: string, fallback: number, range: { min: number; max: number }): number {
  const text = core.getInput(name).trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < range.min || value > range.max)
    throw new MmfError(
      'E_USAGE',
      `input ${name} must be a whole number from ${range.min} to ${range.max}, not "${text}"`,
    );
  return value;
}

/** One item per line; blank lines and `#` comments are skipped. */
export function lineListInput(name: string): string[] {
  return core
    .getInput(name)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** The token input, registered as a secret so the runner masks it in logs. */
export function tokenInput(name = 'token'): string {
  const token = core.getInput(name);
  if (token) core.setSecret(token);
  return token;
}

/** What every action that publishes a report reads alike: the token and how to publish. */
export interface PublishingInputs {
  token: string;
  comment: boolean;
  checkRun: boolean;
  maxCommentParts: number;
}

/** `token`, `comment`, `check-run` and `max-comment-parts` (1 to 50, default 2). */
export function publishingInputs(): PublishingInputs {
  return {
    token: tokenInput(),
    comment: booleanInput('comment', true),
    checkRun: booleanInput('check-run', true),
    maxCommentParts: integerInput('max-comment-parts', 2, { min: 1, max: 50 }),
  };
}
