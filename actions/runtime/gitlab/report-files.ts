import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { ActionReport } from '../../kernel/report/action-report.js';
import { mergeAnnotations } from '../../kernel/report/merge-annotations.js';
import { renderCodeQuality } from '../../kernel/report/render-codequality.js';
import { renderDotenv } from '../../kernel/report/render-dotenv.js';
import { renderJUnit } from '../../kernel/report/render-junit.js';
import { renderReportMarkdown } from '../../kernel/report/render-markdown.js';
import { renderReportText } from '../../kernel/report/render-text.js';
import { exists } from '../../platform/fs/file-info.js';
import { textTree, withStagedOutput } from '../../platform/fs/staged-output.js';

/** The files of a report folder that `artifacts:reports` names (fixed names, so the template can list them). */
export const REPORT_FILE_NAMES = {
  codequality: 'gl-codequality.json',
  junit: 'junit.xml',
  dotenv: 'outputs.env',
  markdown: 'report.md',
  text: 'report.txt',
} as const;

/** Findings the codequality report keeps after merging per file and line. */
export const MAX_CODEQUALITY_FINDINGS = 1000;

export interface ReportFolder {
  /** Absolute path of the folder. */
  dir: string;
  /** Paths relative to the project folder (POSIX separators), as artifacts and the dotenv report give them. */
  codequality: string;
  junit: string;
  dotenv: string;
  markdown: string;
  /** The capability's own files (review.json, REVIEW.md, migration-report.json …) copied in, by name. */
  copied: Record<string, string>;
  /** Outputs left out of the dotenv report (empty values, the 5 KB limit). */
  omittedOutputs: string[];
  /** Findings left out of the codequality report (MAX_CODEQUALITY_FINDINGS). */
  omittedFindings: number;
}

export interface ReportFolderOptions {
  /** The folder (relative to projectDir or absolute); replaced as a whole, atomically. */
  dir: string;
  projectDir: string;
  /** Prefix of the dotenv names, e.g. `HELM_MIGRATE_` (sanitised: `a-b` → `A_B`). */
  dotenvPrefix: string;
  /** Folders the report folder must not hold (the chart, the output tree). */
  keep?: readonly string[];
}

const posix = (path: string) => path.split(sep).join('/');

/** A path inside the project folder as the project sees it; an outside path as it is. */
export function projectPath(projectDir: string, path: string): string {
  const rel = relative(projectDir, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? posix(rel) : path;
}

function dotenvFor(
  report: ActionReport,
  outputs: Readonly<Record<string, string>>,
  prefix: string,
): { text: string; omitted: string[] } {
  const present = Object.entries({ ...report.outputs, ...outputs }).filter(([, v]) => v !== '');
  const empty = Object.keys({ ...report.outputs, ...outputs }).filter(
    (k) => !present.some(([name]) => name === k),
  );
  const rendered = renderDotenv(Object.fromEntries(present), { prefix });
  return { text: rendered.text, omitted: [...empty, ...rendered.omitted] };
}

/**
 * The report as the files GitLab reads, besides the dotenv report (whose
 * outputs each writer chooses): `gl-codequality.json` (findings merged per
 * file and line, at most MAX_CODEQUALITY_FINDINGS), `junit.xml`, and the
 * Markdown and text renderings.
 */
export function renderGitLabReportFiles(report: ActionReport): {
  files: Map<string, string>;
  omittedFindings: number;
} {
  const { annotations, omitted } = mergeAnnotations(report.annotations, MAX_CODEQUALITY_FINDINGS);
  const files = new Map<string, string>([
    [
      REPORT_FILE_NAMES.codequality,
      JSON.stringify(renderCodeQuality({ ...report, annotations }), null, 2) + '\n',
    ],
    [REPORT_FILE_NAMES.junit, renderJUnit(report)],
    [REPORT_FILE_NAMES.markdown, renderReportMarkdown(report).join('\n')],
    [REPORT_FILE_NAMES.text, renderReportText(report)],
  ]);
  return { files, omittedFindings: omitted };
}

/**
 * Writes a (redacted) report as the files GitLab reads: `gl-codequality.json`
 * (MR diff annotations, merged per file and line), `junit.xml` (one test
 * case per environment / gate), `outputs.env` (the dotenv report: outputs
 * with `dotenvPrefix`, `report-path` pointing into this folder), the
 * Markdown and text renderings, and copies of the report's own files. The
 * folder is replaced as a whole, so a failure leaves the previous one.
 */
export async function writeReportFolder(
  report: ActionReport,
  options: ReportFolderOptions,
): Promise<ReportFolder> {
  const dir = resolve(options.projectDir, options.dir);
  const files = new Map<string, string>();
  const copied: Record<string, string> = {};
  for (const file of report.files) {
    if (!(await exists(file.path))) continue;
    const name = basename(file.name);
    files.set(name, await readFile(file.path, 'utf8'));
    copied[name] = projectPath(options.projectDir, join(dir, name));
  }
  const rendered = renderGitLabReportFiles(report);
  for (const [name, text] of rendered.files) files.set(name, text);
  const rel = (name: string) => projectPath(options.projectDir, join(dir, name));
  const firstCopy = Object.values(copied)[0];
  const reportPath: Record<string, string> = firstCopy ? { 'report-path': firstCopy } : {};
  const dotenv = dotenvFor(report, reportPath, options.dotenvPrefix);
  files.set(REPORT_FILE_NAMES.dotenv, dotenv.text);
  await withStagedOutput(dir, { force: true, keep: options.keep ?? [] }, (staged) =>
    staged.write(textTree(files)),
  );
  return {
    dir,
    codequality: rel(REPORT_FILE_NAMES.codequality),
    junit: rel(REPORT_FILE_NAMES.junit),
    dotenv: rel(REPORT_FILE_NAMES.dotenv),
    markdown: rel(REPORT_FILE_NAMES.markdown),
    copied,
    omittedOutputs: dotenv.omitted,
    omittedFindings: rendered.omittedFindings,
  };
}

/** Rewrites the dotenv report with more outputs (the note's URL, known only after publishing). */
export async function updateDotenv(
  folder: ReportFolder,
  report: ActionReport,
  outputs: Readonly<Record<string, string>>,
  prefix: string,
): Promise<void> {
  const firstCopy = Object.values(folder.copied)[0];
  const dotenv = dotenvFor(
    report,
    { ...(firstCopy ? { 'report-path': firstCopy } : {}), ...outputs },
    prefix,
  );
  await writeFile(join(folder.dir, REPORT_FILE_NAMES.dotenv), dotenv.text);
  folder.omittedOutputs = dotenv.omitted;
}
