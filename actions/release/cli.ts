import type { Command } from 'commander';
import { addFormatFlags } from '../runtime/cli/format-flags.js';
import { addExample, setExitCodes, type ExitCodes } from '../runtime/cli/help.js';
import { requiredOption } from '../runtime/cli/option-aliases.js';
import type { RegisterCommands } from '../runtime/cli/program.js';
import type { CliIo } from '../runtime/cli/run-cli.js';
import { collect } from '../runtime/cli/tool-flags.js';
import type { PlanFlags, PublishFlags } from './run-release-command.js';

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
    const { runReleasePlanCommand } = await import('./run-release-command.js');
    await runReleasePlanCommand(flags, cmd, io, state);
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
    const { runReleasePublishCommand } = await import('./run-release-command.js');
    await runReleasePublishCommand(flags, cmd, io, state);
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
