export const id = 271;
export const ids = [271,409,790];
export const modules = {

/***/ 2798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDiffCommand: () => (/* binding */ runDiffCommand)
});

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/kernel/diff/diff-model.ts
var diff_model = __webpack_require__(3253);
// EXTERNAL MODULE: ./actions/kernel/review/render-review-markdown.ts
var render_review_markdown = __webpack_require__(4212);
// EXTERNAL MODULE: ./actions/kernel/review/render-review-text.ts
var render_review_text = __webpack_require__(3962);
// EXTERNAL MODULE: ./actions/runtime/cli/help.ts
var help = __webpack_require__(6941);
// EXTERNAL MODULE: ./actions/runtime/cli/report-output.ts
var report_output = __webpack_require__(6560);
// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts + 1 modules
var tool_flags = __webpack_require__(2483);
// EXTERNAL MODULE: ./actions/platform/git/git-worktree.ts
var git_worktree = __webpack_require__(9537);
// EXTERNAL MODULE: ./actions/platform/sources/manifest-source.ts
var manifest_source = __webpack_require__(8156);
// EXTERNAL MODULE: ./actions/kernel/diff/semantic-diff.ts + 2 modules
var semantic_diff = __webpack_require__(6595);
;// CONCATENATED MODULE: ./actions/diff/diff-sources.ts



/** Loads both sides (chart, kustomization or YAML; the left one optionally at a git ref) and diffs them. */
async function diffSources(options) {
    const rightPath = options.right ?? options.left;
    const loadLeft = (path, values, label) => (0,manifest_source/* loadSource */.s)(path, { ...options.source, valuesFiles: values, label });
    const left = options.baseRef
        ? await (0,git_worktree/* withGitRef */.S)(options.left, options.baseRef, (atRef) => loadLeft(atRef(options.left), (options.leftValues ?? []).map(atRef), `${options.left}@${options.baseRef}`))
        : await loadLeft(options.left, options.leftValues ?? [], options.left);
    const right = await (0,manifest_source/* loadSource */.s)(rightPath, {
        ...options.source,
        valuesFiles: options.rightValues ?? [],
        label: rightPath,
    });
    const diff = (0,semantic_diff/* diffManifests */.e)({ label: left.label, resources: left.resources }, { label: right.label, resources: right.resources }, options.diff);
    return { diff, left, right };
}

;// CONCATENATED MODULE: ./actions/diff/run-diff-command.ts








function toRegExp(pattern) {
    try {
        return new RegExp(pattern, 'i');
    }
    catch (err) {
        throw new errors/* MmfError */.H0('E_USAGE', `--sensitive-key "${pattern}" is not a valid regular expression: ${err.message}`);
    }
}
/** What `mmf diff` does once its arguments are parsed (cli.ts loads this only when it runs). */
async function runDiffCommand(left, right, flags, cmd, io, state) {
    const log = (0,tool_flags/* stderrLogger */.D7)(io);
    const { diff } = await diffSources({
        left,
        ...(right ? { right } : {}),
        ...(flags.baseRef ? { baseRef: flags.baseRef } : {}),
        leftValues: [...flags.values, ...flags.leftValues],
        rightValues: [...flags.values, ...flags.rightValues],
        source: {
            namespace: flags.namespace,
            ...(flags.release ? { release: flags.release } : {}),
            ...(0,tool_flags/* toolOptions */.Py)(flags, log),
        },
        diff: {
            ignorePaths: flags.ignorePath,
            ignoreKinds: flags.ignoreKind,
            sensitiveKeys: flags.sensitiveKey.map(toRegExp),
            ignoreHelmBookkeeping: !flags.keepHelmLabels,
            ignoreChecksums: !flags.keepChecksums,
        },
    });
    const report = {
        subject: right ?? left,
        mode: 'diff',
        sections: [{ name: 'diff', diff }],
        notes: [],
    };
    const counts = (0,diff_model/* countByStatus */.x)(diff);
    const differs = counts.added + counts.changed + counts.removed + counts.renamed > 0;
    (0,report_output/* printOutput */.jP)(io, state, (0,help/* commandPath */.pM)(cmd), {
        result: diff,
        exitCode: flags.failOnDiff && differs ? 3 : 0,
        text: () => (0,render_review_text/* renderReviewText */.w)(report, { unified: flags.unified ?? false }),
        markdown: () => {
            const blocks = (0,render_review_markdown/* renderReviewMarkdown */.A)(report, `Manifest diff: ${diff.left.label} → ${diff.right.label}`);
            return [blocks.header, ...blocks.resources].join('\n');
        },
    }, flags);
}


/***/ }),

/***/ 4212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ renderReviewMarkdown)
/* harmony export */ });
/* unused harmony export summaryLine */
/* harmony import */ var _report_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4035);
/* harmony import */ var _review_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4014);
/* harmony import */ var _review_sections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4216);



/**
 * A bare review (no policy, no annotations) as Markdown, for the CLI's
 * `--format markdown`. Surfaces that publish use the capability's
 * ActionReport and renderReportMarkdown instead; both render the same sections.
 */
function renderReviewMarkdown(report, title) {
    const verdict = (0,_review_report_js__WEBPACK_IMPORTED_MODULE_2__/* .verdictOf */ .Vj)(report);
    const [header = '', ...resources] = (0,_report_render_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReportMarkdown */ .Ay)({
        capability: 'review',
        title,
        subject: '',
        conclusion: verdict === 'parity-failure' ? 'failure' : verdict === 'changes' ? 'neutral' : 'success',
        headline: _review_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .VERDICT_HEADLINE */ .pB[verdict],
        summary: (0,_review_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewMetrics */ .U0)(report),
        sections: [(0,_review_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .reviewOverview */ .Yi)(report), ...(0,_review_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentSections */ .ed)(report)],
        annotations: [],
        cases: [],
        files: [],
        outputs: {},
        notes: report.notes,
        result: report,
    });
    return { header, resources };
}
/** One line per environment for logs and check-run titles. */
function summaryLine(report) {
    return report.sections
        .map((s) => `${s.name}: ${s.parity === false ? 'parity failure, ' : ''}${describeCounts(s.diff)}`)
        .join('; ');
}


/***/ }),

/***/ 3962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ renderReviewText)
/* harmony export */ });
/* harmony import */ var _review_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4014);

const MARK = { added: '+', removed: '-', changed: '~', renamed: '>' };
function renderChange(change, unified) {
    const from = change.renamedFrom
        ? ` (renamed from ${change.renamedFrom.kind}/${change.renamedFrom.name})`
        : '';
    const lines = [`${MARK[change.status]} ${change.resource}${from}`];
    for (const f of change.fields) {
        if (f.change === 'changed')
            lines.push(`    ${f.path}: ${f.before ?? ''} -> ${f.after ?? ''}`);
        else
            lines.push(`    ${f.change === 'added' ? '+' : '-'} ${f.path}${f.change === 'added' && f.after ? ` = ${f.after}` : ''}`);
    }
    for (const k of change.secretKeys ?? []) {
        if (k.status === 'unchanged')
            continue;
        const bytes = k.status === 'changed'
            ? `${k.beforeBytes} -> ${k.afterBytes} bytes`
            : `${k.afterBytes ?? k.beforeBytes} bytes`;
        lines.push(`    secret key ${k.key}: ${k.status} (${bytes}; value not shown)`);
    }
    if (unified && change.unifiedDiff)
        lines.push(...change.unifiedDiff
            .replace(/\n$/, '')
            .split('\n')
            .map((l) => `    ${l}`));
    return lines;
}
/** Plain text for terminals and logs. */
function renderReviewText(report, options = {}) {
    const out = [];
    for (const s of report.sections) {
        const head = report.sections.length > 1 || s.parity !== undefined ? `${s.name}: ` : '';
        const parity = s.parity === undefined ? '' : s.parity ? 'identical; ' : 'DIFFERS; ';
        out.push(`${head}${parity}${s.diff.left.label} -> ${s.diff.right.label}: ${(0,_review_report_js__WEBPACK_IMPORTED_MODULE_0__/* .describeCounts */ .wv)(s.diff)}, ${s.diff.unchanged} unchanged`);
        for (const c of s.diff.changes)
            out.push(...renderChange(c, options.unified ?? false));
    }
    for (const note of report.notes)
        out.push(`note: ${note}`);
    return out.join('\n') + '\n';
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

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ withGitRef)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5067);
/* harmony import */ var _process_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2490);
/* harmony import */ var _run_git_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8099);
/* harmony import */ var _fs_remove_tree_sync_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(149);







async function git(args, cwd) {
    const result = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_5__/* .runGit */ .E)(args, cwd);
    if (result.exitCode !== 0) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_TOOL_FAILED', `git ${args[0]} failed: ${result.stderr.trim().split('\n')[0] ?? ''}`, { file: cwd });
    }
    return result.stdout.trim();
}
/**
 * Runs `fn` against the repository holding `anchor` as it is at git `ref`,
 * read from a temporary detached worktree: the user's checkout, index and
 * branches are never touched, and the worktree is removed afterwards.
 */
async function withGitRef(anchor, ref, fn) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(anchor);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).catch(() => undefined);
    const probe = info?.isDirectory() ? absolute : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(absolute);
    let top;
    try {
        top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(await git(['rev-parse', '--show-toplevel'], probe));
    }
    catch {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_USAGE', `--base-ref needs a git repository, and ${anchor} is not in one`, {
            file: anchor,
        });
    }
    let commit;
    try {
        commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
    }
    catch {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .MmfError */ .H0('E_USAGE', `git ref "${ref}" does not exist in ${top}`, {
            hint: 'fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0)',
        });
    }
    const parent = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mmf-ref-'));
    // Interrupted: the checkout goes; `git worktree prune` later drops its stale registration.
    const forget = (0,_process_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_4__/* .onExit */ .cf)(() => (0,_fs_remove_tree_sync_js__WEBPACK_IMPORTED_MODULE_6__/* .removeTreeSync */ .O)(parent));
    const tree = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, 'tree');
    await git(['worktree', 'add', '--detach', '--quiet', tree, commit], top);
    const realTop = top;
    const atRef = (path) => {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(realTop, abs);
        return rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel) ? abs : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tree, rel);
    };
    try {
        return await fn(atRef);
    }
    finally {
        await git(['worktree', 'remove', '--force', tree], top).catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(parent, { recursive: true, force: true });
        forget();
        await git(['worktree', 'prune'], top).catch(() => undefined);
    }
}


/***/ }),

/***/ 8099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runGit)
/* harmony export */ });
/* unused harmony export gitEnvironment */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _process_child_env_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4350);
/* harmony import */ var _process_run_command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3683);



/**
 * git with the minimal child environment plus settings that keep it local and
 * quiet: no system or global config (HOME is the private one), no prompt for
 * credentials and no credential helper, no hooks, no transport protocol (mmf
 * only reads local repositories), and every repository trusted as a "safe
 * directory": without the user's global config a checkout owned by another
 * user (a container on a runner) would otherwise be refused, and mmf only
 * reads it.
 */
function gitEnvironment() {
    const settings = [
        ['safe.directory', '*'],
        ['core.hooksPath', (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,_process_child_env_js__WEBPACK_IMPORTED_MODULE_1__/* .privateHome */ .FB)(), 'no-git-hooks')],
        ['credential.helper', ''],
        ['protocol.allow', 'never'],
    ];
    const env = {
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_TERMINAL_PROMPT: '0',
        GIT_CONFIG_COUNT: String(settings.length),
    };
    settings.forEach(([key, value], i) => {
        env[`GIT_CONFIG_KEY_${i}`] = key;
        env[`GIT_CONFIG_VALUE_${i}`] = value;
    });
    return env;
}
function runGit(args, cwd) {
    return (0,_process_run_command_js__WEBPACK_IMPORTED_MODULE_2__/* .runCommand */ .d)('git', args, { cwd, env: gitEnvironment() });
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
/* harmony import */ var _helm_chart_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2182);
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
        const { result: built, placeholders } = await (0,_kustomize_secret_files_js__WEBPACK_IMPORTED_MODULE_8__/* .withSecretFiles */ .Y)(path, () => undefined, (dir) => (0,_kustomize_kustomize_build_js__WEBPACK_IMPORTED_MODULE_7__/* .buildKustomization */ .e)(tool, dir, label));
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
