import type { ActionReport } from '../../kernel/report/action-report.js';
import { renderReportText } from '../../kernel/report/render-text.js';
import type { GitLabPublishResult } from './publish-report.js';

const ESC = '\u001b[0K';

/**
 * A collapsible section of a GitLab job log (`section_start` / `section_end`
 * markers; the runner shows the header and folds the body). Names keep to
 * `[a-z0-9_]`, as GitLab requires.
 */
export function logSection(
  name: string,
  header: string,
  body: string,
  options: { collapsed?: boolean } = {},
): string {
  const id = name.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
  const at = Math.floor(Date.now() / 1000);
  const flag = options.collapsed ? '[collapsed=true]' : '';
  const text = body.endsWith('\n') ? body : `${body}\n`;
  return `${ESC}section_start:${at}:${id}${flag}\r${ESC}${header}\n${text}${ESC}section_end:${at}:${id}\r${ESC}\n`;
}

/**
 * What the job log shows of a published report: the report as text (in a
 * section), then where its files are and what was not published, and why.
 */
export function renderJobLog(report: ActionReport, published: GitLabPublishResult): string {
  const { folder } = published;
  const files = [
    `  ${folder.markdown} (Markdown)`,
    ...Object.values(folder.copied).map((p) => `  ${p}`),
    `  ${folder.codequality} (codequality report)`,
    `  ${folder.junit} (junit report)`,
    `  ${folder.dotenv} (dotenv report)`,
  ];
  const lines = [`Report files (job artifacts):`, ...files];
  if (folder.omittedOutputs.length)
    lines.push(
      `Not in the dotenv report (empty or over its 5 KB limit): ${folder.omittedOutputs.join(', ')}`,
    );
  if (published.noteUrl) lines.push(`Merge request note: ${published.noteUrl}`);
  lines.push(...published.notes);
  return logSection(report.capability, report.title, renderReportText(report)) + lines.join('\n') + '\n';
}
