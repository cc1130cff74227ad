import type { Command } from 'commander';
import { MmfError } from '../kernel/errors.js';
import { writeFileAtomic } from '../platform/fs/write-report-files.js';
import { RegistryClient } from '../platform/oci/registry-client.js';
import { registryCredentialsFromEnv } from '../platform/oci/registry-credentials.js';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, commandPath, setExitCodes, type ExitCodes } from '../runtime/cli/help.js';
import { requiredOption } from '../runtime/cli/option-aliases.js';
import type { RegisterCommands } from '../runtime/cli/program.js';
import type { ActionReport } from '../kernel/report/action-report.js';
import { renderReportMarkdown } from '../kernel/report/render-markdown.js';
import { renderReportText } from '../kernel/report/render-text.js';
import { renderDotenv } from '../kernel/report/render-dotenv.js';
import { redactReport } from '../kernel/report/redact-report.js';
import { readGitLabContext } from '../runtime/gitlab/ci-context.js';
import { GITLAB_TOKEN_ENV, publishGitLabReport } from '../runtime/gitlab/publish-report.js';
import { printOutput } from '../runtime/cli/report-output.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { collect, stderrLogger } from '../runtime/cli/tool-flags.js';
import { createForge, forgeLinks, forgeSettings, type ForgeFlags } from './forge-settings.js';
import { parseImageLines } from './image-lines.js';
import type { ImagePromotion } from './publish-release.js';
import { runReleasePlan, runReleasePublish } from './run-release.js';

interface PlanFlags extends ForgeFlags {
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

interface PublishFlags extends PlanFlags {
  remote: string;
  push: boolean;
  tagVia: string;
  image: string[];
  dryRun?: boolean;
}

const PLAN_EXIT_CODES: ExitCodes = {
  0: 'planned (also when there is nothing to release)',
  1: 'usage or input error: the configuration (E_RELEASE_CONFIG), a version (E_RELEASE_VERSION), not a git repository',
  2: 'git failed (E_GIT)',
};

const PUBLISH_EXIT_CODES: ExitCodes = {
  0: 'published, or checked with --dry-run (also when there is nothing to release)',
  1:
    'usage or input error: configuration, a release tag at another commit, a token missing or refused, ' +
    'an image reference, a registry login',
  2: 'a tool or service failed: git (E_GIT, E_GIT_PUSH), the forge API, the registry',
};

const JSON_HELP = 'print the release plan (and, for publish, what was written) as JSON';
const FORMATS = {
  json: JSON_HELP,
  markdown: 'print the report as Markdown (a merge request note or job summary: versions and changelogs)',
};

const DEFAULT_REPORT_DIR = 'mmf-report/release';

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

function addCommonFlags(command: Command): Command {
  command
    .option(
      '--config <file>',
      'release configuration (default: <repo>/.mmf/release.yml, else one package at .)',
    )
    .option('--prerelease <channel>', 'make pre-releases on this channel: 1.3.0-rc.1, then 1.3.0-rc.2 …')
    .option(
      '--floating-tags',
      'move the floating major and minor tags (v1, v1.2) of every package on final releases',
    )
    .option(
      '--forge <name>',
      'github, gitlab or none (default: github in GitHub Actions, gitlab in GitLab CI, else none)',
    )
    .option(
      '--repository <path>',
      'owner/name on GitHub, group/project on GitLab (default: GITHUB_REPOSITORY / CI_PROJECT_PATH)',
    )
    .option('--server-url <url>', 'web URL for changelog links (default: GITHUB_SERVER_URL / CI_SERVER_URL)')
    .option(
      '--dotenv <file>',
      'also write the outputs (RELEASES_CREATED, VERSION, TAG, TAGS …) as KEY=value lines',
    )
    .option(
      '--gitlab',
      'run as the GitLab component job: the report folder and, in merge request pipelines, the sticky note (token: MMF_GITLAB_TOKEN)',
    )
    .option(
      '--report-dir <dir>',
      '--gitlab: folder for the report files (report.md, outputs.env)',
      DEFAULT_REPORT_DIR,
    )
    .option('--no-comment', '--gitlab: no merge request note');
  return command;
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

function addPlanCommand(release: Command, io: CliIo, state: { exitCode: number }): void {
  const plan = release
    .command('plan')
    .summary('show the next version and changelog of every changed package')
    .description(
      'Show what would be released: for each package whose path has commits since its last release tag, ' +
        'the next version (conventional commits and semver), the bump and the changelog section. Writes nothing.',
    )
    .option('--repo <dir>', 'a folder of the git repository to release', '.');
  addCommonFlags(plan).exitOverride();
  addFormatFlags(plan, FORMATS);
  setExitCodes(plan, PLAN_EXIT_CODES);
  addExample(plan, 'mmf release plan --repo . --json');
  plan.action(async (flags: PlanFlags, cmd: Command) => {
    const { request } = planRequest(flags);
    await emit(io, state, cmd, await runReleasePlan(request), flags);
  });
}

function addPublishCommand(release: Command, io: CliIo, state: { exitCode: number }): void {
  const publish = release
    .command('publish')
    .summary('tag, release and promote the images of every changed package')
    .description(
      'Release every planned package: an annotated tag (pushed to --remote), floating tags moved on final ' +
        'releases, the GitHub release (draft, then published) or GitLab release, and image promotions ' +
        '(the built digest gets the version tag, no rebuild). Tokens come from the environment: GITHUB_TOKEN, ' +
        'GITLAB_TOKEN or CI_JOB_TOKEN; registry logins from MMF_REGISTRY_USERNAME and MMF_REGISTRY_PASSWORD, ' +
        'else ~/.docker/config.json.',
    )
    // Publish writes tags and pushes them: the repository is always named, never taken from the current folder.
    .addOption(requiredOption('--repo <dir>', 'a folder of the git repository to release'));
  addCommonFlags(publish)
    .option('--api-url <url>', 'forge API (default: GITHUB_API_URL or https://api.github.com; CI_API_V4_URL)')
    .option('--remote <name|url>', 'git remote the tags are pushed to', 'origin')
    .option('--no-push', 'create the tags locally only (no git push)')
    .option('--tag-via <how>', 'git (local tags, then git push) or api (the forge creates them)', 'git')
    .option(
      '--image <[package=]image@digest>',
      'promote this pushed image to the version tag (repeatable)',
      collect,
      [],
    )
    .option('--dry-run', 'plan and check everything, write nothing')
    .exitOverride();
  addFormatFlags(publish, FORMATS);
  setExitCodes(publish, PUBLISH_EXIT_CODES);
  addExample(publish, 'mmf release publish --repo . --forge github --floating-tags');
  publish.action(async (flags: PublishFlags, cmd: Command) => {
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
  });
}

export function addReleaseCommand(root: Command, io: CliIo, state: { exitCode: number }): void {
  const release = root
    .command('release')
    .summary('versions from conventional commits: plan, then tag, release and promote images')
    .description(
      'Release from conventional commits: plan the next version of every changed package, then tag, ' +
        'create the GitHub or GitLab release and promote the built images.',
    )
    .exitOverride();
  addPlanCommand(release, io, state);
  addPublishCommand(release, io, state);
}

/** `mmf release plan|publish`. */
export const registerReleaseCli: RegisterCommands = ({ root, io, state }) => {
  addReleaseCommand(root, io, state);
};
