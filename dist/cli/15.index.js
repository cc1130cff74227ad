export const id = 15;
export const ids = [15];
export const modules = {

/***/ 2030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ scanTemplates),
/* harmony export */   kl: () => (/* binding */ textCallsRandom),
/* harmony export */   lo: () => (/* binding */ RandomTemplates)
/* harmony export */ });
/* unused harmony export RANDOM_FUNCTIONS */
/**
 * Which Helm templates can render differently from one run to the next.
 *
 * A resource needs a second render (to find its volatile fields) only when
 * the template that produced it, or a named template or file it includes,
 * calls a random or time function. Helm names every document's template in a
 * `# Source: <chart>/templates/<file>` comment, so after one render the
 * resources that can be random are known, and a chart whose only random calls
 * sit in test hooks (which are dropped) is rendered once.
 *
 * The scan is conservative: an `include` whose name is computed (other than
 * the `print $.Template.BasePath "/file"` checksum idiom) counts as random
 * when anything in the chart is, and `tpl` counts as random when any text it
 * could evaluate (values files, other chart files) calls a random function.
 *
 * The checksum idiom is also read per render: a file included with the root
 * context (`.` outside any `with`/`range`, or `$`, in a template file's own
 * body) renders there exactly as on its own. When that render holds no
 * `# Source:` document of the file, the include adds only whitespace, so in
 * that environment it makes nothing random (a Secret the values turn off).
 */
/** Calls of functions whose result changes between two renders of the same input (not `.Values.now`). */
const RANDOM_FUNCTIONS = /(?<![\w.$])(randAlphaNum|randAlpha|randNumeric|randAscii|randBytes|randInt|uuidv4|genCA|genCAWithKey|genPrivateKey|genSelfSignedCert|genSelfSignedCertWithKey|genSignedCert|genSignedCertWithKey|htpasswd|bcrypt|encryptAES|now|ago|shuffle)\b/;
const ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;
const LITERAL_INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;
const DYNAMIC_INCLUDE = /\b(?:include|template)\s+(?!")(\S)/;
const BASE_PATH_INCLUDE = /\b(?:include|template)\s+\(\s*print\s+\$?\.Template\.BasePath\s+"([^"]+)"\s*\)(?:\s+(\$|\.)(?=[\s|)]|$))?/g;
const OPENERS = new Set(['if', 'range', 'with']);
/** Blocks inside which `.` is no longer the root context. */
const DOT_CHANGERS = new Set(['range', 'with']);
/** Document headers of a render: `# Source: <chart>/templates/<file>`. */
const SOURCE_HEADER = /^# Source: (.+?)\s*$/gm;
const TEST_HOOK = /["']?helm\.sh\/hook["']?\s*:\s*["']?[\w,\s-]*\btest(?:-success)?\b/;
/** Files Helm renders into no document of the output: partials (`_helpers.tpl`) and NOTES.txt. */
const RENDERS_NOTHING = /(?:^|\/)(?:_[^/]*|NOTES\.txt)$/;
const fileUnit = (name) => `file:${name}`;
const defineUnit = (name) => `define:${name}`;
/** Reads the actions of every template: what each file and each named template calls and includes. */
function scanTemplates(sources, unscanned = false) {
    const units = new Map();
    const unit = (key) => {
        let found = units.get(key);
        if (!found) {
            found = {
                random: false,
                testHook: false,
                tpl: false,
                dynamic: false,
                refs: new Set(),
                rootFileRefs: new Set(),
                readsTemplateName: false,
            };
            units.set(key, found);
        }
        return found;
    };
    let usesTpl = false;
    for (const source of sources) {
        // The stack of open blocks; a define's entry names the unit its actions belong to.
        const stack = [];
        const current = () => [...stack].reverse().find((s) => s.unit !== undefined)?.unit ?? fileUnit(source.name);
        const file = unit(fileUnit(source.name));
        file.testHook = TEST_HOOK.test(source.text);
        file.readsTemplateName = /\.Template\.Name\b/.test(source.text);
        for (const match of source.text.matchAll(ACTION)) {
            const action = (match[1] ?? '').trim();
            if (action.startsWith('/*'))
                continue;
            const word = /^[a-z]+/.exec(action)?.[0] ?? '';
            if (word === 'end') {
                stack.pop();
                continue;
            }
            if (word === 'define' || word === 'block') {
                const name = /^(?:define|block)\s+"([^"]+)"/.exec(action)?.[1];
                const key = name === undefined ? undefined : defineUnit(name);
                if (key && word === 'block')
                    unit(current()).refs.add(key);
                stack.push({ unit: key ?? current(), movesDot: true });
                if (key)
                    unit(key);
                continue;
            }
            const target = unit(current());
            // In a file's own body, `$` is the root context, and so is `.` until a range or with moves it.
            const inFileBody = current() === fileUnit(source.name);
            const dotIsRoot = inFileBody && !stack.some((s) => s.movesDot);
            if (OPENERS.has(word))
                stack.push({ movesDot: DOT_CHANGERS.has(word) });
            const top = stack[stack.length - 1];
            if (word === 'else' && /^else\s+with\b/.test(action) && top)
                top.movesDot = true;
            if (RANDOM_FUNCTIONS.test(action))
                target.random = true;
            if (/\btpl\b/.test(action)) {
                target.tpl = true;
                usesTpl = true;
            }
            for (const m of action.matchAll(LITERAL_INCLUDE))
                target.refs.add(defineUnit(m[1]));
            let rest = action;
            for (const m of action.matchAll(BASE_PATH_INCLUDE)) {
                const included = fileUnit(`${source.chart}/templates${m[1].replace(/^\/?/, '/')}`);
                const root = (m[2] === '$' && inFileBody) || (m[2] === '.' && dotIsRoot);
                (root ? target.rootFileRefs : target.refs).add(included);
                rest = rest.replace(m[0], '');
            }
            if (DYNAMIC_INCLUDE.test(rest))
                target.dynamic = true;
        }
    }
    return { units, unscanned, usesTpl };
}
/** The templates that can render differently on each run, once it is known whether `tpl` can see random text. */
class RandomTemplates {
    random;
    files;
    scan;
    /** The units that are random on their own, before anything that includes them. */
    seeds;
    /**
     * Random files that some template includes with the root context (and that
     * can render a document and read no `.Template.Name`): the only ones that
     * can leave an environment's render without making their includers random.
     */
    silenceable;
    /** Whether anything in the chart can be random (then an unknown source counts as random). */
    any;
    /**
     * Whether a render is likely to hold a random document that is not a Helm
     * test: some random template that renders output declares no test hook. A
     * guess made before rendering, so the second render can start at once; what
     * the first render holds still decides whether the second one is used.
     */
    likelyNeedsSecondRender;
    constructor(scan, tplSeesRandomText) {
        this.scan = scan;
        this.files = new Set([...scan.units.keys()].filter((k) => k.startsWith('file:')));
        const direct = (u) => u.random || (u.tpl && tplSeesRandomText);
        this.any = [...scan.units.values()].some(direct) || scan.unscanned;
        const seeds = new Set();
        for (const [key, u] of scan.units)
            if (direct(u) || (u.dynamic && this.any))
                seeds.add(key);
        this.seeds = seeds;
        this.random = this.propagate(seeds, new Set());
        const rootIncluded = new Set([...scan.units.values()].flatMap((u) => [...u.rootFileRefs]));
        this.silenceable = [...rootIncluded].filter((key) => this.random.has(key) &&
            this.files.has(key) &&
            !RENDERS_NOTHING.test(key) &&
            !scan.units.get(key)?.readsTemplateName);
        this.likelyNeedsSecondRender =
            scan.unscanned ||
                [...scan.units].some(([key, u]) => key.startsWith('file:') && this.random.has(key) && !u.testHook && !RENDERS_NOTHING.test(key));
    }
    /** Whatever includes a random template is random: grows `seeds` until nothing changes. */
    propagate(seeds, silent) {
        const random = new Set(seeds);
        const pulls = (u) => [...u.refs].some((r) => random.has(r)) ||
            [...u.rootFileRefs].some((r) => random.has(r) && !silent.has(r));
        for (let changed = true; changed;) {
            changed = false;
            for (const [key, u] of this.scan.units) {
                if (random.has(key) || !pulls(u))
                    continue;
                random.add(key);
                changed = true;
            }
        }
        return random;
    }
    /** Whether the template named in a document's `# Source:` comment can render differently on each run. */
    isRandom(source) {
        return this.lookup(this.random, source);
    }
    /**
     * The same question for the documents of one render (`helm template`'s
     * output): a random file that rendered no document there, included with
     * the root context and reading no `.Template.Name`, adds nothing random to
     * the files that include it.
     */
    inRender(manifests) {
        if (this.silenceable.length === 0)
            return (source) => this.isRandom(source);
        const present = new Set([...manifests.matchAll(SOURCE_HEADER)].map((m) => fileUnit(m[1])));
        const silent = new Set(this.silenceable.filter((key) => !present.has(key)));
        if (silent.size === 0)
            return (source) => this.isRandom(source);
        const random = this.propagate(this.seeds, silent);
        return (source) => this.lookup(random, source);
    }
    lookup(random, source) {
        if (source === undefined || !this.files.has(fileUnit(source)))
            return this.any;
        return random.has(fileUnit(source));
    }
}
/** Whether text that `tpl` may evaluate (a values file, a file of the chart) calls a random function. */
function textCallsRandom(text) {
    for (const match of text.matchAll(ACTION))
        if (RANDOM_FUNCTIONS.test(match[1] ?? ''))
            return true;
    return false;
}


/***/ }),

/***/ 4216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U0: () => (/* binding */ reviewMetrics),
/* harmony export */   Yi: () => (/* binding */ reviewOverview),
/* harmony export */   ed: () => (/* binding */ environmentSections),
/* harmony export */   pB: () => (/* binding */ VERDICT_HEADLINE)
/* harmony export */ });
/* unused harmony exports FIELD_ROWS, resourceDetails */
/* harmony import */ var _review_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4014);

/** What a review found, one line (surfaces add their own mark). */
const VERDICT_HEADLINE = {
    'no-changes': 'No changes to the rendered manifests.',
    changes: 'The rendered manifests change (details below).',
    parity: 'Parity: every environment renders exactly what Helm renders.',
    'parity-failure': 'Parity failure: Kustomize does not reproduce Helm in every environment.',
};
const SYMBOL = { added: '➕', removed: '➖', changed: '✏️', renamed: '🔀' };
/** Field rows shown per resource; the rest are counted. */
const FIELD_ROWS = 50;
const sum = (kinds, status) => kinds.reduce((n, k) => n + k[status], 0);
/** The lead section: one row per environment, then the counts per kind (collapsed). */
function reviewOverview(report) {
    const rows = report.sections.map((s) => {
        const kinds = (0,_review_report_js__WEBPACK_IMPORTED_MODULE_0__/* .countsByKind */ .Wl)(s.diff);
        const parity = s.parity === undefined ? '—' : s.parity ? '✅ identical' : '❌ differs';
        return [
            s.name,
            parity,
            sum(kinds, 'added'),
            sum(kinds, 'changed'),
            sum(kinds, 'removed'),
            sum(kinds, 'renamed'),
            s.diff.unchanged,
        ];
    });
    const blocks = [
        {
            kind: 'table',
            columns: ['environment', 'parity', 'added', 'changed', 'removed', 'renamed', 'unchanged'],
            rows,
        },
    ];
    const kindRows = report.sections.flatMap((s) => (0,_review_report_js__WEBPACK_IMPORTED_MODULE_0__/* .countsByKind */ .Wl)(s.diff).map((k) => [s.name, k.kind, k.added, k.changed, k.removed, k.renamed]));
    if (kindRows.length)
        blocks.push({
            kind: 'details',
            summary: 'Changes per kind',
            blocks: [
                {
                    kind: 'table',
                    columns: ['environment', 'kind', 'added', 'changed', 'removed', 'renamed'],
                    rows: kindRows,
                },
            ],
        });
    return { id: 'environments', title: '', blocks };
}
/** One collapsed block per changed resource: its field changes, Secret key names (never values), the diff. */
function resourceDetails(environment, change) {
    const from = change.renamedFrom ? ` (was ${change.renamedFrom.kind}/${change.renamedFrom.name})` : '';
    const blocks = [];
    if (change.fields.length) {
        const rows = change.fields
            .slice(0, FIELD_ROWS)
            .map((f) => [{ code: f.path }, f.change, f.before ?? '', f.after ?? '']);
        if (change.fields.length > FIELD_ROWS)
            rows.push([`… ${change.fields.length - FIELD_ROWS} more fields`, '', '', '']);
        blocks.push({ kind: 'table', columns: ['field', 'change', 'before', 'after'], rows });
    }
    if (change.secretKeys?.length) {
        blocks.push({ kind: 'paragraph', text: 'Secret keys (values never shown):' }, {
            kind: 'table',
            columns: ['key', 'status', 'bytes before', 'bytes after'],
            rows: change.secretKeys.map((k) => [
                { code: k.key },
                k.status,
                k.beforeBytes ?? '',
                k.afterBytes ?? '',
            ]),
        });
    }
    if (change.unifiedDiff)
        blocks.push({ kind: 'code', language: 'diff', text: change.unifiedDiff });
    return {
        kind: 'details',
        summary: `${SYMBOL[change.status]} ${environment}: ${change.resource}${from}: ${change.status}`,
        blocks,
    };
}
/** One section per environment that changes, holding its resources. */
function environmentSections(report) {
    return report.sections
        .filter((s) => s.diff.changes.length)
        .map((s) => ({
        id: `env:${s.name}`,
        title: s.name,
        ...(s.parity === undefined
            ? {}
            : { conclusion: s.parity ? 'success' : 'failure' }),
        blocks: s.diff.changes.map((c) => resourceDetails(s.name, c)),
    }));
}
function reviewMetrics(report) {
    const metrics = [
        { label: 'environments', value: report.sections.length },
        { label: 'changed resources', value: (0,_review_report_js__WEBPACK_IMPORTED_MODULE_0__/* .changedResources */ .IR)(report) },
    ];
    if (report.sections.some((s) => s.parity !== undefined))
        metrics.push({
            label: 'parity',
            value: `${report.sections.filter((s) => s.parity).length}/${report.sections.length}`,
        });
    return metrics;
}


/***/ }),

/***/ 6988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ assertNoEscapingEntries),
/* harmony export */   y: () => (/* binding */ assertResolvesInside)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5067);
/* harmony import */ var _path_inside_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2972);




const LINK_HINT = 'replace the link with a copy of the file inside the folder, or remove it; links that stay inside the folder keep working';
/**
 * Refuses a folder of untrusted content (a chart from a pull request) that
 * holds a symbolic link resolving outside it, or a device, FIFO or socket
 * file, before any tool reads it: through such an entry a template could read
 * /proc/self/environ, a kubeconfig or a device. The error names the entry and
 * where it points, never what is there. Links that stay inside are allowed
 * (their content is the folder's own).
 */
async function assertNoEscapingEntries(root, shownAs = root) {
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    const pending = [root];
    while (pending.length) {
        const dir = pending.pop();
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            const label = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(shownAs, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path));
            if (entry.isDirectory())
                pending.push(path);
            else if (entry.isSymbolicLink())
                await checkLink(path, label, realRoot, shownAs);
            else if (!entry.isFile()) {
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_CHART_SYMLINK', `is a ${kindOf(entry)}, not a regular file; it was not read`, {
                    file: label,
                    hint: 'charts hold only folders, regular files and links inside the chart',
                });
            }
        }
    }
}
function kindOf(entry) {
    if (entry.isCharacterDevice() || entry.isBlockDevice())
        return 'device file';
    if (entry.isFIFO())
        return 'FIFO (named pipe)';
    if (entry.isSocket())
        return 'socket';
    return 'special file';
}
/** What a link names (as written) and where it really leads (a dangling or looping link: the path it names). */
async function linkTarget(link) {
    const named = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(link);
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(link).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(link), named));
    return { named, real };
}
function describeTarget({ named, real }, link) {
    return real === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(link), named) ? real : `${named} (resolves to ${real})`;
}
async function checkLink(link, label, realRoot, shownAs) {
    const target = await linkTarget(link);
    if ((0,_path_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(target.real, realRoot))
        return;
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_CHART_SYMLINK', `is a symbolic link to ${describeTarget(target, link)}, outside ${shownAs}; it was not followed and nothing was rendered`, { file: label, hint: LINK_HINT });
}
/**
 * An input path inside `root` (the workspace, or the current directory) that
 * is or passes through a symbolic link must resolve inside `root` too. A path
 * the user names outside `root` is their own choice and is not checked.
 */
async function assertResolvesInside(path, root, what) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root));
    if (!(0,_path_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(abs, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root)) && !(0,_path_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(abs, realRoot))
        return;
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs).catch(() => undefined);
    if (real === undefined || (0,_path_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(real, realRoot))
        return;
    const isLink = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => undefined))?.isSymbolicLink() ?? false;
    const shown = isLink ? describeTarget({ named: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(abs), real }, abs) : real;
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_CHART_SYMLINK', `${what} ${isLink ? 'is' : 'passes through'} a symbolic link to ${shown}, outside ${root}; it was not read`, { file: path, hint: LINK_HINT });
}


/***/ }),

/***/ 2323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ openChart)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5067);
/* harmony import */ var _kernel_json_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2070);
/* harmony import */ var _kernel_k8s_manifest_stream_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7725);
/* harmony import */ var _kernel_helm_random_templates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2030);
/* harmony import */ var _fs_link_guard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6988);
/* harmony import */ var _process_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2490);
/* harmony import */ var _process_run_command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3683);
/* harmony import */ var _fs_remove_tree_sync_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(149);











/**
 * Opens a chart given as a directory or a packaged .tgz, refuses one that
 * holds a symbolic link leading outside the chart (or a device file), reads
 * Chart.yaml, checks that declared dependencies are vendored, and scans the
 * templates of the chart and its subcharts for lookup(), .Capabilities and
 * random values.
 */
async function openChart(chartPath, options = {}) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(chartPath);
    }
    catch {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_CHART_NOT_FOUND', 'chart does not exist', {
            file: chartPath,
            hint: 'pass --chart <chart directory or packaged .tgz>',
        });
    }
    await (0,_fs_link_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .assertResolvesInside */ .y)(chartPath, options.root ?? process.cwd(), 'the chart');
    if (info.isDirectory()) {
        await (0,_fs_link_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .assertNoEscapingEntries */ .M)(chartPath);
        return inspect(chartPath, async () => { });
    }
    if (!chartPath.endsWith('.tgz') && !chartPath.endsWith('.tar.gz')) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_CHART_NOT_FOUND', 'is neither a chart directory nor a packaged chart (.tgz)', {
            file: chartPath,
        });
    }
    const temp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mmf-chart-'));
    const forget = (0,_process_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_7__/* .onExit */ .cf)(() => (0,_fs_remove_tree_sync_js__WEBPACK_IMPORTED_MODULE_9__/* .removeTreeSync */ .O)(temp));
    const cleanup = async () => {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { recursive: true, force: true });
        forget();
    };
    // GNU and BSD tar refuse members with absolute or `..` paths; links are checked after unpacking.
    const untar = await (0,_process_run_command_js__WEBPACK_IMPORTED_MODULE_8__/* .runCommand */ .d)('tar', ['-xzf', chartPath, '-C', temp, '--no-same-owner']);
    if (untar.exitCode !== 0) {
        await cleanup();
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_CHART_YAML', `cannot unpack the chart archive: ${untar.stderr.trim()}`, {
            file: chartPath,
        });
    }
    const entries = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(temp, { withFileTypes: true })).filter((e) => e.isDirectory());
    if (entries.length !== 1) {
        await cleanup();
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_CHART_YAML', 'a packaged chart must hold exactly one top-level folder', {
            file: chartPath,
        });
    }
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, entries[0].name);
    try {
        await (0,_fs_link_guard_js__WEBPACK_IMPORTED_MODULE_6__/* .assertNoEscapingEntries */ .M)(temp, chartPath);
    }
    catch (err) {
        await cleanup();
        throw err;
    }
    return inspect(dir, cleanup, chartPath);
}
async function readChartYaml(dir, shownAs) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'Chart.yaml');
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_CHART_YAML', 'Chart.yaml is missing', {
            file: shownAs,
            hint: 'point --chart at the folder that holds Chart.yaml',
        });
    }
    let doc;
    try {
        doc = (0,_kernel_k8s_manifest_stream_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifestStream */ .P)(text, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(shownAs, 'Chart.yaml'))[0]?.value;
    }
    catch (err) {
        if (err instanceof _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_CHART_YAML', err.message, { file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(shownAs, 'Chart.yaml') });
        throw err;
    }
    if (!(0,_kernel_json_js__WEBPACK_IMPORTED_MODULE_10__/* .isObject */ .Gv)(doc) || typeof doc.name !== 'string' || doc.version === undefined) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_CHART_YAML', 'Chart.yaml must define at least `name` and `version`', {
            file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(shownAs, 'Chart.yaml'),
        });
    }
    return doc;
}
async function inspect(dir, cleanup, shownAs = dir) {
    try {
        const chart = await readChartYaml(dir, shownAs);
        await checkDependencies(dir, chart, shownAs);
        const found = await readTemplates(dir, String(chart.name));
        const actions = found.sources.map((t) => (t.text.match(/\{\{[\s\S]*?\}\}/g) ?? []).join('\n'));
        const scan = (0,_kernel_helm_random_templates_js__WEBPACK_IMPORTED_MODULE_5__/* .scanTemplates */ .Vp)(found.sources, found.unscanned);
        // Text that tpl may evaluate: values files and other files of the chart.
        const chartTextRandom = scan.usesTpl && found.otherTexts.some(_kernel_helm_random_templates_js__WEBPACK_IMPORTED_MODULE_5__/* .textCallsRandom */ .kl);
        const probe = new _kernel_helm_random_templates_js__WEBPACK_IMPORTED_MODULE_5__/* .RandomTemplates */ .lo(scan, scan.usesTpl);
        return {
            dir,
            name: chart.name,
            version: String(chart.version),
            ...(chart.appVersion !== undefined ? { appVersion: String(chart.appVersion) } : {}),
            usesLookup: actions.some((a) => /\blookup\b/.test(a)),
            usesCapabilities: actions.some((a) => /\.Capabilities\b/.test(a)),
            usesRandomness: probe.any,
            randomTemplates: (valuesTexts) => new _kernel_helm_random_templates_js__WEBPACK_IMPORTED_MODULE_5__/* .RandomTemplates */ .lo(scan, chartTextRandom || (scan.usesTpl && valuesTexts.some(_kernel_helm_random_templates_js__WEBPACK_IMPORTED_MODULE_5__/* .textCallsRandom */ .kl))),
            cleanup,
        };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}
async function checkDependencies(dir, chart, shownAs) {
    const deps = Array.isArray(chart.dependencies) ? chart.dependencies.filter(_kernel_json_js__WEBPACK_IMPORTED_MODULE_10__/* .isObject */ .Gv) : [];
    if (!deps.length)
        return;
    const vendored = new Set();
    const chartsDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'charts');
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(chartsDir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        if (entry.isDirectory()) {
            const sub = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(chartsDir, entry.name, 'Chart.yaml'), 'utf8').catch(() => undefined);
            const name = sub ? /^name:\s*["']?([^"'\s#]+)/m.exec(sub)?.[1] : undefined;
            if (name)
                vendored.add(name);
        }
        else if (entry.name.endsWith('.tgz')) {
            vendored.add((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(entry.name, '.tgz').replace(/-v?\d+\.\d+\.\d+.*$/, ''));
        }
    }
    const missing = deps.map((d) => String(d.name)).filter((name) => !vendored.has(name));
    if (missing.length) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_DEPENDENCIES_MISSING', `dependencies declared in Chart.yaml are not vendored in charts/: ${missing.join(', ')}`, {
            file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(shownAs, 'Chart.yaml'),
            hint: `run \`helm dependency build ${shownAs}\` (with network access to the chart repositories), then convert again`,
        });
    }
}
const MAX_SCANNED_BYTES = 4 * 1024 * 1024;
/**
 * Reads the templates of a chart and its vendored subcharts, named as Helm
 * names them in `# Source:` comments (`<chart>/charts/<subchart>/templates/…`).
 * A packaged subchart (.tgz) is not read: it is marked unscanned.
 */
async function readTemplates(dir, name) {
    const out = { sources: [], otherTexts: [], unscanned: false };
    const read = async (file) => {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined);
        if (!info?.isFile())
            return undefined;
        const text = info.size <= MAX_SCANNED_BYTES ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined) : undefined;
        if (text === undefined)
            out.unscanned = true;
        return text;
    };
    // Links were checked to stay inside the chart; helm follows them, so the scan does too.
    const walk = async (chartDir, prefix) => {
        const templatesDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(chartDir, 'templates');
        const templates = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(templatesDir, { withFileTypes: true, recursive: true }).catch(() => []);
        const subcharts = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(chartDir, 'charts'), { withFileTypes: true }).catch(() => []);
        await Promise.all([
            ...templates
                .filter((e) => e.isFile() || e.isSymbolicLink())
                .map(async (e) => {
                const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parentOf(e), e.name);
                const text = await read(file);
                const rel = file
                    .slice(templatesDir.length + 1)
                    .split('\\')
                    .join('/');
                if (text !== undefined)
                    out.sources.push({ name: `${prefix}/templates/${rel}`, chart: prefix, text });
            }),
            ...subcharts.map(async (e) => {
                const sub = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(chartDir, 'charts', e.name);
                if (e.isFile() && /\.t(ar\.)?gz$/.test(e.name))
                    out.unscanned = true;
                if (!e.isDirectory() && !e.isSymbolicLink())
                    return;
                const chartYaml = await read((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(sub, 'Chart.yaml'));
                const subName = chartYaml ? /^name:\s*["']?([^"'\s#]+)/m.exec(chartYaml)?.[1] : undefined;
                if (subName)
                    await walk(sub, `${prefix}/charts/${subName}`);
            }),
        ]);
    };
    await walk(dir, name);
    // Sorted, so that the scan does not depend on the order reads finish in.
    out.sources.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (out.sources.some((s) => /\btpl\b/.test(s.text)))
        out.otherTexts = await readOtherTexts(dir, read);
    return out;
}
/** Every file of the chart tree outside a templates/ folder. */
async function readOtherTexts(dir, read) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true, recursive: true });
    const files = entries
        .filter((e) => e.isFile() && !/(^|\/)templates(\/|$)/.test(parentOf(e).slice(dir.length)))
        .map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parentOf(e), e.name));
    return (await Promise.all(files.map(read))).filter((t) => t !== undefined);
}
function parentOf(entry) {
    return (entry.parentPath ??
        entry.path);
}


/***/ }),

/***/ 3430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xt: () => (/* binding */ renderChart)
/* harmony export */ });
/* unused harmony exports helmTemplateArgs, helmNotices, cleanHelmError */
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);
/* harmony import */ var _process_run_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3683);


/** `helm template` with CRDs, as argv. */
function helmTemplateArgs(request) {
    const args = [
        'template',
        request.release,
        request.chartDir,
        '--namespace',
        request.namespace,
        '--include-crds',
    ];
    for (const file of request.valuesFiles)
        args.push('--values', file);
    if (request.kubeVersion)
        args.push('--kube-version', request.kubeVersion);
    for (const api of request.apiVersions ?? [])
        args.push('--api-versions', api);
    return args;
}
/**
 * Renders a chart with the real helm; helm's own message explains any failure.
 *
 * With a `gate`, helm is started at once but reads nothing of the chart or
 * its values until the gate opens: its first values file is its standard
 * input (`--values -`, an empty map), and helm 3 and 4 read values files
 * before they load the chart, having only checked that the chart path
 * exists. So a render can start up (most of a short render's time) while
 * mmf still checks the chart; a gate that rejects stops helm unread.
 */
async function renderChart(helm, request, gate, priority = {}) {
    if (priority.signal?.aborted)
        throw new Error(`the render of ${request.chartLabel} was stopped: not needed`);
    const args = helmTemplateArgs(request);
    if (gate)
        args.splice(args.indexOf('--include-crds') + 1, 0, '--values', '-');
    const niceness = priority.niceness ?? (gate ? 10 : undefined);
    const result = await (0,_process_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)(helm.path, args, {
        ...(gate ? { input: gate.then(() => '{}\n') } : {}),
        ...(niceness ? { niceness } : {}),
        ...(priority.signal ? { signal: priority.signal } : {}),
    });
    if (result.exitCode === 0)
        return {
            manifests: result.stdout,
            durationMs: result.durationMs,
            notices: helmNotices(result.stderr, request.chartDir, request.chartLabel),
        };
    const message = cleanHelmError(result.stderr, request.chartDir, request.chartLabel);
    if (/missing in charts\/ directory|dependency build|found in (Chart|requirements)\.yaml, but missing/i.test(message)) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_DEPENDENCIES_MISSING', message, {
            file: request.chartLabel,
            hint: `run \`helm dependency build ${request.chartLabel}\`, then convert again`,
        });
    }
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_TEMPLATE', `helm ${helm.version} could not render the chart: ${message}`, {
        file: request.chartLabel,
        hint: 'fix the template or the values it reads; the message names the template and line',
    });
}
/**
 * The lines of a successful helm's stderr that are about the chart, above all
 * its notice for a symbolic link it followed (Helm 3: `walk.go:..: found
 * symbolic link in path: A resolves to B ...`; Helm 4: `level=INFO msg="found
 * symbolic link in path ..." path=A resolved=B`), with temp paths replaced.
 */
function helmNotices(stderr, chartDir, chartLabel) {
    return [
        ...new Set(stderr
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => /symbolic link/i.test(line))
            .map((line) => `helm: ${line.split(chartDir).join(chartLabel)}`)),
    ];
}
/** helm's stderr without the "Error:" prefix, usage noise and temp paths. */
function cleanHelmError(stderr, chartDir, chartLabel) {
    const text = stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^(Use "helm|WARNING: .*(kubeconfig|group-readable|world-readable))/.test(line))
        .map((line) => line
        .replace(/^Error:\s*/, '')
        .replace(/\s*Use --debug flag to render out invalid YAML\.?$/, '')
        .split(chartDir)
        .join(chartLabel))
        .join(' ')
        .trim();
    return (0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneParagraph */ .XW)(text);
}


/***/ }),

/***/ 4032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ withSecretFiles)
/* harmony export */ });
/* unused harmony export PLACEHOLDER_SECRET */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fs_file_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7615);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _kernel_json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2070);
/* harmony import */ var _kernel_k8s_secret_generators_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8996);
/* harmony import */ var _kernel_yaml_codec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9441);
/* harmony import */ var _process_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2490);
/* harmony import */ var _fs_remove_tree_sync_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(149);









/** The value a missing Secret key gets when nothing better is known. */
const PLACEHOLDER_SECRET = 'mmf-placeholder-not-a-secret';
async function missingSecretFiles(overlay) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(overlay, 'kustomization.yaml'), 'utf8').catch(() => undefined);
    const doc = text ? (0,_kernel_yaml_codec_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYamlDocuments */ .v)(text, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(overlay, 'kustomization.yaml'))[0]?.value : undefined;
    const generators = (0,_kernel_json_js__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv)(doc) && Array.isArray(doc.secretGenerator) ? doc.secretGenerator.filter(_kernel_json_js__WEBPACK_IMPORTED_MODULE_7__/* .isObject */ .Gv) : [];
    const missing = [];
    for (const g of generators) {
        const secret = String(g.name);
        for (const file of Array.isArray(g.envs) ? g.envs.map(String) : []) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(overlay, file);
            if (await (0,_fs_file_info_js__WEBPACK_IMPORTED_MODULE_1__/* .exists */ .t2)(path))
                continue;
            const example = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(overlay, _kernel_k8s_secret_generators_js__WEBPACK_IMPORTED_MODULE_8__/* .SECRET_KEYS_DIR */ .St, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file)), 'utf8').catch(() => '');
            const keys = example
                .split('\n')
                .filter((l) => l && !l.startsWith('#') && l.includes('='))
                .map((l) => l.slice(0, l.indexOf('=')));
            missing.push({ path, secret, keys, env: true });
        }
        for (const spec of Array.isArray(g.files) ? g.files.map(String) : []) {
            const eq = spec.indexOf('=');
            const key = eq < 0 ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(spec) : spec.slice(0, eq);
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(overlay, eq < 0 ? spec : spec.slice(eq + 1));
            if (!(await (0,_fs_file_info_js__WEBPACK_IMPORTED_MODULE_1__/* .exists */ .t2)(path)))
                missing.push({ path, secret, keys: [key], env: false });
        }
    }
    return missing;
}
/**
 * Runs `build` on an overlay whose git-ignored Secret files may be missing
 * (a fresh clone, CI): if any are, the converted tree is copied to a private
 * temporary folder, the files are written there from `fill` (or a
 * placeholder), and the copy is built and removed. The user's tree is never
 * written to.
 */
async function withSecretFiles(overlay, fill, build) {
    const missing = await missingSecretFiles(overlay);
    if (!missing.length)
        return { result: await build(overlay), placeholders: 0, filled: 0 };
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(overlay);
    // overlays/<env> builds on ../../base: copy the whole converted tree.
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(abs)) === 'overlays' ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(abs)) : abs;
    const temp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'mmf-secrets-'));
    const forget = (0,_process_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_5__/* .onExit */ .cf)(() => (0,_fs_remove_tree_sync_js__WEBPACK_IMPORTED_MODULE_6__/* .removeTreeSync */ .O)(temp));
    try {
        const copy = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(temp, 'tree');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(root, copy, { recursive: true });
        let placeholders = 0;
        let filled = 0;
        for (const m of missing) {
            const value = (key) => {
                const usable = fill(m.secret, key);
                if (usable && !(m.env && /[\r\n]/.test(usable.toString('utf8')))) {
                    filled++;
                    return usable;
                }
                placeholders++;
                return Buffer.from(PLACEHOLDER_SECRET);
            };
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(copy, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, m.path));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
            const content = m.env
                ? Buffer.from(m.keys.map((k) => `${k}=${value(k).toString('utf8')}\n`).join(''))
                : value(m.keys[0]);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, content, { mode: 0o600 });
        }
        return { result: await build((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(copy, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, abs))), placeholders, filled };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(temp, { recursive: true, force: true });
        forget();
    }
}


/***/ }),

/***/ 8156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ detectSource),
/* harmony export */   s: () => (/* binding */ loadSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_k8s_kustomization_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5716);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5067);
/* harmony import */ var _kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7032);
/* harmony import */ var _helm_chart_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2323);
/* harmony import */ var _helm_helm_render_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3430);
/* harmony import */ var _kustomize_kustomize_build_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6366);
/* harmony import */ var _kustomize_secret_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4032);
/* harmony import */ var _tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6659);
/* harmony import */ var _helm_values_files_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3677);











async function detectSource(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!info)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_CHART_NOT_FOUND', 'does not exist', { file: path });
    if (info.isFile())
        return /\.(tgz|tar\.gz)$/.test(path) ? 'helm-chart' : 'manifests';
    const names = new Set(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path));
    if (names.has('Chart.yaml'))
        return 'helm-chart';
    if (_kernel_k8s_kustomization_js__WEBPACK_IMPORTED_MODULE_1__/* .KUSTOMIZATION_FILE_NAMES */ .YU.some((n) => names.has(n)))
        return 'kustomization';
    return 'manifests';
}
async function yamlFiles(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true, recursive: true });
    return entries
        .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
        .map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(e.parentPath, e.name))
        .sort();
}
/**
 * Loads a manifest set from whatever a user points at: a Helm chart (rendered
 * with the real helm), a kustomization (built with the real kustomize), or a
 * folder or file of YAML.
 */
async function loadSource(path, options) {
    const label = options.label ?? path;
    const kind = await detectSource(path);
    const parse = (text, origin) => (0,_kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifests */ .Ye)(text, origin, { defaultNamespace: options.namespace, scopes: new _kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .ScopeResolver */ .J6() });
    if (kind === 'helm-chart') {
        for (const file of options.valuesFiles ?? [])
            await (0,_helm_values_files_js__WEBPACK_IMPORTED_MODULE_10__/* .checkValuesFile */ .TM)(file);
        const chart = await (0,_helm_chart_source_js__WEBPACK_IMPORTED_MODULE_5__/* .openChart */ .x)(path);
        try {
            const helm = await (0,_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveHelm */ .Fr)(options.helm);
            const rendered = await (0,_helm_helm_render_js__WEBPACK_IMPORTED_MODULE_6__/* .renderChart */ .xt)(helm, {
                chartDir: chart.dir,
                chartLabel: label,
                release: options.release ?? chart.name,
                namespace: options.namespace,
                valuesFiles: options.valuesFiles ?? [],
            });
            for (const notice of rendered.notices)
                options.helm?.log?.(notice);
            return { label, kind, resources: parse(rendered.manifests, label), text: rendered.manifests };
        }
        finally {
            await chart.cleanup();
        }
    }
    if (kind === 'kustomization') {
        const tool = await (0,_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveKustomize */ .Sl)(options.kustomize);
        const { result: built, placeholders } = await (0,_kustomize_secret_files_js__WEBPACK_IMPORTED_MODULE_8__/* .withSecretFiles */ .Y)(path, () => undefined, (dir) => (0,_kustomize_kustomize_build_js__WEBPACK_IMPORTED_MODULE_7__/* .buildKustomization */ .eQ)(tool, dir, label));
        return {
            label,
            kind,
            resources: parse(built.manifests, label),
            text: built.manifests,
            ...(placeholders ? { placeholderSecrets: placeholders } : {}),
        };
    }
    const files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isFile() ? [path] : await yamlFiles(path);
    const resources = new Map();
    let text = '';
    for (const file of files) {
        const content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
        text += content;
        const shown = files.length === 1 ? label : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(label, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(path, file));
        for (const [key, resource] of parse(content, shown)) {
            if (resources.has(key)) {
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_DUPLICATE_RESOURCE', `${resource.id.kind}/${resource.id.name} is defined twice`, { file: shown });
            }
            resources.set(key, { ...resource, source: resource.source ?? shown });
        }
    }
    return { label, kind, resources, text };
}


/***/ })

};
