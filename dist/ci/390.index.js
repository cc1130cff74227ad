export const id = 390;
export const ids = [390];
export const modules = {

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

/***/ 7390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCiReportCommand: () => (/* binding */ runCiReportCommand),
  runCiRunCommand: () => (/* binding */ runCiRunCommand)
});

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
;// CONCATENATED MODULE: ./actions/kernel/report/render-text.ts
const CONCLUSION_MARK = { success: 'ok', failure: 'FAILED', neutral: 'note', skipped: 'skipped' };
function metric(m) {
    return `${m.label}: ${m.value}${m.unit ?? ''}`;
}
const cellText = (c) => (typeof c === 'object' ? c.code : String(c));
function table(columns, rows) {
    const cells = [columns, ...rows.map((r) => r.map(cellText))];
    const widths = columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
    return cells.map((r) => r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd());
}
function blockLines(block) {
    switch (block.kind) {
        case 'paragraph':
            return [block.text];
        case 'list':
            return block.items.map((i) => `- ${i}`);
        case 'table':
            return table(block.columns, block.rows);
        case 'code':
            return block.text.replace(/\n$/, '').split('\n');
        case 'details':
            return [`${block.summary}:`, ...block.blocks.flatMap(blockLines).map((l) => `  ${l}`)];
    }
}
/** The report for a terminal: headline, numbers, then each section indented. */
function renderReportText(report) {
    const lines = [`${report.title}: ${CONCLUSION_MARK[report.conclusion]}`, report.headline];
    if (report.summary.length)
        lines.push(report.summary.map(metric).join(', '));
    for (const section of report.sections) {
        const mark = section.conclusion ? ` [${CONCLUSION_MARK[section.conclusion]}]` : '';
        const body = section.blocks.flatMap(blockLines);
        if (section.title)
            lines.push('', `${section.title}${mark}`, ...body.map((l) => `  ${l}`));
        else
            lines.push('', ...body);
    }
    for (const note of report.notes)
        lines.push('', `note: ${note}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./actions/runtime/cli/report-output.ts

function envelopeError(error) {
    return {
        code: error.code,
        message: error.file ? `${error.file}: ${error.message}` : error.message,
        hint: error.hint ?? null,
    };
}
/** A command's result; `failure` is the check that failed (e.g. E_PARITY, exit 3), if any. */
function resultEnvelope(command, exitCode, result, failure) {
    return {
        command,
        ok: exitCode === 0,
        exitCode,
        result,
        error: failure ? envelopeError(failure) : null,
    };
}
function errorEnvelope(command, error) {
    return { command, ok: false, exitCode: error.exitCode, result: null, error: envelopeError(error) };
}
/** A failure that is not an MmfError (a bug): exit 1, code E_UNEXPECTED. */
function unexpectedEnvelope(command, message) {
    return {
        command,
        ok: false,
        exitCode: 1,
        result: null,
        error: {
            code: 'E_UNEXPECTED',
            message: `unexpected failure: ${message}`,
            hint: 'run again with --debug for a stack trace, and report it',
        },
    };
}
function printEnvelope(io, envelope) {
    io.stdout(JSON.stringify(envelope, null, 2) + '\n');
}
/**
 * Prints a command's output in the chosen format (the `--json` envelope, Markdown, or text),
 * the failed check's paragraph on stderr, and sets the exit code.
 */
function printOutput(io, state, command, output, format) {
    if (format.json)
        printEnvelope(io, resultEnvelope(command, output.exitCode, output.result, output.failure));
    else if (format.markdown && output.markdown)
        io.stdout(output.markdown());
    else
        io.stdout(output.text());
    if (output.failure)
        io.stderr(output.failure.format() + '\n');
    state.exitCode = output.exitCode;
}
/**
 * Prints a capability's report: the `--json` envelope with the report's
 * `result`, or the text rendering. Sets the command's exit code.
 */
function printReport(io, state, command, report, exitCode, format, failure) {
    printOutput(io, state, command, {
        result: report.result,
        exitCode,
        text: () => renderReportText(report),
        ...(failure ? { failure } : {}),
    }, format);
}

// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts
var tool_flags = __webpack_require__(4838);
// EXTERNAL MODULE: ./actions/ci/cli.ts + 3 modules
var cli = __webpack_require__(5524);
// EXTERNAL MODULE: ./actions/ci/core/command-lines.ts
var command_lines = __webpack_require__(1496);
// EXTERNAL MODULE: ./actions/ci/core/gates.ts
var core_gates = __webpack_require__(8195);
// EXTERNAL MODULE: ./actions/kernel/report/redact-report.ts
var redact_report = __webpack_require__(9419);
// EXTERNAL MODULE: ./actions/platform/process/command-env.ts
var command_env = __webpack_require__(3669);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./actions/runtime/gitlab/ci-context.ts

const ZERO_SHA = /^0+$/;
function projectDirOf(ciProjectDir, cwd) {
    if (!ciProjectDir)
        return cwd;
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(ciProjectDir), (0,external_node_path_.resolve)(cwd));
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel)) ? (0,external_node_path_.resolve)(ciProjectDir) : cwd;
}
function set(env, name) {
    const value = env[name];
    return value === undefined || value === '' ? undefined : value;
}
/**
 * Reads GitLab's predefined CI/CD variables. The default base of diff mode:
 * in a merge request pipeline the merge request's diff base
 * (CI_MERGE_REQUEST_DIFF_BASE_SHA), or for merged-results and merge-train
 * pipelines, which test the merge with the target branch, the target branch
 * commit (CI_MERGE_REQUEST_TARGET_BRANCH_SHA); for an external (GitHub) pull
 * request its target branch commit; for a push the commit before it
 * (CI_COMMIT_BEFORE_SHA, all zeros for a new branch: then none).
 */
function readGitLabContext(env = process.env, cwd = process.cwd()) {
    const pipelineSource = set(env, 'CI_PIPELINE_SOURCE') ?? '';
    const iid = Number(set(env, 'CI_MERGE_REQUEST_IID'));
    const ctx = {
        inCi: env.GITLAB_CI === 'true',
        pipelineSource,
        jobName: set(env, 'CI_JOB_NAME') ?? 'helm-migrate',
        projectDir: projectDirOf(set(env, 'CI_PROJECT_DIR'), cwd),
        hasJobToken: set(env, 'CI_JOB_TOKEN') !== undefined,
    };
    const apiUrl = set(env, 'CI_API_V4_URL');
    if (apiUrl)
        ctx.apiUrl = apiUrl.replace(/\/+$/, '');
    const projectId = set(env, 'CI_MERGE_REQUEST_PROJECT_ID') ?? set(env, 'CI_PROJECT_ID');
    if (projectId)
        ctx.projectId = projectId;
    const projectUrl = set(env, 'CI_MERGE_REQUEST_PROJECT_URL') ?? set(env, 'CI_PROJECT_URL');
    if (projectUrl)
        ctx.projectUrl = projectUrl.replace(/\/+$/, '');
    if (Number.isInteger(iid) && iid > 0)
        ctx.mergeRequestIid = iid;
    for (const [key, name] of [
        ['commitSha', 'CI_COMMIT_SHA'],
        ['branch', 'CI_COMMIT_BRANCH'],
        ['defaultBranch', 'CI_DEFAULT_BRANCH'],
        ['jobUrl', 'CI_JOB_URL'],
        ['pipelineUrl', 'CI_PIPELINE_URL'],
    ]) {
        const value = set(env, name);
        if (value)
            ctx[key] = value;
    }
    const eventType = set(env, 'CI_MERGE_REQUEST_EVENT_TYPE');
    let base;
    if (ctx.mergeRequestIid !== undefined) {
        base =
            eventType === 'merged_result' || eventType === 'merge_train'
                ? (set(env, 'CI_MERGE_REQUEST_TARGET_BRANCH_SHA') ?? set(env, 'CI_MERGE_REQUEST_DIFF_BASE_SHA'))
                : set(env, 'CI_MERGE_REQUEST_DIFF_BASE_SHA');
    }
    else if (pipelineSource === 'external_pull_request_event') {
        base = set(env, 'CI_EXTERNAL_PULL_REQUEST_TARGET_BRANCH_SHA');
    }
    else if (pipelineSource === 'push') {
        base = set(env, 'CI_COMMIT_BEFORE_SHA');
    }
    if (base && !ZERO_SHA.test(base))
        ctx.eventBase = base;
    return ctx;
}
/** The web link of a merge request note. */
function noteUrl(ctx, noteId) {
    if (!ctx.projectUrl || ctx.mergeRequestIid === undefined)
        return undefined;
    return `${ctx.projectUrl}/-/merge_requests/${ctx.mergeRequestIid}#note_${noteId}`;
}

// EXTERNAL MODULE: ./actions/kernel/report/render-markdown.ts
var render_markdown = __webpack_require__(4035);
// EXTERNAL MODULE: ./actions/kernel/review/split-comment.ts
var split_comment = __webpack_require__(5603);
;// CONCATENATED MODULE: ./actions/runtime/gitlab/client.ts
/**
 * A small client for GitLab's REST API v4, for the GitLab front ends (MR
 * notes today): the API root from CI_API_V4_URL, a `PRIVATE-TOKEN` header,
 * page-number pagination (`x-next-page`), and retries of 429 and 5xx answers
 * and network failures (honouring Retry-After, with exponential back-off).
 * What still fails is thrown as a GitLabRequestError, which
 * classifyGitLabError (gitlab-errors.ts) turns into advice. The token never
 * appears in an error or a log line.
 */
/** A request GitLab refused or did not answer (after retries). */
class GitLabRequestError extends Error {
    status;
    request;
    gitlabMessage;
    attempts;
    constructor(
    /** The HTTP status; undefined when no answer came (network). */
    status, 
    /** e.g. `POST /projects/42/merge_requests/7/notes`. */
    request, 
    /** GitLab's own message (`message`, `error`, `error_description`), one line. */
    gitlabMessage, 
    /** Attempts made, retries included. */
    attempts) {
        super(`GitLab ${request}: ${status ? `HTTP ${status}` : 'no answer'}${gitlabMessage ? ` (${gitlabMessage})` : ''}`);
        this.status = status;
        this.request = request;
        this.gitlabMessage = gitlabMessage;
        this.attempts = attempts;
        this.name = 'GitLabRequestError';
    }
}
/** GitLab's `:id`: a numeric id as is, a project path URL-encoded (`group%2Fproject`). */
function projectRef(project) {
    return typeof project === 'number' || /^\d+$/.test(project) ? String(project) : encodeURIComponent(project);
}
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function retryAfterMs(headers) {
    const value = headers.get('retry-after');
    if (!value)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
function messageOf(body) {
    const flat = (text) => text.replace(/\s+/g, ' ').trim().slice(0, 300);
    if (typeof body === 'string')
        return /^\s*</.test(body) ? '' : flat(body);
    if (!body || typeof body !== 'object')
        return '';
    const b = body;
    const parts = [b.message, b.error, b.error_description]
        .map((v) => (typeof v === 'string' ? v : v ? JSON.stringify(v) : ''))
        .filter(Boolean);
    return flat([...new Set(parts)].join(': '));
}
class GitLabClient {
    apiUrl;
    token;
    tokenHeader;
    retries;
    maxRetryDelayMs;
    backoffMs;
    log;
    fetchImpl;
    sleep;
    constructor(options) {
        this.apiUrl = options.apiUrl.replace(/\/+$/, '');
        this.token = options.token;
        this.tokenHeader = options.tokenHeader ?? 'PRIVATE-TOKEN';
        this.retries = options.retries ?? 3;
        this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
        this.backoffMs = options.backoffMs ?? 500;
        this.log = options.log ?? (() => { });
        this.fetchImpl = options.fetch ?? fetch;
        this.sleep = options.sleep ?? wait;
    }
    /** One request, JSON in and out; 429, 5xx and network failures are retried. */
    async request(method, path, options = {}) {
        const url = new URL(`${this.apiUrl}${path}`);
        for (const [k, v] of Object.entries(options.query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        const headers = { accept: 'application/json', [this.tokenHeader]: this.token };
        if (options.body !== undefined)
            headers['content-type'] = 'application/json';
        const what = `${method} ${path}`;
        for (let attempt = 1;; attempt++) {
            const retry = async (reason, delay) => {
                const ms = delay ?? this.backoffMs * 2 ** (attempt - 1);
                if (attempt > this.retries || ms > this.maxRetryDelayMs)
                    return false;
                this.log(`GitLab ${what}: ${reason}; retrying in ${ms < 1000 ? `${ms} ms` : `${ms / 1000} s`} (retry ${attempt} of ${this.retries})`);
                await this.sleep(ms);
                return true;
            };
            let response;
            try {
                response = await this.fetchImpl(url, {
                    method,
                    headers,
                    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
                });
            }
            catch (err) {
                const reason = err.message;
                if (await retry(`no answer (${reason})`, undefined))
                    continue;
                throw new GitLabRequestError(undefined, what, reason, attempt);
            }
            const text = await response.text();
            let body = text;
            if (text && /json/.test(response.headers.get('content-type') ?? '')) {
                try {
                    body = JSON.parse(text);
                }
                catch {
                    body = text;
                }
            }
            if (response.ok)
                return { status: response.status, body: (text ? body : null), headers: response.headers };
            if (response.status === 429 || response.status >= 500) {
                const delay = retryAfterMs(response.headers);
                if (await retry(`HTTP ${response.status}`, delay))
                    continue;
            }
            throw new GitLabRequestError(response.status, what, messageOf(body), attempt);
        }
    }
    get(path, query) {
        return this.request('GET', path, query ? { query } : {});
    }
    post(path, body) {
        return this.request('POST', path, { body });
    }
    put(path, body) {
        return this.request('PUT', path, { body });
    }
    delete(path) {
        return this.request('DELETE', path);
    }
    /** Every item of a paginated list (100 per page unless `query` sets `per_page`, following `x-next-page`), at most `maxPages` pages. */
    async paginate(path, query = {}, maxPages = 100) {
        const out = [];
        let page = 1;
        for (let n = 0; n < maxPages; n++) {
            const response = await this.get(path, { per_page: 100, ...query, page });
            out.push(...(Array.isArray(response.body) ? response.body : []));
            const next = Number(response.headers.get('x-next-page'));
            if (!Number.isInteger(next) || next <= page)
                break;
            page = next;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./actions/runtime/gitlab/gitlab-errors.ts


/** The `api` scope: what posting, editing and deleting notes needs (read_api only reads). */
const NOTE_SCOPE = 'api';
const TOKEN_ADVICE = 'gitlab-token must hold a project or group access token (or a personal access token) with the `api` scope, whose user has at least the Reporter role in this project; CI_JOB_TOKEN cannot write merge request notes';
/** Sorts a failed request (GitLabRequestError, or anything thrown on the way) by what the user can do. */
function classifyGitLabError(err, action) {
    if (!(err instanceof GitLabRequestError))
        return { kind: 'transient', message: `could not ${action}: ${err?.message ?? String(err)}` };
    const { status, gitlabMessage, attempts } = err;
    const said = gitlabMessage ? `: ${gitlabMessage}` : '';
    const http = status ? `HTTP ${status}${said}` : `no answer${said}`;
    const retried = attempts > 1 ? `, still after ${attempts - 1} retr${attempts === 2 ? 'y' : 'ies'}` : '';
    const base = status !== undefined ? { status } : {};
    if (status === 401)
        return {
            ...base,
            kind: 'auth',
            message: `GitLab rejected the token when trying to ${action} (${http}): it is invalid, expired or revoked; ${TOKEN_ADVICE}`,
        };
    if (status === 403) {
        const scope = /insufficient_scope|scope/i.test(gitlabMessage)
            ? `the token's scopes do not include \`${NOTE_SCOPE}\` (\`read_api\` can only read)`
            : `the token needs the \`${NOTE_SCOPE}\` scope and its user at least the Reporter role in this project`;
        return { ...base, kind: 'permission', message: `the token cannot ${action} (${http}): ${scope}` };
    }
    if (status === 404)
        return {
            ...base,
            kind: 'not-found',
            message: `GitLab answered 404 to the request to ${action} (${http}): the project or merge request does not exist, or the token's user cannot see this project`,
        };
    if (status === 429)
        return {
            ...base,
            kind: 'rate-limit',
            message: `GitLab's rate limit stopped the request to ${action} (${http}${retried}); run the job again later`,
        };
    if (status === undefined || status >= 500)
        return {
            ...base,
            kind: 'transient',
            message: `GitLab did not answer the request to ${action} (${http}${retried})`,
        };
    return { ...base, kind: 'rejected', message: `GitLab refused to ${action} (${http})` };
}
function isFatal(c) {
    return c.kind !== 'rate-limit' && c.kind !== 'transient';
}
const CODES = {
    auth: 'E_API_AUTH',
    permission: 'E_API_AUTH',
    'not-found': 'E_API_NOT_FOUND',
    rejected: 'E_API_REJECTED',
};
const HINTS = {
    auth: 'create a project access token (Settings > Access tokens, role Reporter or above, scope api), store it as a masked CI/CD variable and pass it: gitlab-token: $MY_TOKEN_VARIABLE (docs/GITLAB.md#tokens)',
    permission: 'give the token the api scope and its user the Reporter role or above (a project access token: Settings > Access tokens) (docs/GITLAB.md#tokens)',
    'not-found': 'check CI_PROJECT_ID and CI_MERGE_REQUEST_IID, and that the token belongs to this project or can see it',
    rejected: "GitLab's reason is in the message; the report is in the job artifacts meanwhile",
};
/** A failure the user must fix as the MmfError the CLI prints (E_API_AUTH, E_API_NOT_FOUND, E_API_REJECTED). */
function gitLabMmfError(c) {
    return new errors/* MmfError */.H0(CODES[c.kind], c.message, { hint: HINTS[c.kind] });
}

;// CONCATENATED MODULE: ./actions/runtime/gitlab/sticky-note.ts


/**
 * Creates or updates our merge request note (one per id, found by its hidden
 * marker) in place, one note per part, and deletes parts left over from a
 * longer earlier report, and duplicates. Only notes written by the token's
 * own user (GET /user) are touched: system notes and other people's notes
 * (even one that quotes our marker) are never edited or deleted. Failed
 * requests throw GitLabRequestError (the publisher classifies them).
 */
async function upsertStickyNote(client, target, parts) {
    const result = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
    const notesPath = `/projects/${projectRef(target.project)}/merge_requests/${target.mergeRequestIid}/notes`;
    const me = (await client.get('/user')).body.id;
    const notes = await client.paginate(notesPath, { sort: 'asc', order_by: 'created_at' });
    const ours = new Map();
    const stale = [];
    for (const note of notes) {
        if (note.system || note.author?.id !== me)
            continue;
        const part = (0,split_comment/* markerPart */.Ei)(note.body ?? '', target.id);
        if (part === undefined)
            continue;
        if (ours.has(part) || part > parts.length)
            stale.push(note.id);
        else
            ours.set(part, note);
    }
    for (const [i, body] of parts.entries()) {
        const existing = ours.get(i + 1);
        let id;
        if (!existing) {
            id = (await client.post(notesPath, { body })).body.id;
            result.created++;
        }
        else if (existing.body !== body) {
            id = (await client.put(`${notesPath}/${existing.id}`, { body })).body.id;
            result.updated++;
        }
        else {
            id = existing.id;
            result.unchanged++;
        }
        if (i === 0)
            result.noteId = id;
    }
    for (const id of stale) {
        await client.delete(`${notesPath}/${id}`);
        result.deleted++;
    }
    return result;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./actions/kernel/report/merge-annotations.ts
var merge_annotations = __webpack_require__(1834);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/kernel/report/render-codequality.ts

const SEVERITY = {
    notice: 'info',
    warning: 'minor',
    failure: 'major',
};
/**
 * The report's annotations as a `codequality` report. Fingerprints hash what
 * a finding is (capability, rule, path, title), not its line or wording, so
 * the merge request widget recognises the same finding in the base and the
 * head pipeline; repeats get a running number so each stays unique.
 */
function renderCodeQuality(report) {
    const seen = new Map();
    return report.annotations.map((a) => {
        const identity = [report.capability, a.rule, a.path, a.title].join('\u0000');
        const n = seen.get(identity) ?? 0;
        seen.set(identity, n + 1);
        const fingerprint = (0,external_node_crypto_.createHash)('sha256')
            .update(n ? `${identity}\u0000${n}` : identity)
            .digest('hex')
            .slice(0, 32);
        const end = a.endLine !== undefined && a.endLine !== a.startLine ? { end: a.endLine } : {};
        return {
            description: a.message ? `${a.title}: ${a.message}` : a.title,
            check_name: a.rule,
            fingerprint,
            severity: SEVERITY[a.level],
            location: { path: a.path, lines: { begin: a.startLine, ...end } },
        };
    });
}

;// CONCATENATED MODULE: ./actions/kernel/report/render-dotenv.ts
/** GitLab reads at most 5 KB of a `dotenv` report. */
const DOTENV_LIMIT_BYTES = 5 * 1024;
/** `report-path` → `REPORT_PATH`, with an optional prefix (`MMF_`); never starts with a digit. */
function dotenvName(name, prefix = '') {
    const upper = `${prefix}${name}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
    return /^[0-9]/.test(upper) ? `_${upper}` : upper;
}
/** One line: line breaks become spaces, control characters go. */
function dotenvValue(value) {
    return (value
        .replace(/\r\n|\r|\n/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .trim());
}
/**
 * Step outputs as a GitLab `dotenv` report: `NAME=value` lines, names
 * sanitised, values on one line, within `limitBytes` (later variables are
 * dropped, and named in `omitted`, rather than cut).
 */
function renderDotenv(outputs, options = {}) {
    const limit = options.limitBytes ?? DOTENV_LIMIT_BYTES;
    const names = new Set();
    const lines = [];
    const omitted = [];
    let size = 0;
    for (const [key, value] of Object.entries(outputs)) {
        const name = dotenvName(key, options.prefix);
        const line = `${name}=${dotenvValue(value)}\n`;
        const bytes = new TextEncoder().encode(line).length;
        if (names.has(name) || size + bytes > limit) {
            omitted.push(key);
            continue;
        }
        names.add(name);
        lines.push(line);
        size += bytes;
    }
    return { text: lines.join(''), omitted };
}

;// CONCATENATED MODULE: ./actions/kernel/report/render-junit.ts
/** XML 1.0 forbids most control characters even as references; they are dropped. */
function xml(text) {
    return text
        .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
}
const seconds = (ms) => ((ms ?? 0) / 1000).toFixed(3);
function attributes(pairs) {
    return Object.entries(pairs)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => ` ${k}="${xml(String(v))}"`)
        .join('');
}
function testcase(c) {
    const open = `    <testcase${attributes({
        classname: c.suite,
        name: c.name,
        time: seconds(c.durationMs),
        file: c.file,
        line: c.line,
    })}`;
    if (c.status === 'passed')
        return `${open}/>`;
    const tag = c.status === 'failed' ? 'failure' : 'skipped';
    const message = attributes({ message: c.message ?? c.status });
    const body = c.details ? `${xml(c.details)}` : '';
    return `${open}>\n      <${tag}${message}${body ? `>${body}</${tag}>` : '/>'}\n    </testcase>`;
}
/**
 * JUnit XML (the dialect GitLab's `junit` report and most CI test widgets
 * read): one `<testsuite>` per case suite, in first-seen order, one
 * `<testcase>` per `cases` entry.
 */
function renderJUnit(report) {
    const suites = new Map();
    for (const c of report.cases)
        suites.set(c.suite, [...(suites.get(c.suite) ?? []), c]);
    const count = (cases, status) => cases.filter((c) => c.status === status).length;
    const time = (cases) => seconds(cases.reduce((n, c) => n + (c.durationMs ?? 0), 0));
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites${attributes({
            name: report.title,
            tests: report.cases.length,
            failures: count(report.cases, 'failed'),
            skipped: count(report.cases, 'skipped'),
            time: time(report.cases),
        })}>`,
    ];
    for (const [name, cases] of suites) {
        lines.push(`  <testsuite${attributes({
            name,
            tests: cases.length,
            failures: count(cases, 'failed'),
            errors: 0,
            skipped: count(cases, 'skipped'),
            time: time(cases),
        })}>`, ...cases.map(testcase), '  </testsuite>');
    }
    lines.push('</testsuites>');
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./actions/platform/fs/file-info.ts
var file_info = __webpack_require__(7615);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./actions/platform/process/exit-cleanup.ts
var exit_cleanup = __webpack_require__(2490);
;// CONCATENATED MODULE: ./actions/platform/fs/fill-in-place.ts



/**
 * Errors of a rename that cannot work on this folder (it is a mount point, or
 * on another filesystem than its parent), as opposed to a missing permission.
 */
function isUnrenamable(err) {
    const code = err.code;
    return code === 'EBUSY' || code === 'EXDEV' || code === 'EPERM';
}
/**
 * Moves the staged tree into an output folder that cannot itself be renamed
 * (a mount point): entry by entry, by rename where the filesystem allows and
 * by copy (modes kept) where it does not. Without `replace` the folder must
 * be empty, and an entry that appears meanwhile is never overwritten; with
 * `replace` the old entries are removed first. If a move fails, what was
 * moved so far is taken out again, so the output is not left half-written.
 */
async function fillInPlace(staged, target, options) {
    const present = await (0,promises_.readdir)(target);
    if (present.length && !options.replace) {
        throw new errors/* MmfError */.H0('E_OUTPUT_NOT_EMPTY', `files appeared in the output while the run was working (${present.sort().slice(0, 5).join(', ')}); they were left as they are and nothing was written`, { file: options.output, hint: 'run again into an empty or new directory, or pass --force' });
    }
    try {
        for (const name of present)
            await (0,promises_.rm)((0,external_node_path_.join)(target, name), { recursive: true, force: true });
    }
    catch (err) {
        throw cannotFill(options.output, err);
    }
    const moved = [];
    try {
        for (const name of (await (0,promises_.readdir)(staged)).sort()) {
            const to = (0,external_node_path_.join)(target, name);
            if (await (0,promises_.lstat)(to).catch(() => undefined)) {
                throw new errors/* MmfError */.H0('E_OUTPUT_NOT_EMPTY', `${name} appeared in the output while the run was working; it was left as it is and nothing was written`, { file: options.output, hint: 'run again into an empty or new directory, or pass --force' });
            }
            moved.push(to);
            await (0,promises_.rename)((0,external_node_path_.join)(staged, name), to).catch(async (err) => {
                if (err.code !== 'EXDEV')
                    throw err;
                await (0,promises_.cp)((0,external_node_path_.join)(staged, name), to, {
                    recursive: true,
                    preserveTimestamps: true,
                    errorOnExist: true,
                    force: false,
                });
            });
        }
    }
    catch (err) {
        for (const path of moved)
            await (0,promises_.rm)(path, { recursive: true, force: true });
        throw err instanceof errors/* MmfError */.H0 ? err : cannotFill(options.output, err);
    }
}
function cannotFill(output, err) {
    return new errors/* MmfError */.H0('E_OUTPUT_IN_USE', `the output folder cannot be replaced (it is a mount point or in use), and filling it in place failed (${err.code ?? 'error'})`, { file: output, hint: 'make the folder writable, or write to a folder that is not a mount point' });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./actions/platform/fs/output-lock.ts





/** The lock of an output folder: `.<name>.mmf-lock` beside it (the same folder as the staging folder). */
function lockPathFor(target) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.mmf-lock`);
}
function parseHolder(text) {
    try {
        const value = JSON.parse(text);
        if (typeof value.pid === 'number' && typeof value.host === 'string')
            return { pid: value.pid, host: value.host, since: String(value.since ?? '?') };
    }
    catch {
        // not a lock of ours
    }
    return undefined;
}
/** Whether a process of this machine still runs (EPERM: it runs, as another user). */
function running(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Takes the lock of an output folder, so a second conversion into the same
 * output fails at once (E_OUTPUT_LOCKED) instead of racing the first. The
 * lock file appears complete or not at all (written aside, then hard-linked
 * into place). A lock left by a process of this machine that no longer runs
 * is taken over, and `warn` says so.
 */
async function acquireOutputLock(target, output, warn) {
    const path = lockPathFor(target);
    const mine = JSON.stringify({ pid: process.pid, host: (0,external_node_os_.hostname)(), since: new Date().toISOString() });
    const draft = `${path}.${process.pid}.draft`;
    await (0,promises_.writeFile)(draft, `${mine}\n`, { mode: 0o644 });
    try {
        for (let attempt = 0; attempt < 3; attempt++) {
            try {
                await createLock(draft, path, `${mine}\n`);
                return ownLock(path, `${mine}\n`);
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw err;
            }
            const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
            if (text === undefined)
                continue; // released meanwhile: try again
            const holder = parseHolder(text);
            if (!holder || holder.host !== (0,external_node_os_.hostname)() || running(holder.pid))
                throw locked(output, path, holder);
            // Stale: move it aside; if what moved is not what was read, another run took it over first.
            const aside = `${path}.${process.pid}.stale`;
            await (0,promises_.rename)(path, aside).catch(() => undefined);
            const moved = await (0,promises_.readFile)(aside, 'utf8').catch(() => undefined);
            await (0,promises_.rm)(aside, { force: true });
            if (moved !== undefined && moved !== text)
                throw locked(output, path, parseHolder(moved));
            warn(`took over the lock ${path} of process ${holder.pid} (since ${holder.since}), which no longer runs`);
        }
        throw locked(output, path, undefined);
    }
    finally {
        await (0,promises_.rm)(draft, { force: true });
    }
}
/** Hard-links the complete draft into place; where hard links are not supported, creates the file exclusively. */
async function createLock(draft, path, content) {
    try {
        await (0,promises_.link)(draft, path);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            throw err;
        await (0,promises_.writeFile)(path, content, { flag: 'wx', mode: 0o644 });
    }
}
function locked(output, path, holder) {
    const who = holder
        ? `process ${holder.pid}${holder.host === (0,external_node_os_.hostname)() ? '' : ` on ${holder.host}`}, since ${holder.since}`
        : 'a lock file mmf cannot read';
    return new errors/* MmfError */.H0('E_OUTPUT_LOCKED', `another run is writing this output (${who}); nothing was changed`, {
        file: output,
        hint: `wait for that run to finish; if no such run exists, remove ${path}`,
    });
}
function ownLock(path, content) {
    const ours = (text) => text === content;
    return {
        path,
        async release() {
            if (ours(await (0,promises_.readFile)(path, 'utf8').catch(() => undefined)))
                await (0,promises_.rm)(path, { force: true });
        },
        releaseSync() {
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(path, 'utf8');
            }
            catch {
                return;
            }
            if (ours(text))
                (0,external_node_fs_.rmSync)(path, { force: true });
        },
    };
}

;// CONCATENATED MODULE: ./actions/platform/fs/path-inside.ts


/** Whether `path` is `folder` itself or lies below it (both absolute, compared as written). */
function isInside(path, folder) {
    const rel = (0,external_node_path_.relative)(folder, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * The real path of `path`, or of its nearest existing ancestor joined with
 * the rest when it does not exist yet (an output folder about to be created).
 */
async function realPathOrAncestor(path) {
    const abs = (0,external_node_path_.resolve)(path);
    const missing = [];
    let cur = abs;
    for (;;) {
        try {
            return (0,external_node_path_.resolve)(await (0,promises_.realpath)(cur), ...missing);
        }
        catch {
            const parent = (0,external_node_path_.dirname)(cur);
            if (parent === cur)
                return abs;
            missing.unshift((0,external_node_path_.relative)(parent, cur));
            cur = parent;
        }
    }
}

// EXTERNAL MODULE: ./actions/platform/fs/remove-tree-sync.ts
var remove_tree_sync = __webpack_require__(149);
;// CONCATENATED MODULE: ./actions/platform/fs/staged-output.ts









const NOT_WRITABLE_HINT = 'choose an output folder in a writable location (a new or empty folder)';
/** The process umask (reading it this way also works in worker threads). */
const umask = () => process.umask();
/**
 * An output tree written atomically: everything goes to a staging folder next
 * to the output (same filesystem), which replaces the output in one rename on
 * commit. Until then the output is untouched; discard removes the staging
 * folder and any parent folders that opening had to create. A lock beside the
 * output keeps a second run out; SIGINT/SIGTERM remove the staging folder (it
 * holds Secret values) and the lock. An output that cannot be renamed over (a
 * mount point) is filled in place instead.
 */
class StagedOutput {
    output;
    dir;
    force;
    createdParents;
    lock;
    aside;
    done = false;
    forget;
    constructor(output, dir, force, createdParents, lock) {
        this.output = output;
        this.dir = dir;
        this.force = force;
        this.createdParents = createdParents;
        this.lock = lock;
        this.forget = (0,exit_cleanup/* onExit */.cf)(() => this.cleanupSync());
    }
    /**
     * Checks the output can receive a tree and creates the staging folder,
     * before any expensive work. An output inside one of the `keep` folders (the
     * chart, a base) is refused with or without `force`; with `force`, an output
     * that holds the current directory or any of `keep` is refused too.
     */
    static async open(output, force, keep = [], options = {}) {
        const target = (0,external_node_path_.resolve)(output);
        await refuseInsideInputs(output, target, keep);
        if (force) {
            for (const path of [process.cwd(), ...keep]) {
                if (isInside((0,external_node_path_.resolve)(path), target)) {
                    throw new errors/* MmfError */.H0('E_OUTPUT_NOT_EMPTY', `refusing to replace a folder that holds ${path === process.cwd() ? 'the current directory' : path}`, {
                        file: output,
                        hint: 'write the output to a folder of its own, e.g. --output k8s',
                    });
                }
            }
        }
        const info = await (0,promises_.stat)(target).catch(() => undefined);
        if (info && !info.isDirectory()) {
            throw new errors/* MmfError */.H0('E_OUTPUT_NOT_WRITABLE', 'exists and is not a directory', {
                file: output,
                hint: NOT_WRITABLE_HINT,
            });
        }
        const created = await createParents((0,external_node_path_.dirname)(target), output);
        let lock;
        try {
            lock = await acquireOutputLock(target, output, options.warn ?? ((l) => process.stderr.write(`warning: ${l}\n`)));
        }
        catch (err) {
            await removeEmpty(created);
            if (err instanceof errors/* MmfError */.H0)
                throw err;
            throw notWritable(output, `cannot write in ${(0,external_node_path_.dirname)(target)}`, err);
        }
        try {
            if (info && !force && (await (0,promises_.readdir)(target)).length > 0) {
                throw new errors/* MmfError */.H0('E_OUTPUT_NOT_EMPTY', 'output directory is not empty', {
                    file: output,
                    hint: 'choose an empty or new directory, or pass --force to replace its contents',
                });
            }
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.mmf-tmp-`)).catch((err) => {
                throw notWritable(output, `cannot write in ${(0,external_node_path_.dirname)(target)}`, err);
            });
            return new StagedOutput(output, dir, force, created, lock);
        }
        catch (err) {
            await lock.release();
            await removeEmpty(created);
            throw err;
        }
    }
    async write(files) {
        const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : 1));
        // Folders first, then all files at once rather than one write after another.
        const made = new Set();
        for (const [relative] of sorted)
            await this.makeParents((0,external_node_path_.dirname)(relative), made);
        await Promise.all(sorted.map(([relative, file]) => 
        // 0666 less the umask, like any new file (644 under 022); Secret files ask for 0600.
        (0,promises_.writeFile)((0,external_node_path_.join)(this.dir, relative), file.content, { mode: file.mode ?? 0o666 })));
    }
    /**
     * Creates the folders of `relative` one level at a time, never the staging
     * folder itself: a signal handler that removed it while a write was in
     * flight must not see it come back (`mkdir -p` would recreate it).
     */
    async makeParents(relative, made) {
        if (relative === '.' || made.has(relative))
            return;
        await this.makeParents((0,external_node_path_.dirname)(relative), made);
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, relative)).catch((err) => {
            if (err.code !== 'EEXIST')
                throw err;
        });
        made.add(relative);
    }
    /** Empties the staging folder and writes `files` instead. */
    async replace(files) {
        for (const entry of await (0,promises_.readdir)(this.dir))
            await (0,promises_.rm)((0,external_node_path_.join)(this.dir, entry), { recursive: true, force: true });
        await this.write(files);
    }
    /**
     * Puts the staged tree in place. With `force` the old tree is renamed aside
     * and removed; without, the output must still be empty: a file that
     * appeared there during the run is left alone and the run fails
     * (E_OUTPUT_NOT_EMPTY). A mount point is filled in place.
     */
    async commit() {
        const target = (0,external_node_path_.resolve)(this.output);
        // mkdtemp made the staging folder private (0700); the tree gets the umask's mode like any new folder.
        await (0,promises_.chmod)(this.dir, 0o777 & ~umask());
        try {
            if (this.force)
                await this.replaceTarget(target);
            else
                await this.moveIntoEmpty(target);
        }
        finally {
            await this.finish();
        }
    }
    async discard() {
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
        await this.finish();
    }
    async finish() {
        if (this.done)
            return;
        this.done = true;
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
        await this.lock.release();
        await removeEmpty(this.createdParents);
        this.forget();
    }
    async replaceTarget(target) {
        const existing = await (0,promises_.stat)(target).catch(() => undefined);
        if (!existing)
            return this.renameIn(target);
        this.aside = `${this.dir}.old`;
        try {
            await (0,promises_.rename)(target, this.aside);
        }
        catch (err) {
            this.aside = undefined;
            if (!isUnrenamable(err))
                throw notWritable(this.output, 'cannot move the old tree aside', err);
            return fillInPlace(this.dir, target, { replace: true, output: this.output });
        }
        try {
            await (0,promises_.rename)(this.dir, target);
        }
        catch (err) {
            await (0,promises_.rename)(this.aside, target);
            this.aside = undefined;
            throw notWritable(this.output, 'cannot move the new tree into place', err);
        }
        await (0,promises_.rm)(this.aside, { recursive: true, force: true });
        this.aside = undefined;
    }
    async moveIntoEmpty(target) {
        try {
            await (0,promises_.rmdir)(target); // fails if anything appeared there: it is never deleted
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOTEMPTY' || code === 'EEXIST')
                throw await appeared(this.output, target);
            if (isUnrenamable(err))
                return fillInPlace(this.dir, target, { replace: false, output: this.output });
            if (code !== 'ENOENT')
                throw notWritable(this.output, 'cannot move the new tree into place', err);
        }
        await this.renameIn(target);
    }
    async renameIn(target) {
        try {
            await (0,promises_.rename)(this.dir, target);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOTEMPTY' || code === 'EEXIST')
                throw await appeared(this.output, target);
            if (isUnrenamable(err))
                return fillInPlace(this.dir, target, { replace: this.force, output: this.output });
            throw notWritable(this.output, 'cannot move the new tree into place', err);
        }
    }
    /** On SIGINT/SIGTERM: put an old tree that was moved aside back, drop the staging folder and the lock. */
    cleanupSync() {
        const target = (0,external_node_path_.resolve)(this.output);
        if (this.aside) {
            const targetExists = (() => {
                try {
                    (0,external_node_fs_.statSync)(target);
                    return true;
                }
                catch {
                    return false;
                }
            })();
            if (!targetExists)
                (0,external_node_fs_.renameSync)(this.aside, target);
            else
                (0,external_node_fs_.rmSync)(this.aside, { recursive: true, force: true });
        }
        (0,remove_tree_sync/* removeTreeSync */.O)(this.dir);
        this.lock.releaseSync();
        for (const folder of this.createdParents) {
            try {
                (0,external_node_fs_.rmdirSync)(folder);
            }
            catch {
                break;
            }
        }
    }
}
async function appeared(output, target) {
    const names = (await (0,promises_.readdir)(target).catch(() => [])).sort();
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length} in all)` : '');
    return new errors/* MmfError */.H0('E_OUTPUT_NOT_EMPTY', `files appeared in the output while the run was working (${shown}); they were left as they are and nothing was written`, {
        file: output,
        hint: 'run again into an empty or new directory, or pass --force to replace its contents',
    });
}
function notWritable(output, what, err) {
    return new errors/* MmfError */.H0('E_OUTPUT_NOT_WRITABLE', `${what} (${err.code ?? 'error'})`, {
        file: output,
        hint: NOT_WRITABLE_HINT,
    });
}
/**
 * An output inside an input folder would become part of that input: inside a
 * chart, `helm package` would ship the rendered Secret files. Compared both
 * as written and through symbolic links.
 */
async function refuseInsideInputs(output, target, keep) {
    const realTarget = await realPathOrAncestor(target);
    for (const input of keep) {
        const info = await (0,promises_.stat)(input).catch(() => undefined);
        if (!info?.isDirectory())
            continue;
        const realInput = await realPathOrAncestor(input);
        if (isInside(target, (0,external_node_path_.resolve)(input)) || isInside(realTarget, realInput)) {
            throw new errors/* MmfError */.H0('E_OUTPUT_INSIDE_INPUT', `is inside the input folder ${input}: what is written there would become part of it (a chart folder is packaged by helm package, Secret files included); nothing was written`, { file: output, hint: `write the output outside ${input}, e.g. next to it` });
        }
    }
}
/**
 * The one open/commit/discard sequence: opens a staged output (see
 * StagedOutput.open), lets `work` write and check it, commits when `work`
 * returns and discards when it throws, so a failure leaves nothing behind.
 */
async function withStagedOutput(output, options, work) {
    const staged = await StagedOutput.open(output, options.force, options.keep ?? []);
    let committed = false;
    try {
        const result = await work(staged);
        await staged.commit();
        committed = true;
        return result;
    }
    finally {
        if (!committed)
            await staged.discard();
    }
}
/** Text files (path → content) as the tree StagedOutput writes. */
function textTree(files) {
    return new Map([...files].map(([path, content]) => [path, { content }]));
}
/**
 * Creates the missing folders above the output one level at a time (a
 * recursive mkdir can spin forever on special filesystems such as /proc) and
 * returns them deepest first.
 */
async function createParents(dir, output) {
    const missing = [];
    let cur = dir;
    for (;;) {
        const info = await (0,promises_.stat)(cur).catch(() => undefined);
        if (info) {
            if (!info.isDirectory()) {
                throw new errors/* MmfError */.H0('E_OUTPUT_NOT_WRITABLE', `${cur} is a file, not a folder`, {
                    file: output,
                    hint: NOT_WRITABLE_HINT,
                });
            }
            break;
        }
        missing.unshift(cur);
        if ((0,external_node_path_.dirname)(cur) === cur)
            break;
        cur = (0,external_node_path_.dirname)(cur);
    }
    const created = [];
    for (const folder of missing) {
        try {
            await (0,promises_.mkdir)(folder);
            created.unshift(folder);
        }
        catch (err) {
            await removeEmpty(created);
            throw notWritable(output, `cannot create ${folder}`, err);
        }
    }
    return created;
}
async function removeEmpty(foldersDeepestFirst) {
    for (const folder of foldersDeepestFirst)
        await (0,promises_.rmdir)(folder).catch(() => undefined);
}

;// CONCATENATED MODULE: ./actions/runtime/gitlab/report-files.ts










/** The files of a report folder that `artifacts:reports` names (fixed names, so the template can list them). */
const REPORT_FILE_NAMES = {
    codequality: 'gl-codequality.json',
    junit: 'junit.xml',
    dotenv: 'outputs.env',
    markdown: 'report.md',
    text: 'report.txt',
};
/** Findings the codequality report keeps after merging per file and line. */
const MAX_CODEQUALITY_FINDINGS = 1000;
const posix = (path) => path.split(external_node_path_.sep).join('/');
/** A path inside the project folder as the project sees it; an outside path as it is. */
function projectPath(projectDir, path) {
    const rel = (0,external_node_path_.relative)(projectDir, path);
    return rel && !rel.startsWith('..') && !rel.startsWith(external_node_path_.sep) ? posix(rel) : path;
}
function dotenvFor(report, outputs, prefix) {
    const present = Object.entries({ ...report.outputs, ...outputs }).filter(([, v]) => v !== '');
    const empty = Object.keys({ ...report.outputs, ...outputs }).filter((k) => !present.some(([name]) => name === k));
    const rendered = renderDotenv(Object.fromEntries(present), { prefix });
    return { text: rendered.text, omitted: [...empty, ...rendered.omitted] };
}
/**
 * The report as the files GitLab reads, besides the dotenv report (whose
 * outputs each writer chooses): `gl-codequality.json` (findings merged per
 * file and line, at most MAX_CODEQUALITY_FINDINGS), `junit.xml`, and the
 * Markdown and text renderings.
 */
function renderGitLabReportFiles(report) {
    const { annotations, omitted } = (0,merge_annotations/* mergeAnnotations */.R)(report.annotations, MAX_CODEQUALITY_FINDINGS);
    const files = new Map([
        [
            REPORT_FILE_NAMES.codequality,
            JSON.stringify(renderCodeQuality({ ...report, annotations }), null, 2) + '\n',
        ],
        [REPORT_FILE_NAMES.junit, renderJUnit(report)],
        [REPORT_FILE_NAMES.markdown, (0,render_markdown/* renderReportMarkdown */.Ay)(report).join('\n')],
        [REPORT_FILE_NAMES.text, renderReportText(report)],
    ]);
    return { files, omittedFindings: omitted };
}
/**
 * Writes a (redacted) report as the files GitLab reads: `gl-codequality.json`
 * (MR diff annotations, merged per file and line), `junit.xml` (one test
 * case per environment / gate), `outputs.env` (the dotenv report: outputs
 * with `dotenvPrefix`, `report-path` pointing into this folder), the
 * Markdown and text renderings, and copies of the report's own files. The
 * folder is replaced as a whole, so a failure leaves the previous one.
 */
async function writeReportFolder(report, options) {
    const dir = (0,external_node_path_.resolve)(options.projectDir, options.dir);
    const files = new Map();
    const copied = {};
    for (const file of report.files) {
        if (!(await (0,file_info/* exists */.t2)(file.path)))
            continue;
        const name = (0,external_node_path_.basename)(file.name);
        files.set(name, await (0,promises_.readFile)(file.path, 'utf8'));
        copied[name] = projectPath(options.projectDir, (0,external_node_path_.join)(dir, name));
    }
    const rendered = renderGitLabReportFiles(report);
    for (const [name, text] of rendered.files)
        files.set(name, text);
    const rel = (name) => projectPath(options.projectDir, (0,external_node_path_.join)(dir, name));
    const firstCopy = Object.values(copied)[0];
    const reportPath = firstCopy ? { 'report-path': firstCopy } : {};
    const dotenv = dotenvFor(report, reportPath, options.dotenvPrefix);
    files.set(REPORT_FILE_NAMES.dotenv, dotenv.text);
    await withStagedOutput(dir, { force: true, keep: options.keep ?? [] }, (staged) => staged.write(textTree(files)));
    return {
        dir,
        codequality: rel(REPORT_FILE_NAMES.codequality),
        junit: rel(REPORT_FILE_NAMES.junit),
        dotenv: rel(REPORT_FILE_NAMES.dotenv),
        markdown: rel(REPORT_FILE_NAMES.markdown),
        copied,
        omittedOutputs: dotenv.omitted,
        omittedFindings: rendered.omittedFindings,
    };
}
/** Rewrites the dotenv report with more outputs (the note's URL, known only after publishing). */
async function updateDotenv(folder, report, outputs, prefix) {
    const firstCopy = Object.values(folder.copied)[0];
    const dotenv = dotenvFor(report, { ...(firstCopy ? { 'report-path': firstCopy } : {}), ...outputs }, prefix);
    await (0,promises_.writeFile)((0,external_node_path_.join)(folder.dir, REPORT_FILE_NAMES.dotenv), dotenv.text);
    folder.omittedOutputs = dotenv.omitted;
}

;// CONCATENATED MODULE: ./actions/runtime/gitlab/publish-report.ts







/** Where the component passes `gitlab-token` (a job variable set from the input). */
const GITLAB_TOKEN_ENV = 'MMF_GITLAB_TOKEN';
/** A gitlab-token that is still a variable reference: the variable did not reach this job. */
const UNEXPANDED = /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/;
function noNoteReason(settings, where) {
    const { context, token } = settings;
    if (!settings.note.enabled)
        return `No merge request note: comment is false. The report is in the job log and in ${where}.`;
    if (context.mergeRequestIid === undefined)
        return `No merge request note: this is not a merge request pipeline (CI_PIPELINE_SOURCE=${context.pipelineSource || 'unset'}). The report is in the job log and in ${where}.`;
    if (!token || UNEXPANDED.test(token)) {
        const reference = token
            ? ` gitlab-token is ${token}, a variable this job does not have (a protected variable reaches only pipelines of protected branches and tags).`
            : ' No gitlab-token was given.';
        return `No merge request note:${reference} CI_JOB_TOKEN cannot write merge request notes; pass a masked CI/CD variable holding a project access token with the api scope as the gitlab-token input (docs/GITLAB.md#tokens). The report is in the job log and in ${where}.`;
    }
    if (!context.apiUrl || !context.projectId)
        return `No merge request note: CI_API_V4_URL or CI_PROJECT_ID is not set. The report is in the job log and in ${where}.`;
    return undefined;
}
/**
 * Publishes any capability's (redacted) report on GitLab: first the report
 * folder the job uploads as artifacts (codequality, junit, dotenv, Markdown,
 * text, the capability's files), so nothing is lost when GitLab refuses or
 * fails; then one sticky merge request note (split at GitLab's 1,000,000
 * characters, at most `maxParts` parts), written with gitlab-token. Without
 * a token, outside merge requests, or with `comment: false` it says why
 * there is no note. The note URL goes into the dotenv report.
 */
async function publishGitLabReport(report, settings) {
    const { context, log } = settings;
    const folder = await writeReportFolder(report, {
        dir: settings.reportDir,
        projectDir: context.projectDir,
        dotenvPrefix: settings.dotenvPrefix,
        ...(settings.keep ? { keep: settings.keep } : {}),
    });
    const notes = [];
    const result = { folder, notes };
    if (folder.omittedFindings)
        notes.push(`${folder.omittedFindings} more finding(s) are in the report, not in the codequality report.`);
    const where = `the job artifacts (${folder.markdown})`;
    const reason = noNoteReason(settings, where);
    if (reason) {
        notes.push(reason);
        return result;
    }
    const iid = context.mergeRequestIid;
    const client = new GitLabClient({
        apiUrl: context.apiUrl,
        token: settings.token,
        log: log.info,
        ...settings.client,
    });
    const action = `write the note on merge request !${iid}`;
    try {
        const jobLink = context.jobUrl ? ` of [this job](${context.jobUrl})` : '';
        const split = (0,split_comment/* splitComment */.Uf)((0,render_markdown/* renderReportMarkdown */.Ay)(report), {
            id: settings.note.id,
            title: report.title,
            limit: split_comment/* GITLAB_NOTE_LIMIT */.v_,
            maxParts: settings.note.maxParts,
            overflow: (omitted) => `> ✂️ ${omitted} more part(s) of this report are not posted here (max-comment-parts: ${settings.note.maxParts}). The whole report is in the artifacts${jobLink}: \`${folder.markdown}\`.`,
        });
        const posted = await upsertStickyNote(client, { project: context.projectId, mergeRequestIid: iid, id: settings.note.id }, split.parts);
        const url = posted.noteId !== undefined ? noteUrl(context, posted.noteId) : undefined;
        if (url)
            result.noteUrl = url;
        log.info(`Merge request note: ${split.parts.length} part(s)${split.omitted ? ` (${split.omitted} more not posted)` : ''}, ${posted.created} created, ${posted.updated} updated, ${posted.unchanged} unchanged, ${posted.deleted} deleted${url ? `: ${url}` : ''}`);
    }
    catch (err) {
        const c = classifyGitLabError(err, action);
        notes.push(`No merge request note: ${c.message}. The report is in the job log and in ${where}.`);
        // GitLab's own failures (rate limits, outages) are reported; the job goes on on its report.
        if (isFatal(c))
            result.error = gitLabMmfError(c);
    }
    if (result.noteUrl)
        await updateDotenv(folder, report, { 'note-url': result.noteUrl }, settings.dotenvPrefix);
    return result;
}

// EXTERNAL MODULE: ./actions/platform/fs/write-report-files.ts
var write_report_files = __webpack_require__(7394);
;// CONCATENATED MODULE: ./actions/ci/core/report/render-cobertura.ts
const escapeXml = (text) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
const rate = (covered, lines) => (lines === 0 ? '1' : (covered / lines).toFixed(4));
/**
 * The merged line coverage as Cobertura XML, the format GitLab's
 * `coverage_report` shows in the merge request diff: one <class> per
 * workspace file with its lines and hits, paths relative to the project
 * (the `<source>` is `.`). Files known only by totals (Istanbul json-summary)
 * have no lines to show and are left out; so are files outside the workspace.
 */
function renderCobertura(files, timestamp = 0) {
    const kept = files.filter((f) => f.inWorkspace && f.lines && f.lines.size > 0);
    let all = 0;
    let hit = 0;
    const classes = kept.map((file) => {
        const lines = [...file.lines].sort(([a], [b]) => a - b);
        const covered = lines.filter(([, hits]) => hits > 0).length;
        all += lines.length;
        hit += covered;
        const name = escapeXml(file.path);
        return [
            `        <class name="${name}" filename="${name}" line-rate="${rate(covered, lines.length)}" branch-rate="0" complexity="0">`,
            '          <methods/>',
            '          <lines>',
            ...lines.map(([line, hits]) => `            <line number="${line}" hits="${hits}" branch="false"/>`),
            '          </lines>',
            '        </class>',
        ].join('\n');
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<coverage line-rate="${rate(hit, all)}" branch-rate="0" lines-covered="${hit}" lines-valid="${all}" branches-covered="0" branches-valid="0" complexity="0" version="mmf" timestamp="${timestamp}">`,
        '  <sources>',
        '    <source>.</source>',
        '  </sources>',
        '  <packages>',
        '    <package name="." line-rate="' + rate(hit, all) + '" branch-rate="0" complexity="0">',
        '      <classes>',
        ...classes,
        '      </classes>',
        '    </package>',
        '  </packages>',
        '</coverage>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/ci/report-folder.ts







/** The files of `--report-dir`: GitLab's report files plus ci's own, fixed names for `artifacts:reports`. */
const CI_REPORT_FILES = {
    ...REPORT_FILE_NAMES,
    cobertura: 'cobertura.xml',
    json: 'ci-report.json',
};
/** ci's files beside GitLab's report files: the result as JSON and, with coverage, Cobertura. */
function ciReportFiles(report, outcome) {
    return {
        [CI_REPORT_FILES.json]: JSON.stringify(report.result, null, 2) + '\n',
        ...(outcome.coverage ? { [CI_REPORT_FILES.cobertura]: renderCobertura(outcome.coverage) } : {}),
    };
}
/**
 * Writes the report as the files GitLab reads (`codequality` for failing
 * tests and uncovered changed lines, `junit`, `coverage_report` as Cobertura,
 * `dotenv` with the outputs) plus the Markdown, text and JSON report,
 * redacted: the artifacts are readable by everyone who can read the
 * pipeline. The folder's files are written under temporary names and
 * renamed, so none is ever half written; other files in the folder are left
 * alone. Returns the redacted report.
 */
async function writeCiReportFolder(dir, outcome, options = {}) {
    const report = (0,redact_report/* redactReport */.a5)(outcome.report, (0,command_env/* reportSecrets */.o3)(options.secrets ?? []));
    await (0,write_report_files/* writeReportFiles */.t4)((0,external_node_path_.resolve)(dir), {
        ...Object.fromEntries(renderGitLabReportFiles(report).files),
        [CI_REPORT_FILES.dotenv]: renderDotenv(report.outputs, { prefix: options.dotenvPrefix ?? '' }).text,
        ...ciReportFiles(report, outcome),
    });
    return report;
}

;// CONCATENATED MODULE: ./actions/ci/gitlab.ts






/**
 * ci in a GitLab job (the component, `--gitlab`): the report folder GitLab
 * reads (codequality, junit, dotenv, Markdown, through the GitLab runtime,
 * plus cobertura.xml and ci-report.json), then the sticky merge request note
 * written with MMF_GITLAB_TOKEN. The token and the credential-looking values
 * of the environment are redacted first. Returns the redacted report, what
 * was not published and why; a note GitLab refused is `error` (the job fails).
 */
async function publishCiToGitLab(outcome, settings, env = process.env) {
    const context = readGitLabContext(env);
    const token = env[GITLAB_TOKEN_ENV]?.trim() || undefined;
    const report = (0,redact_report/* redactReport */.a5)(outcome.report, (0,command_env/* reportSecrets */.o3)([token], env));
    const published = await publishGitLabReport(report, {
        context,
        ...(token ? { token } : {}),
        reportDir: settings.reportDir,
        dotenvPrefix: settings.dotenvPrefix,
        note: {
            enabled: settings.comment,
            id: settings.commentId ?? `${context.jobName}/ci`,
            maxParts: settings.maxCommentParts,
        },
        log: settings.log,
    });
    await (0,write_report_files/* writeReportFiles */.t4)(published.folder.dir, ciReportFiles(report, outcome));
    return {
        report,
        notes: published.notes,
        ...(published.noteUrl ? { noteUrl: published.noteUrl } : {}),
        ...(published.error ? { error: published.error } : {}),
    };
}

// EXTERNAL MODULE: ./actions/ci/run.ts + 32 modules
var run = __webpack_require__(9737);
;// CONCATENATED MODULE: ./actions/ci/run-ci-command.ts









function reportOptions(flags, io) {
    const maxMib = Number(flags.maxReportSize);
    if (!Number.isFinite(maxMib) || maxMib <= 0)
        throw new errors/* MmfError */.H0('E_USAGE', `--max-report-size must be a positive number of MiB, not "${flags.maxReportSize}"`);
    const gates = {};
    const minCoverage = (0,core_gates/* parseGateNumber */.i)('--min-coverage', flags.minCoverage, 'percent');
    const minChanged = (0,core_gates/* parseGateNumber */.i)('--min-changed-lines-coverage', flags.minChangedLinesCoverage, 'percent');
    const maxFailures = (0,core_gates/* parseGateNumber */.i)('--max-failures', flags.maxFailures, 'count');
    if (minCoverage !== undefined)
        gates.minCoverage = minCoverage;
    if (minChanged !== undefined)
        gates.minChangedLinesCoverage = minChanged;
    if (maxFailures !== undefined)
        gates.maxFailures = maxFailures;
    if (flags.failOnFlaky)
        gates.failOnFlaky = true;
    return {
        workspace: flags.workspace,
        junit: flags.junit ?? [],
        coverage: flags.coverage ?? [],
        ...(flags.baseRef ? { baseRef: flags.baseRef } : {}),
        gates,
        ifNoFilesFound: flags.ifNoFilesFound,
        maxReportBytes: Math.floor(maxMib * 1024 * 1024),
        log: (0,tool_flags/* stderrLogger */.D7)(io),
    };
}
/** With --report-dir or --gitlab: writes the folder (and the note) and returns the report as redacted there. */
async function withReportDir(outcome, flags, io) {
    if (flags.gitlab) {
        const published = await publishCiToGitLab(outcome, {
            reportDir: flags.reportDir ?? cli/* DEFAULT_GITLAB_REPORT_DIR */.N3,
            dotenvPrefix: flags.dotenvPrefix ?? '',
            comment: flags.comment,
            ...(flags.commentId ? { commentId: flags.commentId } : {}),
            maxCommentParts: flags.maxCommentParts,
            log: (0,tool_flags/* stderrLogger */.D7)(io),
        });
        const log = (0,tool_flags/* stderrLogger */.D7)(io);
        for (const note of published.notes)
            log.warn(note);
        if (published.noteUrl)
            log.info(`Merge request note: ${published.noteUrl}`);
        if (published.error)
            throw published.error;
        return published.report;
    }
    if (!flags.reportDir)
        return outcome.report;
    return writeCiReportFolder(flags.reportDir, outcome, { dotenvPrefix: flags.dotenvPrefix ?? '' });
}
/** `mmf ci report`. */
async function runCiReportCommand(flags, io, state) {
    const outcome = await (0,run.runCiReport)(reportOptions(flags, io));
    printReport(io, state, 'ci report', await withReportDir(outcome, flags, io), outcome.exitCode, flags);
}
/** `mmf ci run`. */
async function runCiRunCommand(flags, io, state) {
    const commands = (0,command_lines/* parseCommandLines */.G)(flags.command, Boolean(flags.shell), '--command');
    if (commands.length === 0)
        throw new errors/* MmfError */.H0('E_USAGE', 'missing --command <name: command>', {
            hint: "mmf ci run --command 'test: npx jest --ci' --junit junit.xml",
        });
    const outcome = await (0,run.runCi)({
        ...reportOptions(flags, io),
        commands,
        ...(flags.logDir ? { logDir: flags.logDir } : {}),
    });
    printReport(io, state, 'ci run', await withReportDir(outcome, flags, io), outcome.exitCode, flags);
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
