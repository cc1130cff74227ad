/**
 * Handlers of the GitHub stand-in for what a release capability uses: releases (list, get, get
 * by tag, latest, create, update, delete; draft, prerelease, make_latest), git refs (get,
 * matching, create, update with `force`, delete), annotated tag objects, the tag list, a commit
 * and a comparison. State lives in repo-store.ts; requests are validated by server.ts against
 * GitHub's OpenAPI description before they get here.
 *
 * The answers follow GitHub's: 422 `Reference already exists`, `Object does not exist`,
 * `Reference does not exist`, `Update is not a fast forward`; 422 `Validation Failed` with
 * `already_exists` for a second release of a tag; drafts create no tag until published and are
 * not found by tag; deleting a release keeps its tag.
 */
import { GitHubAnswer, SemanticError } from './errors.js';
import { type Actor, type Urls, isoSeconds } from './payloads.js';
import {
  type MakeLatest,
  type RepoStore,
  type StoredCommit,
  type StoredRelease,
  commitObject,
  comparisonObject,
  gitRefObject,
  gitTagObject,
  releaseObject,
  tagListItem,
} from './repo-store.js';
import type { Handler, HandlerContext, HandlerResult } from './server.js';

export interface RepoHandlerEnv {
  store: RepoStore;
  urls: () => Urls;
  now: () => Date;
  actor: () => Required<Actor>;
  page: <T>(ctx: HandlerContext, items: T[], render: (slice: T[]) => unknown) => HandlerResult;
}

/** GitHub's limit on a release body. */
export const RELEASE_BODY_LIMIT = 125_000;

type Params = { owner: string; repo: string };

const notFound = () => new GitHubAnswer(404, 'Not Found');

function releaseOf(env: RepoHandlerEnv, ctx: HandlerContext): StoredRelease {
  const { owner, repo, release_id } = ctx.params as Params & { release_id: number };
  const r = env.store.releases.get(release_id);
  if (!r || `${r.owner}/${r.repo}`.toLowerCase() !== `${owner}/${repo}`.toLowerCase()) throw notFound();
  return r;
}

function checkReleaseBody(body: unknown): void {
  if (typeof body === 'string' && body.length > RELEASE_BODY_LIMIT) {
    throw new SemanticError('body/body', `body is too long (maximum is ${RELEASE_BODY_LIMIT} characters)`);
  }
}

/** Creates refs/tags/<tag> at target_commitish unless the tag exists. */
function ensureTag(env: RepoHandlerEnv, owner: string, repo: string, tag: string, target: string): void {
  if (env.store.getRef(owner, repo, `refs/tags/${tag}`)) return;
  const sha = env.store.resolve(owner, repo, target);
  if (!sha) {
    throw new GitHubAnswer(422, 'Validation Failed', [
      { resource: 'Release', code: 'invalid', field: 'target_commitish' },
    ]);
  }
  env.store.setRef(owner, repo, `refs/tags/${tag}`, sha);
}

function refreshLatest(
  env: RepoHandlerEnv,
  release: StoredRelease,
  makeLatest: MakeLatest | undefined,
): void {
  env.store.applyMakeLatest(release, makeLatest ?? 'true');
}

/** Commits reachable from `head` but not in `exclude`, parents before children. */
function orderedAhead(
  env: RepoHandlerEnv,
  owner: string,
  repo: string,
  head: string,
  exclude: Set<string>,
): StoredCommit[] {
  const out: StoredCommit[] = [];
  const done = new Set<string>();
  const visit = (sha: string) => {
    if (done.has(sha) || exclude.has(sha)) return;
    done.add(sha);
    const c = env.store.commit(owner, repo, sha);
    if (!c) return;
    for (const p of c.parents) visit(p);
    out.push(c);
  };
  visit(head);
  return out;
}

function compare(
  env: RepoHandlerEnv,
  ctx: HandlerContext,
  base: string,
  head: string,
  basehead: string,
): HandlerResult {
  const { owner, repo } = ctx.params as Params;
  const baseSha = env.store.resolve(owner, repo, base);
  const headSha = env.store.resolve(owner, repo, head);
  if (!baseSha || !headSha) throw notFound();
  const fromBase = env.store.reachable(owner, repo, baseSha);
  const fromHead = env.store.reachable(owner, repo, headSha);
  const ahead = orderedAhead(env, owner, repo, headSha, fromBase);
  const behindBy = [...fromBase].filter((s) => !fromHead.has(s)).length;
  // Merge base: the newest commit of head's history that base also has.
  const mergeBase = [...orderedAhead(env, owner, repo, headSha, new Set())]
    .reverse()
    .find((c) => fromBase.has(c.sha));
  if (!mergeBase) throw notFound();
  const urls = env.urls();
  return {
    status: 200,
    body: comparisonObject(
      urls,
      owner,
      repo,
      basehead,
      env.store.commit(owner, repo, baseSha)!,
      mergeBase,
      ahead,
      behindBy,
    ),
  };
}

export function repoHandlers(env: RepoHandlerEnv): Record<string, Handler> {
  const now = () => isoSeconds(env.now());
  return {
    // ------------------------------------------------------------------ releases
    'repos/list-releases': (ctx) => {
      const { owner, repo } = ctx.params as Params;
      return env.page(ctx, env.store.releasesOf(owner, repo), (items) =>
        items.map((r) => releaseObject(env.urls(), r)),
      );
    },
    'repos/get-release': (ctx) => ({ status: 200, body: releaseObject(env.urls(), releaseOf(env, ctx)) }),
    'repos/get-release-by-tag': (ctx) => {
      const { owner, repo, tag } = ctx.params as Params & { tag: string };
      const r = env.store.releasesOf(owner, repo).find((x) => !x.draft && x.tag_name === tag);
      if (!r) throw notFound();
      return { status: 200, body: releaseObject(env.urls(), r) };
    },
    'repos/get-latest-release': (ctx) => {
      const { owner, repo } = ctx.params as Params;
      const r = env.store.latestRelease(owner, repo);
      if (!r) throw notFound();
      return { status: 200, body: releaseObject(env.urls(), r) };
    },
    'repos/create-release': (ctx) => {
      const { owner, repo } = ctx.params as Params;
      const b = ctx.body as {
        tag_name: string;
        target_commitish?: string;
        name?: string;
        body?: string;
        draft?: boolean;
        prerelease?: boolean;
        make_latest?: MakeLatest;
        generate_release_notes?: boolean;
      };
      checkReleaseBody(b.body);
      const draft = b.draft ?? false;
      if (!draft && env.store.releasesOf(owner, repo).some((r) => !r.draft && r.tag_name === b.tag_name)) {
        throw new GitHubAnswer(422, 'Validation Failed', [
          { resource: 'Release', code: 'already_exists', field: 'tag_name' },
        ]);
      }
      const target = b.target_commitish ?? 'main';
      if (!draft) ensureTag(env, owner, repo, b.tag_name, target);
      const at = now();
      const generated = b.generate_release_notes
        ? `**Full Changelog**: ${env.urls().web}/${owner}/${repo}/commits/${b.tag_name}`
        : undefined;
      const release: StoredRelease = {
        id: env.store.nextReleaseId++,
        owner,
        repo,
        tag_name: b.tag_name,
        target_commitish: target,
        name: b.name ?? null,
        body: b.body ?? generated ?? null,
        draft,
        prerelease: b.prerelease ?? false,
        created_at: at,
        published_at: draft ? null : at,
        updated_at: at,
        author: env.actor(),
        latest: false,
      };
      env.store.releases.set(release.id, release);
      refreshLatest(env, release, b.make_latest);
      const body = releaseObject(env.urls(), release);
      return { status: 201, body, headers: { location: String(body.url) } };
    },
    'repos/update-release': (ctx) => {
      const { owner, repo } = ctx.params as Params;
      const r = releaseOf(env, ctx);
      const b = ctx.body as Partial<
        Pick<StoredRelease, 'tag_name' | 'target_commitish' | 'name' | 'body' | 'draft' | 'prerelease'>
      > & {
        make_latest?: MakeLatest;
      };
      checkReleaseBody(b.body);
      const tag = b.tag_name ?? r.tag_name;
      const draft = b.draft ?? r.draft;
      if (
        !draft &&
        env.store.releasesOf(owner, repo).some((x) => x.id !== r.id && !x.draft && x.tag_name === tag)
      ) {
        throw new GitHubAnswer(422, 'Validation Failed', [
          { resource: 'Release', code: 'already_exists', field: 'tag_name' },
        ]);
      }
      if (!draft) ensureTag(env, owner, repo, tag, b.target_commitish ?? r.target_commitish);
      const publishing = r.draft && !draft;
      if (publishing) r.published_at = now();
      Object.assign(r, {
        tag_name: tag,
        draft,
        ...(b.target_commitish !== undefined ? { target_commitish: b.target_commitish } : {}),
        ...(b.name !== undefined ? { name: b.name } : {}),
        ...(b.body !== undefined ? { body: b.body } : {}),
        ...(b.prerelease !== undefined ? { prerelease: b.prerelease } : {}),
        updated_at: now(),
      });
      // make_latest defaults to true for a release being published, else keeps what it was.
      if (b.make_latest !== undefined || b.draft !== undefined || b.prerelease !== undefined) {
        refreshLatest(env, r, b.make_latest ?? (publishing || r.latest ? 'true' : 'false'));
      }
      return { status: 200, body: releaseObject(env.urls(), r) };
    },
    'repos/delete-release': (ctx) => {
      const r = releaseOf(env, ctx);
      env.store.releases.delete(r.id);
      return { status: 204 };
    },

    // ------------------------------------------------------------------ git refs and tags
    'git/get-ref': (ctx) => {
      const { owner, repo, ref } = ctx.params as Params & { ref: string };
      const sha = env.store.getRef(owner, repo, `refs/${ref}`);
      if (!sha) throw notFound();
      return { status: 200, body: gitRefObject(env.urls(), owner, repo, `refs/${ref}`, sha, env.store) };
    },
    'git/list-matching-refs': (ctx) => {
      const { owner, repo, ref } = ctx.params as Params & { ref: string };
      const refs = env.store.listRefs(owner, repo, `refs/${ref}`);
      return {
        status: 200,
        body: refs.map((r) => gitRefObject(env.urls(), owner, repo, r.ref, r.sha, env.store)),
      };
    },
    'git/create-ref': (ctx) => {
      const { owner, repo } = ctx.params as Params;
      const { ref, sha } = ctx.body as { ref: string; sha: string };
      if (!ref.startsWith('refs/') || ref.split('/').length < 3) {
        throw new GitHubAnswer(
          422,
          "Reference name must start with 'refs/' and have at least two slashes.",
          undefined,
          {
            at: 'body/ref',
            message: `${JSON.stringify(ref)} is not a full ref name such as refs/tags/v1`,
          },
        );
      }
      if (!env.store.objectExists(owner, repo, sha)) throw new GitHubAnswer(422, 'Object does not exist');
      if (env.store.getRef(owner, repo, ref)) throw new GitHubAnswer(422, 'Reference already exists');
      env.store.setRef(owner, repo, ref, sha);
      const body = gitRefObject(env.urls(), owner, repo, ref, sha.toLowerCase(), env.store);
      return { status: 201, body, headers: { location: String(body.url) } };
    },
    'git/update-ref': (ctx) => {
      const { owner, repo, ref } = ctx.params as Params & { ref: string };
      const { sha, force } = ctx.body as { sha: string; force?: boolean };
      if (ref.startsWith('refs/')) {
        throw new GitHubAnswer(422, 'Reference does not exist', undefined, {
          at: 'path.ref',
          message: `${JSON.stringify(ref)}: leave "refs/" off (heads/<branch> or tags/<tag>); GitHub looks up refs/${ref}`,
        });
      }
      const full = `refs/${ref}`;
      const old = env.store.getRef(owner, repo, full);
      if (!old) throw new GitHubAnswer(422, 'Reference does not exist');
      if (!env.store.objectExists(owner, repo, sha)) throw new GitHubAnswer(422, 'Object does not exist');
      const fastForward = env.store.isAncestor(
        owner,
        repo,
        env.store.peel(owner, repo, old),
        env.store.peel(owner, repo, sha),
      );
      if (!fastForward && !force) throw new GitHubAnswer(422, 'Update is not a fast forward');
      env.store.setRef(owner, repo, full, sha);
      return { status: 200, body: gitRefObject(env.urls(), owner, repo, full, sha.toLowerCase(), env.store) };
    },
    'git/delete-ref': (ctx) => {
      const { owner, repo, ref } = ctx.params as Params & { ref: string };
      if (!env.store.deleteRef(owner, repo, `refs/${ref}`))
        throw new GitHubAnswer(422, 'Reference does not exist');
      return { status: 204 };
    },
    'git/create-tag': (ctx) => {
      const { owner, repo } = ctx.params as Params;
      const b = ctx.body as {
        tag: string;
        message: string;
        object: string;
        type: 'commit' | 'tree' | 'blob';
        tagger?: { name: string; email: string; date?: string };
      };
      const target = b.type === 'commit' ? env.store.commit(owner, repo, b.object) : undefined;
      if (!target) throw new GitHubAnswer(422, 'Object does not exist');
      const actor = env.actor();
      const tagger = {
        name: b.tagger?.name ?? actor.login,
        email: b.tagger?.email ?? `${actor.id}+${actor.login}@users.noreply.github.com`,
        date: b.tagger?.date ? isoSeconds(new Date(b.tagger.date)) : now(),
      };
      const tag = env.store.createTagObject({
        owner,
        repo,
        tag: b.tag,
        message: b.message,
        object: { sha: target.sha, type: 'commit' },
        tagger,
      });
      const body = gitTagObject(env.urls(), tag);
      return { status: 201, body, headers: { location: String(body.url) } };
    },
    'git/get-tag': (ctx) => {
      const { owner, repo, tag_sha } = ctx.params as Params & { tag_sha: string };
      const t = env.store.tagObject(owner, repo, tag_sha);
      if (!t) throw notFound();
      return { status: 200, body: gitTagObject(env.urls(), t) };
    },
    'repos/list-tags': (ctx) => {
      const { owner, repo } = ctx.params as Params;
      const tags = env.store
        .listRefs(owner, repo, 'refs/tags/')
        .map((r) => ({ name: r.ref.slice('refs/tags/'.length), sha: env.store.peel(owner, repo, r.sha) }))
        .sort((a, b) => b.name.localeCompare(a.name, 'en', { numeric: true }));
      return env.page(ctx, tags, (items) =>
        items.map((t) => tagListItem(env.urls(), owner, repo, t.name, t.sha)),
      );
    },

    // ------------------------------------------------------------------ commits
    'repos/get-commit': (ctx) => {
      const { owner, repo, ref } = ctx.params as Params & { ref: string };
      const sha = env.store.resolve(owner, repo, ref);
      const c = sha ? env.store.commit(owner, repo, sha) : undefined;
      if (!c) throw new GitHubAnswer(422, `No commit found for SHA: ${ref}`);
      return { status: 200, body: commitObject(env.urls(), c, true) };
    },
    'repos/compare-commits': (ctx) => {
      const { base, head } = ctx.params as { base: string; head: string };
      return compare(env, ctx, base, head, `${base}...${head}`);
    },
    'repos/compare-commits-with-basehead': (ctx) => {
      const { basehead } = ctx.params as { basehead: string };
      const [base, head] = basehead.split('...');
      if (!base || !head) throw notFound();
      return compare(env, ctx, base, head, basehead);
    },
  };
}
