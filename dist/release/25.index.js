export const id = 25;
export const ids = [25,102];
export const modules = {

/***/ 25:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  releaseCommentId: () => (/* binding */ releaseCommentId),
  runRelease: () => (/* binding */ runRelease)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/report/redact-report.ts
var redact_report = __webpack_require__(9419);
// EXTERNAL MODULE: ./actions/kernel/report/render-text.ts
var render_text = __webpack_require__(4145);
// EXTERNAL MODULE: ./actions/platform/oci/registry-client.ts
var registry_client = __webpack_require__(583);
// EXTERNAL MODULE: ./actions/platform/oci/registry-credentials.ts
var registry_credentials = __webpack_require__(4888);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./actions/runtime/github/event-context.ts

const obj = (v) => (v && typeof v === 'object' ? v : {});
const str = (v) => (typeof v === 'string' && v ? v : undefined);
const num = (v) => typeof v === 'number' && Number.isInteger(v) ? v : undefined;
const ZERO_SHA = /^0{40}$/;
function readPayload(path) {
    if (!path)
        return {};
    try {
        return obj(JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')));
    }
    catch {
        return {};
    }
}
/**
 * Reads the event the runner describes (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH
 * and friends): `pull_request`, `pull_request_target` (with a warning: the
 * workspace holds the base branch), `push` (compared with `before`),
 * `merge_group` (`base_sha`), `workflow_dispatch`, `workflow_run` (the fork
 * pattern: publish what an unprivileged run computed). GITHUB_API_URL and
 * GITHUB_SERVER_URL are honoured (GitHub Enterprise Server).
 */
function readEventContext(env = process.env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const ctx = {
        eventName,
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        fork: false,
        warnings: [],
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl,
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`,
        workflow: env.GITHUB_WORKFLOW ?? 'workflow',
        job: env.GITHUB_JOB ?? 'job',
    };
    if (env.GITHUB_REF)
        ctx.ref = env.GITHUB_REF;
    const defaultBranch = str(obj(payload.repository).default_branch);
    if (defaultBranch)
        ctx.defaultBranch = defaultBranch;
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const pr = obj(payload.pull_request);
            const head = obj(pr.head);
            const headRepo = str(obj(head.repo).full_name);
            const baseRepo = str(obj(obj(pr.base).repo).full_name) ?? `${owner}/${repo}`;
            const number = num(pr.number) ?? num(payload.number);
            if (number !== undefined)
                ctx.pullRequest = number;
            ctx.sha = str(head.sha) ?? ctx.sha;
            const base = str(obj(pr.base).sha);
            if (base)
                ctx.baseSha = base;
            ctx.fork = obj(head.repo).fork === true || (headRepo !== undefined && headRepo !== baseRepo);
            if (eventName === 'pull_request_target')
                ctx.warnings.push('pull_request_target: the workflow runs with the base repository’s token and actions/checkout checks out the base branch, not the pull request; this review shows what is checked out. Do not check out and render untrusted pull-request code here; use the workflow_run pattern (docs/REVIEWING_MIGRATIONS.md).');
            break;
        }
        case 'push': {
            ctx.sha = str(payload.after) ?? ctx.sha;
            const before = str(payload.before);
            if (before && !ZERO_SHA.test(before))
                ctx.baseSha = before;
            break;
        }
        case 'merge_group': {
            const group = obj(payload.merge_group);
            ctx.sha = str(group.head_sha) ?? ctx.sha;
            const base = str(group.base_sha);
            if (base)
                ctx.baseSha = base;
            break;
        }
        case 'workflow_run': {
            const run = obj(payload.workflow_run);
            const headSha = str(run.head_sha) ?? ctx.sha;
            const headRepository = str(obj(run.head_repository).full_name);
            ctx.workflowRun = {
                id: num(run.id) ?? 0,
                headSha,
                event: str(run.event) ?? '',
                ...(headRepository ? { headRepository } : {}),
            };
            ctx.sha = headSha;
            // GitHub lists the pull requests of same-repository branches only; a fork's comes from the report (verified).
            const first = obj((Array.isArray(run.pull_requests) ? run.pull_requests : [])[0]);
            const number = num(first.number);
            if (number !== undefined)
                ctx.pullRequest = number;
            ctx.fork = headRepository !== undefined && headRepository !== `${owner}/${repo}`;
            break;
        }
        case 'workflow_dispatch':
        case 'schedule':
            break;
        default:
            if (eventName)
                ctx.warnings.push(`event ${eventName}: no pull request to comment on; the report goes to the job summary and the check run.`);
    }
    return ctx;
}

// EXTERNAL MODULE: ./actions/kernel/report/merge-annotations.ts
var merge_annotations = __webpack_require__(1834);
// EXTERNAL MODULE: ./actions/kernel/report/render-markdown.ts
var render_markdown = __webpack_require__(4035);
// EXTERNAL MODULE: ./actions/kernel/review/split-comment.ts
var split_comment = __webpack_require__(5603);
;// CONCATENATED MODULE: ./actions/runtime/github/check-run.ts
/** GitHub's limits: 50 annotations per request, 65,535 characters per output field. */
const ANNOTATIONS_PER_REQUEST = 50;
const CHECK_OUTPUT_LIMIT = 65_535;
const MESSAGE_LIMIT = 64 * 1024 - 1;
function clip(text, note) {
    return text.length <= CHECK_OUTPUT_LIMIT
        ? text
        : `${text.slice(0, CHECK_OUTPUT_LIMIT - note.length - 2)}\n\n${note}`;
}
function checkAnnotation(a) {
    return {
        path: a.path,
        start_line: a.startLine,
        end_line: Math.max(a.startLine, a.endLine ?? a.startLine),
        annotation_level: a.level,
        title: a.title.slice(0, 255),
        message: a.message.slice(0, MESSAGE_LIMIT) || a.title.slice(0, 255),
    };
}
/**
 * Publishes a completed check run: the first 50 annotations with the create
 * request, the rest in further updates of 50. Returns its URL; failed
 * requests throw (the publisher classifies them).
 */
async function publishCheckRun(octokit, run) {
    const base = { owner: run.owner, repo: run.repo };
    const batches = [];
    for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST).map(checkAnnotation));
    const output = {
        title: run.title.slice(0, 255),
        summary: clip(run.summary, '_The full report is in the pull request comment and the job summary._'),
        ...(run.text
            ? {
                text: clip(run.text, '_Cut here: the full report is in the pull request comment and the job summary._'),
            }
            : {}),
    };
    const { data } = await octokit.rest.checks.create({
        ...base,
        name: run.name.slice(0, 255),
        head_sha: run.headSha,
        status: 'completed',
        conclusion: run.conclusion,
        completed_at: new Date().toISOString(),
        ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
        output: { ...output, annotations: batches[0] ?? [] },
    });
    for (const batch of batches.slice(1)) {
        await octokit.rest.checks.update({
            ...base,
            check_run_id: data.id,
            output: { title: output.title, summary: output.summary, annotations: batch },
        });
    }
    return { url: data.html_url ?? undefined };
}

// EXTERNAL MODULE: ./actions/runtime/github/client.ts
var client = __webpack_require__(2190);
// EXTERNAL MODULE: ./actions/runtime/github/github-errors.ts
var github_errors = __webpack_require__(3752);
;// CONCATENATED MODULE: ./actions/runtime/github/job-summary.ts

/** GitHub's limit for one step's job summary, in bytes (with room for notes added later). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/**
 * Writes Markdown blocks to the job summary, within its 1 MiB limit (counted
 * in bytes): blocks that do not fit are left out and counted. Always written
 * first, so forks, read-only tokens and API failures still leave the report.
 */
async function writeJobSummary(blocks, elsewhere) {
    let body = '';
    let size = 0;
    let omitted = 0;
    for (const block of blocks) {
        const bytes = Buffer.byteLength(block) + 1;
        if (size + bytes > SUMMARY_LIMIT_BYTES)
            omitted++;
        else {
            body += (body ? '\n' : '') + block;
            size += bytes;
        }
    }
    if (omitted)
        body += `\n> ${omitted} block(s) of the report do not fit the job summary's 1 MiB limit; they are in ${elsewhere}.\n`;
    await lib_core/* summary */.z.addRaw(body).write();
}
async function appendJobSummaryNotes(notes) {
    if (!notes.length)
        return;
    await lib_core/* summary */.z.addRaw(notes.map((n) => `\n> ${n}\n`).join('')).write();
}

;// CONCATENATED MODULE: ./actions/runtime/github/sticky-comment.ts

/**
 * Which comments this token wrote: with a personal token, those of its user;
 * with an app or GITHUB_TOKEN (GET /user refuses them), those by a bot. A
 * human's comment that copies our marker is never edited or deleted.
 */
async function ownership(octokit) {
    const login = await octokit.rest.users
        .getAuthenticated()
        .then((r) => r.data.login)
        .catch(() => undefined);
    return (author) => (login ? author?.login === login : author?.type === 'Bot');
}
/**
 * Creates or updates our comment (one per id, found by its hidden marker) in
 * place, one comment per part; deletes parts left over from a longer earlier
 * run and any duplicates. Never creates a second copy of a part. Failed
 * requests throw (the publisher classifies them).
 */
async function upsertStickyComment(octokit, target, parts) {
    const result = { created: 0, updated: 0, deleted: 0 };
    const base = { owner: target.owner, repo: target.repo };
    {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            ...base,
            issue_number: target.issueNumber,
            per_page: 100,
        });
        const isOwn = await ownership(octokit);
        const ours = new Map();
        const stale = [];
        for (const c of comments) {
            const part = (0,split_comment/* markerPart */.Ei)(c.body ?? '', target.id);
            if (part === undefined || !isOwn(c.user))
                continue;
            if (ours.has(part) || part > parts.length)
                stale.push(c.id);
            else
                ours.set(part, { id: c.id, body: c.body ?? '', html_url: c.html_url });
        }
        for (const [i, body] of parts.entries()) {
            const existing = ours.get(i + 1);
            let url;
            if (!existing) {
                const { data } = await octokit.rest.issues.createComment({
                    ...base,
                    issue_number: target.issueNumber,
                    body,
                });
                result.created++;
                url = data.html_url;
            }
            else if (existing.body !== body) {
                const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: existing.id, body });
                result.updated++;
                url = data.html_url;
            }
            else {
                url = existing.html_url;
            }
            if (i === 0)
                result.url = url;
        }
        for (const id of stale) {
            await octokit.rest.issues.deleteComment({ ...base, comment_id: id });
            result.deleted++;
        }
        return result;
    }
}

;// CONCATENATED MODULE: ./actions/runtime/github/publish-report.ts









/** Annotations per check run after merging per file and line; more are counted, not posted. */
const MAX_ANNOTATIONS = 50;
/** Failures that are the world's (fork tokens, rate limits, outages): reported, the step goes on. */
const TOLERATED = new Set([
    'permission',
    'rate-limit',
    'secondary-rate-limit',
    'transient',
    'not-found',
]);
/**
 * Publishes any capability's report on GitHub: step outputs and the job
 * summary first (so nothing is lost when GitHub refuses or fails), then one
 * sticky pull request comment (split at 65,536 characters, at most
 * `maxParts` parts, then a link to the run), then a check run with the
 * annotations merged per file and line and capped. The report must already
 * be redacted (redactReport).
 */
async function publishReport(report, settings) {
    const { context } = settings;
    const notes = [];
    const result = { notes };
    for (const [name, value] of Object.entries(report.outputs))
        lib_core/* setOutput */.uH(name, value);
    for (const warning of context.warnings)
        lib_core/* warning */.$e(warning);
    const blocks = (0,render_markdown/* renderReportMarkdown */.Ay)(report);
    const elsewhere = settings.reportLocation ?? 'the report file';
    if (settings.summary ?? true)
        await writeJobSummary(blocks, `the pull request comment and ${elsewhere}`);
    const octokit = settings.octokit ??
        (0,client/* createGitHubClient */.L)(settings.token, {
            apiUrl: context.apiUrl,
            log: lib_core/* info */.pq,
            ...(settings.retries !== undefined ? { retries: settings.retries } : {}),
        });
    const failed = (what, err, permission) => {
        const c = (0,github_errors/* classifyGitHubError */.o)(err, {
            token: settings.token,
            action: what,
            permission,
            forkPullRequest: context.fork && context.eventName === 'pull_request',
        });
        lib_core/* warning */.$e(`${c.message}. The full report is in the job summary.`);
        notes.push(`Not published: ${c.message}.`);
        if (!TOLERATED.has(c.kind))
            result.error ??= c.message;
    };
    if (settings.comment.enabled && context.pullRequest === undefined)
        lib_core/* info */.pq('No pull request for this event: the report is in the job summary (and the check run).');
    if (settings.comment.enabled && context.pullRequest !== undefined) {
        const issueNumber = context.pullRequest;
        try {
            const split = (0,split_comment/* splitComment */.Uf)(blocks, {
                id: settings.comment.id,
                title: report.title,
                limit: split_comment/* GITHUB_COMMENT_LIMIT */._4,
                maxParts: settings.comment.maxParts,
                overflow: (omitted) => `> ✂️ ${omitted} more part(s) of this report are not posted here (max-comment-parts: ${settings.comment.maxParts}). The whole report is in the job summary of [this run](${context.runUrl}) and in ${elsewhere}.`,
            });
            const posted = await upsertStickyComment(octokit, { owner: context.owner, repo: context.repo, issueNumber, id: settings.comment.id }, split.parts);
            if (posted.url)
                result.commentUrl = posted.url;
            lib_core/* info */.pq(`PR comment: ${split.parts.length} part(s)${split.omitted ? ` (${split.omitted} more not posted)` : ''}, ${posted.created} created, ${posted.updated} updated, ${posted.deleted} deleted: ${posted.url}`);
        }
        catch (err) {
            failed(`comment on pull request #${issueNumber}`, err, 'pull-requests: write');
        }
    }
    if (settings.checkRun.enabled && context.sha) {
        const { annotations, omitted } = (0,merge_annotations/* mergeAnnotations */.R)(report.annotations, MAX_ANNOTATIONS);
        if (omitted)
            notes.push(`${omitted} more annotation(s) are in the report, not on the check run.`);
        const lead = (0,render_markdown/* renderReportMarkdown */.Ay)({ ...report, sections: report.sections.filter((s) => !s.title) });
        const rest = (0,render_markdown/* renderReportMarkdown */.Ay)({ ...report, sections: report.sections.filter((s) => s.title) }).slice(1);
        const metrics = report.summary.map((m) => `${m.label}: ${m.value}${m.unit ?? ''}`).join(', ');
        try {
            const run = await publishCheckRun(octokit, {
                owner: context.owner,
                repo: context.repo,
                headSha: context.sha,
                name: settings.checkRun.name ?? `${report.capability}: ${report.subject}`,
                conclusion: report.conclusion,
                title: metrics || report.headline,
                summary: lead.join('\n'),
                ...(rest.length ? { text: rest.join('\n') } : {}),
                detailsUrl: context.runUrl,
                annotations,
            });
            if (run.url)
                result.checkRunUrl = run.url;
            lib_core/* info */.pq(`Check run: ${run.url ?? '(no URL)'}`);
        }
        catch (err) {
            failed('create a check run', err, 'checks: write');
        }
    }
    lib_core/* setOutput */.uH('comment-url', result.commentUrl ?? '');
    await appendJobSummaryNotes(notes);
    return result;
}

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
;// CONCATENATED MODULE: ./actions/runtime/github/step-failure.ts


/** Fails the step on an error: an MmfError as its one paragraph, anything else with its stack. */
function failStep(err) {
    lib_core/* setFailed */.C1((0,errors/* isMmfError */.NJ)(err) ? err.format() : `unexpected failure: ${err.stack ?? String(err)}`);
}
/** Fails the step when publishing failed; `what` (the report) is in the job summary all the same. */
function failIfNotPublished(published, what = 'The report') {
    if (published.error)
        lib_core/* setFailed */.C1(`${what} is in the job summary, but publishing it failed: ${published.error}`);
}

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
;// CONCATENATED MODULE: ./actions/runtime/github/inputs.ts


/** Typed readers of action inputs; every capability's inputs.ts builds its object from these. */
function optionalInput(name) {
    return lib_core/* getInput */.V4(name).trim() || undefined;
}
function requiredInput(name, example) {
    const value = core.getInput(name).trim();
    if (!value)
        throw new MmfError('E_USAGE', `input ${name} is required`, { hint: `with: ${name}: ${example}` });
    return value;
}
function choiceInput(name, allowed, fallback) {
    const value = lib_core/* getInput */.V4(name).trim() || fallback;
    if (!allowed.includes(value))
        throw new errors/* MmfError */.H0('E_USAGE', `input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value;
}
function booleanInput(name, fallback) {
    const value = lib_core/* getInput */.V4(name).trim().toLowerCase();
    if (!value)
        return fallback;
    if (['true', 'yes', '1'].includes(value))
        return true;
    if (['false', 'no', '0'].includes(value))
        return false;
    throw new errors/* MmfError */.H0('E_USAGE', `input ${name} must be true or false, not "${value}"`);
}
function integerInput(name, fallback, range) {
    const text = core.getInput(name).trim();
    if (!text)
        return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < range.min || value > range.max)
        throw new MmfError('E_USAGE', `input ${name} must be a whole number from ${range.min} to ${range.max}, not "${text}"`);
    return value;
}
/** One item per line; blank lines and `#` comments are skipped. */
function lineListInput(name) {
    return core
        .getInput(name)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
}
/** The token input, registered as a secret so the runner masks it in logs. */
function tokenInput(name = 'token') {
    const token = lib_core/* getInput */.V4(name);
    if (token)
        lib_core/* setSecret */.Pq(token);
    return token;
}
/** `token`, `comment`, `check-run` and `max-comment-parts` (1 to 50, default 2). */
function publishingInputs() {
    return {
        token: tokenInput(),
        comment: booleanInput('comment', true),
        checkRun: booleanInput('check-run', true),
        maxCommentParts: integerInput('max-comment-parts', 2, { min: 1, max: 50 }),
    };
}

// EXTERNAL MODULE: ./actions/release/image-lines.ts
var image_lines = __webpack_require__(8263);
;// CONCATENATED MODULE: ./actions/release/inputs.ts



function readInputs() {
    const token = tokenInput();
    const registryPassword = optionalInput('registry-password');
    if (registryPassword)
        lib_core/* setSecret */.Pq(registryPassword);
    const config = optionalInput('config');
    const prerelease = optionalInput('prerelease');
    const registryUsername = optionalInput('registry-username');
    return {
        mode: choiceInput('mode', ['auto', 'plan', 'publish'], 'auto'),
        ...(config ? { config } : {}),
        workingDirectory: optionalInput('working-directory') ?? '.',
        ...(prerelease ? { prerelease } : {}),
        moveMajorTags: booleanInput('move-major-tags', false),
        images: (0,image_lines/* parseImageLines */.s)(lib_core/* getInput */.V4('images')),
        ...(registryUsername ? { registryUsername } : {}),
        ...(registryPassword ? { registryPassword } : {}),
        tagVia: choiceInput('tag-via', ['git', 'api'], 'git'),
        remote: optionalInput('remote') ?? 'origin',
        dryRun: booleanInput('dry-run', false),
        comment: booleanInput('comment', true),
        token,
    };
}

// EXTERNAL MODULE: ./actions/release/run-release.ts + 17 modules
var run_release = __webpack_require__(7433);
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
        return (0,run_release.runReleasePlan)(request);
    return (0,run_release.runReleasePublish)({
        ...request,
        dryRun: inputs.dryRun,
        tagVia: inputs.tagVia,
        remote: inputs.remote,
        forge: new github_release.GitHubReleases((0,github_release.releaseOctokit)(inputs.token, context.apiUrl, lib_core/* info */.pq), `${context.owner}/${context.repo}`, inputs.token),
        images: inputs.images,
        registry: registry(inputs),
        log: { info: lib_core/* info */.pq, warn: lib_core/* warning */.$e },
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
        const context = readEventContext();
        const { mode, reason } = resolveMode(inputs.mode, context);
        lib_core/* info */.pq(`release ${mode}${mode === 'publish' && inputs.dryRun ? ' (dry run)' : ''}: ${reason}`);
        lib_core/* setOutput */.uH('mode', mode);
        const report = await lib_core/* group */.Os(`release ${mode}`, () => release(mode, inputs, context));
        const secrets = [inputs.token, ...(inputs.registryPassword ? [inputs.registryPassword] : [])];
        const redacted = (0,redact_report/* redactReport */.a5)(report, secrets);
        lib_core/* info */.pq((0,render_text/* renderReportText */.U)(redacted).trimEnd());
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
    }
    catch (err) {
        failStep(err);
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
