export const id = 689;
export const ids = [689];
export const modules = {

/***/ 365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readSmallFile),
/* harmony export */   F: () => (/* binding */ readSmallText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Reads a regular file of at most `limit` bytes as UTF-8, for code that
 * learns what it can from a folder and goes on without what it cannot read
 * (a file that is missing, not a regular file, too large or unreadable is
 * `skipped`, never an error).
 */
async function readSmallFile(path, limit) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!info)
        return { skipped: 'missing' };
    if (!info.isFile())
        return { skipped: 'not-a-file' };
    if (info.size > limit)
        return { skipped: 'too-large' };
    try {
        return { text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8') };
    }
    catch {
        return { skipped: 'unreadable' };
    }
}
/** readSmallFile's text, or undefined when it was skipped. */
async function readSmallText(path, limit) {
    const read = await readSmallFile(path, limit);
    return 'text' in read ? read.text : undefined;
}


/***/ }),

/***/ 149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ removeTreeSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * Removes a folder synchronously, for exit and signal handlers. A write that
 * the thread pool was already running when the signal came can land after
 * the removal scanned a folder; each such file makes the removal fail (or
 * recreates the folder), so it is retried until the folder is gone.
 */
function removeTreeSync(path, attempts = 5) {
    for (let attempt = 1;; attempt++) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { recursive: true, force: true, maxRetries: 3, retryDelay: 10 });
        }
        catch (err) {
            if (attempt >= attempts)
                throw err;
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || attempt >= attempts)
            return;
        Atomics.wait(pause, 0, 0, 10 * attempt);
    }
}


/***/ }),

/***/ 2103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   kL: () => (/* binding */ formatImageRef),
/* harmony export */   r_: () => (/* binding */ isValidTag)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const isDigest = (value) => DIGEST.test(value);
const isValidTag = (value) => TAG.test(value);
/** `ghcr.io/acme/api@sha256:…`, `127.0.0.1:5000/acme/api:1.2.3`, `nginx` → its parts; E_IMAGE_REF when malformed. */
function parseImageRef(input) {
    const ref = input.trim();
    const bad = (why) => {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_IMAGE_REF', `image reference "${ref}" ${why}`, {
            hint: 'write it as registry/repository@sha256:<64 hex digits>, e.g. ghcr.io/acme/api@sha256:…',
        });
    };
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            bad('has a digest that is not sha256:<64 lower-case hex digits>');
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            bad('has an invalid tag');
    }
    const parts = rest.split('/');
    let registry = 'docker.io';
    const first = parts[0] ?? '';
    if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        registry = first;
        parts.shift();
    }
    let repository = parts.join('/');
    if (registry === 'docker.io' && parts.length === 1)
        repository = `library/${repository}`;
    if (!REPOSITORY.test(repository))
        bad('has an invalid repository name (lower-case letters, digits, . _ - and /)');
    return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
const formatImageRef = (r) => `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;


/***/ }),

/***/ 4350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ privateHome),
/* harmony export */   Qc: () => (/* binding */ childEnvironment)
/* harmony export */ });
/* unused harmony export isPassedToChildren */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _exit_cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2490);
/* harmony import */ var _fs_remove_tree_sync_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(149);





/**
 * The environment every child process gets: helm, kustomize/kubectl, git,
 * tar. Charts and kustomizations from a pull request are untrusted, so a
 * child sees only what it needs to run, never the parent's tokens (INPUT_*,
 * GITHUB_TOKEN, ACTIONS_*, RUNNER_*, CI_JOB_TOKEN, cloud credentials ...):
 * - PATH (and on Windows what programs need to start: SystemRoot, ComSpec ...);
 * - the temporary folder (TMPDIR, TMP, TEMP);
 * - locale and time zone (LANG, LANGUAGE, LC_*, TZ);
 * - proxies (HTTP_PROXY, HTTPS_PROXY, NO_PROXY, ALL_PROXY, any case) and the
 *   TLS roots Go reads (SSL_CERT_FILE, SSL_CERT_DIR), for builds allowed to
 *   fetch remote bases;
 * - HOME, the XDG folders and HELM_CACHE_HOME / HELM_CONFIG_HOME /
 *   HELM_DATA_HOME, all under one private temporary folder per process
 *   (removed at exit), so no user config, plugin, repository credential or
 *   kubeconfig of the machine is read.
 * - the Go runtime's GOGC, GOMEMLIMIT and GOMAXPROCS; where the parent sets
 *   none of them, GO_RUNTIME below.
 * Nothing else passes, including HELM_* and KUBECONFIG: `helm template` and
 * `kustomize build` need no cluster, and the settings mmf relies on are
 * given as arguments.
 */
const PASSED = new Set([
    'PATH',
    'PATHEXT',
    'SYSTEMROOT',
    'SYSTEMDRIVE',
    'WINDIR',
    'COMSPEC',
    'TMPDIR',
    'TMP',
    'TEMP',
    'LANG',
    'LANGUAGE',
    'TZ',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'GOGC',
    'GOMEMLIMIT',
    'GOMAXPROCS',
].map((name) => name.toUpperCase()));
/**
 * helm and kustomize are Go programs that live for a fraction of a second and
 * run several at a time, one per environment. Go's default collector (GOGC=100,
 * every spare core) spends much of such a short life collecting and competing
 * with the other builds for the same cores. Collecting only when the heap has
 * grown fivefold, on one core each, makes a set of concurrent builds about a
 * third faster; GOMEMLIMIT still bounds the heap of a very large chart.
 */
const GO_RUNTIME = { GOGC: '400', GOMEMLIMIT: '1GiB', GOMAXPROCS: '1' };
/** Whether a variable of the parent environment reaches child processes. */
function isPassedToChildren(name) {
    const upper = name.toUpperCase();
    return PASSED.has(upper) || upper.startsWith('LC_');
}
let home;
/** The private home of this process's children, created on first use and removed at exit. */
function privateHome() {
    if (home)
        return home;
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mmf-home-'));
    for (const sub of ['.config', '.cache', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('.local', 'share'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('.local', 'state')])
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, sub), { recursive: true });
    home = dir;
    (0,_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .onExit */ .cf)(() => {
        (0,_fs_remove_tree_sync_js__WEBPACK_IMPORTED_MODULE_4__/* .removeTreeSync */ .O)(dir);
        if (home === dir)
            home = undefined;
    });
    return dir;
}
/** The minimal environment for a child process, plus `extra` (set by mmf itself, e.g. git's settings). */
function childEnvironment(parent = process.env, extra = {}) {
    const env = {};
    for (const [name, value] of Object.entries(parent))
        if (value !== undefined && isPassedToChildren(name))
            env[name] = value;
    if (!Object.keys(GO_RUNTIME).some((name) => env[name] !== undefined))
        Object.assign(env, GO_RUNTIME);
    const dir = privateHome();
    const config = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.config');
    const cache = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.cache');
    const data = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.local', 'share');
    Object.assign(env, {
        HOME: dir,
        USERPROFILE: dir,
        APPDATA: config,
        LOCALAPPDATA: cache,
        XDG_CONFIG_HOME: config,
        XDG_CACHE_HOME: cache,
        XDG_DATA_HOME: data,
        XDG_STATE_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.local', 'state'),
        HELM_CONFIG_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(config, 'helm'),
        HELM_CACHE_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cache, 'helm'),
        HELM_DATA_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(data, 'helm'),
        ...extra,
    });
    return env;
}


/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cf: () => (/* binding */ onExit),
/* harmony export */   yH: () => (/* binding */ trackChild)
/* harmony export */ });
/* unused harmony export runExitCleanups */
const cleanups = new Set();
const children = new Set();
let installed = false;
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
/**
 * Runs every registered cleanup now. The process does it at exit by itself;
 * a test runner whose sandbox never sees the real `exit` event calls it.
 */
function runExitCleanups() {
    runCleanups();
}
function runCleanups() {
    for (const cleanup of [...cleanups].reverse()) {
        cleanups.delete(cleanup);
        try {
            cleanup();
        }
        catch {
            // best effort: the next cleanup still runs
        }
    }
}
function install() {
    if (installed)
        return;
    installed = true;
    process.on('exit', runCleanups);
    for (const signal of Object.keys(SIGNAL_EXIT)) {
        process.on(signal, () => {
            for (const child of children)
                child.kill('SIGKILL');
            const pending = cleanups.size;
            runCleanups();
            process.stderr.write(`interrupted by ${signal}: stopped${pending ? '; temporary and staging folders removed, nothing was written' : ''}\n`);
            process.exit(SIGNAL_EXIT[signal]);
        });
    }
}
/** Runs `cleanup` (synchronous) at exit or on SIGINT/SIGTERM; the returned function unregisters it. */
function onExit(cleanup) {
    install();
    cleanups.add(cleanup);
    return () => void cleanups.delete(cleanup);
}
/** A child process that SIGINT/SIGTERM must stop before the process exits. */
function trackChild(child) {
    install();
    children.add(child);
    child.once('close', () => children.delete(child));
    child.once('error', () => children.delete(child));
}


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _child_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4350);
/* harmony import */ var _exit_cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2490);




/**
 * Spawns a tool with an argument array (never a shell string) and the minimal
 * child environment, and collects its output. Resolves with the exit code;
 * callers decide what a failure means. SIGINT/SIGTERM of mmf stop the child.
 */
function runCommand(file, args, options = {}) {
    const limit = options.maxOutputBytes ?? 512 * 1024 * 1024;
    let started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.environment
                ? { ...options.environment, ...options.env }
                : (0,_child_env_js__WEBPACK_IMPORTED_MODULE_2__/* .childEnvironment */ .Qc)(process.env, options.env),
            stdio: [options.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        });
        (0,_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .trackChild */ .yH)(child);
        if (options.niceness && child.pid !== undefined)
            lowerPriority(child.pid, options.niceness);
        // A child that waits for its input is timed from when it gets it.
        if (options.input)
            feedInput(child, options.input, () => (started = performance.now()));
        if (options.signal)
            killOnAbort(child, options.signal);
        const out = [];
        const err = [];
        let outBytes = 0;
        let overflow = false;
        child.stdout.on('data', (chunk) => {
            options.onOutput?.(chunk, 'stdout');
            outBytes += chunk.length;
            if (outBytes > limit) {
                overflow = true;
                child.kill('SIGKILL');
                return;
            }
            out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            options.onOutput?.(chunk, 'stderr');
            err.push(chunk);
        });
        child.on('error', reject);
        child.on('close', (code, signal) => {
            const stderr = Buffer.concat(err).toString('utf8');
            resolve({
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: overflow ? `${stderr}\noutput exceeded ${limit} bytes` : stderr,
                exitCode: code ?? (signal ? 128 : 1),
                durationMs: performance.now() - started,
            });
        });
    });
}
/**
 * Writes `input` to the child's stdin when it resolves. Until then the child
 * is killed if the input is rejected or mmf exits: a child that saw its stdin
 * close early would go on with empty input.
 */
function feedInput(child, input, fed) {
    const stdin = child.stdin;
    stdin.on('error', () => undefined); // a child that exits without reading it all
    const kill = () => void child.kill('SIGKILL');
    const forget = (0,_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .onExit */ .cf)(kill);
    child.once('close', forget);
    input.then((text) => {
        forget();
        fed();
        stdin.end(text);
    }, () => {
        forget();
        kill();
    });
}
function killOnAbort(child, signal) {
    const kill = () => void child.kill('SIGKILL');
    if (signal.aborted)
        return kill();
    signal.addEventListener('abort', kill, { once: true });
    child.once('close', () => signal.removeEventListener('abort', kill));
}
function lowerPriority(pid, niceness) {
    try {
        (0,node_os__WEBPACK_IMPORTED_MODULE_1__.setPriority)(pid, Math.max((0,node_os__WEBPACK_IMPORTED_MODULE_1__.getPriority)(), niceness)); // never above mmf's own
    }
    catch {
        // not allowed here, or already gone: it runs at the normal priority
    }
}


/***/ }),

/***/ 9689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planFromRepository: () => (/* binding */ planFromRepository),
  runReleasePlan: () => (/* binding */ runReleasePlan),
  runReleasePublish: () => (/* binding */ runReleasePublish)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
;// CONCATENATED MODULE: ./actions/release/core/release-commits.ts
/** Types that make a release and appear in the changelog, in the changelog's order. Others are kept out. */
const RELEASE_TYPES = {
    feat: { title: 'Features', bump: 'minor' },
    fix: { title: 'Bug fixes', bump: 'patch' },
    perf: { title: 'Performance', bump: 'patch' },
    revert: { title: 'Reverts', bump: 'patch' },
};
const BREAKING_TITLE = 'Breaking changes';
const sameHash = (full, short) => full.toLowerCase().startsWith(short.toLowerCase());
/**
 * Which commits of a range make the release. A revert whose target is also in the range cancels
 * it (neither appears; a revert of a revert restores the original); a revert of something released
 * earlier stays, under Reverts. Breaking commits count whatever their type.
 */
function selectReleaseCommits(commits) {
    const cancelled = [];
    const gone = new Set();
    // Newest first: in "A, B reverts A, C reverts B" C and B cancel, and A stays.
    for (const revert of commits) {
        if (!revert.reverts || gone.has(revert.hash))
            continue;
        const target = commits.find((c) => c !== revert && !gone.has(c.hash) && sameHash(c.hash, revert.reverts));
        if (!target)
            continue;
        gone.add(target.hash);
        gone.add(revert.hash);
        cancelled.push({ commit: target, revert });
    }
    const included = [];
    const ignored = [];
    for (const commit of commits) {
        if (gone.has(commit.hash))
            continue;
        if (commit.breaking || (commit.type !== null && commit.type in RELEASE_TYPES))
            included.push(commit);
        else
            ignored.push(commit);
    }
    return { included, cancelled, ignored };
}
/** The semver bump the commits ask for, or null when none of them makes a release. */
function bumpFor(commits) {
    let bump = null;
    for (const commit of commits) {
        if (commit.breaking)
            return 'major';
        const wanted = commit.type ? RELEASE_TYPES[commit.type]?.bump : undefined;
        if (wanted === 'minor')
            bump = 'minor';
        else if (wanted === 'patch' && bump === null)
            bump = 'patch';
    }
    return bump;
}

;// CONCATENATED MODULE: ./actions/release/core/changelog.ts

const base = (l) => `${l.webUrl.replace(/\/+$/, '')}/${l.repository}`;
function commitUrl(l, hash) {
    return l.forge === 'github' ? `${base(l)}/commit/${hash}` : `${base(l)}/-/commit/${hash}`;
}
/** `#12` is a pull request on GitHub and an issue on GitLab; `!12` is a GitLab merge request. */
function changeRequestUrl(l, ref) {
    if (l.forge === 'github')
        return `${base(l)}/pull/${ref.number}`;
    return `${base(l)}/-/${ref.sigil === '!' ? 'merge_requests' : 'issues'}/${ref.number}`;
}
function compareUrl(l, from, to) {
    const range = `${encodeURI(from)}...${encodeURI(to)}`;
    return l.forge === 'github' ? `${base(l)}/compare/${range}` : `${base(l)}/-/compare/${range}`;
}
function entry(text, commit, links) {
    const scope = commit.scope ? `**${commit.scope}:** ` : '';
    const short = commit.hash.slice(0, 7);
    const refs = [];
    if (commit.changeRequest) {
        const label = `${commit.changeRequest.sigil}${commit.changeRequest.number}`;
        refs.push(links ? `([${label}](${changeRequestUrl(links, commit.changeRequest)}))` : `(${label})`);
    }
    refs.push(links ? `([${short}](${commitUrl(links, commit.hash)}))` : `(${short})`);
    const firstLine = text.split('\n')[0]?.trim() ?? '';
    return `* ${scope}${firstLine} ${refs.join(' ')}`;
}
/**
 * The changelog section of one release, conventional-changelog style: a heading with the version
 * (linked to the compare view when links are known) and the date, then Breaking changes, Features,
 * Bug fixes, Performance and Reverts, newest commit first within each group.
 */
function renderChangelog(input) {
    const { links } = input;
    const title = links && input.previousTag
        ? `[${input.version}](${compareUrl(links, input.previousTag, input.tag)})`
        : input.version;
    const lines = [`## ${title} (${input.date})`];
    const breaking = input.commits.filter((c) => c.breaking);
    if (breaking.length) {
        lines.push('', `### ${BREAKING_TITLE}`, '');
        for (const c of breaking)
            for (const note of c.breakingNotes)
                lines.push(entry(note, c, links));
    }
    for (const [type, { title: group }] of Object.entries(RELEASE_TYPES)) {
        const commits = input.commits.filter((c) => c.type === type);
        if (!commits.length)
            continue;
        lines.push('', `### ${group}`, '');
        for (const c of commits)
            lines.push(entry(c.subject, c, links));
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./node_modules/conventional-commits-parser/dist/index.js + 5 modules
var dist = __webpack_require__(4674);
;// CONCATENATED MODULE: ./actions/release/core/conventional-commit.ts

// `type(scope)!: subject`; the scope may hold anything but parentheses.
const HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?(!)?: (.+)$/;
const BREAKING_HEADER = /^(\w+)(?:\(([^()\r\n]*)\))?!: (.+)$/;
// GitHub "Merge pull request #12 from owner/branch", GitLab "Merge branch 'x' into 'main'", plain git merges.
const MERGE_HEADER = /^Merge (?:pull request #(\d+) from \S+|branch '[^']*'(?: of \S+)? into '?[^']*'?|branch '[^']*'|remote-tracking branch '[^']*'(?: into \S+)?)$/;
const GITLAB_MERGE_REQUEST = /^See merge request (?:[\w./-]+)?!(\d+)\s*$/m;
const TRAILING_REF = /\s*\(([#!])(\d+)\)\s*$/;
const REVERTS = /This reverts commit ([0-9a-f]{7,40})/i;
const parser = new dist/* CommitParser */.Jf({
    headerPattern: HEADER,
    breakingHeaderPattern: BREAKING_HEADER,
    headerCorrespondence: ['type', 'scope', 'breakingMark', 'subject'],
    mergePattern: MERGE_HEADER,
    mergeCorrespondence: ['pullRequest'],
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    revertPattern: /^(?:Revert|revert:)\s"?([\s\S]*?)"?\s*This reverts commit (\w+)\.?/,
    revertCorrespondence: ['header', 'hash'],
    // Keep lines such as "-foo-" in bodies: no meta fields.
    fieldPattern: undefined,
    commentChar: undefined,
});
/**
 * Parses one commit message (conventional-commits-parser does the header, footers and notes;
 * this adds `!`, revert targets and pull/merge request numbers). Never throws: a message that is
 * not conventional gives `type: null`.
 */
function parseConventionalCommit(raw) {
    const message = raw.message.replace(/\r\n/g, '\n').trim();
    const merge = raw.parents.length > 1;
    let parsed;
    if (message)
        parsed = parser.parse(message);
    const header = (parsed?.header ?? message.split('\n')[0] ?? '').trim();
    const headerMatch = HEADER.exec(header);
    const type = headerMatch ? headerMatch[1].toLowerCase() : null;
    const scope = headerMatch?.[2]?.trim() || null;
    let subject = headerMatch ? headerMatch[4].trim() : header;
    let changeRequest = null;
    const trailing = TRAILING_REF.exec(subject);
    if (trailing) {
        changeRequest = { sigil: trailing[1], number: Number(trailing[2]) };
        subject = subject.slice(0, trailing.index).trim();
    }
    const pullRequest = parsed?.['pullRequest'];
    if (merge && pullRequest)
        changeRequest = { sigil: '#', number: Number(pullRequest) };
    const mergeRequest = GITLAB_MERGE_REQUEST.exec(message);
    if (mergeRequest)
        changeRequest = { sigil: '!', number: Number(mergeRequest[1]) };
    const notes = (parsed?.notes ?? [])
        .filter((n) => /^BREAKING[ -]CHANGE$/i.test(n.title))
        .map((n) => n.text.trim())
        .filter(Boolean);
    const bang = Boolean(headerMatch?.[3]);
    const breaking = type !== null && (bang || notes.length > 0);
    const breakingNotes = notes.length ? notes : bang ? [subject] : [];
    let reverts = null;
    const revertHash = parsed?.revert?.['hash'];
    if (revertHash && /^[0-9a-f]{7,40}$/i.test(revertHash))
        reverts = revertHash.toLowerCase();
    else if (type === 'revert' || /^Revert "/.test(header)) {
        const m = REVERTS.exec(message);
        if (m)
            reverts = m[1].toLowerCase();
    }
    return {
        hash: raw.hash,
        header,
        type: reverts && !type ? 'revert' : type,
        scope,
        subject: reverts && !type ? header.replace(/^Revert "(.*)"$/, '$1') : subject,
        breaking,
        breakingNotes,
        reverts,
        changeRequest,
        merge,
    };
}

;// CONCATENATED MODULE: ./actions/release/core/merge-commits.ts

/**
 * Parses a package's commits and folds in the merges of the same range. The commits a merge
 * brought in are what counts (they carry the real types and breaking changes); the merge gives
 * them its pull/merge request number for links when they have none. A merge whose commits hold
 * no conventional header at all but whose own message does ("Merge pull request #12 from …" then
 * "feat: …", i.e. a conventional PR title over free-form commits) stands for them instead.
 */
function parseWithMerges(commits, merges) {
    const parsed = commits.map(parseConventionalCommit);
    const byHash = new Map(parsed.map((c, i) => [c.hash, i]));
    const standIns = [];
    for (const raw of merges) {
        const merge = parseConventionalCommit(raw);
        const mine = raw.brought.map((h) => byHash.get(h)).filter((i) => i !== undefined);
        if (!mine.length)
            continue;
        if (merge.changeRequest) {
            for (const i of mine) {
                const c = parsed[i];
                if (!c.changeRequest)
                    parsed[i] = { ...c, changeRequest: merge.changeRequest };
            }
        }
        if (merge.type && mine.every((i) => parsed[i].type === null)) {
            standIns.push({ at: Math.min(...mine), commit: merge, replaces: new Set(mine) });
        }
    }
    if (!standIns.length)
        return parsed;
    const replaced = new Set(standIns.flatMap((s) => [...s.replaces]));
    const out = [];
    parsed.forEach((c, i) => {
        for (const s of standIns)
            if (s.at === i)
                out.push(s.commit);
        if (!replaced.has(i))
            out.push(c);
    });
    return out;
}

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
;// CONCATENATED MODULE: ./actions/release/core/next-version.ts


const DEFAULT_VERSION_RULES = {
    bumpMinorPreMajor: false,
    bumpPatchForMinorPreMajor: false,
    initialVersion: '1.0.0',
};
const CHANNEL = /^[0-9A-Za-z-]+$/;
/** Checks a pre-release channel name (`rc`, `beta`, `next`): identifiers semver allows, not only digits. */
function checkChannel(channel) {
    if (!CHANNEL.test(channel) || /^\d+$/.test(channel)) {
        throw new errors/* MmfError */.H0('E_RELEASE_CONFIG', `pre-release channel "${channel}" is not a semver identifier (letters, digits and "-", not only digits)`, { hint: 'use a name such as rc, beta or next: --prerelease rc gives 1.3.0-rc.1' });
    }
    return channel;
}
/** The 0.x rules: below 1.0.0 a breaking change and a feature may ask for less. */
function effectiveBump(current, bump, rules) {
    if (!current || semver_default().major(current) > 0)
        return bump;
    if (bump === 'major' && rules.bumpMinorPreMajor)
        return 'minor';
    if (bump === 'minor' && rules.bumpPatchForMinorPreMajor)
        return 'patch';
    return bump;
}
/**
 * The next version of a package. `stable` is its last final release, `latest` its highest release
 * including pre-releases; `bump` comes from every commit since `stable`, so a final release after
 * release candidates carries all of them. With a `channel` the result is a pre-release: the first
 * of a version is `-<channel>.1`, the next one of the same version and channel counts up; without
 * one, a pending pre-release of the same version is promoted (1.3.0-rc.2 → 1.3.0).
 */
function nextVersion(stable, latest, bump, rules, channel) {
    const effective = effectiveBump(stable, bump, rules);
    let target = stable ? semver_default().inc(stable, effective) : rules.initialVersion;
    const pending = latest && semver_default().prerelease(latest) && (!stable || semver_default().gt(latest, stable)) ? latest : null;
    if (pending) {
        const core = `${semver_default().major(pending)}.${semver_default().minor(pending)}.${semver_default().patch(pending)}`;
        if (semver_default().gte(core, target))
            target = core;
    }
    if (!channel)
        return { version: target, bump: effective };
    checkChannel(channel);
    let version = `${target}-${channel}.1`;
    if (pending && semver_default().prerelease(pending)?.[0] === channel && semver_default().gte(pending, `${target}-0`)) {
        version = semver_default().inc(pending, 'prerelease', channel);
    }
    if (latest && semver_default().lte(version, latest)) {
        throw new errors/* MmfError */.H0('E_RELEASE_VERSION', `the next ${channel} pre-release would be ${version}, which is not above the latest release ${latest}`, {
            hint: `pre-release channels sort by name (alpha < beta < rc): continue on the ${String(semver_default().prerelease(latest)?.[0] ?? 'current')} channel or release the final version`,
        });
    }
    return { version, bump: effective };
}

;// CONCATENATED MODULE: ./actions/release/core/tag-format.ts


const tag_format_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// git check-ref-format: no spaces, ~ ^ : ? * [ \, no "..", no "@{", no leading "-" or trailing "." / ".lock".
const BAD_REF = /[\s~^:?*[\\]|\.\.|@\{|^-|\.$|\.lock$|^\/|\/$|\/\//;
function checkTagFormat(format, origin) {
    const count = format.split('{version}').length - 1;
    if (count !== 1) {
        throw new errors/* MmfError */.H0('E_RELEASE_CONFIG', `tag-format "${format}" must contain {version} exactly once`, {
            file: origin,
            hint: 'examples: v{version}, {name}@{version}, {name}/v{version}',
        });
    }
    const rest = format.replace('{version}', '').replace(/\{name\}/g, '');
    if (/[{}]/.test(rest)) {
        throw new errors/* MmfError */.H0('E_RELEASE_CONFIG', `tag-format "${format}" has an unknown placeholder (only {name} and {version} exist)`, { file: origin });
    }
}
/** The tag of a version, e.g. `api@1.3.0`; the result is checked to be a valid git tag name. */
function formatTag(tag, version) {
    const name = tag.format.replace(/\{name\}/g, tag.name).replace('{version}', version);
    if (BAD_REF.test(name)) {
        throw new errors/* MmfError */.H0('E_RELEASE_CONFIG', `tag "${name}" (from tag-format "${tag.format}") is not a valid git tag name`, {
            hint: 'package names in tags may hold letters, digits, ".", "-", "_" and "/"',
        });
    }
    return name;
}
/** The version a tag names, or null when the tag is not of this format (or its version is not semver). */
function parseTag(tag, ref) {
    const [before, after] = tag.format.replace(/\{name\}/g, tag.name).split('{version}');
    const match = new RegExp(`^${tag_format_escape(before)}(.+)${tag_format_escape(after)}$`).exec(ref);
    if (!match)
        return null;
    const version = match[1];
    return semver_default().valid(version) === version ? version : null;
}
/**
 * The floating tags a final release moves: `v1` and `v1.2` for `v{version}`, `api@1` and `api@1.2`
 * for `{name}@{version}`. None for a pre-release.
 */
function floatingTags(tag, version) {
    if (semver.prerelease(version))
        return [];
    const v = semver.parse(version);
    return [formatTag(tag, `${v.major}`), formatTag(tag, `${v.major}.${v.minor}`)];
}

;// CONCATENATED MODULE: ./actions/release/core/plan-release.ts






const planned = (c) => ({
    hash: c.hash,
    type: c.type,
    scope: c.scope,
    subject: c.subject,
    breaking: c.breaking,
});
/** The floating versions that move to `version` (`1`, `1.2`): only when no higher final release shares the major (minor). */
function movingVersions(history, version) {
    if (!history.package.floatingTags || semver_default().prerelease(version))
        return [];
    const finals = history.versions.filter((v) => !semver_default().prerelease(v));
    const v = semver_default().parse(version);
    const [major, minor] = [`${v.major}`, `${v.major}.${v.minor}`];
    const out = [];
    if (!finals.some((f) => semver_default().major(f) === v.major && semver_default().gt(f, version)))
        out.push(major);
    if (!finals.some((f) => semver_default().major(f) === v.major && semver_default().minor(f) === v.minor && semver_default().gt(f, version)))
        out.push(minor);
    return out;
}
/** Plans one package, or says why it has nothing to release. */
function planPackage(history, options) {
    const pkg = history.package;
    const channel = options.channel ?? null;
    const current = history.latest?.version ?? null;
    const sinceStable = selectReleaseCommits(parseWithMerges(history.sinceStable, history.merges));
    // A pre-release shows what changed since the previous tag of any kind; a final release everything since the last final.
    const shown = channel && history.latest && history.latest.tag !== history.stable?.tag
        ? selectReleaseCommits(parseWithMerges(history.sinceLatest, history.merges))
        : sinceStable;
    const bump = bumpFor(sinceStable.included);
    const skip = (reason) => ({ name: pkg.name, path: pkg.path, current, reason });
    if (!bump || !shown.included.length) {
        const total = (channel ? history.sinceLatest : history.sinceStable).length;
        const since = (channel ? history.latest : history.stable)?.tag;
        return skip(total === 0
            ? `no commits touch ${pkg.path} since ${since ?? 'the beginning'}`
            : `${total} commit${total === 1 ? '' : 's'} since ${since ?? 'the beginning'}, none of them a feat, fix, perf, revert or breaking change`);
    }
    const next = nextVersion(history.stable?.version ?? null, history.latest?.version ?? null, bump, options.rules, channel ?? undefined);
    const tagFormat = { format: pkg.tagFormat, name: pkg.name };
    const tag = formatTag(tagFormat, next.version);
    const previousTag = (channel ? history.latest : history.stable)?.tag ?? null;
    const floating = movingVersions(history, next.version);
    return {
        name: pkg.name,
        path: pkg.path,
        current,
        next: next.version,
        bump: next.bump,
        prerelease: semver_default().prerelease(next.version) !== null,
        tag,
        previousTag,
        floatingTags: floating.map((v) => formatTag(tagFormat, v)),
        floatingVersions: floating,
        changelog: renderChangelog({
            version: next.version,
            tag,
            previousTag,
            date: options.headDate.slice(0, 10),
            commits: shown.included,
            ...(options.links ? { links: options.links } : {}),
        }),
        commits: shown.included.map(planned),
        images: pkg.images,
    };
}
/** The release plan of every configured package: what `mmf release plan` prints and `publish` carries out. */
function planRelease(histories, options) {
    if (options.channel)
        checkChannel(options.channel);
    const packages = [];
    const skipped = [];
    for (const history of histories) {
        const result = planPackage(history, options);
        if ('next' in result)
            packages.push(result);
        else
            skipped.push(result);
    }
    return { head: options.head, channel: options.channel ?? null, packages, skipped };
}

;// CONCATENATED MODULE: ./actions/release/core/release-report.ts
const outputsOf = (plan) => {
    const first = plan.packages[0];
    return {
        'releases-created': String(plan.packages.length > 0),
        packages: JSON.stringify(plan.packages.map((p) => ({ name: p.name, version: p.next, tag: p.tag }))),
        tags: JSON.stringify(plan.packages.flatMap((p) => [p.tag, ...p.floatingTags])),
        ...(plan.packages.length === 1 && first ? { version: first.next, tag: first.tag } : {}),
    };
};
function packageSection(p, done) {
    const rows = [
        ['version', `${p.current ?? '(none)'} → ${p.next} (${p.bump}${p.prerelease ? ', pre-release' : ''})`],
        ['tag', p.tag],
    ];
    if (p.floatingTags.length)
        rows.push(['floating tags', p.floatingTags.join(', ')]);
    if (done?.release)
        rows.push(['release', `${done.release.action}${done.release.url ? ` ${done.release.url}` : ''}`]);
    for (const image of done?.images ?? [])
        rows.push(['image', `${image.image}@${image.digest} → ${image.tags.join(', ')}`]);
    return {
        id: `package:${p.name}`,
        title: `${p.name} ${p.next}`,
        conclusion: 'success',
        blocks: [
            { kind: 'table', columns: ['', p.path], rows },
            { kind: 'code', language: 'markdown', text: p.changelog },
        ],
    };
}
/** The report of `mmf release plan` and of `mmf release publish` (with what it wrote). */
function releaseReport(plan, published) {
    const verb = published && !published.dryRun ? 'Released' : 'Would release';
    const names = plan.packages.map((p) => `${p.name} ${p.next}`).join(', ');
    const sections = plan.packages.map((p) => packageSection(p, published?.packages.find((d) => d.name === p.name)));
    if (plan.skipped.length)
        sections.push({
            id: 'skipped',
            title: 'Not released',
            conclusion: 'skipped',
            blocks: [{ kind: 'list', items: plan.skipped.map((s) => `${s.name} (${s.path}): ${s.reason}`) }],
        });
    const mode = published ? (published.dryRun ? 'publish (dry run)' : 'publish') : 'plan';
    return {
        capability: 'release',
        title: `release ${mode}`,
        subject: plan.packages.map((p) => p.name).join(',') || 'release',
        conclusion: plan.packages.length ? 'success' : 'neutral',
        headline: plan.packages.length
            ? `${verb} ${names}.`
            : 'Nothing to release: no package has a feat, fix, perf, revert or breaking change since its last release.',
        summary: [
            { label: 'packages released', value: plan.packages.length },
            { label: 'packages unchanged', value: plan.skipped.length },
            ...(plan.channel ? [{ label: 'channel', value: plan.channel }] : []),
        ],
        sections,
        annotations: [],
        cases: [],
        files: [],
        outputs: outputsOf(plan),
        notes: published?.dryRun ? ['Dry run: no tag, release or image tag was written.'] : [],
        result: {
            head: plan.head,
            channel: plan.channel,
            packages: plan.packages,
            skipped: plan.skipped,
            ...(published ? { published } : {}),
        },
    };
}

// EXTERNAL MODULE: ./actions/platform/oci/image-ref.ts
var image_ref = __webpack_require__(2103);
// EXTERNAL MODULE: ./actions/platform/process/run-command.ts
var run_command = __webpack_require__(3683);
;// CONCATENATED MODULE: ./actions/platform/git/commits.ts


/** Merges read at most per range, so a huge history stays bounded. */
const MAX_MERGES = 500;
// Fields and commits separated by NUL (`-z`): messages may hold any other character.
const FORMAT = '--format=%H%x00%P%x00%cI%x00%B';
async function git(cwd, args) {
    const result = await (0,run_command/* runCommand */.d)('git', args, { cwd });
    if (result.exitCode !== 0) {
        const first = result.stderr.trim().split('\n')[0] ?? '';
        throw new errors/* MmfError */.H0('E_GIT', `git ${args[0]} failed in ${cwd}: ${first}`, {
            hint: /not a git repository/.test(first)
                ? 'run in (or pass --repo) the root of a git checkout'
                : /unknown revision|bad revision/.test(first)
                    ? 'fetch the full history and tags (actions/checkout: fetch-depth: 0; GitLab: GIT_DEPTH: 0)'
                    : undefined,
        });
    }
    return result.stdout;
}
function parseLog(stdout) {
    const fields = stdout.split('\0');
    const commits = [];
    for (let i = 0; i + 3 < fields.length; i += 4) {
        const hash = fields[i].replace(/^\n/, '');
        if (!hash)
            break;
        commits.push({
            hash,
            parents: fields[i + 1].split(' ').filter(Boolean),
            date: fields[i + 2],
            message: fields[i + 3],
        });
    }
    return commits;
}
const revRange = (range) => range.since ? `${range.since}..${range.until ?? 'HEAD'}` : (range.until ?? 'HEAD');
/**
 * Non-merge commits in the range that touch `path` (`.` = anywhere) outside `exclude`, newest
 * first: `git log <since>..HEAD --no-merges -z --format=… -- <path> :(exclude)<other>`.
 */
async function readCommits(cwd, range, path, exclude = []) {
    // The whole repository without exclusions: no pathspec, so commits that change no file count too.
    const pathspec = path === '.' && !exclude.length
        ? []
        : ['--', path === '.' ? '.' : `:(top)${path}`, ...exclude.map((p) => `:(top,exclude)${p}`)];
    return parseLog(await git(cwd, ['log', '--no-merges', '-z', FORMAT, revRange(range), ...pathspec]));
}
/** Merge commits in the range (at most MAX_MERGES, newest first), each with the commits it brought in. */
async function readMerges(cwd, range) {
    const merges = parseLog(await git(cwd, ['log', '--merges', '-z', FORMAT, `--max-count=${MAX_MERGES}`, revRange(range)]));
    const out = [];
    for (const merge of merges) {
        const [first, ...others] = merge.parents;
        const listed = await git(cwd, ['rev-list', '--no-merges', ...others, `^${first}`]);
        out.push({ ...merge, brought: listed.split('\n').filter(Boolean) });
    }
    return out;
}
/** The full hash of a revision, e.g. HEAD. */
async function resolveCommit(cwd, rev) {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim();
}
/** The committer date (ISO 8601) of a commit. */
async function commitDate(cwd, rev) {
    return (await git(cwd, ['show', '-s', '--format=%cI', rev])).trim();
}
/** The top folder of the repository holding `cwd`. */
async function repositoryRoot(cwd) {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
}

;// CONCATENATED MODULE: ./actions/platform/git/tags.ts



/** Every tag of the repository with its commit, and whether HEAD contains it. */
async function listTags(cwd) {
    const [refs, merged] = await Promise.all([
        git(cwd, [
            'for-each-ref',
            '--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objectname)',
            'refs/tags',
        ]),
        git(cwd, ['tag', '--merged', 'HEAD']),
    ]);
    const reachable = new Set(merged.split('\n').filter(Boolean));
    return refs
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [name, type, object, peeled] = line.split('\0');
        return {
            name,
            commit: type === 'tag' ? peeled : object,
            annotated: type === 'tag',
            merged: reachable.has(name),
        };
    });
}
/** Default identity for tags when the checkout has none configured (a fresh CI runner). */
const DEFAULT_TAGGER = { name: 'mmf release', email: 'mmf-release@users.noreply.localhost' };
/**
 * Children get a minimal environment (no HOME config): the tagger comes from the repository's own
 * git config, else from GIT_COMMITTER_NAME/GIT_COMMITTER_EMAIL of mmf's environment, else DEFAULT_TAGGER.
 */
function identityEnv() {
    const out = {};
    for (const name of ['GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL']) {
        const value = process.env[name];
        if (value)
            out[name] = value;
    }
    return out;
}
/** An ssh agent, so that pushes to ssh remotes work from a developer's machine. */
function pushEnv() {
    const sock = process.env['SSH_AUTH_SOCK'];
    return sock ? { SSH_AUTH_SOCK: sock } : {};
}
async function identityArgs(cwd) {
    const probe = await (0,run_command/* runCommand */.d)('git', ['var', 'GIT_COMMITTER_IDENT'], { cwd, env: identityEnv() });
    return probe.exitCode === 0
        ? []
        : ['-c', `user.name=${DEFAULT_TAGGER.name}`, '-c', `user.email=${DEFAULT_TAGGER.email}`];
}
/** `git tag -a <name> -m <message> <commit>`: an annotated release tag. */
async function createAnnotatedTag(cwd, name, commit, message) {
    const args = [...(await identityArgs(cwd)), 'tag', '-a', name, '-m', message, commit];
    const result = await (0,run_command/* runCommand */.d)('git', args, { cwd, env: identityEnv() });
    if (result.exitCode !== 0)
        throw new errors/* MmfError */.H0('E_GIT', `git tag ${name} failed in ${cwd}: ${result.stderr.trim().split('\n')[0] ?? ''}`);
}
/** `git tag -f <name> <commit>`: creates or moves a lightweight (floating) tag. */
async function moveLightweightTag(cwd, name, commit) {
    await git(cwd, ['tag', '-f', name, commit]);
}
/**
 * Pushes tags to `remote` in one atomic push: all or none. Release tags without force (a tag
 * that exists there with another commit is refused), floating tags with `+` (moved).
 */
async function pushTags(cwd, remote, tags) {
    if (!tags.length)
        return;
    const specs = tags.map((t) => `${t.force ? '+' : ''}refs/tags/${t.name}:refs/tags/${t.name}`);
    const result = await (0,run_command/* runCommand */.d)('git', ['push', '--atomic', '--porcelain', remote, ...specs], {
        cwd,
        env: pushEnv(),
    });
    if (result.exitCode !== 0) {
        const detail = `${result.stdout}\n${result.stderr}`
            .split('\n')
            .map((l) => l.replace(/\s+/g, ' ').trim())
            .filter((l) => l.startsWith('!') || /^(error|fatal|remote):/.test(l))
            .slice(0, 5)
            .join('; ');
        throw new errors/* MmfError */.H0('E_GIT_PUSH', `git push of ${tags.map((t) => t.name).join(', ')} to ${remote} failed: ${detail}`, {
            hint: /already exists|\(fetch first\)|non-fast-forward/.test(detail)
                ? 'a release tag with that name already exists on the remote at another commit; releases never move it'
                : /hook declined|protected/.test(detail)
                    ? 'the remote refused the tags (a server hook or tag protection): allow this job to push tags, or use --tag-via api'
                    : 'check that the job may push tags (GitHub: permissions: contents: write; GitLab: a token with write_repository)',
        });
    }
}
/** Tags on `remote` matching `names`: name → commit (peeled for annotated tags). */
async function remoteTags(cwd, remote, names) {
    const out = new Map();
    if (!names.length)
        return out;
    // Both the tag and its peeled line: ls-remote patterns match whole ref names only.
    const patterns = names.flatMap((n) => [`refs/tags/${n}`, `refs/tags/${n}^{}`]);
    const stdout = await git(cwd, ['ls-remote', '--tags', remote, ...patterns]);
    for (const line of stdout.split('\n')) {
        const [sha, ref] = line.split('\t');
        if (!sha || !ref)
            continue;
        const name = ref.replace(/^refs\/tags\//, '').replace(/\^\{\}$/, '');
        if (!names.includes(name))
            continue;
        // The peeled line (`^{}`) of an annotated tag names the commit; it wins over the tag object.
        if (ref.endsWith('^{}') || !out.has(name))
            out.set(name, sha);
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/release/publish-release.ts




/** Which package each `--image` belongs to; every problem is found before anything is written. */
function assignImages(plan, images) {
    const out = plan.packages.map((pkg) => ({ pkg, images: [] }));
    for (const image of images) {
        const ref = (0,image_ref/* parseImageRef */.Q)(image.ref);
        if (!ref.digest)
            throw new errors/* MmfError */.H0('E_IMAGE_REF', `image "${image.ref}" has no digest`, {
                hint: 'promote exactly what the build pushed: registry/repository@sha256:… (the build’s digest output)',
            });
        const repo = `${ref.registry}/${ref.repository}`;
        let target;
        if (image.package) {
            target = out.find((a) => a.pkg.name === image.package);
            if (!target)
                throw new errors/* MmfError */.H0('E_USAGE', `--image ${image.package}=…: package ${image.package} is not released in this run`, {
                    hint: `released: ${plan.packages.map((p) => p.name).join(', ') || 'none'}`,
                });
        }
        else {
            target = out.find((a) => a.pkg.images.some((i) => i === repo || i === ref.repository));
            if (!target && out.length === 1)
                target = out[0];
            if (!target)
                throw new errors/* MmfError */.H0('E_USAGE', `--image ${image.ref}: which package does it belong to?`, {
                    hint: 'write --image <package>=<image@digest>, or list the repository under the package’s images: in .mmf/release.yml',
                });
        }
        target.images.push(ref);
    }
    return out;
}
const isLatest = (pkg, versions) => !pkg.prerelease && !versions.some((v) => !semver_default().prerelease(v) && semver_default().gt(v, pkg.next));
/**
 * Carries out a plan: per package the annotated tag (never moved once it exists elsewhere), the
 * floating tags (force-moved, never for a pre-release), the forge release (GitHub: draft first),
 * the image promotions (same digest, new tags), then publication. Conflicts are found for every
 * package before the first write; a rerun finds its own tags and releases and updates them.
 */
async function publishRelease(options) {
    const { plan, log, forge } = options;
    const assigned = assignImages(plan, options.images);
    if (forge && assigned.length)
        await forge.verifyAccess();
    // Every image must be in its registry (and readable) before the first tag is written.
    const manifests = new Map();
    for (const { images } of assigned)
        for (const ref of images)
            manifests.set(ref, await options.registry.getManifest(ref, ref.digest));
    const head = plan.head;
    const local = new Map((await listTags(options.root)).map((t) => [t.name, t.commit]));
    const allTags = plan.packages.flatMap((p) => [p.tag, ...p.floatingTags]);
    const remote = new Map();
    if (options.tagVia === 'git' && options.remote) {
        for (const [k, v] of await remoteTags(options.root, options.remote, allTags))
            remote.set(k, v);
    }
    else if (options.tagVia === 'api' && forge) {
        for (const tag of allTags) {
            const sha = await forge.remoteTag(tag);
            if (sha)
                remote.set(tag, sha);
        }
    }
    for (const { pkg } of assigned) {
        for (const [where, map] of [
            ['locally', local],
            [options.tagVia === 'git' ? `on ${options.remote}` : `on ${forge?.kind ?? 'the forge'}`, remote],
        ]) {
            const at = map.get(pkg.tag);
            if (at && at !== head)
                throw new errors/* MmfError */.H0('E_RELEASE_TAG_CONFLICT', `tag ${pkg.tag} already exists ${where} at ${at.slice(0, 12)}, not at the release commit ${head.slice(0, 12)}`, {
                    hint: 'release tags are never moved: release from the commit it names, or delete the tag if it was made by mistake',
                });
        }
    }
    const done = [];
    for (const { pkg, images } of assigned) {
        const tagExists = local.get(pkg.tag) === head || remote.get(pkg.tag) === head;
        const result = {
            name: pkg.name,
            tag: pkg.tag,
            tagAction: options.dryRun ? 'planned' : tagExists ? 'exists' : 'created',
            floatingTags: pkg.floatingTags.map((tag) => ({
                tag,
                from: remote.get(tag) ?? local.get(tag) ?? null,
                to: head,
            })),
            release: null,
            images: [],
        };
        const imageTags = [pkg.next, ...pkg.floatingVersions];
        const request = {
            tag: pkg.tag,
            name: `${pkg.name} ${pkg.next}`,
            notes: pkg.changelog,
            commit: head,
            prerelease: pkg.prerelease,
            latest: isLatest(pkg, options.versions.get(pkg.name) ?? []),
        };
        if (options.dryRun) {
            log.info(`would tag ${pkg.tag}${pkg.floatingTags.length ? ` and move ${pkg.floatingTags.join(', ')}` : ''} at ${head.slice(0, 12)}`);
            result.release = forge ? { forge: forge.kind, action: 'planned', url: null, id: null } : null;
            result.images = images.map((ref) => ({
                image: `${ref.registry}/${ref.repository}`,
                digest: ref.digest,
                tags: imageTags,
                changed: false,
            }));
            done.push(result);
            continue;
        }
        // 1. Tags: the release tag (annotated) and the floating ones, pushed in one atomic push.
        const message = `${pkg.name} ${pkg.next}\n\n${pkg.changelog}`;
        if (options.tagVia === 'git') {
            if (local.get(pkg.tag) !== head)
                await createAnnotatedTag(options.root, pkg.tag, head, message);
            for (const tag of pkg.floatingTags)
                await moveLightweightTag(options.root, tag, head);
            if (options.remote) {
                const pushes = [];
                if (remote.get(pkg.tag) !== head)
                    pushes.push({ name: pkg.tag, force: false });
                for (const tag of pkg.floatingTags)
                    if (remote.get(tag) !== head)
                        pushes.push({ name: tag, force: true });
                await pushTags(options.root, options.remote, pushes);
            }
        }
        else if (forge) {
            if (remote.get(pkg.tag) !== head)
                await forge.createTag(pkg.tag, head, message);
            for (const tag of pkg.floatingTags)
                if (remote.get(tag) !== head)
                    await forge.moveTag(tag, head, remote.has(tag));
        }
        log.info(`${pkg.tag}: ${result.tagAction}${pkg.floatingTags.length ? `; moved ${pkg.floatingTags.join(', ')}` : ''}`);
        // 2. The release, unpublished; 3. images; 4. publish, so the release appears with its images.
        let release;
        if (forge)
            release = await forge.upsertDraft(request);
        for (const ref of images) {
            const promoted = {
                image: `${ref.registry}/${ref.repository}`,
                digest: ref.digest,
                tags: imageTags,
                changed: false,
            };
            for (const tag of imageTags) {
                const r = await options.registry.tagDigest(ref, tag, manifests.get(ref));
                promoted.changed ||= r.changed;
            }
            log.info(`${(0,image_ref/* formatImageRef */.kL)(ref)} tagged ${imageTags.join(', ')}`);
            result.images.push(promoted);
        }
        if (forge && release) {
            release = await forge.publish(release, request);
            result.release = { forge: forge.kind, action: release.action, url: release.url, id: release.id };
            log.info(`${forge.kind} release ${release.action}: ${release.url}`);
        }
        done.push(result);
    }
    return { dryRun: options.dryRun, remote: options.remote, packages: done };
}

// EXTERNAL MODULE: ./actions/platform/fs/read-small-file.ts
var read_small_file = __webpack_require__(365);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./actions/release/core/release-config.ts






/** Where `mmf release` looks for its configuration, relative to the repository root. */
const RELEASE_CONFIG_FILE = '.mmf/release.yml';
const TOP_KEYS = new Set([
    'packages',
    'tag-format',
    'floating-tags',
    'initial-version',
    'bump-minor-pre-major',
    'bump-patch-for-minor-pre-major',
]);
const PACKAGE_KEYS = new Set(['name', 'path', 'tag-format', 'floating-tags', 'images']);
const NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const IMAGE = /^[a-z0-9][a-z0-9.:-]*(?:\/[a-z0-9._-]+)+$|^[a-z0-9._-]+$/;
function fail(origin, message, hint) {
    throw new errors/* MmfError */.H0('E_RELEASE_CONFIG', message, { file: origin, ...(hint ? { hint } : {}) });
}
function unknownKeys(value, allowed, where, origin) {
    const extra = Object.keys(value).filter((k) => !allowed.has(k));
    if (extra.length)
        fail(origin, `${where} has unknown key${extra.length > 1 ? 's' : ''} ${extra.join(', ')}`, `allowed: ${[...allowed].join(', ')}`);
}
function str(value, where, origin) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string' || !value.trim())
        fail(origin, `${where} must be a non-empty string`);
    return value.trim();
}
function bool(value, where, origin, fallback) {
    if (value === undefined || value === null)
        return fallback;
    if (typeof value !== 'boolean')
        fail(origin, `${where} must be true or false`);
    return value;
}
/** YAML 1.2 (so `path: .` stays a string), one document, few aliases, small. */
function readYaml(text, origin) {
    if (text.length > 256 * 1024)
        fail(origin, 'is larger than 256 KiB');
    const docs = (0,yaml_dist/* parseAllDocuments */.hR)(text, { version: '1.2', uniqueKeys: true });
    const list = Array.isArray(docs) ? docs : [docs];
    if (list.length > 1)
        fail(origin, 'must hold one YAML document');
    const doc = list[0];
    if (!doc)
        return {};
    const error = doc.errors[0];
    if (error) {
        const pos = error.linePos?.[0];
        fail(origin, `invalid YAML${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${error.message.split('\n')[0] ?? ''}`);
    }
    try {
        return doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (err) {
        return fail(origin, `invalid YAML: ${err.message.split('\n')[0] ?? ''}`);
    }
}
/** `services/api/` → `services/api`; refuses absolute paths and `..`. */
function normalisePackagePath(path, origin) {
    const clean = path.replace(/\\/g, '/').replace(/\/+$/, '').replace(/^\.\//, '') || '.';
    if (clean.startsWith('/') || /^[A-Za-z]:/.test(clean) || clean.split('/').includes('..'))
        fail(origin, `package path "${path}" must be relative to the repository and stay inside it`);
    return clean;
}
const inside = (child, parent) => parent === '.' || child.startsWith(`${parent}/`);
/** The configuration of a repository without `.mmf/release.yml`: one package, the whole repository, tags `v1.2.3`. */
function defaultReleaseConfig(name) {
    return {
        packages: [
            { name, path: '.', tagFormat: 'v{version}', floatingTags: false, images: [], excludePaths: [] },
        ],
        rules: DEFAULT_VERSION_RULES,
    };
}
/** Reads `.mmf/release.yml` (text); every mistake is an E_RELEASE_CONFIG naming the file and key. */
function parseReleaseConfig(text, origin, defaultName) {
    const root = readYaml(text, origin);
    if (!(0,json/* isObject */.Gv)(root))
        fail(origin, 'must be a mapping (packages:, tag-format: …)');
    unknownKeys(root, TOP_KEYS, 'the file', origin);
    const initialVersion = str(root['initial-version'], 'initial-version', origin) ?? DEFAULT_VERSION_RULES.initialVersion;
    if (semver_default().valid(initialVersion) !== initialVersion || semver_default().prerelease(initialVersion))
        fail(origin, `initial-version "${initialVersion}" must be a final semver version such as 1.0.0 or 0.1.0`);
    const rules = {
        initialVersion,
        bumpMinorPreMajor: bool(root['bump-minor-pre-major'], 'bump-minor-pre-major', origin, false),
        bumpPatchForMinorPreMajor: bool(root['bump-patch-for-minor-pre-major'], 'bump-patch-for-minor-pre-major', origin, false),
    };
    const defaultFormat = str(root['tag-format'], 'tag-format', origin) ?? 'v{version}';
    checkTagFormat(defaultFormat, origin);
    const defaultFloating = bool(root['floating-tags'], 'floating-tags', origin, false);
    const list = root['packages'] ?? [{ path: '.' }];
    if (!Array.isArray(list) || list.length === 0)
        fail(origin, 'packages must be a non-empty list of {path, name, tag-format}');
    const packages = list.map((entry, i) => {
        const where = `packages[${i}]`;
        if (!(0,json/* isObject */.Gv)(entry))
            fail(origin, `${where} must be a mapping with path (and name, tag-format)`);
        unknownKeys(entry, PACKAGE_KEYS, where, origin);
        const rawPath = str(entry['path'], `${where}.path`, origin);
        if (!rawPath)
            fail(origin, `${where}.path is required`, 'the folder the package lives in, e.g. services/api, or . for the whole repository');
        const path = normalisePackagePath(rawPath, origin);
        const name = str(entry['name'], `${where}.name`, origin) ?? (path === '.' ? defaultName : path.split('/').pop());
        if (!NAME.test(name))
            fail(origin, `${where}.name "${name}" may hold only letters, digits, ".", "-", "_" and "/"`);
        const tagFormat = str(entry['tag-format'], `${where}.tag-format`, origin) ?? defaultFormat;
        checkTagFormat(tagFormat, origin);
        const imagesValue = entry['images'] ?? [];
        if (!Array.isArray(imagesValue) || imagesValue.some((x) => typeof x !== 'string' || !IMAGE.test(x)))
            fail(origin, `${where}.images must be a list of image repositories without tag or digest, e.g. ghcr.io/acme/api`);
        return {
            name,
            path,
            tagFormat,
            floatingTags: bool(entry['floating-tags'], `${where}.floating-tags`, origin, defaultFloating),
            images: imagesValue,
            excludePaths: [],
        };
    });
    const seen = new Map();
    for (const p of packages) {
        const prev = seen.get(p.name);
        if (prev !== undefined)
            fail(origin, `two packages are named "${p.name}" (${prev} and ${p.path})`);
        seen.set(p.name, p.path);
    }
    const paths = packages.map((p) => p.path);
    if (new Set(paths).size !== paths.length)
        fail(origin, 'two packages have the same path');
    const tags = packages.map((p) => p.tagFormat.replace(/\{name\}/g, p.name));
    if (new Set(tags).size !== tags.length)
        fail(origin, 'two packages would share their tags', 'give packages in one repository distinct tag formats, e.g. {name}@{version}');
    return {
        rules,
        packages: packages.map((p) => ({
            ...p,
            excludePaths: paths.filter((other) => other !== p.path && inside(other, p.path)),
        })),
    };
}

;// CONCATENATED MODULE: ./actions/release/read-history.ts








const MAX_CONFIG_BYTES = 1024 * 1024;
const SKIPPED = {
    missing: 'it does not exist',
    'not-a-file': 'it is not a file',
    'too-large': `it is larger than ${MAX_CONFIG_BYTES} bytes`,
    unreadable: 'it cannot be read (permissions?)',
};
/** Reads `.mmf/release.yml` (or `file`), or the default of one package named after the folder. */
async function loadReleaseConfig(root, file) {
    const path = file ?? (0,external_node_path_.join)(root, RELEASE_CONFIG_FILE);
    const read = await (0,read_small_file/* readSmallFile */.E)(path, MAX_CONFIG_BYTES);
    if ('skipped' in read) {
        if (read.skipped === 'missing' && !file)
            return { config: defaultReleaseConfig((0,external_node_path_.basename)(root)), file: null };
        throw new errors/* MmfError */.H0('E_RELEASE_CONFIG', `cannot read the release configuration: ${SKIPPED[read.skipped]}`, {
            file: path,
        });
    }
    const text = read.text;
    return { config: parseReleaseConfig(text, file ?? RELEASE_CONFIG_FILE, (0,external_node_path_.basename)(root)), file: path };
}
function packageTags(pkg, tags) {
    const format = { format: pkg.tagFormat, name: pkg.name };
    const out = [];
    for (const tag of tags) {
        const version = parseTag(format, tag.name);
        if (version)
            out.push({ tag: tag.name, version, commit: tag.commit, merged: tag.merged });
    }
    return out.sort((a, b) => semver_default().rcompare(a.version, b.version));
}
const strip = ({ tag, version, commit }) => ({ tag, version, commit });
/**
 * Whether a tag at HEAD is this run's own release from an earlier attempt (a rerun after a
 * failure): then it is planned again, so publish finds it and finishes the job.
 */
function isOwnRelease(version, channel) {
    const pre = semver_default().prerelease(version);
    return channel ? pre?.[0] === channel : pre === null;
}
/** Tags, commits and merges of every configured package, read from the repository holding `dir`. */
async function readRepositoryState(dir, configFile, channel) {
    const root = await repositoryRoot(dir).catch((err) => {
        throw new errors/* MmfError */.H0('E_USAGE', `${(0,external_node_path_.resolve)(dir)} is not inside a git repository`, {
            hint: 'pass --repo with the root of a git checkout (with its tags: git fetch --tags)',
            cause: err,
        });
    });
    const { config, file } = await loadReleaseConfig(root, configFile);
    const head = await resolveCommit(root, 'HEAD').catch((err) => {
        throw new errors/* MmfError */.H0('E_USAGE', `the repository at ${root} has no commits yet`, { cause: err });
    });
    const headDate = await commitDate(root, head);
    const tags = await listTags(root);
    const histories = [];
    for (const pkg of config.packages) {
        const own = packageTags(pkg, tags);
        const reachable = own.filter((t) => t.merged && !(t.commit === head && isOwnRelease(t.version, channel)));
        const stable = reachable.find((t) => !semver_default().prerelease(t.version)) ?? null;
        const latest = reachable[0] ?? null;
        const sinceStable = await readCommits(root, stable ? { since: stable.commit } : {}, pkg.path, pkg.excludePaths);
        const sinceLatest = latest && latest.tag !== stable?.tag
            ? await readCommits(root, { since: latest.commit }, pkg.path, pkg.excludePaths)
            : sinceStable;
        const merges = await readMerges(root, stable ? { since: stable.commit } : {});
        histories.push({
            package: pkg,
            stable: stable ? strip(stable) : null,
            latest: latest ? strip(latest) : null,
            versions: own.map((t) => t.version),
            sinceStable,
            sinceLatest,
            merges,
        });
    }
    return { root, head, headDate, config, configFile: file, histories, tags };
}

;// CONCATENATED MODULE: ./actions/release/run-release.ts




async function planFromRepository(request) {
    const state = await readRepositoryState(request.repo, request.configFile, request.channel);
    if (request.floatingTags)
        for (const h of state.histories)
            h.package = { ...h.package, floatingTags: true };
    const plan = planRelease(state.histories, {
        rules: state.config.rules,
        head: state.head,
        headDate: state.headDate,
        ...(request.channel ? { channel: request.channel } : {}),
        ...(request.links ? { links: request.links } : {}),
    });
    return { state, plan };
}
/** `mmf release plan`: what would be released, with versions and changelogs. Writes nothing. */
async function runReleasePlan(request) {
    return releaseReport((await planFromRepository(request)).plan);
}
/** `mmf release publish`: the plan, carried out (or, with dryRun, only described). */
async function runReleasePublish(request) {
    const { state, plan } = await planFromRepository(request);
    const published = await publishRelease({
        root: state.root,
        plan,
        dryRun: request.dryRun,
        tagVia: request.tagVia,
        remote: request.remote,
        forge: request.forge,
        images: request.images,
        registry: request.registry,
        versions: new Map(state.histories.map((h) => [h.package.name, h.versions])),
        log: request.log,
    });
    return releaseReport(plan, published);
}


/***/ })

};
