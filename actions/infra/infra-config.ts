import { basename } from 'node:path';
import { withStagedOutput } from '../platform/fs/staged-output.js';
import type { Logger } from '../kernel/logger.js';
import type { InfraConfigReport } from './core/infra-report.js';
import { checkInfraNames, DEFAULT_INFRA_NAME, planInfraConfig } from './core/plan-infra-config.js';
import { readTerraformOutputs } from './read-terraform-outputs.js';

export interface InfraConfigOptions {
  /** Path of the `terraform output -json` file. */
  terraformOutputs: string;
  output: string;
  /** Base name of the ConfigMap, Secret and env file (default "infra"). */
  name?: string;
  namespace?: string;
  /** Replace a non-empty output folder (never one holding the current directory or the input). */
  force?: boolean;
  log: Logger;
}

export interface InfraConfigResult {
  output: string;
  report: InfraConfigReport;
}

/**
 * `mmf infra config` end to end: check the names, read and plan (nothing is
 * written when the input is bad), then write the tree atomically.
 */
export async function writeInfraConfig(options: InfraConfigOptions): Promise<InfraConfigResult> {
  const name = options.name ?? DEFAULT_INFRA_NAME;
  const namespace = options.namespace;
  checkInfraNames({ name, ...(namespace !== undefined ? { namespace } : {}) });
  const outputs = await readTerraformOutputs(options.terraformOutputs);
  const secretCount = outputs.filter((o) => o.sensitive).length;
  options.log.info(
    `Read ${outputs.length} Terraform outputs from ${options.terraformOutputs} (${secretCount} marked sensitive)`,
  );
  const plan = planInfraConfig(outputs, {
    source: basename(options.terraformOutputs),
    file: options.terraformOutputs,
    name,
    ...(namespace !== undefined ? { namespace } : {}),
  });
  await withStagedOutput(
    options.output,
    { force: Boolean(options.force), keep: [options.terraformOutputs] },
    (staged) => staged.write(plan.files),
  );
  for (const warning of plan.report.warnings) options.log.warn(warning);
  for (const s of plan.report.skipped) options.log.warn(`skipped ${s.output}: ${s.reason}`);
  return { output: options.output, report: plan.report };
}
