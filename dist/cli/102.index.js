export const id = 102;
export const ids = [102];
export const modules = {

/***/ 1102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubReleases: () => (/* binding */ GitHubReleases),
/* harmony export */   releaseOctokit: () => (/* binding */ releaseOctokit)
/* harmony export */ });
/* unused harmony export classifyGitHubError */
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);
/* harmony import */ var _runtime_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2190);
/* harmony import */ var _runtime_github_github_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3752);



/** The one place the release capability makes its GitHub client (the shared retrying, throttled one). */
function releaseOctokit(token, apiUrl, log = () => { }) {
    return (0,_runtime_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .L)(token, { apiUrl, log });
}
const PERMISSION = 'contents: write';
/** A failed Octokit call as an MmfError (the shared classification; the token never appears). */
function classifyGitHubError(err, what, token) {
    if (err instanceof _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0)
        return err;
    const c = (0,_runtime_github_github_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyGitHubError */ .o)(err, { token, action: what, permission: PERMISSION });
    const code = c.kind === 'auth' || c.kind === 'permission'
        ? 'E_API_AUTH'
        : c.kind === 'not-found'
            ? 'E_API_NOT_FOUND'
            : c.kind === 'other'
                ? 'E_API_REJECTED'
                : 'E_API_UNAVAILABLE';
    const hint = code === 'E_API_AUTH'
        ? `releases and tags need permissions: ${PERMISSION} (GITHUB_TOKEN) or a token with that access`
        : code === 'E_API_NOT_FOUND'
            ? 'check --repository owner/name and the API URL'
            : code === 'E_API_UNAVAILABLE'
                ? 'run the job again later: a rerun finishes a half-done release'
                : undefined;
    return new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0(code, c.message, hint ? { hint } : {});
}
/**
 * GitHub releases: a draft first (found again by tag on a rerun, updated rather than duplicated),
 * published last; pre-releases never become `latest`. Tags through the git data API when asked.
 */
class GitHubReleases {
    octokit;
    token;
    kind = 'github';
    owner;
    repo;
    constructor(octokit, repository, token) {
        this.octokit = octokit;
        this.token = token;
        const [owner, repo, extra] = repository.split('/');
        if (!owner || !repo || extra !== undefined)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_USAGE', `--repository "${repository}" must be owner/name`, {
                hint: 'in GitHub Actions GITHUB_REPOSITORY is set; elsewhere pass --repository acme/api',
            });
        this.owner = owner;
        this.repo = repo;
    }
    async call(what, fn) {
        try {
            return await fn();
        }
        catch (err) {
            throw classifyGitHubError(err, what, this.token);
        }
    }
    async verifyAccess() {
        await this.call(`list the releases of ${this.owner}/${this.repo}`, () => this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: 1 }));
    }
    /** Drafts have no tag yet, so `GET releases/tags/{tag}` cannot see them: list and match instead. */
    async findByTag(tag) {
        for (let page = 1; page <= 10; page++) {
            const { data } = await this.call(`list the releases of ${this.owner}/${this.repo}`, () => this.octokit.rest.repos.listReleases({ owner: this.owner, repo: this.repo, per_page: 100, page }));
            const hit = data.find((r) => r.tag_name === tag);
            if (hit)
                return hit;
            if (data.length < 100)
                return undefined;
        }
        return undefined;
    }
    async upsertDraft(request) {
        const existing = await this.findByTag(request.tag);
        const fields = {
            tag_name: request.tag,
            name: request.name,
            body: request.notes,
            prerelease: request.prerelease,
        };
        if (existing) {
            const { data } = await this.call(`update the release ${request.tag}`, () => this.octokit.rest.repos.updateRelease({
                owner: this.owner,
                repo: this.repo,
                release_id: existing.id,
                ...fields,
            }));
            return { id: String(data.id), url: data.html_url, action: 'updated', published: !data.draft };
        }
        const { data } = await this.call(`create the release ${request.tag}`, () => this.octokit.rest.repos.createRelease({
            owner: this.owner,
            repo: this.repo,
            ...fields,
            target_commitish: request.commit,
            draft: true,
        }));
        return { id: String(data.id), url: data.html_url, action: 'created', published: false };
    }
    async publish(release, request) {
        const { data } = await this.call(`publish the release ${request.tag}`, () => this.octokit.rest.repos.updateRelease({
            owner: this.owner,
            repo: this.repo,
            release_id: Number(release.id),
            draft: false,
            prerelease: request.prerelease,
            make_latest: request.prerelease || !request.latest ? 'false' : 'true',
        }));
        return { ...release, url: data.html_url, published: true };
    }
    async remoteTag(tag) {
        try {
            const { data } = await this.octokit.rest.git.getRef({
                owner: this.owner,
                repo: this.repo,
                ref: `tags/${tag}`,
            });
            if (data.object.type !== 'tag')
                return data.object.sha;
            const { data: object } = await this.call(`read the tag ${tag}`, () => this.octokit.rest.git.getTag({ owner: this.owner, repo: this.repo, tag_sha: data.object.sha }));
            return object.object.sha;
        }
        catch (err) {
            if (err.status === 404)
                return null;
            throw classifyGitHubError(err, `read the tag ${tag}`, this.token);
        }
    }
    async createTag(tag, commit, message) {
        const { data } = await this.call(`create the tag ${tag}`, () => this.octokit.rest.git.createTag({
            owner: this.owner,
            repo: this.repo,
            tag,
            message,
            object: commit,
            type: 'commit',
        }));
        await this.call(`create the tag ${tag}`, () => this.octokit.rest.git.createRef({
            owner: this.owner,
            repo: this.repo,
            ref: `refs/tags/${tag}`,
            sha: data.sha,
        }));
    }
    async moveTag(tag, commit, exists) {
        if (exists)
            await this.call(`move the tag ${tag}`, () => this.octokit.rest.git.updateRef({
                owner: this.owner,
                repo: this.repo,
                ref: `tags/${tag}`,
                sha: commit,
                force: true,
            }));
        else
            await this.call(`create the tag ${tag}`, () => this.octokit.rest.git.createRef({
                owner: this.owner,
                repo: this.repo,
                ref: `refs/tags/${tag}`,
                sha: commit,
            }));
    }
}


/***/ }),

/***/ 2190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);



/**
 * The one GitHub client of every action: authenticated with `token`, talking
 * to `apiUrl`, with @octokit/plugin-throttling (writes spaced as GitHub asks;
 * primary and secondary rate limits waited out, within `maxWaitSeconds`, a
 * few times) and @octokit/plugin-retry (5xx and network failures retried with
 * back-off). What still fails is classified by classifyGitHubError.
 */
function createGitHubClient(token, options) {
    const retries = options.retries ?? 3;
    const maxWait = options.maxWaitSeconds ?? 60;
    const limited = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const retrying = retryCount < retries && retryAfter <= maxWait;
        options.log(`GitHub ${kind} on ${request.method} ${request.url}: ${retrying ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})` : 'giving up'}`);
        return retrying;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        retry: { retries },
        throttle: {
            onRateLimit: limited('rate limit'),
            onSecondaryRateLimit: limited('secondary rate limit'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}


/***/ }),

/***/ 3752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ classifyGitHubError)
/* harmony export */ });
/* unused harmony export tokenType */
function tokenType(token) {
    if (token.startsWith('ghs_'))
        return 'installation';
    if (token.startsWith('github_pat_'))
        return 'fine-grained-pat';
    if (token.startsWith('ghp_'))
        return 'classic-pat';
    if (token.startsWith('gho_') || token.startsWith('ghu_'))
        return 'oauth';
    return 'unknown';
}
function bodyMessage(err) {
    const data = err.response?.data;
    return typeof data?.message === 'string' ? data.message : (err.message ?? '');
}
/** `issues: write` → the fine-grained / App spelling "Issues: Read and write". */
function humanPermission(permission) {
    const [scope = permission, level = 'write'] = permission.split(':').map((s) => s.trim());
    const name = scope.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
    return `${name}: ${level === 'write' ? 'Read and write' : 'Read-only'}`;
}
function permissionAdvice(ctx, accepted) {
    const needs = accepted ? ` (GitHub accepts: ${accepted})` : '';
    switch (tokenType(ctx.token)) {
        case 'installation':
            if (ctx.forkPullRequest)
                return `pull requests from forks get a read-only GITHUB_TOKEN; publish from a workflow_run workflow instead (docs/REVIEWING_MIGRATIONS.md, "Pull requests from forks")${needs}`;
            return `GITHUB_TOKEN (or the GitHub App) needs \`${ctx.permission}\`: grant it in the job's \`permissions:\` (for an App, in its installation)${needs}`;
        case 'fine-grained-pat':
            return `the fine-grained personal access token needs the repository permission "${humanPermission(ctx.permission)}" on this repository${needs}`;
        case 'classic-pat':
            return `the classic personal access token needs the \`repo\` scope (\`public_repo\` for public repositories), and its user write access${needs}`;
        default:
            return `the token needs \`${ctx.permission}\`${needs}`;
    }
}
/**
 * Sorts a failed request into what the user should do about it. Rate limits
 * are recognised before permissions: GitHub answers both with 403, and only
 * the body (`secondary rate limit`) or `x-ratelimit-remaining: 0` tell them apart.
 */
function classifyGitHubError(err, ctx) {
    const e = (err ?? {});
    const status = typeof e.status === 'number' ? e.status : undefined;
    const headers = e.response?.headers ?? {};
    const text = bodyMessage(e);
    const http = status ? `HTTP ${status}` : 'no response';
    const base = { ...(status !== undefined ? { status } : {}) };
    if ((status === 403 || status === 429) && /secondary rate limit/i.test(text))
        return {
            ...base,
            kind: 'secondary-rate-limit',
            message: `GitHub's secondary rate limit stopped the request to ${ctx.action} (${http}, still limited after retrying); too many writes in a short time, so try again in a few minutes or publish fewer parts (max-comment-parts)`,
        };
    if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        const at = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
        return {
            ...base,
            kind: 'rate-limit',
            message: `the token's API rate limit is used up${at}, so it could not ${ctx.action} (${http})`,
        };
    }
    if (status === 429)
        return {
            ...base,
            kind: 'secondary-rate-limit',
            message: `GitHub answered 429 Too Many Requests to ${ctx.action}, still after retrying; try again in a few minutes`,
        };
    if (status === undefined || status >= 500)
        return {
            ...base,
            kind: 'transient',
            message: `GitHub did not answer the request to ${ctx.action} (${status ? `${http}: ${text}` : text || 'network error'}), still after retrying`,
        };
    if (status === 401)
        return {
            ...base,
            kind: 'auth',
            message: `GitHub rejected the token (${http}: ${text}) when trying to ${ctx.action}; it is invalid or expired`,
        };
    if (status === 403 && /must authenticate via a GitHub App/i.test(text))
        return {
            ...base,
            kind: 'permission',
            message: `only GITHUB_TOKEN or a GitHub App token can ${ctx.action} (${http}: ${text}); a personal access token cannot. Use GITHUB_TOKEN (with \`${ctx.permission}\`) or an App token, or turn this surface off`,
        };
    if (status === 403)
        return {
            ...base,
            kind: 'permission',
            message: `the token cannot ${ctx.action} (${http}: ${text}): ${permissionAdvice(ctx, headers['x-accepted-github-permissions'])}`,
        };
    if (status === 404)
        return {
            ...base,
            kind: 'not-found',
            message: `GitHub answered 404 to the request to ${ctx.action}: it does not exist, or the token cannot see it (${permissionAdvice(ctx, headers['x-accepted-github-permissions'])})`,
        };
    return { ...base, kind: 'other', message: `GitHub refused to ${ctx.action} (${http}: ${text})` };
}


/***/ })

};
