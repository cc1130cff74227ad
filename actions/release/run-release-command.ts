import type { Command } from 'commander';
import { MmfError } from '../kernel/errors.js';
import type { ActionReport } from '../kernel/report/action-report.js';
import { redactReport } from '../kernel/report/redact-report.js';
import { renderDotenv } from '../kernel/report/render-dotenv.js';
import { renderReportMarkdown } from '../kernel/report/render-markdown.js';
import { renderReportText } from '../kernel/report/render-text.js';
import { writeFileAtomic } from '../platform/fs/write-report-files.js';
import { RegistryClient } from '../platform/oci/registry-client.js';
import { registryCredentialsFromEnv } from '../platform/oci/registry-credentials.js';
import { commandPath } from '../runtime/cli/help.js';
import { printOutput } from '../runtime/cli/report-output.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { stderrLogger } from '../runtime/cli/tool-flags.js';
import { readGitLabContext } from '../runtime/gitlab/ci-context.js';
import { GITLAB_TOKEN_ENV, publishGitLabReport } from '../runtime/gitlab/publish-report.js';
import { createForge, forgeLinks, forgeSettings, type ForgeFlags } from './forge-settings.js';
import { parseImageLines } from './image-lines.js';
import type { ImagePromotion } from './publish-release.js';
import { runReleasePlan, runReleasePublish } from './run-release.js';

// What `mmf release plan` and `mmf release publish` do once their flags are parsed (cli.ts loads this only when one runs).

export interface PlanFlags extends ForgeFlags {
  repo: string;
  config?: string;
  prerelease?: string;
  floatingTags?: boolean;
  dotenv?: string;
  gitlab?: boolean;
  reportDir: string;
  comment: boolean;
  json?: boolean;
  markdown?: boolean;
}

export interface PublishFlags extends PlanFlags {
  remote: string;
  push: boolean;
  tagVia: string;
  image: string[];
  dryRun?: boolean;
}

/**
 * `--gitlab`: as the GitLab component's job: the report folder the job
 * uploads (report.md, outputs.env …) and, in a merge request pipeline, one
 * sticky merge request note with the preview, written with MMF_GITLAB_TOKEN.
 */
async function publishOnGitLab(
  cmd: Command,
  report: ActionReport,
  flags: PlanFlags,
  io: CliIo,
): Promise<void> {
  const context = readGitLabContext();
  const token = process.env[GITLAB_TOKEN_ENV]?.trim() || undefined;
  const log = stderrLogger(io);
  const published = await publishGitLabReport(redactReport(report, token ? [token] : []), {
    context,
    ...(token ? { token } : {}),
    reportDir: flags.reportDir,
    dotenvPrefix: '',
    note: {
      enabled: flags.comment,
      id: [context.jobName, commandPath(cmd), flags.repo].join('/'),
      maxParts: 2,
    },
    log,
  });
  for (const note of published.notes) log.info(note);
  if (published.error) throw published.error;
}

async function emit(
  io: CliIo,
  state: { exitCode: number },
  cmd: Command,
  report: ActionReport,
  flags: PlanFlags,
): Promise<void> {
  if (flags.dotenv) await writeFileAtomic(flags.dotenv, renderDotenv(report.outputs).text);
  if (flags.gitlab) await publishOnGitLab(cmd, report, flags, io);
  printOutput(
    io,
    state,
    commandPath(cmd),
    {
      result: report.result,
      exitCode: 0,
      text: () => renderReportText(report),
      markdown: () => renderReportMarkdown(report).join('\n') + '\n',
    },
    flags,
  );
}

function planRequest(flags: PlanFlags) {
  const settings = forgeSettings(flags);
  const links = forgeLinks(settings);
  return {
    settings,
    request: {
      repo: flags.repo,
      ...(flags.config ? { configFile: flags.config } : {}),
      ...(flags.prerelease ? { channel: flags.prerelease } : {}),
      ...(flags.floatingTags ? { floatingTags: true } : {}),
      ...(links ? { links } : {}),
    },
  };
}

const parseImages = (values: readonly string[]): ImagePromotion[] => parseImageLines(values.join('\n'));

/** `mmf release plan`. */
export async function runReleasePlanCommand(
  flags: PlanFlags,
  cmd: Command,
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
  const { request } = planRequest(flags);
  await emit(io, state, cmd, await runReleasePlan(request), flags);
}

/** `mmf release publish`. */
export async function runReleasePublishCommand(
  flags: PublishFlags,
  cmd: Command,
  io: CliIo,
  state: { exitCode: number },
): Promise<void> {
  if (flags.tagVia !== 'git' && flags.tagVia !== 'api')
    throw new MmfError('E_USAGE', `--tag-via must be git or api, not "${flags.tagVia}"`);
  const { settings, request } = planRequest(flags);
  if (flags.tagVia === 'api' && settings.kind === 'none')
    throw new MmfError('E_USAGE', '--tag-via api needs --forge github or gitlab');
  // A dry run (a pull request's preview) works without a token; it then skips the forge checks.
  const tokenless =
    !process.env['GITHUB_TOKEN'] && !process.env['GITLAB_TOKEN'] && !process.env['CI_JOB_TOKEN'];
  const forge =
    flags.dryRun && (tokenless || !settings.repository)
      ? null
      : await createForge(settings, process.env, (line) => io.stderr(`${line}\n`));
  const report = await runReleasePublish({
    ...request,
    dryRun: Boolean(flags.dryRun),
    tagVia: flags.tagVia,
    remote: flags.push ? flags.remote : null,
    forge,
    images: parseImages(flags.image),
    registry: new RegistryClient({ credentials: registryCredentialsFromEnv() }),
    log: stderrLogger(io),
  });
  await emit(io, state, cmd, report, flags);
}
