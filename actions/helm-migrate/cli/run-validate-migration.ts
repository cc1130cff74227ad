import type { Command } from 'commander';
import { MmfError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { renderReviewMarkdown } from '../../kernel/review/render-review-markdown.js';
import { renderReviewText } from '../../kernel/review/render-review-text.js';
import { commandPath } from '../../runtime/cli/help.js';
import { printOutput } from '../../runtime/cli/report-output.js';
import type { CliIo } from '../../runtime/cli/run-cli.js';
import { stderrLogger, toolOptions, type ToolFlags } from '../../runtime/cli/tool-flags.js';
import type { ConversionSettings } from '../core/conversion-settings.js';
import type { HookMode } from '../core/hooks.js';
import { readConversionSettings } from '../read-conversion-settings.js';
import { validateMigration } from '../validate-migration.js';

export interface ValidateFlags extends ToolFlags {
  originalPath: string;
  migratedPath: string;
  env: string[];
  release?: string;
  namespace?: string;
  hooks?: string;
  kubeVersion?: string;
  apiVersions: string[];
  json?: boolean;
  markdown?: boolean;
}

/** What `mmf migrate validate-migration` does once its flags are parsed (loaded only when it runs). */
export async function runValidateMigration(
  flags: ValidateFlags,
  cmd: Command,
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
  const log = stderrLogger(io);
  const settings = await settingsFor(flags, log);
  const report = await validateMigration({
    originalPath: flags.originalPath,
    migratedPath: flags.migratedPath,
    environments: settings.environments ?? [],
    ...(settings.release ? { release: settings.release } : {}),
    namespace: settings.namespace ?? 'default',
    hookMode: settings.hookMode ?? 'keep',
    ...(settings.kubeVersion ? { kubeVersion: settings.kubeVersion } : {}),
    apiVersions: settings.apiVersions ?? [],
    ...toolOptions(flags, log),
    log,
  });
  const identical = report.sections.filter((s) => s.parity).length;
  const differing = report.sections.filter((s) => !s.parity).map((s) => s.name);
  printOutput(
    io,
    state,
    commandPath(cmd),
    {
      result: report,
      exitCode: differing.length ? 3 : 0,
      text: () => renderReviewText(report) + `parity: ${identical}/${report.sections.length} environments\n`,
      markdown: () => {
        const blocks = renderReviewMarkdown(
          report,
          `Migration parity: ${flags.originalPath} → ${flags.migratedPath}`,
        );
        return [blocks.header, ...blocks.resources].join('\n');
      },
      ...(differing.length
        ? {
            failure: new MmfError(
              'E_PARITY',
              `${differing.length} of ${report.sections.length} environments differ: ${differing.join(', ')}`,
              { file: flags.migratedPath },
            ),
          }
        : {}),
    },
    flags,
  );
}

const SETTING_NAMES: Record<keyof ConversionSettings, string> = {
  release: 'release',
  namespace: 'namespace',
  hookMode: 'hooks',
  environments: 'environments',
  kubeVersion: 'kube version',
  apiVersions: 'API versions',
};

/** Flags first, then what the tree's migration-report.json recorded. */
async function settingsFor(flags: ValidateFlags, log: Logger): Promise<ConversionSettings> {
  const given: ConversionSettings = {
    ...(flags.env.length ? { environments: flags.env } : {}),
    ...(flags.release !== undefined ? { release: flags.release } : {}),
    ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
    ...(flags.hooks !== undefined ? { hookMode: flags.hooks as HookMode } : {}),
    ...(flags.kubeVersion !== undefined ? { kubeVersion: flags.kubeVersion } : {}),
    ...(flags.apiVersions.length ? { apiVersions: flags.apiVersions } : {}),
  };
  const recorded = await readConversionSettings(flags.migratedPath);
  if (!recorded) return given;
  const merged = { ...recorded.settings, ...given };
  const used = (Object.keys(recorded.settings) as (keyof ConversionSettings)[]).filter((k) => !(k in given));
  const shown = used.map((k) =>
    k === 'environments'
      ? `environments ${(merged.environments ?? []).map((e) => e.split('=')[0]).join(', ')}`
      : `${SETTING_NAMES[k]} ${[merged[k]].flat().join(', ')}`,
  );
  if (shown.length) log.info(`Using from ${recorded.file} (flags override it): ${shown.join('; ')}`);
  return merged;
}
