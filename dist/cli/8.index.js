export const id = 8;
export const ids = [8,419];
export const modules = {

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

/***/ 396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ renderDotenv)
/* harmony export */ });
/* unused harmony exports DOTENV_LIMIT_BYTES, dotenvName, dotenvValue */
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

/***/ 8343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ noteUrl),
/* harmony export */   r: () => (/* binding */ readGitLabContext)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

const ZERO_SHA = /^0+$/;
function projectDirOf(ciProjectDir, cwd) {
    if (!ciProjectDir)
        return cwd;
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ciProjectDir), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd));
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel)) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ciProjectDir) : cwd;
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


/***/ }),

/***/ 6774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ projectRef),
/* harmony export */   bM: () => (/* binding */ GitLabRequestError),
/* harmony export */   zZ: () => (/* binding */ GitLabClient)
/* harmony export */ });
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


/***/ }),

/***/ 1474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ GITLAB_TOKEN_ENV),
  h: () => (/* binding */ publishGitLabReport)
});

// EXTERNAL MODULE: ./actions/kernel/report/render-markdown.ts
var render_markdown = __webpack_require__(4035);
// EXTERNAL MODULE: ./actions/kernel/review/split-comment.ts
var split_comment = __webpack_require__(5603);
// EXTERNAL MODULE: ./actions/runtime/gitlab/ci-context.ts
var ci_context = __webpack_require__(8343);
// EXTERNAL MODULE: ./actions/runtime/gitlab/client.ts
var gitlab_client = __webpack_require__(6774);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
;// CONCATENATED MODULE: ./actions/runtime/gitlab/gitlab-errors.ts


/** The `api` scope: what posting, editing and deleting notes needs (read_api only reads). */
const NOTE_SCOPE = 'api';
const TOKEN_ADVICE = 'gitlab-token must hold a project or group access token (or a personal access token) with the `api` scope, whose user has at least the Reporter role in this project; CI_JOB_TOKEN cannot write merge request notes';
/** Sorts a failed request (GitLabRequestError, or anything thrown on the way) by what the user can do. */
function classifyGitLabError(err, action) {
    if (!(err instanceof gitlab_client/* GitLabRequestError */.bM))
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
    const notesPath = `/projects/${(0,gitlab_client/* projectRef */.J$)(target.project)}/merge_requests/${target.mergeRequestIid}/notes`;
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

// EXTERNAL MODULE: ./actions/runtime/gitlab/report-files.ts + 2 modules
var report_files = __webpack_require__(8855);
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
    const folder = await (0,report_files/* writeReportFolder */.aF)(report, {
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
    const client = new gitlab_client/* GitLabClient */.zZ({
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
        const url = posted.noteId !== undefined ? (0,ci_context/* noteUrl */.E)(context, posted.noteId) : undefined;
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
        await (0,report_files/* updateDotenv */.Wh)(folder, report, { 'note-url': result.noteUrl }, settings.dotenvPrefix);
    return result;
}


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hj: () => (/* binding */ REPORT_FILE_NAMES),
  NT: () => (/* binding */ renderGitLabReportFiles),
  Wh: () => (/* binding */ updateDotenv),
  aF: () => (/* binding */ writeReportFolder)
});

// UNUSED EXPORTS: MAX_CODEQUALITY_FINDINGS, projectPath

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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

// EXTERNAL MODULE: ./actions/kernel/report/render-dotenv.ts
var render_dotenv = __webpack_require__(396);
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

// EXTERNAL MODULE: ./actions/kernel/report/render-markdown.ts
var render_markdown = __webpack_require__(4035);
// EXTERNAL MODULE: ./actions/kernel/report/render-text.ts
var render_text = __webpack_require__(4145);
// EXTERNAL MODULE: ./actions/platform/fs/file-info.ts
var file_info = __webpack_require__(7615);
// EXTERNAL MODULE: ./actions/platform/fs/staged-output.ts + 2 modules
var staged_output = __webpack_require__(8905);
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
    const rendered = (0,render_dotenv/* renderDotenv */.JZ)(Object.fromEntries(present), { prefix });
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
        [REPORT_FILE_NAMES.text, (0,render_text/* renderReportText */.U)(report)],
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
    await (0,staged_output/* withStagedOutput */.C3)(dir, { force: true, keep: options.keep ?? [] }, (staged) => staged.write((0,staged_output/* textTree */.IU)(files)));
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


/***/ })

};
