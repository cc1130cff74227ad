export const id = 72;
export const ids = [72,102];
export const modules = {

/***/ 8072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  REPORT_JSON: () => (/* binding */ REPORT_JSON),
  REPORT_MARKDOWN: () => (/* binding */ REPORT_MARKDOWN),
  checkRunName: () => (/* binding */ checkRunName),
  defaultCommentId: () => (/* binding */ defaultCommentId),
  runCiAction: () => (/* binding */ runCiAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/kernel/report/redact-report.ts
var redact_report = __webpack_require__(9419);
// EXTERNAL MODULE: ./actions/platform/fs/file-info.ts
var file_info = __webpack_require__(7615);
// EXTERNAL MODULE: ./actions/platform/fs/scratch-folder.ts
var scratch_folder = __webpack_require__(3417);
// EXTERNAL MODULE: ./actions/platform/fs/write-report-files.ts
var write_report_files = __webpack_require__(7394);
// EXTERNAL MODULE: ./actions/platform/process/command-env.ts
var command_env = __webpack_require__(3669);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
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

// EXTERNAL MODULE: ./actions/ci/inputs.ts + 1 modules
var ci_inputs = __webpack_require__(1102);
// EXTERNAL MODULE: ./actions/ci/run.ts + 32 modules
var run = __webpack_require__(9737);
;// CONCATENATED MODULE: ./actions/ci/action.ts

















/** The sticky comment's default key: two ci steps of one pull request (other job or folder) keep their own. */
function defaultCommentId(context, inputs) {
    return [context.workflow, context.job, 'ci', inputs.workingDirectory].join('/');
}
/** The check run's name: `ci`, or `ci: <comment-id or folder>` when there may be several. */
function checkRunName(inputs) {
    const key = inputs.commentId ?? (inputs.workingDirectory === '.' ? undefined : inputs.workingDirectory);
    return key ? `ci: ${key}` : 'ci';
}
/** The report files the step leaves (ci-report.json is `report-path`). */
const REPORT_JSON = 'ci-report.json';
const REPORT_MARKDOWN = 'CI_REPORT.md';
const REPORT_LOCATION = `${REPORT_MARKDOWN} and ${REPORT_JSON} (the \`report-path\` output; the reusable workflow uploads them)`;
/**
 * Input combinations the engine would refuse with its CLI flag names,
 * refused first with the action's input names.
 */
function checkInputs(inputs, baseRef, context) {
    if (!inputs.commands.length && !inputs.junit.length && !inputs.coverage.length)
        throw new errors/* MmfError */.H0('E_USAGE', 'nothing to do: set `commands`, `junit` or `coverage`', {
            hint: 'with: junit: reports/junit.xml, coverage: coverage/lcov.info',
        });
    const needsCoverage = inputs.gates.minCoverage !== undefined || inputs.gates.minChangedLinesCoverage !== undefined;
    if (needsCoverage && !inputs.coverage.length)
        throw new errors/* MmfError */.H0('E_USAGE', 'input min-coverage / min-changed-lines-coverage needs coverage reports', {
            hint: 'with: coverage: coverage/lcov.info (one glob per line)',
        });
    if (inputs.gates.failOnFlaky && !inputs.junit.length)
        throw new errors/* MmfError */.H0('E_USAGE', 'input fail-on-flaky needs test reports: set `junit`');
    if (inputs.gates.minChangedLinesCoverage !== undefined && !baseRef)
        throw new errors/* MmfError */.H0('E_USAGE', `input min-changed-lines-coverage needs a base to count changed lines from, and this ${context.eventName || 'run'} event names none`, { hint: 'set base-ref (e.g. origin/main), or run on pull_request, push or merge_group' });
}
/**
 * Each command's output goes to the job log in a group of its own, as it
 * comes, with workflow commands off: a line the tests print (`::set-output`,
 * `::add-mask::`, `::stop-commands::`) is shown, never obeyed.
 */
function jobLogHooks() {
    let resume = '';
    return {
        before: (command) => {
            core/* startGroup */.Oh(`${command.name}: ${command.command}`);
            resume = (0,external_node_crypto_.randomUUID)();
            process.stdout.write(`::stop-commands::${resume}\n`);
        },
        output: (chunk) => void process.stdout.write(chunk),
        after: (run) => {
            process.stdout.write(`\n::${resume}::\n`);
            core/* endGroup */.N4();
            // The run's own log line says how each command ended; a failure also gets an annotation.
            if (run.exitCode !== 0)
                core/* error */.z3(`${run.name} exited ${run.exitCode} after ${(run.durationMs / 1000).toFixed(1)} s: its gate command:${run.name} fails`);
        },
    };
}
async function writeActionReportFiles(dir, report) {
    const json = (0,external_node_path_.join)(dir, REPORT_JSON);
    const markdown = (0,external_node_path_.join)(dir, REPORT_MARKDOWN);
    const withFiles = {
        ...report,
        files: [
            ...report.files,
            { name: REPORT_JSON, path: json, description: 'The result (as `mmf ci report --json` prints it)' },
            { name: REPORT_MARKDOWN, path: markdown, description: 'The report (Markdown)' },
        ],
        outputs: { ...report.outputs, 'report-path': json },
    };
    await (0,write_report_files/* writeResultAndMarkdown */.Xu)(dir, withFiles, { json: REPORT_JSON, markdown: REPORT_MARKDOWN });
    return withFiles;
}
async function workingDirectory(inputs) {
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const dir = (0,external_node_path_.resolve)(root, inputs.workingDirectory);
    await (0,file_info/* requireFolder */.OK)(dir, `working-directory ${inputs.workingDirectory}`, {
        code: 'E_INPUT_INVALID',
        hint: 'check out the repository first (actions/checkout), and give the folder relative to it',
    });
    return dir;
}
function finish(report, published) {
    if (report.result.verdict === 'fail') {
        core/* setFailed */.C1(report.headline);
        // As `mmf ci`: 3 a gate failed (the runner fails the step on any non-zero exit).
        process.exitCode = 3;
    }
    else
        failIfNotPublished(published);
}
async function check(inputs, context) {
    const workspace = await workingDirectory(inputs);
    const baseRef = inputs.baseRef ?? (inputs.coverage.length ? context.baseSha : undefined);
    checkInputs(inputs, baseRef, context);
    const secrets = (0,command_env/* reportSecrets */.o3)([inputs.token]);
    // Kept after the run: the command logs are uploaded with the report.
    const { dir } = await (0,scratch_folder/* createScratchFolder */.D)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'mmf-ci-');
    const logDir = (0,external_node_path_.join)(dir, 'logs');
    const options = {
        workspace,
        subject: inputs.workingDirectory === '.' ? context.repo || '.' : inputs.workingDirectory,
        junit: inputs.junit,
        coverage: inputs.coverage,
        ...(baseRef ? { baseRef, optionalBase: inputs.baseRef === undefined } : {}),
        gates: inputs.gates,
        ifNoFilesFound: inputs.ifNoFilesFound,
        maxReportBytes: Math.floor(inputs.maxReportMib * 1024 * 1024),
        log: { info: core/* info */.pq, warn: core/* warning */.$e },
        commands: inputs.commands,
        logDir,
        secrets: [inputs.token],
        hooks: jobLogHooks(),
    };
    if (baseRef)
        core/* info */.pq(`Changed lines: since the merge base of ${baseRef} and HEAD`);
    const outcome = inputs.commands.length ? await (0,run.runCi)(options) : await (0,run.runCiReport)(options);
    const report = await writeActionReportFiles(dir, (0,redact_report/* redactReport */.a5)(outcome.report, secrets));
    const commentId = inputs.commentId ?? defaultCommentId(context, inputs);
    const checkName = checkRunName(inputs);
    const bundle = (0,external_node_path_.join)(dir, 'report-bundle.json');
    await writeReportBundle(bundle, {
        report,
        commentId,
        checkName,
        headSha: context.sha,
        ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
    });
    core/* setOutput */.uH('report-bundle', bundle);
    const published = await publishReport(report, {
        token: inputs.token,
        context,
        comment: { enabled: inputs.comment, id: commentId, maxParts: inputs.maxCommentParts },
        checkRun: { enabled: inputs.checkRun, name: checkName },
        reportLocation: REPORT_LOCATION,
    });
    finish(report, published);
}
async function publish(inputs, context) {
    const published = await publishReportBundle({
        bundle: inputs.report,
        token: inputs.token,
        context,
        comment: inputs.comment,
        checkRun: inputs.checkRun,
        maxCommentParts: inputs.maxCommentParts,
    });
    // The compute job already failed on the gates; this one fails only if publishing does.
    failIfNotPublished(published);
}
/**
 * ci: read inputs and the event, run the commands, read the reports and
 * apply the gates (or take a computed report), then publish: outputs and
 * job summary first, then the sticky comment and the check run. The step
 * fails when a gate fails, or on bad input.
 */
async function runCiAction() {
    try {
        const inputs = (0,ci_inputs.readCiInputs)();
        const context = readEventContext();
        if (inputs.mode === 'publish')
            await publish(inputs, context);
        else
            await check(inputs, context);
    }
    catch (err) {
        failStep(err);
        // As `mmf ci`: 1 usage or input error, 2 a tool (git) failed.
        if ((0,errors/* isMmfError */.NJ)(err))
            process.exitCode = err.exitCode;
    }
}


/***/ }),

/***/ 1496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ parseCommandLines)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * `commands:` lines (the action input, one per line) and `--command` values:
 * `name: command`, e.g. `lint: uv run ruff check`. Blank lines and lines
 * starting with # are skipped; names are unique.
 */
function parseCommandLines(lines, shell, label = 'commands') {
    const commands = [];
    for (const raw of lines) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        const command = colon > 0 ? line.slice(colon + 1).trim() : '';
        if (!NAME.test(name) || !command)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_USAGE', `${label}: "${line}" is not "name: command"`, {
                hint: 'e.g. "lint: uv run ruff check" (names: letters, digits, . _ -)',
            });
        if (commands.some((c) => c.name === name))
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_USAGE', `${label}: the name "${name}" is used twice`, {
                hint: 'each command needs its own name: it names the log and the gate',
            });
        commands.push({ name, command, shell });
    }
    return commands;
}


/***/ }),

/***/ 1102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readCiInputs: () => (/* binding */ readCiInputs)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/platform/fs/find-files.ts
var find_files = __webpack_require__(3133);
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

// EXTERNAL MODULE: ./actions/ci/core/command-lines.ts
var command_lines = __webpack_require__(1496);
// EXTERNAL MODULE: ./actions/ci/core/gates.ts
var core_gates = __webpack_require__(8195);
// EXTERNAL MODULE: ./actions/ci/run.ts + 32 modules
var run = __webpack_require__(9737);
;// CONCATENATED MODULE: ./actions/ci/inputs.ts







function gateInputs(junit) {
    const gates = {};
    const minCoverage = (0,core_gates/* parseGateNumber */.i)('input min-coverage', core/* getInput */.V4('min-coverage'), 'percent');
    const minChanged = (0,core_gates/* parseGateNumber */.i)('input min-changed-lines-coverage', core/* getInput */.V4('min-changed-lines-coverage'), 'percent');
    const maxFailures = (0,core_gates/* parseGateNumber */.i)('input max-failures', core/* getInput */.V4('max-failures'), 'count');
    if (minCoverage !== undefined)
        gates.minCoverage = minCoverage;
    if (minChanged !== undefined)
        gates.minChangedLinesCoverage = minChanged;
    // max-failures defaults to 0 and applies only where there are test reports to count.
    if (maxFailures !== undefined && junit.length > 0)
        gates.maxFailures = maxFailures;
    if (booleanInput('fail-on-flaky', false))
        gates.failOnFlaky = true;
    return gates;
}
/** The ci inputs (ci/action.yml), typed and checked in one place. */
function readCiInputs() {
    const mode = choiceInput('mode', ['run', 'publish'], 'run');
    const publishing = publishingInputs();
    if (mode === 'publish')
        return {
            mode,
            report: requiredInput('report', '${{ runner.temp }}/mmf-report/report-bundle.json'),
            ...publishing,
        };
    const junit = lineListInput('junit');
    const shell = booleanInput('shell', false);
    const maxReport = core/* getInput */.V4('max-report-size').trim();
    const maxReportMib = maxReport ? Number(maxReport) : run.DEFAULT_MAX_REPORT_MIB;
    if (!Number.isFinite(maxReportMib) || maxReportMib <= 0)
        throw new errors/* MmfError */.H0('E_USAGE', `input max-report-size must be a positive number of MiB, not "${maxReport}"`);
    const baseRef = optionalInput('base-ref');
    const commentId = optionalInput('comment-id');
    return {
        mode,
        junit,
        coverage: lineListInput('coverage'),
        commands: (0,command_lines/* parseCommandLines */.G)(lineListInput('commands'), shell),
        shell,
        ...(baseRef ? { baseRef } : {}),
        gates: gateInputs(junit),
        ifNoFilesFound: choiceInput('if-no-files-found', find_files/* IF_NO_FILES_FOUND */.L, 'error'),
        workingDirectory: optionalInput('working-directory') ?? '.',
        maxReportMib,
        ...(commentId ? { commentId } : {}),
        ...publishing,
    };
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

/***/ 9419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a5: () => (/* binding */ redactReport)
/* harmony export */ });
/* unused harmony exports REDACTED, MIN_SECRET_LENGTH */
const REDACTED = '***';
/** Secrets shorter than this are not searched for: they would shred ordinary words. */
const MIN_SECRET_LENGTH = 4;
function base64(text) {
    let binary = '';
    for (const byte of new TextEncoder().encode(text))
        binary += String.fromCharCode(byte);
    return btoa(binary);
}
function redactor(secrets) {
    const needles = [
        ...new Set(secrets
            .filter((s) => s.length >= MIN_SECRET_LENGTH)
            .flatMap((s) => [s, base64(s), base64(s).replace(/=+$/, ''), encodeURIComponent(s)])),
    ]
        .filter((n) => n.length >= MIN_SECRET_LENGTH)
        // Longest first, so a secret that contains another is replaced whole.
        .sort((a, b) => b.length - a.length);
    return (text) => needles.reduce((out, n) => (out.includes(n) ? out.split(n).join(REDACTED) : out), text);
}
function walk(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((v) => walk(v, redact));
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k), walk(v, redact)]));
    return value;
}
/**
 * A copy of the report in which every string (headline, blocks, annotations,
 * outputs, notes and the machine-readable result) has each secret, and its
 * base64 and URL encodings, replaced by `***`. Runs before any renderer.
 */
function redactReport(report, secrets) {
    if (!secrets.some((s) => s.length >= MIN_SECRET_LENGTH))
        return report;
    return walk(report, redactor(secrets));
}


/***/ }),

/***/ 4035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ renderReportMarkdown)
/* harmony export */ });
/* unused harmony exports CONCLUSION_ICON, escapeHtml, escapeMarkdown, inlineCode, fenceFor */
/** Marks of a conclusion on Markdown surfaces. */
const CONCLUSION_ICON = {
    success: '✅',
    failure: '❌',
    neutral: '📝',
    skipped: '⏭️',
};
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Text inside HTML elements (`<summary>`): entities only, Markdown is not interpreted there. */
function escapeHtml(text) {
    return text.replace(/[&<>]/g, (c) => HTML[c]);
}
/** Plain text in Markdown: no HTML, links, emphasis, code or table cells can be smuggled in. */
function escapeMarkdown(text) {
    return escapeHtml(text)
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/^(\s*)([#+=-]|\d+\.)(\s)/gm, '$1\\$2$3');
}
/** Inline code whose delimiters outnumber any backtick run inside it. */
function inlineCode(text) {
    const flat = text.replace(/\r?\n/g, ' ');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = longest > 0 || flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
/** A fence longer than any backtick run in `text`, so the text cannot close it. */
function fenceFor(text) {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
    return '`'.repeat(longest + 1);
}
function cell(value) {
    if (typeof value === 'object')
        return inlineCode(value.code).replace(/\|/g, '\\|');
    return escapeMarkdown(String(value)).replace(/\r?\n/g, ' ');
}
function renderBlock(block) {
    switch (block.kind) {
        case 'paragraph':
            return escapeMarkdown(block.text);
        case 'list':
            return block.items.map((item) => `- ${escapeMarkdown(item).replace(/\r?\n/g, ' ')}`).join('\n');
        case 'table':
            return [
                `| ${block.columns.map(cell).join(' | ')} |`,
                `|${block.columns.map(() => '---').join('|')}|`,
                ...block.rows.map((row) => `| ${block.columns.map((_, i) => cell(row[i] ?? '')).join(' | ')} |`),
            ].join('\n');
        case 'code': {
            const text = block.text.replace(/\n$/, '');
            const fence = fenceFor(text);
            return `${fence}${(block.language ?? '').replace(/[^\w+-]/g, '')}\n${text}\n${fence}`;
        }
        case 'details':
            return [
                `<details><summary>${escapeHtml(block.summary).replace(/\r?\n/g, ' ')}</summary>`,
                '',
                ...block.blocks.map((b) => `${renderBlock(b)}\n`),
                '</details>',
            ].join('\n');
    }
}
function titleLine(report, level) {
    const hashes = '#'.repeat(level);
    const at = report.subject ? report.title.lastIndexOf(report.subject) : -1;
    if (at < 0)
        return `${hashes} ${escapeMarkdown(report.title)}`;
    // The subject (a path, a package) reads best as code.
    const before = report.title.slice(0, at);
    const after = report.title.slice(at + report.subject.length);
    return `${hashes} ${escapeMarkdown(before)}${inlineCode(report.subject)}${escapeMarkdown(after)}`;
}
function sectionBlocks(section, level) {
    const out = section.blocks.map(renderBlock);
    if (!section.title || !out.length)
        return out;
    const icon = section.conclusion ? `${CONCLUSION_ICON[section.conclusion]} ` : '';
    out[0] = `${'#'.repeat(level)} ${icon}${escapeMarkdown(section.title)}\n\n${out[0]}`;
    return out;
}
/**
 * The report as Markdown blocks for a PR/MR comment or a job summary: first
 * the title, headline, numbers and notes, then one block per section block
 * (a section's heading rides on its first block). Comment splitters cut only
 * between blocks, or inside one too big for a comment on its own.
 */
function renderReportMarkdown(report, options = {}) {
    const level = options.headingLevel ?? 3;
    const head = [
        titleLine(report, level),
        '',
        `${CONCLUSION_ICON[report.conclusion]} ${escapeMarkdown(report.headline)}`,
    ];
    if (report.summary.length)
        head.push('', report.summary
            .map((m) => `${escapeMarkdown(m.label)}: **${escapeMarkdown(`${m.value}${m.unit ?? ''}`)}**`)
            .join(' · '));
    for (const note of report.notes)
        head.push('', `> ${escapeMarkdown(note).replace(/\r?\n/g, ' ')}`);
    const blocks = [head.join('\n') + '\n'];
    for (const section of report.sections)
        blocks.push(...sectionBlocks(section, level + 1).map((b) => `${b}\n`));
    return blocks;
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


/***/ }),

/***/ 7615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ requireFolder),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* unused harmony exports isDirectory, isExecutableFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5067);


/** Whether anything (file, folder, link target) is at `path`. */
async function exists(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined)) !== undefined;
}
async function isDirectory(path) {
    return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}
/** A regular file this process may execute. */
async function isExecutableFile(path) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile())
        return false;
    return access(path, constants.X_OK).then(() => true, () => false);
}
/**
 * Throws `code` naming `path` unless it is a folder: "<what> does not exist"
 * or, for a file or anything else, "<what> is not a folder".
 */
async function requireFolder(path, what, options) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (info?.isDirectory())
        return;
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0(options.code, info ? `${what} is not a folder` : `${what} does not exist`, {
        file: path,
        ...(options.hint ? { hint: options.hint } : {}),
    });
}


/***/ }),

/***/ 7394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ writeResultAndMarkdown),
/* harmony export */   t4: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* unused harmony export writeFileAtomic */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kernel_report_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4035);




/**
 * Writes `text` to `path` under a new temporary name beside it (never an
 * existing file, so two writers of one path cannot meet), then renames it: a
 * reader (a CI system collecting artifacts, a later step) never sees half a
 * file. `mode` applies to the new file (e.g. 0o600 for a private cache).
 */
async function writeFileAtomic(path, text, options = {}) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.mmf-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(staging, text, {
            flag: 'wx',
            ...(options.mode !== undefined ? { mode: options.mode } : {}),
        });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, target);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { force: true });
        throw err;
    }
}
/** Writes each named file into `dir` (created if missing) atomically; other files there stay. */
async function writeReportFiles(dir, files) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    for (const [name, text] of Object.entries(files))
        await writeFileAtomic((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), text);
}
/** A report's machine-readable result as JSON and the report as Markdown, atomically, into `dir`. */
async function writeResultAndMarkdown(dir, report, names) {
    await writeReportFiles(dir, {
        [names.json]: JSON.stringify(report.result, null, 2) + '\n',
        [names.markdown]: (0,_kernel_report_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderReportMarkdown */ .Ay)(report).join('\n'),
    });
}


/***/ })

};
