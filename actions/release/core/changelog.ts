import type { ChangeRequestRef, ConventionalCommit } from './conventional-commit.js';
import { BREAKING_TITLE, RELEASE_TYPES } from './release-commits.js';

/** Where links in the changelog point: the forge's web URL and the repository's path on it. */
export interface ForgeLinks {
  forge: 'github' | 'gitlab';
  /** e.g. https://github.com or https://gitlab.example.com (no trailing slash). */
  webUrl: string;
  /** `owner/repo` on GitHub, `group/subgroup/project` on GitLab. */
  repository: string;
}

export interface ChangelogInput {
  version: string;
  tag: string;
  previousTag: string | null;
  /** YYYY-MM-DD of the released commit (so the same input gives the same text). */
  date: string;
  commits: readonly ConventionalCommit[];
  links?: ForgeLinks;
}

const base = (l: ForgeLinks) => `${l.webUrl.replace(/\/+$/, '')}/${l.repository}`;

export function commitUrl(l: ForgeLinks, hash: string): string {
  return l.forge === 'github' ? `${base(l)}/commit/${hash}` : `${base(l)}/-/commit/${hash}`;
}

/** `#12` is a pull request on GitHub and an issue on GitLab; `!12` is a GitLab merge request. */
export function changeRequestUrl(l: ForgeLinks, ref: ChangeRequestRef): string {
  if (l.forge === 'github') return `${base(l)}/pull/${ref.number}`;
  return `${base(l)}/-/${ref.sigil === '!' ? 'merge_requests' : 'issues'}/${ref.number}`;
}

export function compareUrl(l: ForgeLinks, from: string, to: string): string {
  const range = `${encodeURI(from)}...${encodeURI(to)}`;
  return l.forge === 'github' ? `${base(l)}/compare/${range}` : `${base(l)}/-/compare/${range}`;
}

function entry(text: string, commit: ConventionalCommit, links?: ForgeLinks): string {
  const scope = commit.scope ? `**${commit.scope}:** ` : '';
  const short = commit.hash.slice(0, 7);
  const refs: string[] = [];
  if (commit.changeRequest) {
    const label = `${commit.changeRequest.sigil}${commit.changeRequest.number}`;
    refs.push(links ? `([${label}](${changeRequestUrl(links, commit.changeRequest)}))` : `(${label})`);
  }
  refs.push(links ? `([${short}](${commitUrl(links, commit.hash)}))` : `(${short})`);
  const firstLine = text.split('\n')[0]?.trim() ?? '';
  return `* ${scope}${firstLine} ${refs.join(' ')}`;
}

/**
 * The changelog section of one release, conventional-changelog style: a heading with the version
 * (linked to the compare view when links are known) and the date, then Breaking changes, Features,
 * Bug fixes, Performance and Reverts, newest commit first within each group.
 */
export function renderChangelog(input: ChangelogInput): string {
  const { links } = input;
  const title =
    links && input.previousTag
      ? `[${input.version}](${compareUrl(links, input.previousTag, input.tag)})`
      : input.version;
  const lines = [`## ${title} (${input.date})`];
  const breaking = input.commits.filter((c) => c.breaking);
  if (breaking.length) {
    lines.push('', `### ${BREAKING_TITLE}`, '');
    for (const c of breaking) for (const note of c.breakingNotes) lines.push(entry(note, c, links));
  }
  for (const [type, { title: group }] of Object.entries(RELEASE_TYPES)) {
    const commits = input.commits.filter((c) => c.type === type);
    if (!commits.length) continue;
    lines.push('', `### ${group}`, '');
    for (const c of commits) lines.push(entry(c.subject, c, links));
  }
  return lines.join('\n') + '\n';
}
