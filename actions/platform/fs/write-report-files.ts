import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { ActionReport } from '../../kernel/report/action-report.js';
import { renderReportMarkdown } from '../../kernel/report/render-markdown.js';

/**
 * Writes `text` to `path` under a new temporary name beside it (never an
 * existing file, so two writers of one path cannot meet), then renames it: a
 * reader (a CI system collecting artifacts, a later step) never sees half a
 * file. `mode` applies to the new file (e.g. 0o600 for a private cache).
 */
export async function writeFileAtomic(
  path: string,
  text: string,
  options: { mode?: number } = {},
): Promise<void> {
  const target = resolve(path);
  const staging = join(
    dirname(target),
    `.${basename(target)}.mmf-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  try {
    await writeFile(staging, text, {
      flag: 'wx',
      ...(options.mode !== undefined ? { mode: options.mode } : {}),
    });
    await rename(staging, target);
  } catch (err) {
    await rm(staging, { force: true });
    throw err;
  }
}

/** Writes each named file into `dir` (created if missing) atomically; other files there stay. */
export async function writeReportFiles(dir: string, files: Readonly<Record<string, string>>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFileAtomic(join(dir, name), text);
}

/** A report's machine-readable result as JSON and the report as Markdown, atomically, into `dir`. */
export async function writeResultAndMarkdown(
  dir: string,
  report: ActionReport,
  names: { json: string; markdown: string },
): Promise<void> {
  await writeReportFiles(dir, {
    [names.json]: JSON.stringify(report.result, null, 2) + '\n',
    [names.markdown]: renderReportMarkdown(report).join('\n'),
  });
}
