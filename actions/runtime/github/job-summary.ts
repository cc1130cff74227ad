import * as core from '@actions/core';

/** GitHub's limit for one step's job summary, in bytes (with room for notes added later). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;

/**
 * Writes Markdown blocks to the job summary, within its 1 MiB limit (counted
 * in bytes): blocks that do not fit are left out and counted. Always written
 * first, so forks, read-only tokens and API failures still leave the report.
 */
export async function writeJobSummary(blocks: readonly string[], elsewhere: string): Promise<void> {
  let body = '';
  let size = 0;
  let omitted = 0;
  for (const block of blocks) {
    const bytes = Buffer.byteLength(block) + 1;
    if (size + bytes > SUMMARY_LIMIT_BYTES) omitted++;
    else {
      body += (body ? '\n' : '') + block;
      size += bytes;
    }
  }
  if (omitted)
    body += `\n> ${omitted} block(s) of the report do not fit the job summary's 1 MiB limit; they are in ${elsewhere}.\n`;
  await core.summary.addRaw(body).write();
}

export async function appendJobSummaryNotes(notes: readonly string[]): Promise<void> {
  if (!notes.length) return;
  await core.summary.addRaw(notes.map((n) => `\n> ${n}\n`).join('')).write();
}
