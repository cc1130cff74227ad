import { InvalidArgumentError, type Command } from 'commander';

/** What `--comment`, `--comment-id` and `--max-comment-parts` parse to. */
export interface GitLabNoteFlags {
  comment: boolean;
  commentId?: string;
  maxCommentParts: number;
}

/** The most notes one report may take (the GitHub actions' max-comment-parts input has the same bound). */
const MAX_PARTS = 50;

/** `true` or `false`: the GitLab components pass their boolean inputs as words. */
export function parseBooleanFlag(value: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InvalidArgumentError('Give true or false.');
}

export function parseCommentParts(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_PARTS)
    throw new InvalidArgumentError(`Give a whole number from 1 to ${MAX_PARTS}.`);
  return n;
}

/**
 * `--comment <true|false>`, `--comment-id <key>` and `--max-comment-parts <n>`:
 * the sticky merge request note of a command run with `--gitlab`.
 * `commentIdDefault` says what keys the note without `--comment-id`.
 */
export function addGitLabNoteFlags(command: Command, commentIdDefault: string): Command {
  return command
    .option('--comment <true|false>', '--gitlab: write the sticky merge request note', parseBooleanFlag, true)
    .option('--comment-id <key>', `--gitlab: key of the sticky note (default: ${commentIdDefault})`)
    .option('--max-comment-parts <n>', '--gitlab: most notes one report may take', parseCommentParts, 2);
}
