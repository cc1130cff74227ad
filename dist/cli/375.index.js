export const id = 375;
export const ids = [375];
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
// EXTERNAL MODULE: ./actions/runtime/github/step-failure.ts
var step_failure = __webpack_require__(9192);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
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

// EXTERNAL MODULE: ./actions/release/run-release.ts + 13 modules
var run_release = __webpack_require__(9689);
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
        (0,step_failure/* failIfNotPublished */.n)(published, 'The release report');
    }
    catch (err) {
        (0,step_failure/* failStep */.v)(err);
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
