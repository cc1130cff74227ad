export const id = 425;
export const ids = [425];
export const modules = {

/***/ 9425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCommentId: () => (/* binding */ releaseCommentId),
  runRelease: () => (/* binding */ runRelease)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/kernel/report/redact-report.ts
var redact_report = __webpack_require__(9419);
// EXTERNAL MODULE: ./actions/kernel/report/render-text.ts
var render_text = __webpack_require__(4145);
// EXTERNAL MODULE: ./actions/platform/oci/registry-client.ts
var registry_client = __webpack_require__(583);
// EXTERNAL MODULE: ./actions/platform/oci/registry-credentials.ts
var registry_credentials = __webpack_require__(4888);
// EXTERNAL MODULE: ./actions/runtime/github/event-context.ts
var event_context = __webpack_require__(7335);
// EXTERNAL MODULE: ./actions/runtime/github/publish-report.ts + 3 modules
var publish_report = __webpack_require__(1726);
;// CONCATENATED MODULE: ./actions/release/action-mode.ts

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Events that publish under `mode: auto` when they run on the default branch. */
const PUBLISHING_EVENTS = new Set(['push', 'workflow_dispatch']);
/**
 * What the action does for this event. `auto` publishes only on a push (or a
 * manual run) on the repository's default branch, and plans everywhere else;
 * `publish` never runs for a pull request, whose content is not yet reviewed.
 */
function resolveMode(requested, context) {
    if (PULL_REQUEST_EVENTS.has(context.eventName)) {
        if (requested === 'publish')
            throw new errors/* MmfError */.H0('E_USAGE', `mode publish does not run on ${context.eventName} events`, {
                hint: 'use mode: auto (a preview on pull requests, publish on a push to the default branch) or run publish on push',
            });
        return { mode: 'plan', reason: `${context.eventName}: a preview of what merging would release` };
    }
    if (requested !== 'auto')
        return { mode: requested, reason: `mode: ${requested}` };
    const onDefault = context.defaultBranch !== undefined && context.ref === `refs/heads/${context.defaultBranch}`;
    if (PUBLISHING_EVENTS.has(context.eventName) && onDefault)
        return { mode: 'publish', reason: `${context.eventName} on the default branch ${context.defaultBranch}` };
    const where = context.ref ?? 'an unknown ref';
    return {
        mode: 'plan',
        reason: `${context.eventName || 'no event'} on ${where}: mode auto publishes only on a push to the default branch`,
    };
}

// EXTERNAL MODULE: ./actions/release/forges/github-release.ts
var github_release = __webpack_require__(1102);
// EXTERNAL MODULE: ./actions/runtime/github/inputs.ts
var inputs = __webpack_require__(8180);
// EXTERNAL MODULE: ./actions/release/image-lines.ts
var image_lines = __webpack_require__(8263);
;// CONCATENATED MODULE: ./actions/release/inputs.ts



function readInputs() {
    const token = (0,inputs/* tokenInput */.e1)();
    const registryPassword = (0,inputs/* optionalInput */.$m)('registry-password');
    if (registryPassword)
        core/* setSecret */.Pq(registryPassword);
    const config = (0,inputs/* optionalInput */.$m)('config');
    const prerelease = (0,inputs/* optionalInput */.$m)('prerelease');
    const registryUsername = (0,inputs/* optionalInput */.$m)('registry-username');
    return {
        mode: (0,inputs/* choiceInput */.ij)('mode', ['auto', 'plan', 'publish'], 'auto'),
        ...(config ? { config } : {}),
        workingDirectory: (0,inputs/* optionalInput */.$m)('working-directory') ?? '.',
        ...(prerelease ? { prerelease } : {}),
        moveMajorTags: (0,inputs/* booleanInput */.tE)('move-major-tags', false),
        images: (0,image_lines/* parseImageLines */.s)(core/* getInput */.V4('images')),
        ...(registryUsername ? { registryUsername } : {}),
        ...(registryPassword ? { registryPassword } : {}),
        tagVia: (0,inputs/* choiceInput */.ij)('tag-via', ['git', 'api'], 'git'),
        remote: (0,inputs/* optionalInput */.$m)('remote') ?? 'origin',
        dryRun: (0,inputs/* booleanInput */.tE)('dry-run', false),
        comment: (0,inputs/* booleanInput */.tE)('comment', true),
        token,
    };
}

// EXTERNAL MODULE: ./actions/release/run-release.ts + 19 modules
var run_release = __webpack_require__(6356);
;// CONCATENATED MODULE: ./actions/release/action.ts













/** Parts of the preview comment at most (a monorepo's changelogs can be long). */
const MAX_COMMENT_PARTS = 3;
/** The sticky comment's key: two release steps in one job (other folder or configuration) keep their own. */
function releaseCommentId(context, inputs) {
    return [context.workflow, context.job, 'release', inputs.workingDirectory, inputs.config ?? ''].join('/');
}
function planRequest(inputs, context, workspace) {
    const inWorkspace = (path) => ((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workspace, path));
    return {
        repo: inWorkspace(inputs.workingDirectory),
        ...(inputs.config ? { configFile: inWorkspace(inputs.config) } : {}),
        ...(inputs.prerelease ? { channel: inputs.prerelease } : {}),
        ...(inputs.moveMajorTags ? { floatingTags: true } : {}),
        links: { forge: 'github', webUrl: context.serverUrl, repository: `${context.owner}/${context.repo}` },
    };
}
/** Registry logins: the inputs (for the registries of `images`), else MMF_REGISTRY_* / docker config. */
function registry(inputs) {
    const { registryUsername: username, registryPassword: password } = inputs;
    return new registry_client/* RegistryClient */.bP({
        credentials: username && password ? () => ({ username, password }) : (0,registry_credentials/* registryCredentialsFromEnv */.j)(),
    });
}
async function release(mode, inputs, context) {
    const request = planRequest(inputs, context, process.env.GITHUB_WORKSPACE ?? process.cwd());
    if (mode === 'plan')
        return (0,run_release/* runReleasePlan */.qc)(request);
    return (0,run_release/* runReleasePublish */.SZ)({
        ...request,
        dryRun: inputs.dryRun,
        tagVia: inputs.tagVia,
        remote: inputs.remote,
        forge: new github_release.GitHubReleases((0,github_release.releaseOctokit)(inputs.token, context.apiUrl, core/* info */.pq), `${context.owner}/${context.repo}`, inputs.token),
        images: inputs.images,
        registry: registry(inputs),
        log: { info: core/* info */.pq, warn: core/* warning */.$e },
    });
}
/**
 * release: resolve the mode for the event (a preview on pull requests,
 * publish on a push to the default branch), run the engine, then publish
 * the report: outputs and job summary, and on pull requests the sticky
 * comment with the versions and changelogs that merging would release.
 */
async function runRelease() {
    try {
        const inputs = readInputs();
        const context = (0,event_context/* readEventContext */.w)();
        const { mode, reason } = resolveMode(inputs.mode, context);
        core/* info */.pq(`release ${mode}${mode === 'publish' && inputs.dryRun ? ' (dry run)' : ''}: ${reason}`);
        core/* setOutput */.uH('mode', mode);
        const report = await core/* group */.Os(`release ${mode}`, () => release(mode, inputs, context));
        const secrets = [inputs.token, ...(inputs.registryPassword ? [inputs.registryPassword] : [])];
        const redacted = (0,redact_report/* redactReport */.a5)(report, secrets);
        core/* info */.pq((0,render_text/* renderReportText */.U)(redacted).trimEnd());
        const published = await (0,publish_report/* publishReport */.S)(redacted, {
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
        if (published.error)
            core/* setFailed */.C1(`The release report is in the job summary, but publishing it failed: ${published.error}`);
    }
    catch (err) {
        core/* setFailed */.C1((0,errors/* isMmfError */.NJ)(err) ? err.format() : `unexpected failure: ${err.stack ?? String(err)}`);
    }
}


/***/ }),

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


/***/ })

};
