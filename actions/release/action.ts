import * as core from '@actions/core';
import { isAbsolute, resolve } from 'node:path';
import type { ActionReport } from '../kernel/report/action-report.js';
import { redactReport } from '../kernel/report/redact-report.js';
import { renderReportText } from '../kernel/report/render-text.js';
import { RegistryClient } from '../platform/oci/registry-client.js';
import { registryCredentialsFromEnv } from '../platform/oci/registry-credentials.js';
import { readEventContext, type EventContext } from '../runtime/github/event-context.js';
import { publishReport } from '../runtime/github/publish-report.js';
import { failIfNotPublished, failStep } from '../runtime/github/step-failure.js';
import { resolveMode, type ReleaseMode } from './action-mode.js';
import type { ReleaseResult } from './core/release-report.js';
import { GitHubReleases, releaseOctokit } from './forges/github-release.js';
import { readInputs, type ReleaseInputs } from './inputs.js';
import { runReleasePlan, runReleasePublish, type PlanRequest } from './run-release.js';

/** Parts of the preview comment at most (a monorepo's changelogs can be long). */
const MAX_COMMENT_PARTS = 3;

/** The sticky comment's key: two release steps in one job (other folder or configuration) keep their own. */
export function releaseCommentId(context: EventContext, inputs: ReleaseInputs): string {
  return [context.workflow, context.job, 'release', inputs.workingDirectory, inputs.config ?? ''].join('/');
}

function planRequest(inputs: ReleaseInputs, context: EventContext, workspace: string): PlanRequest {
  const inWorkspace = (path: string) => (isAbsolute(path) ? path : resolve(workspace, path));
  return {
    repo: inWorkspace(inputs.workingDirectory),
    ...(inputs.config ? { configFile: inWorkspace(inputs.config) } : {}),
    ...(inputs.prerelease ? { channel: inputs.prerelease } : {}),
    ...(inputs.moveMajorTags ? { floatingTags: true } : {}),
    links: { forge: 'github', webUrl: context.serverUrl, repository: `${context.owner}/${context.repo}` },
  };
}

/** Registry logins: the inputs (for the registries of `images`), else MMF_REGISTRY_* / docker config. */
function registry(inputs: ReleaseInputs): RegistryClient {
  const { registryUsername: username, registryPassword: password } = inputs;
  return new RegistryClient({
    credentials: username && password ? () => ({ username, password }) : registryCredentialsFromEnv(),
  });
}

async function release(
  mode: ReleaseMode,
  inputs: ReleaseInputs,
  context: EventContext,
): Promise<ActionReport<ReleaseResult>> {
  const request = planRequest(inputs, context, process.env.GITHUB_WORKSPACE ?? process.cwd());
  if (mode === 'plan') return runReleasePlan(request);
  return runReleasePublish({
    ...request,
    dryRun: inputs.dryRun,
    tagVia: inputs.tagVia,
    remote: inputs.remote,
    forge: new GitHubReleases(
      releaseOctokit(inputs.token, context.apiUrl, core.info),
      `${context.owner}/${context.repo}`,
      inputs.token,
    ),
    images: inputs.images,
    registry: registry(inputs),
    log: { info: core.info, warn: core.warning },
  });
}

/**
 * release: resolve the mode for the event (a preview on pull requests,
 * publish on a push to the default branch), run the engine, then publish
 * the report: outputs and job summary, and on pull requests the sticky
 * comment with the versions and changelogs that merging would release.
 */
export async function runRelease(): Promise<void> {
  try {
    const inputs = readInputs();
    const context = readEventContext();
    const { mode, reason } = resolveMode(inputs.mode, context);
    core.info(`release ${mode}${mode === 'publish' && inputs.dryRun ? ' (dry run)' : ''}: ${reason}`);
    core.setOutput('mode', mode);
    const report = await core.group(`release ${mode}`, () => release(mode, inputs, context));
    const secrets = [inputs.token, ...(inputs.registryPassword ? [inputs.registryPassword] : [])];
    const redacted = redactReport(report, secrets);
    core.info(renderReportText(redacted).trimEnd());
    const published = await publishReport(redacted, {
      token: inputs.token,
      context,
      // Only a pull request gets the preview; a push's report is the job summary (and the release).
      comment: {
        enabled: inputs.comment && context.pullRequest !== undefined,
        id: releaseCommentId(context, inputs),
        maxParts: MAX_COMMENT_PARTS,
      },
      checkRun: { enabled: false },
      reportLocation: 'the log of this step',
    });
    failIfNotPublished(published, 'The release report');
  } catch (err) {
    failStep(err);
  }
}
