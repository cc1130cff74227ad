import type { ActionReport, ReportSection } from '../../kernel/report/action-report.js';
import type { PlannedRelease, ReleasePlan, SkippedPackage } from './plan-release.js';

/** What publish did for one package (or, with --dry-run, would do). */
export interface PublishedPackage {
  name: string;
  tag: string;
  /** `created`, or `exists` when it already pointed at the release commit (a rerun). */
  tagAction: 'created' | 'exists' | 'planned';
  /** Floating tags moved to the release commit. */
  floatingTags: Array<{ tag: string; from: string | null; to: string }>;
  release: {
    forge: 'github' | 'gitlab';
    action: 'created' | 'updated' | 'planned';
    url: string | null;
    id: string | null;
  } | null;
  images: Array<{ image: string; digest: string; tags: string[]; changed: boolean }>;
}

export interface PublishSummary {
  dryRun: boolean;
  remote: string | null;
  packages: PublishedPackage[];
}

/** `result` of `mmf release plan --json`, and of publish with the `published` part. */
export interface ReleaseResult {
  head: string;
  channel: string | null;
  packages: PlannedRelease[];
  skipped: SkippedPackage[];
  published?: PublishSummary;
}

const outputsOf = (plan: ReleasePlan): Record<string, string> => {
  const first = plan.packages[0];
  return {
    'releases-created': String(plan.packages.length > 0),
    packages: JSON.stringify(plan.packages.map((p) => ({ name: p.name, version: p.next, tag: p.tag }))),
    tags: JSON.stringify(plan.packages.flatMap((p) => [p.tag, ...p.floatingTags])),
    ...(plan.packages.length === 1 && first ? { version: first.next, tag: first.tag } : {}),
  };
};

function packageSection(p: PlannedRelease, done?: PublishedPackage): ReportSection {
  const rows: Array<[string, string]> = [
    ['version', `${p.current ?? '(none)'} → ${p.next} (${p.bump}${p.prerelease ? ', pre-release' : ''})`],
    ['tag', p.tag],
  ];
  if (p.floatingTags.length) rows.push(['floating tags', p.floatingTags.join(', ')]);
  if (done?.release)
    rows.push(['release', `${done.release.action}${done.release.url ? ` ${done.release.url}` : ''}`]);
  for (const image of done?.images ?? [])
    rows.push(['image', `${image.image}@${image.digest} → ${image.tags.join(', ')}`]);
  return {
    id: `package:${p.name}`,
    title: `${p.name} ${p.next}`,
    conclusion: 'success',
    blocks: [
      { kind: 'table', columns: ['', p.path], rows },
      { kind: 'code', language: 'markdown', text: p.changelog },
    ],
  };
}

/** The report of `mmf release plan` and of `mmf release publish` (with what it wrote). */
export function releaseReport(plan: ReleasePlan, published?: PublishSummary): ActionReport<ReleaseResult> {
  const verb = published && !published.dryRun ? 'Released' : 'Would release';
  const names = plan.packages.map((p) => `${p.name} ${p.next}`).join(', ');
  const sections: ReportSection[] = plan.packages.map((p) =>
    packageSection(
      p,
      published?.packages.find((d) => d.name === p.name),
    ),
  );
  if (plan.skipped.length)
    sections.push({
      id: 'skipped',
      title: 'Not released',
      conclusion: 'skipped',
      blocks: [{ kind: 'list', items: plan.skipped.map((s) => `${s.name} (${s.path}): ${s.reason}`) }],
    });
  const mode = published ? (published.dryRun ? 'publish (dry run)' : 'publish') : 'plan';
  return {
    capability: 'release',
    title: `release ${mode}`,
    subject: plan.packages.map((p) => p.name).join(',') || 'release',
    conclusion: plan.packages.length ? 'success' : 'neutral',
    headline: plan.packages.length
      ? `${verb} ${names}.`
      : 'Nothing to release: no package has a feat, fix, perf, revert or breaking change since its last release.',
    summary: [
      { label: 'packages released', value: plan.packages.length },
      { label: 'packages unchanged', value: plan.skipped.length },
      ...(plan.channel ? [{ label: 'channel', value: plan.channel }] : []),
    ],
    sections,
    annotations: [],
    cases: [],
    files: [],
    outputs: outputsOf(plan),
    notes: published?.dryRun ? ['Dry run: no tag, release or image tag was written.'] : [],
    result: {
      head: plan.head,
      channel: plan.channel,
      packages: plan.packages,
      skipped: plan.skipped,
      ...(published ? { published } : {}),
    },
  };
}
