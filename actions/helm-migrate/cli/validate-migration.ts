import { type Command, Option } from 'commander';
import { MmfError } from '../../kernel/errors.js';
import { HOOK_MODES, type HookMode } from '../core/hooks.js';
import { renderReviewMarkdown } from '../../kernel/review/render-review-markdown.js';
import { renderReviewText } from '../../kernel/review/render-review-text.js';
import { validateMigration } from '../validate-migration.js';
import type { CliIo } from '../../runtime/cli/run-cli.js';
import {
  addCapabilityFlags,
  addToolFlags,
  collect,
  stderrLogger,
  toolOptions,
  type ToolFlags,
} from '../../runtime/cli/tool-flags.js';

interface ValidateFlags extends ToolFlags {
  originalPath?: string;
  migratedPath?: string;
  env: string[];
  release?: string;
  namespace: string;
  hooks: string;
  kubeVersion?: string;
  apiVersions: string[];
  json?: boolean;
  markdown?: boolean;
}

export function addValidateMigrationCommand(migrate: Command, io: CliIo, state: { exitCode: number }): void {
  const command = migrate
    .command('validate-migration')
    .description(
      'Prove that a Kustomize tree renders what the original Helm chart renders, per environment (design.md parity).\n' +
        'Exit codes: 0 identical, 1 usage or input error, 2 helm/kustomize failed, 3 a difference.',
    )
    .option('--original-path <chart>', 'the Helm chart (or a folder/file of the manifests it produced)')
    .option(
      '--migrated-path <dir>',
      'the Kustomize tree: overlays/<env>/ per environment, or one kustomization',
    )
    .option(
      '--env <name=values.yaml[,more.yaml]>',
      'an environment and its values files (repeatable)',
      collect,
      [],
    )
    .option('--release <name>', 'release name (default: the chart name)')
    .option('--namespace <ns>', 'release namespace', 'default')
    .addOption(
      new Option('--hooks <mode>', 'how the migration treated hooks')
        .choices([...HOOK_MODES])
        .default('keep'),
    )
    .option('--json', 'print the result as JSON')
    .option('--markdown', 'print the result as Markdown')
    .exitOverride();
  addToolFlags(addCapabilityFlags(command)).action(async (flags: ValidateFlags) => {
    if (!flags.originalPath || !flags.migratedPath) {
      throw new MmfError('E_USAGE', 'both --original-path and --migrated-path are required', {
        hint: 'mmf migrate validate-migration --original-path ./chart --migrated-path ./k8s --env prod=values-prod.yaml',
      });
    }
    const log = stderrLogger(io);
    const report = await validateMigration({
      originalPath: flags.originalPath,
      migratedPath: flags.migratedPath,
      environments: flags.env,
      ...(flags.release ? { release: flags.release } : {}),
      namespace: flags.namespace,
      hookMode: flags.hooks as HookMode,
      ...(flags.kubeVersion ? { kubeVersion: flags.kubeVersion } : {}),
      apiVersions: flags.apiVersions,
      ...toolOptions(flags, log),
      log,
    });
    const identical = report.sections.filter((s) => s.parity).length;
    if (flags.json) io.stdout(JSON.stringify(report, null, 2) + '\n');
    else if (flags.markdown) {
      const blocks = renderReviewMarkdown(
        report,
        `Migration parity: ${flags.originalPath} → ${flags.migratedPath}`,
      );
      io.stdout([blocks.header, ...blocks.resources].join('\n'));
    } else
      io.stdout(renderReviewText(report) + `parity: ${identical}/${report.sections.length} environments\n`);
    if (identical < report.sections.length) {
      const differing = report.sections.filter((s) => !s.parity).map((s) => s.name);
      io.stderr(
        new MmfError(
          'E_PARITY',
          `${differing.length} of ${report.sections.length} environments differ: ${differing.join(', ')}`,
          {
            file: flags.migratedPath,
          },
        ).format() + '\n',
      );
      state.exitCode = 3;
    }
  });
}
