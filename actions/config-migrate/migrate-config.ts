/**
 * `mmf migrate config` end to end: read the values files, plan the
 * components, and write <output>/components/ atomically (the service folder
 * may already hold base/ and overlays/; only components/ is replaced).
 */
import { join } from 'node:path';
import { textTree, withStagedOutput } from '../platform/fs/staged-output.js';
import type { Logger } from '../kernel/logger.js';
import type { ConfigReport } from './core/config-report.js';
import { loadValuesFiles } from './load-values.js';
import { assertDnsLabel } from '../kernel/k8s/names.js';
import { COMPONENTS_DIR, planConfigMigration } from './core/plan-config.js';

export interface MigrateConfigOptions {
  values: readonly string[];
  /** The service folder; components/ is written inside it. */
  output: string;
  serviceName?: string;
  namespace?: string;
  force: boolean;
  log: Logger;
}

export interface MigrateConfigResult {
  /** The folder written: <output>/components. */
  dir: string;
  files: string[];
  report: ConfigReport;
}

export async function migrateConfig(options: MigrateConfigOptions): Promise<MigrateConfigResult> {
  if (options.serviceName !== undefined) assertDnsLabel(options.serviceName, 'service name', 'service');
  const values = await loadValuesFiles(options.values);
  const plan = planConfigMigration({
    values,
    ...(options.serviceName !== undefined ? { serviceName: options.serviceName } : {}),
    ...(options.namespace !== undefined ? { namespace: options.namespace } : {}),
  });
  const dir = join(options.output, COMPONENTS_DIR);
  await withStagedOutput(dir, { force: options.force, keep: options.values }, (staged) =>
    staged.write(textTree(plan.files)),
  );
  const { report } = plan;
  const made = report.components.filter((c) => c.generated).map((c) => c.name);
  options.log.info(
    `${report.serviceName}: ${made.length ? `components ${made.join(', ')}` : 'no components'} from ${report.valuesFiles.length} values file(s)`,
  );
  if (report.keys.unknown.length)
    options.log.warn(
      `${report.keys.unknown.length} values key(s) not understood (see ${join(dir, 'MIGRATION_CONFIG_REPORT.md')}): ${report.keys.unknown.map((k) => k.key).join(', ')}`,
    );
  return { dir, files: [...plan.files.keys()].sort(), report };
}
