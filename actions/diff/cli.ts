import type { Command } from 'commander';
import type { RegisterCommands } from '../runtime/cli/program.js';
import { MmfError } from '../kernel/errors.js';
import { countByStatus } from '../kernel/diff/diff-model.js';
import { renderReviewMarkdown } from '../kernel/review/render-review-markdown.js';
import { renderReviewText } from '../kernel/review/render-review-text.js';
import type { ReviewReport } from '../kernel/review/review-report.js';
import { diffSources } from './diff-sources.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, commandPath, setExitCodes } from '../runtime/cli/help.js';
import { printOutput } from '../runtime/cli/report-output.js';
import {
  addToolFlags,
  collect,
  stderrLogger,
  toolOptions,
  type ToolFlags,
} from '../runtime/cli/tool-flags.js';

interface DiffFlags extends ToolFlags {
  baseRef?: string;
  values: string[];
  leftValues: string[];
  rightValues: string[];
  release?: string;
  namespace: string;
  ignorePath: string[];
  ignoreKind: string[];
  sensitiveKey: string[];
  keepHelmLabels?: boolean;
  keepChecksums?: boolean;
  unified?: boolean;
  json?: boolean;
  markdown?: boolean;
  failOnDiff?: boolean;
}

function toRegExp(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'i');
  } catch (err) {
    throw new MmfError(
      'E_USAGE',
      `--sensitive-key "${pattern}" is not a valid regular expression: ${(err as Error).message}`,
    );
  }
}

export function addDiffCommand(program: Command, io: CliIo, state: { exitCode: number }): void {
  const command = program
    .command('diff <left> [right]')
    .summary('semantic diff of two manifest sets (charts, kustomizations, YAML, at git refs)')
    .description(
      'Semantic diff of two manifest sets: a Helm chart (rendered), a kustomization (built), a folder or ' +
        'file of YAML, or any of those at a git ref (--base-ref). Resources are matched by ' +
        'group/kind/namespace/name and compared as data. Secret values are never shown.',
    )
    .option(
      '--base-ref <ref>',
      'read <left> as it is at this git ref (via a temporary worktree); <right> defaults to <left>',
    )
    .option('--values <file>', 'values file for chart sources on both sides (repeatable)', collect, [])
    .option('--left-values <file>', 'values file for the left chart only (repeatable)', collect, [])
    .option('--right-values <file>', 'values file for the right chart only (repeatable)', collect, [])
    .option('--release <name>', 'release name for chart sources (default: the chart name)')
    .option('--namespace <ns>', 'namespace for resources without one', 'default')
    .option(
      '--ignore-path <path>',
      'field path to ignore, * matches one segment, e.g. spec.replicas (repeatable)',
      collect,
      [],
    )
    .option(
      '--ignore-kind <kind>',
      'kind to leave out, e.g. Secret or apps/Deployment (repeatable)',
      collect,
      [],
    )
    .option(
      '--sensitive-key <regex>',
      'never show values under keys (or env vars) matching this (repeatable)',
      collect,
      [],
    )
    .option('--keep-helm-labels', "compare Helm's bookkeeping labels and annotations too")
    .option('--keep-checksums', 'compare checksum/* annotations too')
    .option('--fail-on-diff', 'exit 3 when the two sides differ')
    .exitOverride();
  addFormatFlags(command, {
    json: 'print the diff as JSON',
    markdown: 'print the diff as Markdown (as in PR comments)',
    unified: 'print a unified diff per resource (text output only)',
  });
  setExitCodes(command, {
    0: 'compared (with --fail-on-diff: the sides are the same)',
    1: 'usage or input error (a side, a values file, a flag)',
    2: 'helm, kustomize or git failed',
    3: 'the sides differ (--fail-on-diff)',
  });
  addExample(
    command,
    'mmf diff examples/marty-service --base-ref main --values examples/marty-service/values-prod.yaml',
  );
  addToolFlags(command).action(
    async (left: string, right: string | undefined, flags: DiffFlags, cmd: Command) => {
      const log = stderrLogger(io);
      const { diff } = await diffSources({
        left,
        ...(right ? { right } : {}),
        ...(flags.baseRef ? { baseRef: flags.baseRef } : {}),
        leftValues: [...flags.values, ...flags.leftValues],
        rightValues: [...flags.values, ...flags.rightValues],
        source: {
          namespace: flags.namespace,
          ...(flags.release ? { release: flags.release } : {}),
          ...toolOptions(flags, log),
        },
        diff: {
          ignorePaths: flags.ignorePath,
          ignoreKinds: flags.ignoreKind,
          sensitiveKeys: flags.sensitiveKey.map(toRegExp),
          ignoreHelmBookkeeping: !flags.keepHelmLabels,
          ignoreChecksums: !flags.keepChecksums,
        },
      });
      const report: ReviewReport = {
        subject: right ?? left,
        mode: 'diff',
        sections: [{ name: 'diff', diff }],
        notes: [],
      };
      const counts = countByStatus(diff);
      const differs = counts.added + counts.changed + counts.removed + counts.renamed > 0;
      printOutput(
        io,
        state,
        commandPath(cmd),
        {
          result: diff,
          exitCode: flags.failOnDiff && differs ? 3 : 0,
          text: () => renderReviewText(report, { unified: flags.unified ?? false }),
          markdown: () => {
            const blocks = renderReviewMarkdown(
              report,
              `Manifest diff: ${diff.left.label} → ${diff.right.label}`,
            );
            return [blocks.header, ...blocks.resources].join('\n');
          },
        },
        flags,
      );
    },
  );
}

/** `mmf diff`. */
export const registerDiffCli: RegisterCommands = ({ root, io, state }) => {
  addDiffCommand(root, io, state);
};
