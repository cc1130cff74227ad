import { type Command, Option } from 'commander';
import { MmfError } from '../../kernel/errors.js';
import { HOOK_MODES, type HookMode } from '../core/hooks.js';
import type { ConversionSettings } from '../core/conversion-settings.js';
import { renderReviewMarkdown } from '../../kernel/review/render-review-markdown.js';
import { renderReviewText } from '../../kernel/review/render-review-text.js';
import { readConversionSettings } from '../read-conversion-settings.js';
import { validateMigration } from '../validate-migration.js';
import type { CliIo } from '../../runtime/cli/run-cli.js';
import { addFormatFlags } from '../../runtime/cli/format-flags.js';
import { addExample, commandPath, setExitCodes } from '../../runtime/cli/help.js';
import { requiredOption } from '../../runtime/cli/option-aliases.js';
import { printOutput } from '../../runtime/cli/report-output.js';
import {
  addCapabilityFlags,
  addToolFlags,
  collect,
  stderrLogger,
  toolOptions,
  type ToolFlags,
} from '../../runtime/cli/tool-flags.js';
import type { Logger } from '../../kernel/logger.js';

interface ValidateFlags extends ToolFlags {
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

const FROM_REPORT = "default: the tree's migration-report.json, else";

export function addValidateMigrationCommand(migrate: Command, io: CliIo, state: { exitCode: number }): void {
  const command = migrate
    .command('validate-migration')
    .summary('prove that a Kustomize tree still renders what the Helm chart renders')
    .description(
      'Prove that a Kustomize tree renders what the original Helm chart renders, per environment, by the ' +
        'parity rules of docs/PARITY.md. It writes nothing. When the tree holds the migration-report.json ' +
        'of its conversion, the release, namespace, hooks mode, environments and .Capabilities settings ' +
        'are read from it; flags override them.',
    )
    .addOption(
      requiredOption(
        '--original-path <chart>',
        'the Helm chart (or a folder/file of the manifests it produced)',
      ),
    )
    .addOption(
      requiredOption(
        '--migrated-path <dir>',
        'the Kustomize tree: overlays/<env>/ per environment, or one kustomization',
      ),
    )
    .option(
      '--env <name=values.yaml[,more.yaml]>',
      `an environment and its values files (repeatable; ${FROM_REPORT} one env "default")`,
      collect,
      [],
    )
    .option('--release <name>', `release name (${FROM_REPORT} the chart name)`)
    .option('--namespace <ns>', `release namespace (${FROM_REPORT} "default")`)
    .addOption(
      new Option('--hooks <mode>', `how the migration treated hooks (${FROM_REPORT} keep)`).choices([
        ...HOOK_MODES,
      ]),
    )
    .exitOverride();
  addFormatFlags(command, {
    json: 'print the result as JSON',
    markdown: 'print the result as Markdown (as in pull-request comments)',
  });
  setExitCodes(command, {
    0: 'every environment identical',
    1: 'usage or input error (a missing path, values file or flag)',
    2: 'helm or kustomize failed',
    3: 'an environment differs',
  });
  addExample(
    command,
    'mmf migrate validate-migration --original-path examples/marty-service --migrated-path out/k8s',
  );
  addToolFlags(addCapabilityFlags(command)).action(async (flags: ValidateFlags, cmd: Command) => {
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
        text: () =>
          renderReviewText(report) + `parity: ${identical}/${report.sections.length} environments\n`,
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
  });
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
