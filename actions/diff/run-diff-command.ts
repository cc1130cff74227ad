import type { Command } from 'commander';
import { MmfError } from '../kernel/errors.js';
import { countByStatus } from '../kernel/diff/diff-model.js';
import { renderReviewMarkdown } from '../kernel/review/render-review-markdown.js';
import { renderReviewText } from '../kernel/review/render-review-text.js';
import type { ReviewReport } from '../kernel/review/review-report.js';
import { commandPath } from '../runtime/cli/help.js';
import { printOutput } from '../runtime/cli/report-output.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { stderrLogger, toolOptions, type ToolFlags } from '../runtime/cli/tool-flags.js';
import { diffSources } from './diff-sources.js';

export interface DiffFlags extends ToolFlags {
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

/** What `mmf diff` does once its arguments are parsed (cli.ts loads this only when it runs). */
export async function runDiffCommand(
  left: string,
  right: string | undefined,
  flags: DiffFlags,
  cmd: Command,
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
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
}
