import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MmfError } from '../kernel/errors.js';
import { settingsFromReport, type ConversionSettings } from './core/conversion-settings.js';

export const MIGRATION_REPORT_JSON = 'migration-report.json';

/** Far larger than any real report (a few hundred KB for dozens of environments). */
const MAX_REPORT_BYTES = 16 * 1024 * 1024;

/**
 * The settings a converted tree was written with, from `<tree>/migration-report.json`;
 * undefined when the tree has none (a hand-written tree, or one overlay folder).
 */
export async function readConversionSettings(
  tree: string,
): Promise<{ file: string; settings: ConversionSettings } | undefined> {
  const file = join(tree, MIGRATION_REPORT_JSON);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  if (info.size > MAX_REPORT_BYTES)
    throw new MmfError('E_INPUT_TOO_LARGE', `is larger than ${MAX_REPORT_BYTES} bytes`, { file });
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new MmfError('E_INPUT_INVALID', `is not valid JSON: ${(err as Error).message}`, {
      file,
      hint: 'restore it from git, or pass --release, --namespace, --hooks and --env yourself',
    });
  }
  return { file, settings: settingsFromReport(parsed, file) };
}
