import type { Command } from 'commander';
import { MmfError } from '../kernel/errors.js';
import { RegistryClient } from '../platform/oci/registry-client.js';
import { registryCredentialsFromEnv } from '../platform/oci/registry-credentials.js';
import type { RegisterCommands } from '../runtime/cli/program.js';
import { printReport } from '../runtime/cli/report-output.js';
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
  json?: boolean;
}

interface PublishFlags extends PlanFlags {
  remote: string;
  push: boolean;
  tagVia: string;
  image: string[];
  dryRun?: boolean;
}

const EXIT_CODES = `
Exit codes:
  0  planned / published (also when there is nothing to release)
  1  bad usage or input: configuration (E_RELEASE_CONFIG), tag conflict (E_RELEASE_TAG_CONFLICT),
     token missing or refused (E_API_AUTH), image reference (E_IMAGE_REF), registry login (E_REGISTRY_AUTH)
  2  a tool or service failed: git (E_GIT, E_GIT_PUSH), the forge API (E_API_REJECTED, E_API_UNAVAILABLE),
     the registry (E_REGISTRY)
With --json, stdout holds only the JSON envelope {command, ok, exitCode, result, error}.`;

function addCommonFlags(command: Command): Command {
  return command
    .option('--repo <dir>', 'a folder of the git repository to release', '.')
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
    .option('--json', 'print the JSON envelope on stdout (logs go to stderr)');
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

export function addReleaseCommand(root: Command, io: CliIo, state: { exitCode: number }): void {
  const release = root
    .command('release')
    .description('versions from conventional commits: plan, then tag, release and promote images')
    .exitOverride();

  addCommonFlags(
    release
      .command('plan')
      .description(
        'Show what would be released: for each package whose path has commits since its last release tag, ' +
          'the next version (conventional commits and semver), the bump and the changelog section. Writes nothing.',
      ),
  )
    .addHelpText('after', EXIT_CODES)
    .exitOverride()
    .action(async (flags: PlanFlags) => {
      const { request } = planRequest(flags);
      const report = await runReleasePlan(request);
      printReport(io, state, 'release plan', report, 0, { json: flags.json });
    });

  addCommonFlags(
    release
      .command('publish')
      .description(
        'Release every planned package: an annotated tag (pushed to --remote), floating tags moved on final ' +
          'releases, the GitHub release (draft, then published) or GitLab release, and image promotions ' +
          '(the built digest gets the version tag, no rebuild). Tokens: GITHUB_TOKEN, GITLAB_TOKEN or ' +
          'CI_JOB_TOKEN; registry: MMF_REGISTRY_USERNAME/MMF_REGISTRY_PASSWORD or ~/.docker/config.json.',
      ),
  )
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
    .addHelpText('after', EXIT_CODES)
    .exitOverride()
    .action(async (flags: PublishFlags) => {
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
          : createForge(settings, process.env, (line) => io.stderr(`${line}\n`));
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
      printReport(io, state, 'release publish', report, 0, { json: flags.json });
    });
}

/** `mmf release plan|publish`. */
export const registerReleaseCli: RegisterCommands = ({ root, io, state }) => {
  addReleaseCommand(root, io, state);
};
