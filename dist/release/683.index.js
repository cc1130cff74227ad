export const id = 683;
export const ids = [683];
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

/***/ 4145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ renderReportText)
/* harmony export */ });
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

/***/ 583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bP: () => (/* binding */ RegistryClient)
/* harmony export */ });
/* unused harmony exports MANIFEST_MEDIA_TYPES, MAX_MANIFEST_BYTES, parseChallenge, sha256Digest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5067);
/* harmony import */ var _image_ref_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2103);



/**
 * Tags an image that is already in a registry, by the OCI distribution API and nothing else:
 * GET the manifest by digest (OCI index or manifest, Docker schema 2 list or manifest), check its
 * bytes hash to that digest, PUT the same bytes under the new tag, and read the digest back. No
 * layers move and nothing is rebuilt. Auth: anonymous, Basic, or the Bearer token flow (the
 * registry's `WWW-Authenticate` challenge names the realm, service and scope).
 */
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
/** Manifests larger than this are refused (the distribution spec suggests registries accept 4 MiB). */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/;
/** Parses `Bearer realm="…",service="…",scope="…"` (and `Basic realm="…"`). */
function parseChallenge(header) {
    const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
    const params = {};
    if (!match)
        return { scheme: '', params };
    for (const m of match[2].matchAll(/(\w+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
        params[m[1].toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
    }
    return { scheme: match[1].toLowerCase(), params };
}
const sha256Digest = (bytes) => `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
class RegistryClient {
    options;
    fetchImpl;
    tokens = new Map();
    constructor(options = {}) {
        this.options = options;
        this.fetchImpl = options.fetch ?? fetch;
    }
    base(registry) {
        const http = this.options.plainHttp ? this.options.plainHttp(registry) : LOOPBACK.test(registry);
        const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
        return `${http ? 'http' : 'https'}://${host}/v2`;
    }
    async authorization(registry, repository, challenge) {
        const { scheme, params } = parseChallenge(challenge);
        const creds = this.options.credentials?.(registry);
        if (scheme === 'basic') {
            if (!creds)
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY_AUTH', `${registry} asks for a user name and password and none is configured`, {
                    hint: 'set MMF_REGISTRY_USERNAME and MMF_REGISTRY_PASSWORD, or log in (docker login writes ~/.docker/config.json)',
                });
            return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        }
        if (scheme !== 'bearer' || !params['realm'])
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY_AUTH', `${registry} sent an authentication challenge this client does not know: ${scheme || 'none'}`);
        const scope = `repository:${repository}:pull,push`;
        const cacheKey = `${registry}|${scope}`;
        const cached = this.tokens.get(cacheKey);
        if (cached)
            return `Bearer ${cached}`;
        const url = new URL(params['realm']);
        if (params['service'])
            url.searchParams.set('service', params['service']);
        url.searchParams.set('scope', scope);
        const headers = {};
        if (creds)
            headers['authorization'] =
                `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        const response = await this.fetchImpl(url, { headers }).catch((err) => {
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY', `token request to ${url.origin} failed: ${err.message}`, {
                cause: err,
            });
        });
        if (!response.ok)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY_AUTH', `${url.origin} refused a token for ${scope} (HTTP ${response.status})`, {
                hint: creds
                    ? 'check the registry user name and password (or token)'
                    : 'set MMF_REGISTRY_USERNAME and MMF_REGISTRY_PASSWORD',
            });
        const body = (await response.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY_AUTH', `${url.origin} answered without a token`);
        this.tokens.set(cacheKey, token);
        return `Bearer ${token}`;
    }
    /** A request to `/v2/<repository>/<path>`, answering one auth challenge. */
    async send(ref, method, path, init = {}) {
        const url = `${this.base(ref.registry)}/${ref.repository}/${path}`;
        let auth;
        for (let attempt = 0; attempt < 2; attempt++) {
            const headers = { ...init.headers, ...(auth ? { authorization: auth } : {}) };
            let response;
            try {
                response = await this.fetchImpl(url, {
                    method,
                    headers,
                    ...(init.body ? { body: new Uint8Array(init.body) } : {}),
                });
            }
            catch (err) {
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY', `${method} ${url} failed: ${err.message}`, {
                    hint: 'check the registry host and port; loopback registries are spoken to over plain HTTP, others over HTTPS',
                    cause: err,
                });
            }
            if (response.status !== 401 || attempt === 1)
                return response;
            const challenge = response.headers.get('www-authenticate');
            await response.arrayBuffer();
            if (!challenge)
                return response;
            auth = await this.authorization(ref.registry, ref.repository, challenge);
        }
        throw new Error('unreachable');
    }
    async fail(response, what) {
        const text = (await response.text()).slice(0, 500);
        let detail = text;
        try {
            const errors = JSON.parse(text).errors ?? [];
            if (errors.length)
                detail = errors.map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim()).join('; ');
        }
        catch {
            // not JSON: keep the text
        }
        const message = `${what}: HTTP ${response.status}${detail ? ` ${detail}` : ''}`;
        if (response.status === 401 || response.status === 403)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY_AUTH', message, {
                hint: 'the registry credentials need pull and push on this repository',
            });
        if (response.status === 404)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY_NOT_FOUND', message, {
                hint: 'check the repository and digest the build pushed',
            });
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY', message);
    }
    /** The manifest stored under `reference` (a digest or tag); bytes verified against a digest reference. */
    async getManifest(ref, reference) {
        const what = `GET manifest ${ref.registry}/${ref.repository}@${reference}`;
        const response = await this.send(ref, 'GET', `manifests/${reference}`, {
            headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
        });
        if (!response.ok)
            return this.fail(response, what);
        const bytes = Buffer.from(await response.arrayBuffer());
        if (bytes.length > MAX_MANIFEST_BYTES)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY', `${what}: manifest larger than ${MAX_MANIFEST_BYTES} bytes`);
        const digest = sha256Digest(bytes);
        if ((0,_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .isDigest */ .Bc)(reference) && digest !== reference)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY', `${what}: the registry sent bytes hashing to ${digest}, not the digest asked for`);
        let parsed;
        try {
            parsed = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY', `${what}: the manifest is not JSON`);
        }
        const header = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
        const mediaType = parsed.mediaType ?? header;
        if (!MANIFEST_MEDIA_TYPES.includes(mediaType))
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY', `${what}: unsupported manifest media type "${mediaType || 'none'}"`, {
                hint: 'OCI image index/manifest and Docker schema 2 manifest (list) are supported; Docker schema 1 is not',
            });
        const children = (parsed.manifests ?? [])
            .map((m) => m.digest)
            .filter((d) => typeof d === 'string');
        return { digest, mediaType, bytes, children };
    }
    /** The digest a tag or digest resolves to (HEAD), or null when the registry has none. */
    async resolve(ref, reference) {
        const response = await this.send(ref, 'HEAD', `manifests/${reference}`, {
            headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
        });
        if (response.status === 404)
            return null;
        if (!response.ok)
            return this.fail(response, `HEAD manifest ${ref.registry}/${ref.repository}:${reference}`);
        return response.headers.get('docker-content-digest');
    }
    /** PUTs the exact manifest bytes under `tag`; returns the digest the registry stored. */
    async putManifest(ref, tag, manifest) {
        if (!(0,_image_ref_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidTag */ .r_)(tag))
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_IMAGE_REF', `"${tag}" is not a valid image tag`);
        const what = `PUT manifest ${ref.registry}/${ref.repository}:${tag}`;
        const response = await this.send(ref, 'PUT', `manifests/${tag}`, {
            headers: { 'content-type': manifest.mediaType },
            body: manifest.bytes,
        });
        if (!response.ok)
            return this.fail(response, what);
        await response.arrayBuffer();
        const stored = response.headers.get('docker-content-digest') ?? manifest.digest;
        if (stored !== manifest.digest)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_REGISTRY', `${what}: the registry stored ${stored}, not ${manifest.digest}`);
        return stored;
    }
    /**
     * Gives the image at `ref.digest` the tag `tag` (same repository): no-op when the tag already
     * points there. `fetched`: the manifest read earlier (getManifest), to skip reading it again.
     * Returns the digest the tag now resolves to.
     */
    async tagDigest(ref, tag, fetched) {
        if (!ref.digest)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_IMAGE_REF', `${ref.registry}/${ref.repository} needs a digest (@sha256:…) to be promoted`);
        const manifest = fetched?.digest === ref.digest ? fetched : await this.getManifest(ref, ref.digest);
        const before = await this.resolve(ref, tag);
        if (before === manifest.digest)
            return { digest: before, changed: false, mediaType: manifest.mediaType };
        return {
            digest: await this.putManifest(ref, tag, manifest),
            changed: true,
            mediaType: manifest.mediaType,
        };
    }
}


/***/ }),

/***/ 4888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ registryCredentialsFromEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Registry credentials, in this order: MMF_REGISTRY_USERNAME + MMF_REGISTRY_PASSWORD (for every
 * registry), then the `auths` of a docker config.json ($DOCKER_CONFIG/config.json or
 * ~/.docker/config.json, as docker login and docker/login-action write it). Credential helpers
 * (`credsStore`, `credHelpers`) are not run.
 */
function registryCredentialsFromEnv(env = process.env) {
    const username = env['MMF_REGISTRY_USERNAME'];
    const password = env['MMF_REGISTRY_PASSWORD'];
    if (username && password)
        return () => ({ username, password });
    let auths = {};
    try {
        const dir = env['DOCKER_CONFIG'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env['HOME'] ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker');
        auths =
            JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json'), 'utf8')).auths ?? {};
    }
    catch {
        // no docker config: anonymous
    }
    return (registry) => {
        const keys = registry === 'docker.io'
            ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io']
            : [registry, `https://${registry}`];
        for (const key of keys) {
            const entry = auths[key];
            if (!entry)
                continue;
            if (entry.username && entry.password)
                return { username: entry.username, password: entry.password };
            if (entry.auth) {
                const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon > 0)
                    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
            }
        }
        return undefined;
    };
}


/***/ }),

/***/ 8263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ parseImageLines)
/* harmony export */ });
/** `images:` lines: `[package=]registry/repository@sha256:…`; blank lines and `#` comments skipped. */
function parseImageLines(text) {
    return text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map((line) => {
        const eq = line.indexOf('=');
        return eq > 0 && !line.slice(0, eq).includes('/')
            ? { package: line.slice(0, eq).trim(), ref: line.slice(eq + 1).trim() }
            : { ref: line };
    });
}


/***/ })

};
