import { CommitParser, type Commit } from 'conventional-commits-parser';

/** A commit as git gives it: full message, parents, and (for merges) the pull/merge request it closed. */
export interface RawCommit {
  hash: string;
  parents: readonly string[];
  /** ISO 8601 committer date. */
  date: string;
  message: string;
}

/** Pull requests (GitHub, `#12`) and merge requests (GitLab, `!12`) are told apart by their sigil. */
export interface ChangeRequestRef {
  sigil: '#' | '!';
  number: number;
}

export interface ConventionalCommit {
  hash: string;
  /** First line of the message (for a merge commit: the line after the merge header). */
  header: string;
  /** `feat`, `fix` … lower-case; null when the header is not a conventional one. */
  type: string | null;
  scope: string | null;
  /** The description after `type(scope):`, without a trailing `(#12)`; the whole header when not conventional. */
  subject: string;
  breaking: boolean;
  /** Texts of `BREAKING CHANGE:` / `BREAKING-CHANGE:` footers, or the subject for a `type!:` header. */
  breakingNotes: readonly string[];
  /** The (possibly abbreviated) hash this commit reverts, when it is a revert. */
  reverts: string | null;
  /** The pull or merge request the commit came from: `(#12)` at the end of a squash commit, or its merge. */
  changeRequest: ChangeRequestRef | null;
  merge: boolean;
}

// `type(scope)!: subject`; the scope may hold anything but parentheses.
const HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?(!)?: (.+)$/;
const BREAKING_HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?!: (.+)$/;
// GitHub "Merge pull request #12 from owner/branch", GitLab "Merge branch 'x' into 'main'", plain git merges.
const MERGE_HEADER =
  /^Merge (?:pull request #(\d+) from \S+|branch '[^']*'(?: of \S+)? into '?[^']*'?|branch '[^']*'|remote-tracking branch '[^']*'(?: into \S+)?)$/;
const GITLAB_MERGE_REQUEST = /^See merge request (?:[\w./-]+)?!(\d+)\s*$/m;
const TRAILING_REF = /\s*\(([#!])(\d+)\)\s*$/;
const REVERTS = /This reverts commit ([0-9a-f]{7,40})/i;

const parser = new CommitParser({
  headerPattern: HEADER,
  breakingHeaderPattern: BREAKING_HEADER,
  headerCorrespondence: ['type', 'scope', 'breakingMark', 'subject'],
  mergePattern: MERGE_HEADER,
  mergeCorrespondence: ['pullRequest'],
  noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
  revertPattern: /^(?:Revert|revert:)\s"?([\s\S]*?)"?\s*This reverts commit (\w+)\.?/,
  revertCorrespondence: ['header', 'hash'],
  // Keep lines such as "-foo-" in bodies: no meta fields.
  fieldPattern: undefined,
  commentChar: undefined,
});

/**
 * Parses one commit message (conventional-commits-parser does the header, footers and notes;
 * this adds `!`, revert targets and pull/merge request numbers). Never throws: a message that is
 * not conventional gives `type: null`.
 */
export function parseConventionalCommit(raw: RawCommit): ConventionalCommit {
  const message = raw.message.replace(/\r\n/g, '\n').trim();
  const merge = raw.parents.length > 1;
  let parsed: Commit | undefined;
  if (message) parsed = parser.parse(message);
  const header = (parsed?.header ?? message.split('\n')[0] ?? '').trim();
  const headerMatch = HEADER.exec(header);
  const type = headerMatch ? (headerMatch[1] as string).toLowerCase() : null;
  const scope = headerMatch?.[2]?.trim() || null;
  let subject = headerMatch ? (headerMatch[4] as string).trim() : header;
  let changeRequest: ChangeRequestRef | null = null;
  const trailing = TRAILING_REF.exec(subject);
  if (trailing) {
    changeRequest = { sigil: trailing[1] as '#' | '!', number: Number(trailing[2]) };
    subject = subject.slice(0, trailing.index).trim();
  }
  const pullRequest = parsed?.['pullRequest'];
  if (merge && pullRequest) changeRequest = { sigil: '#', number: Number(pullRequest) };
  const mergeRequest = GITLAB_MERGE_REQUEST.exec(message);
  if (mergeRequest) changeRequest = { sigil: '!', number: Number(mergeRequest[1]) };

  const notes = (parsed?.notes ?? [])
    .filter((n) => /^BREAKING[ -]CHANGE$/i.test(n.title))
    .map((n) => n.text.trim())
    .filter(Boolean);
  const bang = Boolean(headerMatch?.[3]);
  const breaking = type !== null && (bang || notes.length > 0);
  const breakingNotes = notes.length ? notes : bang ? [subject] : [];

  let reverts: string | null = null;
  const revertHash = parsed?.revert?.['hash'];
  if (revertHash && /^[0-9a-f]{7,40}$/i.test(revertHash)) reverts = revertHash.toLowerCase();
  else if (type === 'revert' || /^Revert "/.test(header)) {
    const m = REVERTS.exec(message);
    if (m) reverts = (m[1] as string).toLowerCase();
  }

  return {
    hash: raw.hash,
    header,
    type: reverts && !type ? 'revert' : type,
    scope,
    subject: reverts && !type ? header.replace(/^Revert "(.*)"$/, '$1') : subject,
    breaking,
    breakingNotes,
    reverts,
    changeRequest,
    merge,
  };
}
