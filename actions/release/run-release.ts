import type { Logger } from '../kernel/logger.js';
import type { ActionReport } from '../kernel/report/action-report.js';
import type { RegistryClient } from '../platform/oci/registry-client.js';
import type { ForgeLinks } from './core/changelog.js';
import { planRelease, type ReleasePlan } from './core/plan-release.js';
import { releaseReport, type ReleaseResult } from './core/release-report.js';
import type { ReleaseForge } from './forges/forge.js';
import { publishRelease, type ImagePromotion } from './publish-release.js';
import { readRepositoryState, type RepositoryState } from './read-history.js';

export interface PlanRequest {
  /** A folder inside the repository (default: the current one). */
  repo: string;
  configFile?: string;
  /** Pre-release channel, e.g. rc. */
  channel?: string;
  /** Moves floating tags for every package, whatever .mmf/release.yml says. */
  floatingTags?: boolean;
  links?: ForgeLinks;
}

export async function planFromRepository(
  request: PlanRequest,
): Promise<{ state: RepositoryState; plan: ReleasePlan }> {
  const state = await readRepositoryState(request.repo, request.configFile, request.channel);
  if (request.floatingTags) for (const h of state.histories) h.package = { ...h.package, floatingTags: true };
  const plan = planRelease(state.histories, {
    rules: state.config.rules,
    head: state.head,
    headDate: state.headDate,
    ...(request.channel ? { channel: request.channel } : {}),
    ...(request.links ? { links: request.links } : {}),
  });
  return { state, plan };
}

/** `mmf release plan`: what would be released, with versions and changelogs. Writes nothing. */
export async function runReleasePlan(request: PlanRequest): Promise<ActionReport<ReleaseResult>> {
  return releaseReport((await planFromRepository(request)).plan);
}

export interface PublishRequest extends PlanRequest {
  dryRun: boolean;
  tagVia: 'git' | 'api';
  remote: string | null;
  forge: ReleaseForge | null;
  images: readonly ImagePromotion[];
  registry: RegistryClient;
  log: Logger;
}

/** `mmf release publish`: the plan, carried out (or, with dryRun, only described). */
export async function runReleasePublish(request: PublishRequest): Promise<ActionReport<ReleaseResult>> {
  const { state, plan } = await planFromRepository(request);
  const published = await publishRelease({
    root: state.root,
    plan,
    dryRun: request.dryRun,
    tagVia: request.tagVia,
    remote: request.remote,
    forge: request.forge,
    images: request.images,
    registry: request.registry,
    versions: new Map(state.histories.map((h) => [h.package.name, h.versions])),
    log: request.log,
  });
  return releaseReport(plan, published);
}
