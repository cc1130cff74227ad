import { join } from 'node:path';
import { readOptionalJsonFile } from '../platform/fs/read-json-file.js';
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
  const parsed = await readOptionalJsonFile(file, {
    limit: MAX_REPORT_BYTES,
    hint: 'restore it from git, or pass --release, --namespace, --hooks and --env yourself',
  });
  if (parsed === undefined) return undefined;
  return { file, settings: settingsFromReport(parsed, file) };
}
