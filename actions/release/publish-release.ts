import semver from 'semver';
import { MmfError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import { formatImageRef, parseImageRef, type ImageRef } from '../platform/oci/image-ref.js';
import type { Manifest, RegistryClient } from '../platform/oci/registry-client.js';
import {
  createAnnotatedTag,
  listTags,
  moveLightweightTag,
  pushTags,
  remoteTags,
  type TagPush,
} from '../platform/git/tags.js';
import type { PlannedRelease, ReleasePlan } from './core/plan-release.js';
import type { PublishSummary, PublishedPackage } from './core/release-report.js';
import type { ForgeRelease, ReleaseForge, ReleaseRequest } from './forges/forge.js';

export interface ImagePromotion {
  /** The package whose version the image gets; optional when one package is released or the repository is configured. */
  package?: string;
  /** registry/repository@sha256:… as the build pushed it. */
  ref: string;
}

export interface PublishOptions {
  root: string;
  plan: ReleasePlan;
  dryRun: boolean;
  /** `git`: tags are made locally and pushed to `remote`; `api`: through the forge's API. */
  tagVia: 'git' | 'api';
  /** git remote (name or URL) for tags; null: create them locally only. */
  remote: string | null;
  forge: ReleaseForge | null;
  images: readonly ImagePromotion[];
  registry: RegistryClient;
  /** Every version the packages have tags for, to tell whether a release is its package's latest. */
  versions: ReadonlyMap<string, readonly string[]>;
  log: Logger;
}

interface Assigned {
  pkg: PlannedRelease;
  images: ImageRef[];
}

/** Which package each `--image` belongs to; every problem is found before anything is written. */
function assignImages(plan: ReleasePlan, images: readonly ImagePromotion[]): Assigned[] {
  const out: Assigned[] = plan.packages.map((pkg) => ({ pkg, images: [] }));
  for (const image of images) {
    const ref = parseImageRef(image.ref);
    if (!ref.digest)
      throw new MmfError('E_IMAGE_REF', `image "${image.ref}" has no digest`, {
        hint: 'promote exactly what the build pushed: registry/repository@sha256:… (the build’s digest output)',
      });
    const repo = `${ref.registry}/${ref.repository}`;
    let target: Assigned | undefined;
    if (image.package) {
      target = out.find((a) => a.pkg.name === image.package);
      if (!target)
        throw new MmfError(
          'E_USAGE',
          `--image ${image.package}=…: package ${image.package} is not released in this run`,
          {
            hint: `released: ${plan.packages.map((p) => p.name).join(', ') || 'none'}`,
          },
        );
    } else {
      target = out.find((a) => a.pkg.images.some((i) => i === repo || i === ref.repository));
      if (!target && out.length === 1) target = out[0];
      if (!target)
        throw new MmfError('E_USAGE', `--image ${image.ref}: which package does it belong to?`, {
          hint: 'write --image <package>=<image@digest>, or list the repository under the package’s images: in .mmf/release.yml',
        });
    }
    target.images.push(ref);
  }
  return out;
}

const isLatest = (pkg: PlannedRelease, versions: readonly string[]) =>
  !pkg.prerelease && !versions.some((v) => !semver.prerelease(v) && semver.gt(v, pkg.next));

/**
 * Carries out a plan: per package the annotated tag (never moved once it exists elsewhere), the
 * floating tags (force-moved, never for a pre-release), the forge release (GitHub: draft first),
 * the image promotions (same digest, new tags), then publication. Conflicts are found for every
 * package before the first write; a rerun finds its own tags and releases and updates them.
 */
export async function publishRelease(options: PublishOptions): Promise<PublishSummary> {
  const { plan, log, forge } = options;
  const assigned = assignImages(plan, options.images);
  if (forge && assigned.length) await forge.verifyAccess();
  // Every image must be in its registry (and readable) before the first tag is written.
  const manifests = new Map<ImageRef, Manifest>();
  for (const { images } of assigned)
    for (const ref of images)
      manifests.set(ref, await options.registry.getManifest(ref, ref.digest as string));
  const head = plan.head;
  const local = new Map((await listTags(options.root)).map((t) => [t.name, t.commit]));
  const allTags = plan.packages.flatMap((p) => [p.tag, ...p.floatingTags]);
  const remote = new Map<string, string>();
  if (options.tagVia === 'git' && options.remote) {
    for (const [k, v] of await remoteTags(options.root, options.remote, allTags)) remote.set(k, v);
  } else if (options.tagVia === 'api' && forge) {
    for (const tag of allTags) {
      const sha = await forge.remoteTag(tag);
      if (sha) remote.set(tag, sha);
    }
  }
  for (const { pkg } of assigned) {
    for (const [where, map] of [
      ['locally', local],
      [options.tagVia === 'git' ? `on ${options.remote}` : `on ${forge?.kind ?? 'the forge'}`, remote],
    ] as const) {
      const at = map.get(pkg.tag);
      if (at && at !== head)
        throw new MmfError(
          'E_RELEASE_TAG_CONFLICT',
          `tag ${pkg.tag} already exists ${where} at ${at.slice(0, 12)}, not at the release commit ${head.slice(0, 12)}`,
          {
            hint: 'release tags are never moved: release from the commit it names, or delete the tag if it was made by mistake',
          },
        );
    }
  }

  const done: PublishedPackage[] = [];
  for (const { pkg, images } of assigned) {
    const tagExists = local.get(pkg.tag) === head || remote.get(pkg.tag) === head;
    const result: PublishedPackage = {
      name: pkg.name,
      tag: pkg.tag,
      tagAction: options.dryRun ? 'planned' : tagExists ? 'exists' : 'created',
      floatingTags: pkg.floatingTags.map((tag) => ({
        tag,
        from: remote.get(tag) ?? local.get(tag) ?? null,
        to: head,
      })),
      release: null,
      images: [],
    };
    const imageTags = [pkg.next, ...pkg.floatingVersions];
    const request: ReleaseRequest = {
      tag: pkg.tag,
      name: `${pkg.name} ${pkg.next}`,
      notes: pkg.changelog,
      commit: head,
      prerelease: pkg.prerelease,
      latest: isLatest(pkg, options.versions.get(pkg.name) ?? []),
    };
    if (options.dryRun) {
      log.info(
        `would tag ${pkg.tag}${pkg.floatingTags.length ? ` and move ${pkg.floatingTags.join(', ')}` : ''} at ${head.slice(0, 12)}`,
      );
      result.release = forge ? { forge: forge.kind, action: 'planned', url: null, id: null } : null;
      result.images = images.map((ref) => ({
        image: `${ref.registry}/${ref.repository}`,
        digest: ref.digest as string,
        tags: imageTags,
        changed: false,
      }));
      done.push(result);
      continue;
    }

    // 1. Tags: the release tag (annotated) and the floating ones, pushed in one atomic push.
    const message = `${pkg.name} ${pkg.next}\n\n${pkg.changelog}`;
    if (options.tagVia === 'git') {
      if (local.get(pkg.tag) !== head) await createAnnotatedTag(options.root, pkg.tag, head, message);
      for (const tag of pkg.floatingTags) await moveLightweightTag(options.root, tag, head);
      if (options.remote) {
        const pushes: TagPush[] = [];
        if (remote.get(pkg.tag) !== head) pushes.push({ name: pkg.tag, force: false });
        for (const tag of pkg.floatingTags)
          if (remote.get(tag) !== head) pushes.push({ name: tag, force: true });
        await pushTags(options.root, options.remote, pushes);
      }
    } else if (forge) {
      if (remote.get(pkg.tag) !== head) await forge.createTag(pkg.tag, head, message);
      for (const tag of pkg.floatingTags)
        if (remote.get(tag) !== head) await forge.moveTag(tag, head, remote.has(tag));
    }
    log.info(
      `${pkg.tag}: ${result.tagAction}${pkg.floatingTags.length ? `; moved ${pkg.floatingTags.join(', ')}` : ''}`,
    );

    // 2. The release, unpublished; 3. images; 4. publish, so the release appears with its images.
    let release: ForgeRelease | undefined;
    if (forge) release = await forge.upsertDraft(request);
    for (const ref of images) {
      const promoted = {
        image: `${ref.registry}/${ref.repository}`,
        digest: ref.digest as string,
        tags: imageTags,
        changed: false,
      };
      for (const tag of imageTags) {
        const r = await options.registry.tagDigest(ref, tag, manifests.get(ref));
        promoted.changed ||= r.changed;
      }
      log.info(`${formatImageRef(ref)} tagged ${imageTags.join(', ')}`);
      result.images.push(promoted);
    }
    if (forge && release) {
      release = await forge.publish(release, request);
      result.release = { forge: forge.kind, action: release.action, url: release.url, id: release.id };
      log.info(`${forge.kind} release ${release.action}: ${release.url}`);
    }
    done.push(result);
  }
  return { dryRun: options.dryRun, remote: options.remote, packages: done };
}
