export const id = 798;
export const ids = [798];
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


/***/ })

};
