import { MmfError } from '../kernel/errors.js';
import { GitLabClient, gitLabAuthFromEnv } from '../runtime/gitlab/api-client.js';
import type { ForgeLinks } from './core/changelog.js';
import type { ReleaseForge } from './forges/forge.js';
import { GitLabReleases } from './forges/gitlab-release.js';

export type ForgeKind = 'github' | 'gitlab' | 'none';

export interface ForgeFlags {
  forge?: string;
  repository?: string;
  apiUrl?: string;
  serverUrl?: string;
}

export interface ForgeSettings {
  kind: ForgeKind;
  repository?: string;
  apiUrl?: string;
  webUrl?: string;
}

/** Flags first, then the variables GitHub Actions and GitLab CI set; `none` outside both. */
export function forgeSettings(flags: ForgeFlags, env: NodeJS.ProcessEnv = process.env): ForgeSettings {
  const kind = (flags.forge ??
    (env['GITHUB_ACTIONS'] === 'true' ? 'github' : env['GITLAB_CI'] ? 'gitlab' : 'none')) as ForgeKind;
  if (!['github', 'gitlab', 'none'].includes(kind))
    throw new MmfError('E_USAGE', `--forge must be github, gitlab or none, not "${String(kind)}"`);
  if (kind === 'github') {
    const repository = flags.repository ?? env['GITHUB_REPOSITORY'];
    return {
      kind,
      ...(repository ? { repository } : {}),
      apiUrl: flags.apiUrl ?? env['GITHUB_API_URL'] ?? 'https://api.github.com',
      webUrl: (flags.serverUrl ?? env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, ''),
    };
  }
  if (kind === 'gitlab') {
    const repository = flags.repository ?? env['CI_PROJECT_PATH'];
    const apiUrl = flags.apiUrl ?? env['CI_API_V4_URL'];
    return {
      kind,
      ...(repository ? { repository } : {}),
      ...(apiUrl ? { apiUrl } : {}),
      webUrl: (flags.serverUrl ?? env['CI_SERVER_URL'] ?? 'https://gitlab.com').replace(/\/+$/, ''),
    };
  }
  return { kind };
}

/** Changelog links, when the forge and repository are known. */
export function forgeLinks(settings: ForgeSettings): ForgeLinks | undefined {
  if (settings.kind === 'none' || !settings.repository || !settings.webUrl) return undefined;
  return { forge: settings.kind, webUrl: settings.webUrl, repository: settings.repository };
}

/**
 * The forge client for publish: tokens come from GITHUB_TOKEN / GITLAB_TOKEN (or CI_JOB_TOKEN), never
 * from flags. GitHub's client (Octokit and @actions/github) is loaded only when it is the forge.
 */
export async function createForge(
  settings: ForgeSettings,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = () => {},
): Promise<ReleaseForge | null> {
  if (settings.kind === 'none') return null;
  if (!settings.repository)
    throw new MmfError('E_USAGE', `--repository is required with --forge ${settings.kind}`, {
      hint:
        settings.kind === 'github'
          ? 'e.g. --repository acme/api (GITHUB_REPOSITORY in Actions)'
          : 'e.g. --repository group/project (CI_PROJECT_PATH in GitLab CI)',
    });
  if (settings.kind === 'github') {
    const token = env['GITHUB_TOKEN'];
    if (!token)
      throw new MmfError('E_API_AUTH', 'GITHUB_TOKEN is not set', {
        hint: 'export GITHUB_TOKEN (in a workflow: env: GITHUB_TOKEN: ${{ github.token }} with permissions: contents: write)',
      });
    const { GitHubReleases, releaseOctokit } = await import('./forges/github-release.js');
    return new GitHubReleases(
      releaseOctokit(token, settings.apiUrl as string, log),
      settings.repository,
      token,
    );
  }
  const auth = gitLabAuthFromEnv(env);
  if (!auth)
    throw new MmfError('E_API_AUTH', 'neither GITLAB_TOKEN nor CI_JOB_TOKEN is set', {
      hint: 'export GITLAB_TOKEN (a project access token with the api scope), or run in GitLab CI',
    });
  const client = new GitLabClient({ ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}), auth });
  return new GitLabReleases(client, settings.repository, `${settings.webUrl}/${settings.repository}`);
}
