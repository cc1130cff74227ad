export const id = 434;
export const ids = [434];
export const modules = {

/***/ 2434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runHelmMigrate: () => (/* binding */ runHelmMigrate)
});

// UNUSED EXPORTS: defaultCommentId

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./actions/runtime/github/client.ts



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
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        retry: { retries },
        throttle: {
            onRateLimit: limited('rate limit'),
            onSecondaryRateLimit: limited('secondary rate limit'),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

;// CONCATENATED MODULE: ./actions/runtime/github/github-errors.ts
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
    await core/* summary */.z.addRaw(body).write();
}
async function appendJobSummaryNotes(notes) {
    if (!notes.length)
        return;
    await core/* summary */.z.addRaw(notes.map((n) => `\n> ${n}\n`).join('')).write();
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
        core/* setOutput */.uH(name, value);
    for (const warning of context.warnings)
        core/* warning */.$e(warning);
    const blocks = (0,render_markdown/* renderReportMarkdown */.Ay)(report);
    const elsewhere = settings.reportLocation ?? 'the report file';
    if (settings.summary ?? true)
        await writeJobSummary(blocks, `the pull request comment and ${elsewhere}`);
    const octokit = settings.octokit ??
        createGitHubClient(settings.token, {
            apiUrl: context.apiUrl,
            log: core/* info */.pq,
            ...(settings.retries !== undefined ? { retries: settings.retries } : {}),
        });
    const failed = (what, err, permission) => {
        const c = classifyGitHubError(err, {
            token: settings.token,
            action: what,
            permission,
            forkPullRequest: context.fork && context.eventName === 'pull_request',
        });
        core/* warning */.$e(`${c.message}. The full report is in the job summary.`);
        notes.push(`Not published: ${c.message}.`);
        if (!TOLERATED.has(c.kind))
            result.error ??= c.message;
    };
    if (settings.comment.enabled && context.pullRequest === undefined)
        core/* info */.pq('No pull request for this event: the report is in the job summary (and the check run).');
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
            core/* info */.pq(`PR comment: ${split.parts.length} part(s)${split.omitted ? ` (${split.omitted} more not posted)` : ''}, ${posted.created} created, ${posted.updated} updated, ${posted.deleted} deleted: ${posted.url}`);
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
            core/* info */.pq(`Check run: ${run.url ?? '(no URL)'}`);
        }
        catch (err) {
            failed('create a check run', err, 'checks: write');
        }
    }
    core/* setOutput */.uH('comment-url', result.commentUrl ?? '');
    await appendJobSummaryNotes(notes);
    return result;
}

// EXTERNAL MODULE: ./actions/kernel/report/redact-report.ts
var redact_report = __webpack_require__(9419);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
;// CONCATENATED MODULE: ./actions/runtime/github/report-bundle.ts


const BUNDLE_SCHEMA = 'mmf-actions/report-bundle@1';
/** A bundle may come from an untrusted run: read at most this much. */
const BUNDLE_LIMIT_BYTES = 16 * 1024 * 1024;
async function writeReportBundle(path, bundle) {
    await (0,promises_.writeFile)(path, JSON.stringify({ schema: BUNDLE_SCHEMA, ...bundle }, null, 2) + '\n');
}
const isString = (v) => typeof v === 'string';
const isArray = (v) => Array.isArray(v);
const CONCLUSIONS = ['success', 'failure', 'neutral', 'skipped'];
const LEVELS = ['notice', 'warning', 'failure'];
function invalid(path, what) {
    return new errors/* MmfError */.H0('E_INPUT_INVALID', `${path}: not a report bundle written by mmf-actions (${what})`, {
        file: path,
        hint: 'pass the `report-bundle` output of an mmf-actions run (uploaded as an artifact by the compute job)',
    });
}
/** The report's shape, checked field by field: renderers may then trust it (text is escaped anyway). */
function checkReport(path, r) {
    for (const key of ['capability', 'title', 'subject', 'headline'])
        if (!isString(r[key]))
            throw invalid(path, `report.${key} is not a string`);
    if (!CONCLUSIONS.includes(r.conclusion))
        throw invalid(path, 'report.conclusion');
    for (const key of ['summary', 'sections', 'annotations', 'cases', 'files', 'notes'])
        if (!isArray(r[key]))
            throw invalid(path, `report.${key} is not a list`);
    if (!r.notes.every(isString))
        throw invalid(path, 'report.notes');
    for (const s of r.sections)
        if (!isString(s?.id) || !isString(s?.title) || !isArray(s?.blocks))
            throw invalid(path, 'report.sections');
    for (const a of r.annotations)
        if (!isString(a?.path) ||
            !Number.isInteger(a?.startLine) ||
            !LEVELS.includes(a?.level) ||
            !isString(a?.title) ||
            !isString(a?.message))
            throw invalid(path, 'report.annotations');
    const outputs = r.outputs;
    if (!outputs || typeof outputs !== 'object' || !Object.values(outputs).every(isString))
        throw invalid(path, 'report.outputs');
}
async function readReportBundle(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', `report bundle ${path} does not exist`, {
            file: path,
            hint: 'download the artifact the compute job uploaded (actions/download-artifact) and pass the file in `report`',
        });
    if (info.size > BUNDLE_LIMIT_BYTES)
        throw new errors/* MmfError */.H0('E_INPUT_TOO_LARGE', `report bundle ${path} is ${info.size} bytes, over ${BUNDLE_LIMIT_BYTES}`, {
            file: path,
        });
    let data;
    try {
        data = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (err) {
        throw invalid(path, `not JSON: ${err.message}`);
    }
    if (data?.schema !== BUNDLE_SCHEMA)
        throw invalid(path, `schema is not ${BUNDLE_SCHEMA}`);
    if (!isString(data.commentId) || !isString(data.checkName) || !isString(data.headSha))
        throw invalid(path, 'commentId, checkName and headSha must be strings');
    if (data.pullRequest !== undefined && !Number.isInteger(data.pullRequest))
        throw invalid(path, 'pullRequest');
    if (!data.report || typeof data.report !== 'object')
        throw invalid(path, 'no report');
    checkReport(path, data.report);
    return {
        schema: BUNDLE_SCHEMA,
        report: data.report,
        commentId: data.commentId.slice(0, 200),
        checkName: data.checkName.slice(0, 200),
        headSha: data.headSha,
        ...(data.pullRequest !== undefined ? { pullRequest: data.pullRequest } : {}),
    };
}

;// CONCATENATED MODULE: ./actions/runtime/github/trusted-target.ts
/**
 * Under `workflow_run`, which pull request a report from another run may be
 * posted to. GitHub lists same-repository pull requests in the event; a
 * fork's number comes from the (untrusted) report bundle and is used only
 * when that pull request's head is the commit the event says was built.
 */
async function verifiedPullRequest(octokit, context, claimed) {
    if (context.pullRequest !== undefined)
        return { pullRequest: context.pullRequest };
    if (claimed === undefined || !context.workflowRun)
        return {};
    const { data } = await octokit.rest.pulls.get({
        owner: context.owner,
        repo: context.repo,
        pull_number: claimed,
    });
    if (data.head.sha === context.workflowRun.headSha && data.state === 'open')
        return { pullRequest: claimed };
    return {
        note: `The report names pull request #${claimed}, whose head (${data.head.sha.slice(0, 12)}) is not the commit the run built (${context.workflowRun.headSha.slice(0, 12)}); no comment was written.`,
    };
}

;// CONCATENATED MODULE: ./actions/runtime/github/publish-bundle.ts






/**
 * `mode: publish` of any action: posts a report bundle another run computed
 * (the reusable workflow's compute job, or an unprivileged pull_request run
 * of a fork, published from workflow_run). The bundle is untrusted: its shape
 * is checked, its pull request verified against the event, its text redacted
 * and escaped; the commit comes from the event.
 */
async function publishReportBundle(settings) {
    const { context, token } = settings;
    const bundle = await readReportBundle(settings.bundle);
    const report = (0,redact_report/* redactReport */.a5)(bundle.report, [token]);
    const octokit = createGitHubClient(token, { apiUrl: context.apiUrl, log: core/* info */.pq });
    const target = { ...context };
    if (context.eventName === 'workflow_run') {
        const checked = await verifiedPullRequest(octokit, context, bundle.pullRequest);
        if (checked.note)
            core/* warning */.$e(checked.note);
        delete target.pullRequest;
        if (checked.pullRequest !== undefined)
            target.pullRequest = checked.pullRequest;
    }
    return publishReport(report, {
        token,
        context: target,
        octokit,
        comment: { enabled: settings.comment, id: bundle.commentId, maxParts: settings.maxCommentParts },
        checkRun: { enabled: settings.checkRun, name: bundle.checkName },
        reportLocation: 'the report artifact of the run that computed it',
    });
}

;// CONCATENATED MODULE: ./actions/runtime/github/step-failure.ts


/** Fails the step on an error: an MmfError as its one paragraph, anything else with its stack. */
function failStep(err) {
    core/* setFailed */.C1((0,errors/* isMmfError */.NJ)(err) ? err.format() : `unexpected failure: ${err.stack ?? String(err)}`);
}
/** Fails the step when publishing failed; `what` (the report) is in the job summary all the same. */
function failIfNotPublished(published, what = 'The report') {
    if (published.error)
        core/* setFailed */.C1(`${what} is in the job summary, but publishing it failed: ${published.error}`);
}

;// CONCATENATED MODULE: ./actions/runtime/github/inputs.ts


/** Typed readers of action inputs; every capability's inputs.ts builds its object from these. */
function optionalInput(name) {
    return core/* getInput */.V4(name).trim() || undefined;
}
function requiredInput(name, example) {
    const value = core/* getInput */.V4(name).trim();
    if (!value)
        throw new errors/* MmfError */.H0('E_USAGE', `input ${name} is required`, { hint: `with: ${name}: ${example}` });
    return value;
}
function choiceInput(name, allowed, fallback) {
    const value = core/* getInput */.V4(name).trim() || fallback;
    if (!allowed.includes(value))
        throw new errors/* MmfError */.H0('E_USAGE', `input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value;
}
function booleanInput(name, fallback) {
    const value = core/* getInput */.V4(name).trim().toLowerCase();
    if (!value)
        return fallback;
    if (['true', 'yes', '1'].includes(value))
        return true;
    if (['false', 'no', '0'].includes(value))
        return false;
    throw new errors/* MmfError */.H0('E_USAGE', `input ${name} must be true or false, not "${value}"`);
}
function integerInput(name, fallback, range) {
    const text = core/* getInput */.V4(name).trim();
    if (!text)
        return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < range.min || value > range.max)
        throw new errors/* MmfError */.H0('E_USAGE', `input ${name} must be a whole number from ${range.min} to ${range.max}, not "${text}"`);
    return value;
}
/** One item per line; blank lines and `#` comments are skipped. */
function lineListInput(name) {
    return core/* getInput */.V4(name)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
}
/** The token input, registered as a secret so the runner masks it in logs. */
function tokenInput(name = 'token') {
    const token = core/* getInput */.V4(name);
    if (token)
        core/* setSecret */.Pq(token);
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

// EXTERNAL MODULE: ./actions/helm-migrate/core/hooks.ts
var hooks = __webpack_require__(1667);
// EXTERNAL MODULE: ./actions/helm-migrate/core/review-policy.ts
var review_policy = __webpack_require__(598);
;// CONCATENATED MODULE: ./actions/helm-migrate/inputs.ts



/** The helm-migrate inputs (action.yml), typed and checked in one place. */
function readInputs() {
    const mode = choiceInput('mode', [...review_policy/* REVIEW_MODES */.qJ, 'publish'], 'validate');
    const common = publishingInputs();
    if (mode === 'publish')
        return {
            mode,
            report: requiredInput('report', '${{ runner.temp }}/mmf-report/report-bundle.json'),
            ...common,
        };
    const release = optionalInput('release');
    const baseEnv = optionalInput('base-env');
    const baseRef = optionalInput('base-ref');
    const helmVersion = optionalInput('helm-version');
    const kustomizeVersion = optionalInput('kustomize-version');
    const commentId = optionalInput('comment-id');
    return {
        mode,
        chart: requiredInput('chart', 'charts/my-service'),
        environments: lineListInput('environments'),
        output: optionalInput('output') ?? 'k8s',
        ...(release ? { release } : {}),
        ...(baseEnv ? { baseEnv } : {}),
        namespace: optionalInput('namespace') ?? 'default',
        ...(baseRef ? { baseRef } : {}),
        ...(helmVersion ? { helmVersion } : {}),
        ...(kustomizeVersion ? { kustomizeVersion } : {}),
        ...(commentId ? { commentId } : {}),
        failOn: choiceInput('fail-on', review_policy/* FAIL_ON */.d$, 'parity-failure'),
        hookMode: choiceInput('hooks', hooks/* HOOK_MODES */.$L, 'keep'),
        ...common,
        toolSource: choiceInput('tool-source', ['pinned', 'path'], 'pinned'),
        allowRemote: booleanInput('allow-remote', false),
    };
}

// EXTERNAL MODULE: ./actions/helm-migrate/run-review.ts + 7 modules
var run_review = __webpack_require__(238);
;// CONCATENATED MODULE: ./actions/helm-migrate/action.ts










/** The sticky comment's default key: two steps on one chart (other mode or output) keep their own comment. */
function defaultCommentId(context, inputs) {
    return [context.workflow, context.job, inputs.chart, inputs.mode, inputs.output].join('/');
}
const REPORT_LOCATION = 'the report file (`report-path` output; the reusable workflow uploads it as an artifact)';
function finish(failure, published) {
    if (failure)
        core/* setFailed */.C1(failure);
    else
        failIfNotPublished(published);
}
async function review(inputs, context) {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const run = await core/* group */.Os(`helm-migrate ${inputs.mode}: ${inputs.chart}`, () => (0,run_review.runReview)({
        mode: inputs.mode,
        chart: inputs.chart,
        environments: inputs.environments,
        output: inputs.output,
        ...(inputs.release ? { release: inputs.release } : {}),
        ...(inputs.baseEnv ? { baseEnvironment: inputs.baseEnv } : {}),
        namespace: inputs.namespace,
        hookMode: inputs.hookMode,
        failOn: inputs.failOn,
        ...(inputs.baseRef ? { baseRef: inputs.baseRef } : {}),
        ...(context.baseSha ? { eventBase: context.baseSha } : {}),
        workspace,
        scratchRoot: process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(),
        helm: {
            ...(inputs.helmVersion ? { helmVersion: inputs.helmVersion } : {}),
            toolSource: inputs.toolSource,
            log: core/* info */.pq,
        },
        kustomize: {
            ...(inputs.kustomizeVersion ? { kustomizeVersion: inputs.kustomizeVersion } : {}),
            toolSource: inputs.toolSource,
            allowRemote: inputs.allowRemote,
            log: core/* info */.pq,
        },
        secrets: [inputs.token],
        log: { info: core/* info */.pq, warn: core/* warning */.$e },
    }));
    try {
        const commentId = inputs.commentId ?? defaultCommentId(context, inputs);
        const checkName = `helm-migrate: ${inputs.chart}`;
        const bundle = (0,external_node_path_.join)(run.dir, 'report-bundle.json');
        await writeReportBundle(bundle, {
            report: run.report,
            commentId,
            checkName,
            headSha: context.sha,
            ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
        });
        core/* setOutput */.uH('report-bundle', bundle);
        const published = await publishReport(run.report, {
            token: inputs.token,
            context,
            comment: { enabled: inputs.comment, id: commentId, maxParts: inputs.maxCommentParts },
            checkRun: { enabled: inputs.checkRun, name: checkName },
            reportLocation: REPORT_LOCATION,
        });
        finish(run.failure, published);
    }
    finally {
        await run.cleanup();
    }
}
/** `mode: publish`: posts a report bundle another run computed (see publishReportBundle). */
async function publish(inputs, context) {
    const published = await publishReportBundle({
        bundle: inputs.report,
        token: inputs.token,
        context,
        comment: inputs.comment,
        checkRun: inputs.checkRun,
        maxCommentParts: inputs.maxCommentParts,
    });
    // The run that computed the report already failed on it; this one fails only if publishing does.
    finish(undefined, published);
}
/**
 * helm-migrate: read inputs and the event, run the review (or take a
 * computed one), then publish it: outputs and job summary first, then the
 * sticky comment and the check run.
 */
async function runHelmMigrate() {
    try {
        const inputs = readInputs();
        const context = readEventContext();
        if (inputs.mode === 'publish')
            await publish(inputs, context);
        else
            await review(inputs, context);
    }
    catch (err) {
        failStep(err);
    }
}


/***/ }),

/***/ 1834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ mergeAnnotations)
/* harmony export */ });
const RANK = { failure: 0, warning: 1, notice: 2 };
/** GitHub keeps 64 KB of an annotation's message; merged ones stop well before. */
const MESSAGE_LIMIT = 16_000;
/**
 * One annotation per file and line: findings on the same lines are merged
 * (the most severe level, the first title with a count, every message), then
 * at most `max` are kept, failures first. A run that changes 400 resources
 * from one values file thus posts one annotation there, not 400.
 */
function mergeAnnotations(annotations, max) {
    const groups = new Map();
    for (const a of annotations) {
        const key = `${a.path}\u0000${a.startLine}\u0000${a.endLine ?? a.startLine}`;
        groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    const merged = [...groups.values()].map((group) => {
        const [first] = group;
        if (group.length === 1)
            return first;
        const level = group.reduce((l, a) => (RANK[a.level] < RANK[l] ? a.level : l), first.level);
        let message = '';
        let shown = 0;
        for (const a of group) {
            const entry = `${a.title}${a.message ? `\n${a.message}` : ''}`;
            if (message.length + entry.length + 2 > MESSAGE_LIMIT)
                break;
            message += (message ? '\n\n' : '') + entry;
            shown++;
        }
        if (shown < group.length)
            message += `\n\n… and ${group.length - shown} more`;
        const rules = new Set(group.map((a) => a.rule));
        return {
            ...first,
            level,
            title: `${first.title} (and ${group.length - 1} more on this line)`,
            message,
            rule: rules.size === 1 ? first.rule : 'multiple',
        };
    });
    const ordered = merged
        .map((a, i) => ({ a, i }))
        .sort((x, y) => RANK[x.a.level] - RANK[y.a.level] || x.i - y.i)
        .map((x) => x.a);
    return { annotations: ordered.slice(0, Math.max(0, max)), omitted: Math.max(0, ordered.length - max) };
}


/***/ }),

/***/ 5603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ markerPart),
/* harmony export */   Uf: () => (/* binding */ splitComment),
/* harmony export */   _4: () => (/* binding */ GITHUB_COMMENT_LIMIT),
/* harmony export */   v_: () => (/* binding */ GITLAB_NOTE_LIMIT)
/* harmony export */ });
/* unused harmony export commentMarker */
/** GitHub rejects issue comments longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** GitLab's note limit. */
const GITLAB_NOTE_LIMIT = 1_000_000;
/** The hidden marker that finds "our" comment again: one per (workflow, job, chart) id and part. */
function commentMarker(id, part) {
    return `<!-- mmf-actions:review id="${id.replace(/"|-->/g, '_').slice(0, 200)}" part="${part}" -->`;
}
/** Reads the part number of one of our comments with this id, or undefined. */
function markerPart(body, id) {
    const prefix = commentMarker(id, 0).replace(/part="0" -->$/, 'part="');
    if (!body.startsWith(prefix))
        return undefined;
    const part = Number(/^(\d+)" -->/.exec(body.slice(prefix.length))?.[1]);
    return Number.isInteger(part) && part > 0 ? part : undefined;
}
/** Room kept in every part for the marker, the part heading, the footer, the overflow note and closing/reopening a fence. */
const RESERVE = 1200;
/** Splits one oversized block at line boundaries, closing and reopening code fences and <details>. */
function splitBlock(block, budget, first) {
    const summary = /^<details><summary>(.*)<\/summary>/.exec(block)?.[1];
    // Hard-wrap any single line longer than half a part; nothing is dropped.
    const lines = block.split('\n').flatMap((line) => {
        const width = Math.floor(budget / 2);
        const out = [];
        for (let i = 0; i < line.length; i += width)
            out.push(line.slice(i, i + width));
        return out.length ? out : [''];
    });
    const chunks = [];
    let fence;
    let current = [];
    let size = 0;
    for (const line of lines) {
        // 100 characters stay free for the closing fence and </details>.
        if (size + line.length + 1 > (chunks.length ? budget : first) - 100 && current.length) {
            const closing = fence ? [fence.replace(/[^`]/g, '')] : [];
            chunks.push([...current, ...closing, ...(summary !== undefined ? ['', '</details>'] : [])].join('\n'));
            current = [
                ...(summary !== undefined ? [`<details><summary>${summary} (continued)</summary>`, ''] : []),
                ...(fence ? [fence] : []),
            ];
            size = current.join('\n').length;
        }
        current.push(line);
        size += line.length + 1;
        if (/^`{3,}/.test(line))
            fence = fence ? undefined : line;
    }
    if (current.length)
        chunks.push(current.join('\n'));
    return chunks;
}
/**
 * Cuts Markdown blocks (renderReportMarkdown) into comment bodies of at most
 * `limit` characters, between blocks (inside one only when it alone is too
 * big, with fences and <details> closed and reopened), each starting with our
 * marker and saying "part i of n". Nothing is dropped unless `maxParts` says
 * so, and then the last part says so and where the full report is.
 */
function splitComment(blocks, options) {
    const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
    const title = options.title.length > 200 ? `${options.title.slice(0, 199)}…` : options.title;
    const budget = limit - RESERVE;
    const parts = [[]];
    let size = 0;
    for (const block of blocks) {
        // An oversized block starts in the room left in this part (if worth it) and continues in the next ones.
        const room = budget - size;
        const pieces = block.length > budget ? splitBlock(block, budget, room > budget / 4 ? room : budget) : [block];
        for (const piece of pieces) {
            if (size + piece.length + 1 > budget && parts[parts.length - 1].length) {
                parts.push([]);
                size = 0;
            }
            parts[parts.length - 1].push(piece);
            size += piece.length + 1;
        }
    }
    const max = Math.max(1, options.maxParts ?? Number.POSITIVE_INFINITY);
    const kept = parts.slice(0, max);
    const omitted = parts.length - kept.length;
    const total = kept.length;
    const bodies = kept.map((content, i) => {
        const head = [commentMarker(options.id, i + 1)];
        if (i > 0)
            head.push(`### ${title} (part ${i + 1} of ${total})`, '');
        const foot = total > 1 ? ['', `<sub>Part ${i + 1} of ${total}.</sub>`] : [];
        if (omitted && i === total - 1)
            foot.push('', (options.overflow?.(omitted) ?? `> ${omitted} more part(s) of this report were not posted.`).slice(0, 400));
        const body = [...head, ...content, ...foot].join('\n');
        if (body.length > limit)
            throw new Error(`comment part ${i + 1} is ${body.length} characters, over ${limit}`);
        return body;
    });
    return { parts: bodies, omitted };
}


/***/ })

};
