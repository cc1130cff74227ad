import { MmfError } from '../../kernel/errors.js';
import { runCommand } from '../process/run-command.js';
import { git } from './commits.js';

export interface GitTag {
  name: string;
  /** The commit the tag points at (annotated tags peeled). */
  commit: string;
  annotated: boolean;
  /** Reachable from HEAD (`git tag --merged HEAD`). */
  merged: boolean;
}

/** Every tag of the repository with its commit, and whether HEAD contains it. */
export async function listTags(cwd: string): Promise<GitTag[]> {
  const [refs, merged] = await Promise.all([
    git(cwd, [
      'for-each-ref',
      '--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objectname)',
      'refs/tags',
    ]),
    git(cwd, ['tag', '--merged', 'HEAD']),
  ]);
  const reachable = new Set(merged.split('\n').filter(Boolean));
  return refs
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name, type, object, peeled] = line.split('\0') as [string, string, string, string];
      return {
        name,
        commit: type === 'tag' ? peeled : object,
        annotated: type === 'tag',
        merged: reachable.has(name),
      };
    });
}

/** Default identity for tags when the checkout has none configured (a fresh CI runner). */
export const DEFAULT_TAGGER = { name: 'mmf release', email: 'mmf-release@users.noreply.localhost' };

/**
 * Children get a minimal environment (no HOME config): the tagger comes from the repository's own
 * git config, else from GIT_COMMITTER_NAME/GIT_COMMITTER_EMAIL of mmf's environment, else DEFAULT_TAGGER.
 */
function identityEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL']) {
    const value = process.env[name];
    if (value) out[name] = value;
  }
  return out;
}

/** An ssh agent, so that pushes to ssh remotes work from a developer's machine. */
function pushEnv(): Record<string, string> {
  const sock = process.env['SSH_AUTH_SOCK'];
  return sock ? { SSH_AUTH_SOCK: sock } : {};
}

async function identityArgs(cwd: string): Promise<string[]> {
  const probe = await runCommand('git', ['var', 'GIT_COMMITTER_IDENT'], { cwd, env: identityEnv() });
  return probe.exitCode === 0
    ? []
    : ['-c', `user.name=${DEFAULT_TAGGER.name}`, '-c', `user.email=${DEFAULT_TAGGER.email}`];
}

/** `git tag -a <name> -m <message> <commit>`: an annotated release tag. */
export async function createAnnotatedTag(
  cwd: string,
  name: string,
  commit: string,
  message: string,
): Promise<void> {
  const args = [...(await identityArgs(cwd)), 'tag', '-a', name, '-m', message, commit];
  const result = await runCommand('git', args, { cwd, env: identityEnv() });
  if (result.exitCode !== 0)
    throw new MmfError(
      'E_GIT',
      `git tag ${name} failed in ${cwd}: ${result.stderr.trim().split('\n')[0] ?? ''}`,
    );
}

/** `git tag -f <name> <commit>`: creates or moves a lightweight (floating) tag. */
export async function moveLightweightTag(cwd: string, name: string, commit: string): Promise<void> {
  await git(cwd, ['tag', '-f', name, commit]);
}

export interface TagPush {
  name: string;
  /** Floating tags are force-pushed; release tags never are. */
  force: boolean;
}

/**
 * Pushes tags to `remote` in one atomic push: all or none. Release tags without force (a tag
 * that exists there with another commit is refused), floating tags with `+` (moved).
 */
export async function pushTags(cwd: string, remote: string, tags: readonly TagPush[]): Promise<void> {
  if (!tags.length) return;
  const specs = tags.map((t) => `${t.force ? '+' : ''}refs/tags/${t.name}:refs/tags/${t.name}`);
  const result = await runCommand('git', ['push', '--atomic', '--porcelain', remote, ...specs], {
    cwd,
    env: pushEnv(),
  });
  if (result.exitCode !== 0) {
    const detail = `${result.stdout}\n${result.stderr}`
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l.startsWith('!') || /^(error|fatal|remote):/.test(l))
      .slice(0, 5)
      .join('; ');
    throw new MmfError(
      'E_GIT_PUSH',
      `git push of ${tags.map((t) => t.name).join(', ')} to ${remote} failed: ${detail}`,
      {
        hint: /already exists|\(fetch first\)|non-fast-forward/.test(detail)
          ? 'a release tag with that name already exists on the remote at another commit; releases never move it'
          : /hook declined|protected/.test(detail)
            ? 'the remote refused the tags (a server hook or tag protection): allow this job to push tags, or use --tag-via api'
            : 'check that the job may push tags (GitHub: permissions: contents: write; GitLab: a token with write_repository)',
      },
    );
  }
}

/** Tags on `remote` matching `names`: name → commit (peeled for annotated tags). */
export async function remoteTags(
  cwd: string,
  remote: string,
  names: readonly string[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!names.length) return out;
  // Both the tag and its peeled line: ls-remote patterns match whole ref names only.
  const patterns = names.flatMap((n) => [`refs/tags/${n}`, `refs/tags/${n}^{}`]);
  const stdout = await git(cwd, ['ls-remote', '--tags', remote, ...patterns]);
  for (const line of stdout.split('\n')) {
    const [sha, ref] = line.split('\t');
    if (!sha || !ref) continue;
    const name = ref.replace(/^refs\/tags\//, '').replace(/\^\{\}$/, '');
    if (!names.includes(name)) continue;
    // The peeled line (`^{}`) of an annotated tag names the commit; it wins over the tag object.
    if (ref.endsWith('^{}') || !out.has(name)) out.set(name, sha);
  }
  return out;
}
