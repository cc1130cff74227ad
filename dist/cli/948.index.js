export const id = 948;
export const ids = [948];
export const modules = {

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

/***/ 7615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jf: () => (/* binding */ isExecutableFile),
/* harmony export */   OK: () => (/* binding */ requireFolder),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5067);


/** Whether anything (file, folder, link target) is at `path`. */
async function exists(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined)) !== undefined;
}
async function isDirectory(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined))?.isDirectory() ?? false;
}
/** A regular file this process may execute. */
async function isExecutableFile(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        return false;
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK).then(() => true, () => false);
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

/***/ 2972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   a: () => (/* binding */ realPathOrAncestor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Whether `path` is `folder` itself or lies below it (both absolute, compared as written). */
function isInside(path, folder) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * The real path of `path`, or of its nearest existing ancestor joined with
 * the rest when it does not exist yet (an output folder about to be created).
 */
async function realPathOrAncestor(path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const missing = [];
    let cur = abs;
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(cur), ...missing);
        }
        catch {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(cur);
            if (parent === cur)
                return abs;
            missing.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, cur));
            cur = parent;
        }
    }
}


/***/ }),

/***/ 7394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ writeResultAndMarkdown),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   t4: () => (/* binding */ writeReportFiles)
/* harmony export */ });
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


/***/ }),

/***/ 7813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReleasePlanCommand: () => (/* binding */ runReleasePlanCommand),
  runReleasePublishCommand: () => (/* binding */ runReleasePublishCommand)
});

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/kernel/report/redact-report.ts
var redact_report = __webpack_require__(9419);
// EXTERNAL MODULE: ./actions/kernel/report/render-dotenv.ts
var render_dotenv = __webpack_require__(396);
// EXTERNAL MODULE: ./actions/kernel/report/render-markdown.ts
var render_markdown = __webpack_require__(4035);
// EXTERNAL MODULE: ./actions/kernel/report/render-text.ts
var render_text = __webpack_require__(4145);
// EXTERNAL MODULE: ./actions/platform/fs/write-report-files.ts
var write_report_files = __webpack_require__(7394);
// EXTERNAL MODULE: ./actions/platform/oci/registry-client.ts
var registry_client = __webpack_require__(583);
// EXTERNAL MODULE: ./actions/platform/oci/registry-credentials.ts
var registry_credentials = __webpack_require__(4888);
// EXTERNAL MODULE: ./actions/runtime/cli/help.ts
var help = __webpack_require__(6941);
// EXTERNAL MODULE: ./actions/runtime/cli/report-output.ts
var report_output = __webpack_require__(6560);
// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts + 1 modules
var tool_flags = __webpack_require__(2483);
// EXTERNAL MODULE: ./actions/runtime/gitlab/ci-context.ts
var ci_context = __webpack_require__(8343);
// EXTERNAL MODULE: ./actions/runtime/gitlab/publish-report.ts + 2 modules
var publish_report = __webpack_require__(1474);
// EXTERNAL MODULE: ./actions/runtime/gitlab/client.ts
var client = __webpack_require__(6774);
;// CONCATENATED MODULE: ./actions/runtime/gitlab/api-client.ts


/** GitLab's `:id` path parameter: a numeric id or the URL-encoded full path (`group%2Fproject`). */
const projectId = client/* projectRef */.J$;
/** The auth GitLab CI gives a job by default, or a token from the environment (GITLAB_TOKEN wins). */
function gitLabAuthFromEnv(env = process.env) {
    if (env['GITLAB_TOKEN'])
        return { kind: 'private', token: env['GITLAB_TOKEN'] };
    if (env['CI_JOB_TOKEN'])
        return { kind: 'job', token: env['CI_JOB_TOKEN'] };
    return undefined;
}
function asMmfError(err, apiUrl) {
    if (!(err instanceof client/* GitLabRequestError */.bM))
        return err;
    const { status, request, gitlabMessage } = err;
    if (status === undefined)
        return new errors/* MmfError */.H0('E_API_UNAVAILABLE', `GitLab ${request}: ${gitlabMessage}`, {
            hint: `check that ${apiUrl} is reachable from this job`,
            cause: err,
        });
    const detail = `GitLab ${request} answered ${status}${gitlabMessage ? `: ${gitlabMessage}` : ''}`;
    if (status === 401)
        return new errors/* MmfError */.H0('E_API_AUTH', detail, {
            hint: 'the token is missing, expired or revoked; CI_JOB_TOKEN works only for some endpoints (releases, packages)',
        });
    if (status === 403)
        return new errors/* MmfError */.H0('E_API_AUTH', detail, {
            hint: 'the token lacks a scope (api) or a role (Developer or above for releases and tags)',
        });
    if (status === 404)
        return new errors/* MmfError */.H0('E_API_NOT_FOUND', detail, {
            hint: 'check the project path or id, and that the token can see the project',
        });
    if (status === 429 || status >= 500)
        return new errors/* MmfError */.H0('E_API_UNAVAILABLE', detail, {
            hint: 'GitLab is rate limiting or failing; run the job again later',
        });
    return new errors/* MmfError */.H0('E_API_REJECTED', detail);
}
class GitLabClient {
    apiUrl;
    transport;
    constructor(options) {
        const apiUrl = options.apiUrl ?? process.env['CI_API_V4_URL'];
        if (!apiUrl)
            throw new errors/* MmfError */.H0('E_USAGE', 'the GitLab API URL is not known', {
                hint: 'pass --api-url https://gitlab.example.com/api/v4 (in GitLab CI, CI_API_V4_URL is set)',
            });
        if (!options.auth.token)
            throw new errors/* MmfError */.H0('E_API_AUTH', 'no GitLab token', {
                hint: 'set GITLAB_TOKEN (an access token with the api scope) or run in GitLab CI (CI_JOB_TOKEN)',
            });
        this.apiUrl = apiUrl.replace(/\/+$/, '');
        this.transport = new client/* GitLabClient */.zZ({
            apiUrl: this.apiUrl,
            token: options.auth.token,
            tokenHeader: options.auth.kind === 'job' ? 'JOB-TOKEN' : 'PRIVATE-TOKEN',
            ...(options.retries !== undefined ? { retries: options.retries } : {}),
            ...(options.maxRetryDelayMs !== undefined ? { maxRetryDelayMs: options.maxRetryDelayMs } : {}),
            ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
            ...(options.fetch ? { fetch: options.fetch } : {}),
            ...(options.sleep ? { sleep: options.sleep } : {}),
        });
    }
    /** One request; JSON in and out. Retries 429/5xx and network errors, then classifies failures. */
    async request(method, path, options = {}) {
        try {
            return await this.transport.request(method, path.startsWith('/') ? path : `/${path}`, options);
        }
        catch (err) {
            throw asMmfError(err, this.apiUrl);
        }
    }
    get(path, query) {
        return this.request('GET', path, query ? { query } : {});
    }
    post(path, body) {
        return this.request('POST', path, { body: body ?? {} });
    }
    put(path, body) {
        return this.request('PUT', path, { body: body ?? {} });
    }
    delete(path) {
        return this.request('DELETE', path);
    }
    /** Every item of a paginated list (page-number pagination, `x-next-page`), at most `maxPages` pages. */
    async paginate(path, query = {}, maxPages = 100) {
        try {
            return await this.transport.paginate(path, query, maxPages);
        }
        catch (err) {
            throw asMmfError(err, this.apiUrl);
        }
    }
}

;// CONCATENATED MODULE: ./actions/release/forges/gitlab-release.ts


/**
 * GitLab releases through the Releases API (create, or update the one for the tag on a rerun).
 * GitLab has no drafts: the release is created last, after tags and images, so it appears whole.
 */
class GitLabReleases {
    client;
    webUrl;
    kind = 'gitlab';
    project;
    constructor(client, project, webUrl) {
        this.client = client;
        this.webUrl = webUrl;
        this.project = projectId(project);
    }
    releasePath(tag) {
        return `/projects/${this.project}/releases${tag ? `/${encodeURIComponent(tag)}` : ''}`;
    }
    async verifyAccess() {
        await this.client.get(this.releasePath(), { per_page: 1 });
    }
    async find(tag) {
        try {
            return (await this.client.get(this.releasePath(tag))).body;
        }
        catch (err) {
            if ((0,errors/* isMmfError */.NJ)(err) && err.code === 'E_API_NOT_FOUND')
                return null;
            throw err;
        }
    }
    url(release, tag) {
        return release._links?.self ?? `${this.webUrl}/-/releases/${encodeURIComponent(tag)}`;
    }
    // GitLab releases are visible once created: "draft" only checks whether one exists.
    async upsertDraft(request) {
        const existing = await this.find(request.tag);
        return {
            id: request.tag,
            url: existing ? this.url(existing, request.tag) : '',
            action: existing ? 'updated' : 'created',
            published: false,
        };
    }
    async publish(release, request) {
        const fields = { name: request.name, description: request.notes };
        const response = release.action === 'updated'
            ? await this.client.put(this.releasePath(request.tag), fields)
            : await this.client.post(this.releasePath(), { tag_name: request.tag, ...fields });
        return { ...release, url: this.url(response.body, request.tag), published: true };
    }
    async remoteTag(tag) {
        try {
            const { body } = await this.client.get(`/projects/${this.project}/repository/tags/${encodeURIComponent(tag)}`);
            return body.commit.id;
        }
        catch (err) {
            if ((0,errors/* isMmfError */.NJ)(err) && err.code === 'E_API_NOT_FOUND')
                return null;
            throw err;
        }
    }
    async createTag(tag, commit, message) {
        await this.client.post(`/projects/${this.project}/repository/tags`, {
            tag_name: tag,
            ref: commit,
            message,
        });
    }
    async moveTag(tag, commit, exists) {
        // The tags API cannot move a tag: delete and create again (lightweight, like `git tag -f`).
        if (exists)
            await this.client.delete(`/projects/${this.project}/repository/tags/${encodeURIComponent(tag)}`);
        await this.client.post(`/projects/${this.project}/repository/tags`, { tag_name: tag, ref: commit });
    }
}

;// CONCATENATED MODULE: ./actions/release/forge-settings.ts



/** Flags first, then the variables GitHub Actions and GitLab CI set; `none` outside both. */
function forgeSettings(flags, env = process.env) {
    const kind = (flags.forge ??
        (env['GITHUB_ACTIONS'] === 'true' ? 'github' : env['GITLAB_CI'] ? 'gitlab' : 'none'));
    if (!['github', 'gitlab', 'none'].includes(kind))
        throw new errors/* MmfError */.H0('E_USAGE', `--forge must be github, gitlab or none, not "${String(kind)}"`);
    if (kind === 'github') {
        const repository = flags.repository ?? env['GITHUB_REPOSITORY'];
        return {
            kind,
            ...(repository ? { repository } : {}),
            apiUrl: flags.apiUrl ?? env['GITHUB_API_URL'] ?? 'https://api.github.com',
            webUrl: (flags.serverUrl ?? env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, ''),
        };
    }
    if (kind === 'gitlab') {
        const repository = flags.repository ?? env['CI_PROJECT_PATH'];
        const apiUrl = flags.apiUrl ?? env['CI_API_V4_URL'];
        return {
            kind,
            ...(repository ? { repository } : {}),
            ...(apiUrl ? { apiUrl } : {}),
            webUrl: (flags.serverUrl ?? env['CI_SERVER_URL'] ?? 'https://gitlab.com').replace(/\/+$/, ''),
        };
    }
    return { kind };
}
/** Changelog links, when the forge and repository are known. */
function forgeLinks(settings) {
    if (settings.kind === 'none' || !settings.repository || !settings.webUrl)
        return undefined;
    return { forge: settings.kind, webUrl: settings.webUrl, repository: settings.repository };
}
/**
 * The forge client for publish: tokens come from GITHUB_TOKEN / GITLAB_TOKEN (or CI_JOB_TOKEN), never
 * from flags. GitHub's client (Octokit and @actions/github) is loaded only when it is the forge.
 */
async function createForge(settings, env = process.env, log = () => { }) {
    if (settings.kind === 'none')
        return null;
    if (!settings.repository)
        throw new errors/* MmfError */.H0('E_USAGE', `--repository is required with --forge ${settings.kind}`, {
            hint: settings.kind === 'github'
                ? 'e.g. --repository acme/api (GITHUB_REPOSITORY in Actions)'
                : 'e.g. --repository group/project (CI_PROJECT_PATH in GitLab CI)',
        });
    if (settings.kind === 'github') {
        const token = env['GITHUB_TOKEN'];
        if (!token)
            throw new errors/* MmfError */.H0('E_API_AUTH', 'GITHUB_TOKEN is not set', {
                hint: 'export GITHUB_TOKEN (in a workflow: env: GITHUB_TOKEN: ${{ github.token }} with permissions: contents: write)',
            });
        const { GitHubReleases, releaseOctokit } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(239), __webpack_require__.e(102)]).then(__webpack_require__.bind(__webpack_require__, 1102));
        return new GitHubReleases(releaseOctokit(token, settings.apiUrl, log), settings.repository, token);
    }
    const auth = gitLabAuthFromEnv(env);
    if (!auth)
        throw new errors/* MmfError */.H0('E_API_AUTH', 'neither GITLAB_TOKEN nor CI_JOB_TOKEN is set', {
            hint: 'export GITLAB_TOKEN (a project access token with the api scope), or run in GitLab CI',
        });
    const client = new GitLabClient({ ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}), auth });
    return new GitLabReleases(client, settings.repository, `${settings.webUrl}/${settings.repository}`);
}

// EXTERNAL MODULE: ./actions/release/image-lines.ts
var image_lines = __webpack_require__(8263);
// EXTERNAL MODULE: ./actions/release/run-release.ts + 13 modules
var run_release = __webpack_require__(9689);
;// CONCATENATED MODULE: ./actions/release/run-release-command.ts
















/**
 * `--gitlab`: as the GitLab component's job: the report folder the job
 * uploads (report.md, outputs.env …) and, in a merge request pipeline, one
 * sticky merge request note with the preview, written with MMF_GITLAB_TOKEN.
 */
async function publishOnGitLab(cmd, report, flags, io) {
    const context = (0,ci_context/* readGitLabContext */.r)();
    const token = process.env[publish_report/* GITLAB_TOKEN_ENV */.i]?.trim() || undefined;
    const log = (0,tool_flags/* stderrLogger */.D7)(io);
    const published = await (0,publish_report/* publishGitLabReport */.h)((0,redact_report/* redactReport */.a5)(report, token ? [token] : []), {
        context,
        ...(token ? { token } : {}),
        reportDir: flags.reportDir,
        dotenvPrefix: '',
        note: {
            enabled: flags.comment,
            id: [context.jobName, (0,help/* commandPath */.pM)(cmd), flags.repo].join('/'),
            maxParts: 2,
        },
        log,
    });
    for (const note of published.notes)
        log.info(note);
    if (published.error)
        throw published.error;
}
async function emit(io, state, cmd, report, flags) {
    if (flags.dotenv)
        await (0,write_report_files/* writeFileAtomic */.Zf)(flags.dotenv, (0,render_dotenv/* renderDotenv */.JZ)(report.outputs).text);
    if (flags.gitlab)
        await publishOnGitLab(cmd, report, flags, io);
    (0,report_output/* printOutput */.jP)(io, state, (0,help/* commandPath */.pM)(cmd), {
        result: report.result,
        exitCode: 0,
        text: () => (0,render_text/* renderReportText */.U)(report),
        markdown: () => (0,render_markdown/* renderReportMarkdown */.Ay)(report).join('\n') + '\n',
    }, flags);
}
function planRequest(flags) {
    const settings = forgeSettings(flags);
    const links = forgeLinks(settings);
    return {
        settings,
        request: {
            repo: flags.repo,
            ...(flags.config ? { configFile: flags.config } : {}),
            ...(flags.prerelease ? { channel: flags.prerelease } : {}),
            ...(flags.floatingTags ? { floatingTags: true } : {}),
            ...(links ? { links } : {}),
        },
    };
}
const parseImages = (values) => (0,image_lines/* parseImageLines */.s)(values.join('\n'));
/** `mmf release plan`. */
async function runReleasePlanCommand(flags, cmd, io, state) {
    const { request } = planRequest(flags);
    await emit(io, state, cmd, await (0,run_release.runReleasePlan)(request), flags);
}
/** `mmf release publish`. */
async function runReleasePublishCommand(flags, cmd, io, state) {
    if (flags.tagVia !== 'git' && flags.tagVia !== 'api')
        throw new errors/* MmfError */.H0('E_USAGE', `--tag-via must be git or api, not "${flags.tagVia}"`);
    const { settings, request } = planRequest(flags);
    if (flags.tagVia === 'api' && settings.kind === 'none')
        throw new errors/* MmfError */.H0('E_USAGE', '--tag-via api needs --forge github or gitlab');
    // A dry run (a pull request's preview) works without a token; it then skips the forge checks.
    const tokenless = !process.env['GITHUB_TOKEN'] && !process.env['GITLAB_TOKEN'] && !process.env['CI_JOB_TOKEN'];
    const forge = flags.dryRun && (tokenless || !settings.repository)
        ? null
        : await createForge(settings, process.env, (line) => io.stderr(`${line}\n`));
    const report = await (0,run_release.runReleasePublish)({
        ...request,
        dryRun: Boolean(flags.dryRun),
        tagVia: flags.tagVia,
        remote: flags.push ? flags.remote : null,
        forge,
        images: parseImages(flags.image),
        registry: new registry_client/* RegistryClient */.bP({ credentials: (0,registry_credentials/* registryCredentialsFromEnv */.j)() }),
        log: (0,tool_flags/* stderrLogger */.D7)(io),
    });
    await emit(io, state, cmd, report, flags);
}


/***/ })

};
