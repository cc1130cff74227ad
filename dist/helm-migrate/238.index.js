export const id = 238;
export const ids = [238];
export const modules = {

/***/ 8145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ convertChart)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);
/* harmony import */ var _platform_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8771);
/* harmony import */ var _kernel_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5189);
/* harmony import */ var _core_environments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8397);
/* harmony import */ var _start_renders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9743);





/**
 * helm-to-kustomize end to end: render, plan, write atomically, and prove
 * parity. This module holds only what is needed to start helm: the first
 * renders start (waiting at their gate) as soon as helm is found, and the
 * rest of the converter (convert-pipeline.ts) loads while they start up.
 */
async function convertChart(options) {
    const started = performance.now();
    const envs = (0,_core_environments_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEnvironmentSpecs */ .j)(options.environments);
    if (options.baseEnvironment !== undefined && !envs.some((e) => e.name === options.baseEnvironment))
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_USAGE', `--base-env "${options.baseEnvironment}" is not one of the environments: ${envs.map((e) => e.name).join(', ')}`, {
            hint: `name an environment given with --env, e.g. --base-env ${envs[envs.length - 1]?.name ?? 'prod'}`,
        });
    const toolLog = heldLog();
    const tools = resolveTools(options, toolLog);
    tools.catch(() => undefined); // reported by the pipeline, after the input checks
    const slots = (0,_kernel_concurrency_js__WEBPACK_IMPORTED_MODULE_4__/* .limiter */ .T)((0,_start_renders_js__WEBPACK_IMPORTED_MODULE_3__/* .toolSlots */ .kv)());
    const abort = new AbortController();
    let early;
    const earlyStarted = tools
        .then(({ helm }) => (0,_start_renders_js__WEBPACK_IMPORTED_MODULE_3__/* .startEarlyRenders */ .Bv)(helm, options.chart, {
        chartLabel: options.chart,
        ...(options.release ? { release: options.release } : {}),
        namespace: options.namespace,
        ...(options.kubeVersion ? { kubeVersion: options.kubeVersion } : {}),
        apiVersions: options.apiVersions ?? [],
    }, envs, abort.signal))
        .then((renders) => (early = renders), () => undefined);
    // Helm found at once (a path, MMF_HELM, PATH, the tool cache) starts before the rest loads; a
    // download does not hold up the input checks.
    await Promise.race([earlyStarted, new Promise((resolve) => setTimeout(resolve, 25).unref())]);
    const { runConversion } = await Promise.all(/* import() */[__webpack_require__.e(221), __webpack_require__.e(267), __webpack_require__.e(905), __webpack_require__.e(303)]).then(__webpack_require__.bind(__webpack_require__, 8303));
    return runConversion(options, envs, {
        started,
        tools,
        toolLog,
        slots,
        early: earlyStarted,
        stopEarly: async () => {
            abort.abort();
            await early?.settled();
        },
    });
}
/**
 * Lines held back until `release()`, then passed on as they come: tool
 * resolution runs alongside the input checks, and an input error must not be
 * followed (or preceded) by what it logged.
 */
function heldLog() {
    let held = [];
    return {
        to: (target) => (line) => void (held ? held.push(() => target(line)) : target(line)),
        release() {
            for (const show of held ?? [])
                show();
            held = undefined;
        },
    };
}
/** helm and (with --validate) kustomize, resolved at the same time. */
async function resolveTools(options, held) {
    const toolSource = options.toolSource ? { toolSource: options.toolSource } : {};
    const helmOptions = options.tools?.helm ?? {
        path: options.helmPath,
        helmVersion: options.helmVersion,
        ...(options.allowDownload ? { allowDownload: true } : {}),
        ...toolSource,
    };
    const kustomizeOptions = options.tools?.kustomize ?? {
        path: options.kustomizePath,
        ...(options.kustomizeVersion ? { kustomizeVersion: options.kustomizeVersion } : {}),
        ...(options.allowDownload ? { allowDownload: true } : {}),
        ...toolSource,
    };
    const [helm, kustomize] = await Promise.all([
        (0,_platform_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveHelm */ .Fr)({ ...helmOptions, log: held.to(helmOptions.log ?? options.log.info) }),
        options.validate
            ? (0,_platform_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveKustomize */ .Sl)({ ...kustomizeOptions, log: held.to(kustomizeOptions.log ?? options.log.info) })
            : undefined,
    ]);
    return { helm, kustomize };
}


/***/ }),

/***/ 598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ reviewConclusion),
/* harmony export */   FZ: () => (/* binding */ environmentFails),
/* harmony export */   Wz: () => (/* binding */ chooseBaseRef),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   nY: () => (/* binding */ planRun),
/* harmony export */   oh: () => (/* binding */ failureMessage),
/* harmony export */   qJ: () => (/* binding */ REVIEW_MODES)
/* harmony export */ });
/* unused harmony exports FALLBACK_BASE_REF, parityFailed, reviewFails */
/* harmony import */ var _kernel_review_review_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7521);

/** helm-migrate's review policy, shared by the GitHub action, the GitLab component and the CLI. */
const REVIEW_MODES = ['convert', 'validate', 'diff'];
const FAIL_ON = ['parity-failure', 'difference', 'never'];
/** Without `base-ref` and outside pull requests, diff mode compares with the parent commit. */
const FALLBACK_BASE_REF = 'HEAD^';
/**
 * What diff mode compares with: the `base-ref` input, else the base the CI
 * event names (the pull request's base commit, a push's `before`, a merge
 * group's `base_sha`, a merge request's diff base), else the parent commit.
 */
function chooseBaseRef(explicit, eventBase) {
    return explicit || eventBase || FALLBACK_BASE_REF;
}
/**
 * How a mode runs: `validate` without a committed tree converts into scratch
 * space (removed afterwards: it holds Secret values) and proves parity there,
 * leaving the workspace untouched.
 */
function planRun(mode, outputExists) {
    const fresh = mode === 'validate' && !outputExists;
    return { engineMode: fresh ? 'convert' : mode, outputInScratch: fresh };
}
function parityFailed(report) {
    return (0,_kernel_review_review_report_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictOf */ .Vj)(report) === 'parity-failure';
}
/** Whether the step / job fails, by `fail-on`. Tool and input errors fail regardless (they throw). */
function reviewFails(report, failOn) {
    if (failOn === 'never')
        return false;
    return parityFailed(report) || (failOn === 'difference' && (0,_kernel_review_review_report_js__WEBPACK_IMPORTED_MODULE_0__/* .changedResources */ .IR)(report) > 0);
}
function reviewConclusion(report, failOn) {
    if (reviewFails(report, failOn))
        return 'failure';
    const verdict = (0,_kernel_review_review_report_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictOf */ .Vj)(report);
    return verdict === 'parity' || verdict === 'no-changes' ? 'success' : 'neutral';
}
/** The one line a failed step ends with. */
function failureMessage(report, failOn) {
    if (!reviewFails(report, failOn))
        return undefined;
    return parityFailed(report)
        ? `Parity failure: Kustomize does not reproduce Helm in every environment (see the report). fail-on: ${failOn}`
        : `${(0,_kernel_review_review_report_js__WEBPACK_IMPORTED_MODULE_0__/* .changedResources */ .IR)(report)} resource(s) change (fail-on: difference).`;
}
/** Whether an environment counts as failed (one JUnit case per environment). */
function environmentFails(section, failOn) {
    if (failOn === 'never')
        return false;
    return section.parity === false || (failOn === 'difference' && section.diff.changes.length > 0);
}


/***/ }),

/***/ 238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReview: () => (/* binding */ runReview)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/report/redact-report.ts
var redact_report = __webpack_require__(9419);
// EXTERNAL MODULE: ./actions/platform/process/child-env.ts
var child_env = __webpack_require__(4350);
// EXTERNAL MODULE: ./actions/platform/process/run-command.ts
var run_command = __webpack_require__(3683);
;// CONCATENATED MODULE: ./actions/platform/git/run-git.ts



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
        ['core.hooksPath', (0,external_node_path_.join)((0,child_env/* privateHome */.FB)(), 'no-git-hooks')],
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
    return (0,run_command/* runCommand */.d)('git', args, { cwd, env: gitEnvironment() });
}

;// CONCATENATED MODULE: ./actions/platform/git/git-changes.ts

/**
 * Files that differ between `ref` and the working tree, relative to `cwd`
 * (tracked changes and new untracked files); empty when git cannot tell.
 */
async function changedFilesSince(ref, cwd) {
    const [diff, untracked] = await Promise.all([
        runGit(['diff', '--name-only', '--relative', ref], cwd),
        runGit(['ls-files', '--others', '--exclude-standard'], cwd),
    ]);
    const files = new Set();
    for (const result of [diff, untracked]) {
        if (result.exitCode !== 0)
            continue;
        for (const line of result.stdout.split('\n'))
            if (line.trim())
                files.add(line.trim());
    }
    return files;
}

// EXTERNAL MODULE: ./actions/platform/fs/file-info.ts
var file_info = __webpack_require__(7615);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./actions/kernel/k8s/file-names.ts
var file_names = __webpack_require__(8446);
;// CONCATENATED MODULE: ./actions/platform/sources/locate-source.ts



async function lineOf(file, pattern) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    const index = text.split('\n').findIndex((l) => pattern.test(l));
    return index < 0 ? 1 : index + 1;
}
const locate_source_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The file (and line) a reviewer should look at for a changed resource: the
 * overlay patch or resource file that produces it, else the base file, else
 * the chart template helm named in `# Source:`.
 */
async function locateChange(change, ctx) {
    const found = await locateProducer(change, ctx);
    // When the template or overlay file did not change but a values file did, the values file caused it.
    if (ctx.changedFiles && (!found || !ctx.changedFiles.has(found.path))) {
        for (const file of ctx.valuesFiles ?? []) {
            const rel = (0,external_node_path_.relative)(ctx.workspace, file).split(external_node_path_.sep).join('/');
            if (ctx.changedFiles.has(rel))
                return { path: rel, line: 1 };
        }
    }
    return found;
}
async function locateProducer(change, ctx) {
    const stem = `${(0,file_names/* safeStem */.J)(change.id.kind)}-${(0,file_names/* safeStem */.J)(change.id.name)}.yaml`;
    const name = new RegExp(`^\\s*name:\\s*["']?${locate_source_escape(change.id.name)}["']?\\s*$`);
    const candidates = [];
    if (ctx.output) {
        const overlay = (0,external_node_path_.join)(ctx.output, 'overlays', ctx.environment);
        candidates.push((0,external_node_path_.join)(overlay, 'patches', stem), (0,external_node_path_.join)(overlay, 'patches', `delete-${stem}`), (0,external_node_path_.join)(overlay, stem), (0,external_node_path_.join)(ctx.output, 'base', stem));
    }
    for (const source of [change.sources.right, change.sources.left]) {
        if (!source)
            continue;
        // helm: "<chart>/templates/x.yaml" (subcharts: "<chart>/charts/<sub>/templates/x.yaml")
        const parts = source.split('/');
        if (parts.length > 1 && parts.includes('templates'))
            candidates.push((0,external_node_path_.join)(ctx.chartDir, ...parts.slice(1)));
        else
            candidates.push(source);
    }
    if (ctx.output)
        candidates.push((0,external_node_path_.join)(ctx.output, 'overlays', ctx.environment, 'kustomization.yaml'));
    for (const file of candidates) {
        const line = await lineOf(file, name);
        if (line !== undefined) {
            const rel = (0,external_node_path_.relative)(ctx.workspace, file);
            if (!rel.startsWith('..'))
                return { path: rel.split(external_node_path_.sep).join('/'), line };
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./actions/helm-migrate/core/environments.ts + 1 modules
var environments = __webpack_require__(8397);
// EXTERNAL MODULE: ./actions/kernel/review/review-report.ts + 1 modules
var review_report = __webpack_require__(7521);
// EXTERNAL MODULE: ./actions/kernel/review/review-sections.ts
var review_sections = __webpack_require__(4216);
// EXTERNAL MODULE: ./actions/helm-migrate/core/review-policy.ts
var review_policy = __webpack_require__(598);
;// CONCATENATED MODULE: ./actions/helm-migrate/core/review-action-report.ts



function annotation(loc, parity) {
    const fields = loc.change.fields.slice(0, 10).map((f) => `${f.path} ${f.change}`);
    const keys = (loc.change.secretKeys ?? [])
        .filter((k) => k.status !== 'unchanged')
        .map((k) => `secret key ${k.key} ${k.status}`);
    return {
        path: loc.path,
        startLine: loc.line,
        level: parity === false ? 'failure' : 'notice',
        title: `${loc.environment}: ${loc.change.resource} ${loc.change.status}`,
        message: [...fields, ...keys].join('\n') || loc.change.status,
        rule: parity === false ? 'parity' : 'resource-change',
    };
}
function cases(review, mode, failOn) {
    const suite = mode === 'diff' ? 'helm-migrate diff' : 'helm-migrate parity';
    return review.sections.map((s) => {
        const failed = (0,review_policy/* environmentFails */.FZ)(s, failOn);
        const counts = (0,review_report/* describeCounts */.wv)(s.diff);
        const message = s.parity === false
            ? `Kustomize does not reproduce Helm: ${counts}`
            : mode === 'diff'
                ? `${s.diff.left.label} -> ${s.diff.right.label}: ${counts}`
                : undefined;
        const details = s.diff.changes.map((c) => `${c.status}: ${c.resource}`).join('\n');
        return {
            suite,
            name: s.name,
            status: failed ? 'failed' : 'passed',
            ...(message ? { message } : {}),
            ...(failed && details ? { details } : {}),
        };
    });
}
/**
 * helm-migrate's ActionReport: verdict, one row per environment, one
 * collapsed block per changed resource (field changes, Secret key names,
 * the diff), annotations where the changes come from, one test case per
 * environment, and the review itself as `result`.
 */
function reviewActionReport(review, ctx) {
    const parityOf = new Map(review.sections.map((s) => [s.name, s.parity]));
    const hasParity = review.sections.some((s) => s.parity !== undefined);
    const parityFailed = review.sections.some((s) => s.parity === false);
    return {
        capability: 'helm-migrate',
        title: `helm-migrate ${ctx.mode}: ${ctx.chart}`,
        subject: ctx.chart,
        conclusion: (0,review_policy/* reviewConclusion */.C7)(review, ctx.failOn),
        headline: review_sections/* VERDICT_HEADLINE */.pB[(0,review_report/* verdictOf */.Vj)(review)],
        summary: (0,review_sections/* reviewMetrics */.U0)(review),
        sections: [(0,review_sections/* reviewOverview */.Yi)(review), ...(0,review_sections/* environmentSections */.ed)(review)],
        annotations: ctx.locations.map((l) => annotation(l, parityOf.get(l.environment))),
        cases: cases(review, ctx.mode, ctx.failOn),
        files: ctx.files,
        outputs: {
            parity: hasParity ? String(!parityFailed) : '',
            'changed-resources': String((0,review_report/* changedResources */.IR)(review)),
            'report-path': ctx.reportPath,
        },
        notes: review.notes,
        result: review,
    };
}

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./actions/platform/process/exit-cleanup.ts
var exit_cleanup = __webpack_require__(2490);
// EXTERNAL MODULE: ./actions/platform/fs/remove-tree-sync.ts
var remove_tree_sync = __webpack_require__(149);
;// CONCATENATED MODULE: ./actions/platform/git/git-worktree.ts







async function git(args, cwd) {
    const result = await runGit(args, cwd);
    if (result.exitCode !== 0) {
        throw new errors/* MmfError */.H0('E_TOOL_FAILED', `git ${args[0]} failed: ${result.stderr.trim().split('\n')[0] ?? ''}`, { file: cwd });
    }
    return result.stdout.trim();
}
/**
 * Runs `fn` against the repository holding `anchor` as it is at git `ref`,
 * read from a temporary detached worktree: the user's checkout, index and
 * branches are never touched, and the worktree is removed afterwards.
 */
async function withGitRef(anchor, ref, fn) {
    const absolute = (0,external_node_path_.resolve)(anchor);
    const info = await (0,promises_.stat)(absolute).catch(() => undefined);
    const probe = info?.isDirectory() ? absolute : (0,external_node_path_.dirname)(absolute);
    let top;
    try {
        top = await (0,promises_.realpath)(await git(['rev-parse', '--show-toplevel'], probe));
    }
    catch {
        throw new errors/* MmfError */.H0('E_USAGE', `--base-ref needs a git repository, and ${anchor} is not in one`, {
            file: anchor,
        });
    }
    let commit;
    try {
        commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
    }
    catch {
        throw new errors/* MmfError */.H0('E_USAGE', `git ref "${ref}" does not exist in ${top}`, {
            hint: 'fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0)',
        });
    }
    const parent = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mmf-ref-'));
    // Interrupted: the checkout goes; `git worktree prune` later drops its stale registration.
    const forget = (0,exit_cleanup/* onExit */.cf)(() => (0,remove_tree_sync/* removeTreeSync */.O)(parent));
    const tree = (0,external_node_path_.join)(parent, 'tree');
    await git(['worktree', 'add', '--detach', '--quiet', tree, commit], top);
    const realTop = top;
    const atRef = (path) => {
        const abs = (0,external_node_path_.resolve)(path);
        const rel = (0,external_node_path_.relative)(realTop, abs);
        return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? abs : (0,external_node_path_.join)(tree, rel);
    };
    try {
        return await fn(atRef);
    }
    finally {
        await git(['worktree', 'remove', '--force', tree], top).catch(() => undefined);
        await (0,promises_.rm)(parent, { recursive: true, force: true });
        forget();
        await git(['worktree', 'prune'], top).catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./actions/platform/sources/manifest-source.ts
var manifest_source = __webpack_require__(8156);
// EXTERNAL MODULE: ./actions/kernel/diff/semantic-diff.ts + 2 modules
var semantic_diff = __webpack_require__(6595);
// EXTERNAL MODULE: ./actions/helm-migrate/convert-chart.ts
var convert_chart = __webpack_require__(8145);
// EXTERNAL MODULE: ./actions/helm-migrate/validate-migration.ts
var validate_migration = __webpack_require__(5288);
;// CONCATENATED MODULE: ./actions/helm-migrate/review-chart.ts









/**
 * What the helm-migrate action (and its GitLab twin) runs: convert a chart and
 * prove parity, validate a committed Kustomize tree against its chart, or
 * diff what a change would do in the cluster against a base git ref.
 */
async function reviewChart(options) {
    const tools = {
        ...(options.helm ? { helm: options.helm } : {}),
        ...(options.kustomize ? { kustomize: options.kustomize } : {}),
    };
    if (options.mode === 'diff')
        return { review: await diffAgainstRef(options) };
    let migration;
    if (options.mode === 'convert') {
        const result = await (0,convert_chart/* convertChart */.g)({
            chart: options.chart,
            output: options.output,
            environments: options.environments,
            ...(options.release ? { release: options.release } : {}),
            ...(options.baseEnvironment ? { baseEnvironment: options.baseEnvironment } : {}),
            namespace: options.namespace,
            validate: true,
            force: true,
            hookMode: options.hookMode,
            // The front end's own tool options (and the names it gives them), not the CLI's flags.
            tools,
            log: options.log,
        });
        migration = result.report;
    }
    const report = await (0,validate_migration/* validateMigration */.r)({
        originalPath: options.chart,
        migratedPath: options.output,
        environments: options.environments,
        ...(options.release ? { release: options.release } : {}),
        namespace: options.namespace,
        hookMode: options.hookMode,
        ...tools,
        log: options.log,
    });
    return { review: { ...report, mode: options.mode }, ...(migration ? { migration } : {}) };
}
/**
 * Per environment: what the cluster would see at the base ref (the overlay if
 * it exists there, else the chart rendered with that environment's values)
 * against the working tree (likewise). A migration PR thus compares Helm's
 * render at the base with the new overlay.
 */
async function diffAgainstRef(options) {
    const envs = (0,environments/* parseEnvironmentSpecs */.j)(options.environments);
    const baseRef = options.baseRef;
    if (!baseRef)
        throw new errors/* MmfError */.H0('E_USAGE', 'diff mode needs a base ref', {
            hint: 'set base-ref (or run on a pull_request event)',
        });
    const source = {
        namespace: options.namespace,
        ...(options.release ? { release: options.release } : {}),
        ...(options.helm ? { helm: options.helm } : {}),
        ...(options.kustomize ? { kustomize: options.kustomize } : {}),
    };
    const load = async (env, map, suffix) => {
        const overlay = map((0,external_node_path_.join)(options.output, 'overlays', env.name));
        if (await (0,file_info/* exists */.t2)(overlay))
            return (0,manifest_source/* loadSource */.s)(overlay, {
                ...source,
                label: `${(0,external_node_path_.join)(options.output, 'overlays', env.name)}${suffix}`,
            });
        const chart = map(options.chart);
        const values = env.valuesFiles.map(map);
        const missing = (await Promise.all(values.map(file_info/* exists */.t2))).some((present) => !present);
        // An environment (or chart) that does not exist yet at the base renders nothing there.
        if (!(await (0,file_info/* exists */.t2)(chart)) || missing)
            return { label: `nothing${suffix}`, resources: new Map() };
        return (0,manifest_source/* loadSource */.s)(chart, { ...source, valuesFiles: values, label: `${options.chart}${suffix}` });
    };
    const sections = [];
    const notes = new Set();
    await withGitRef(options.chart, baseRef, async (atRef) => {
        for (const env of envs) {
            const left = await load(env, atRef, `@${baseRef}`);
            const right = await load(env, (p) => p, '');
            const diff = (0,semantic_diff/* diffManifests */.e)(left, right, options.diff ?? {});
            for (const side of [left, right])
                if (side.placeholderSecrets)
                    notes.add(`${side.label}: Secret values are git-ignored there; both sides were built with placeholders, so Secret data is not compared.`);
            options.log.info(`  ${env.name}: ${left.label} -> ${right.label}: ${diff.changes.length} changed resource(s)`);
            sections.push({ name: env.name, diff });
        }
    });
    return { subject: options.chart, mode: 'diff', sections, notes: [...notes] };
}

;// CONCATENATED MODULE: ./actions/platform/fs/scratch-folder.ts


/**
 * A new private folder (0700) under `parent` for a run's intermediate files
 * and reports, kept until `remove()`: front ends upload or copy what is in it
 * first. Folders that must not outlive the process (staging, Secret values)
 * are StagedOutput's and onExit's business instead.
 */
async function createScratchFolder(parent, prefix) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(parent, prefix));
    return { dir, remove: () => removeTree(dir) };
}
/** Removes a file or folder tree; nothing there is not an error. */
async function removeTree(path) {
    await (0,promises_.rm)(path, { recursive: true, force: true });
}

// EXTERNAL MODULE: ./actions/platform/fs/write-report-files.ts
var write_report_files = __webpack_require__(7394);
;// CONCATENATED MODULE: ./actions/helm-migrate/run-review.ts











const CONVERT_FILES = [
    { name: 'migration-report.json', description: 'The migration report (JSON)' },
    { name: 'MIGRATION_REPORT.md', description: 'The migration report' },
];
const REVIEW_FILES = [
    { name: 'review.json', description: 'The review (JSON)' },
    { name: 'REVIEW.md', description: 'The review (Markdown)' },
];
async function locations(review, options, output, baseRef) {
    const changedFiles = baseRef ? await changedFilesSince(baseRef, options.workspace) : undefined;
    const valuesFiles = new Map((0,environments/* parseEnvironmentSpecs */.j)(options.environments).map((e) => [e.name, e.valuesFiles]));
    const out = [];
    for (const section of review.sections)
        for (const change of section.diff.changes) {
            const where = await locateChange(change, {
                workspace: options.workspace,
                chartDir: options.chart,
                output,
                environment: section.name,
                ...(changedFiles ? { changedFiles } : {}),
                valuesFiles: valuesFiles.get(section.name) ?? [],
            });
            if (where)
                out.push({ environment: section.name, change, path: where.path, line: where.line });
        }
    return out;
}
/**
 * What every front end of helm-migrate runs (the GitHub action, the GitLab
 * component): plan by the review policy, run the engine, write review.json
 * and REVIEW.md, and build the ActionReport the surfaces render.
 */
async function runReview(options) {
    const scratch = await createScratchFolder(options.scratchRoot, 'mmf-helm-migrate-');
    const dir = scratch.dir;
    const plan = (0,review_policy/* planRun */.nY)(options.mode, await (0,file_info/* exists */.t2)(options.output));
    const output = plan.outputInScratch ? (0,external_node_path_.join)(dir, 'k8s') : options.output;
    const cleanup = () => removeTree((0,external_node_path_.join)(dir, 'k8s'));
    try {
        const baseRef = options.mode === 'diff' ? (0,review_policy/* chooseBaseRef */.Wz)(options.baseRef, options.eventBase) : undefined;
        const { review, migration } = await reviewChart({
            mode: plan.engineMode,
            chart: options.chart,
            environments: options.environments,
            output,
            ...(options.release ? { release: options.release } : {}),
            ...(options.baseEnvironment ? { baseEnvironment: options.baseEnvironment } : {}),
            namespace: options.namespace,
            hookMode: options.hookMode,
            ...(baseRef ? { baseRef } : {}),
            ...(options.helm ? { helm: options.helm } : {}),
            ...(options.kustomize ? { kustomize: options.kustomize } : {}),
            log: options.log,
        });
        const reviewed = { ...review, mode: options.mode };
        const converted = migration !== undefined && options.mode === 'convert';
        // Built from a table: ncc's asset relocator would otherwise glob `resolve(output, '<literal>')`
        // at bundle time and copy whatever matches on the build machine into dist/.
        const [folder, produced] = converted ? [output, CONVERT_FILES] : [dir, REVIEW_FILES];
        const files = produced.map(({ name, description }) => ({
            name,
            path: (0,external_node_path_.resolve)(folder, name),
            description,
        }));
        const report = (0,redact_report/* redactReport */.a5)(reviewActionReport(reviewed, {
            mode: options.mode,
            chart: options.chart,
            failOn: options.failOn,
            locations: await locations(reviewed, options, output, baseRef),
            files,
            reportPath: files[0].path,
        }), options.secrets ?? []);
        if (!converted) {
            await (0,write_report_files/* writeResultAndMarkdown */.Xu)(dir, report, {
                json: REVIEW_FILES[0].name,
                markdown: REVIEW_FILES[1].name,
            });
        }
        const failure = (0,review_policy/* failureMessage */.oh)(reviewed, options.failOn);
        return { report, ...(failure ? { failure } : {}), dir, cleanup, discard: scratch.remove };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}


/***/ }),

/***/ 5288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ validateMigration)
/* harmony export */ });
/* harmony import */ var _platform_fs_file_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7615);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_helm_chart_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2323);
/* harmony import */ var _platform_kustomize_kustomize_build_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6366);
/* harmony import */ var _platform_kustomize_secret_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4032);
/* harmony import */ var _kernel_k8s_secret_generators_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(8996);
/* harmony import */ var _platform_sources_manifest_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8156);
/* harmony import */ var _platform_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8771);
/* harmony import */ var _platform_helm_values_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3677);
/* harmony import */ var _kernel_diff_semantic_diff_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6595);
/* harmony import */ var _kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7032);
/* harmony import */ var _core_normalize_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6495);
/* harmony import */ var _kernel_concurrency_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(5189);
/* harmony import */ var _core_parity_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2674);
/* harmony import */ var _core_environments_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8397);
/* harmony import */ var _render_environments_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2706);
/* harmony import */ var _start_renders_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9743);

















/**
 * Proves (or disproves) that a migrated Kustomize tree renders what the
 * original chart renders, per environment, by the parity rules of docs/PARITY.md;
 * the review sections carry the differences for every surface.
 */
async function validateMigration(options) {
    const envs = (0,_core_environments_js__WEBPACK_IMPORTED_MODULE_12__/* .parseEnvironmentSpecs */ .j)(options.environments);
    // Before anything is rendered: a tree that is not there is the user's mistake, not a kustomize failure.
    await (0,_platform_fs_file_info_js__WEBPACK_IMPORTED_MODULE_0__/* .requireFolder */ .OK)(options.migratedPath, 'the migrated tree', {
        code: 'E_PATH_NOT_FOUND',
        hint: 'pass --migrated-path <the folder holding overlays/<env>/, or one kustomization folder>',
    });
    const scopes = new _kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .ScopeResolver */ .J6();
    const originals = new Map();
    let volatile = new Map();
    if ((await (0,_platform_sources_manifest_source_js__WEBPACK_IMPORTED_MODULE_5__/* .detectSource */ .P)(options.originalPath)) === 'helm-chart') {
        const valuesTexts = await (0,_platform_helm_values_files_js__WEBPACK_IMPORTED_MODULE_7__/* .checkValuesFiles */ .G0)(envs.flatMap((e) => e.valuesFiles));
        const chart = await (0,_platform_helm_chart_source_js__WEBPACK_IMPORTED_MODULE_2__/* .openChart */ .x)(options.originalPath);
        try {
            const helm = await (0,_platform_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveHelm */ .Fr)(options.helm);
            const rendered = await (0,_render_environments_js__WEBPACK_IMPORTED_MODULE_13__/* .renderEnvironments */ .Z)(helm, chart, envs, {
                chartLabel: options.originalPath,
                release: options.release ?? chart.name,
                namespace: options.namespace,
                ...(options.kubeVersion ? { kubeVersion: options.kubeVersion } : {}),
                apiVersions: options.apiVersions ?? [],
                scopes,
                hookMode: options.hookMode,
                valuesTexts,
                slots: (0,_kernel_concurrency_js__WEBPACK_IMPORTED_MODULE_15__/* .limiter */ .T)((0,_start_renders_js__WEBPACK_IMPORTED_MODULE_14__/* .toolSlots */ .kv)()),
                log: options.log,
            });
            volatile = rendered.volatile;
            for (const env of rendered.rendered)
                originals.set(env.name, env.render);
        }
        finally {
            await chart.cleanup();
        }
    }
    else {
        const loaded = await (0,_platform_sources_manifest_source_js__WEBPACK_IMPORTED_MODULE_5__/* .loadSource */ .s)(options.originalPath, { namespace: options.namespace });
        for (const env of envs)
            originals.set(env.name, loaded.resources);
    }
    const kustomize = await (0,_platform_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveKustomize */ .Sl)(options.kustomize);
    const sections = [];
    const notes = new Set();
    for (const env of envs) {
        const overlay = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.migratedPath, 'overlays', env.name);
        const dir = (await (0,_platform_fs_file_info_js__WEBPACK_IMPORTED_MODULE_0__/* .isDirectory */ .wd)(overlay)) ? overlay : options.migratedPath;
        const original = originals.get(env.name);
        const { result: built, placeholders, filled, } = await (0,_platform_kustomize_secret_files_js__WEBPACK_IMPORTED_MODULE_4__/* .withSecretFiles */ .Y)(dir, secretFromRender(original), (d) => (0,_platform_kustomize_kustomize_build_js__WEBPACK_IMPORTED_MODULE_3__/* .buildKustomization */ .eQ)(kustomize, d, dir));
        if (filled)
            notes.add(`${env.name}: ${filled} Secret value(s) are git-ignored in the tree; the helm render's values were used to build it.`);
        if (placeholders)
            notes.add(`${env.name}: ${placeholders} Secret value(s) are not in the tree (git-ignored) nor in the render; a placeholder was used.`);
        const migrated = (0,_kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .parseManifests */ .Ye)(built.manifests, dir, { defaultNamespace: options.namespace, scopes });
        const normal = { hookMode: options.hookMode, volatile: volatile.get(env.name) };
        const helmSide = (0,_core_normalize_js__WEBPACK_IMPORTED_MODULE_10__/* .normalizeForParity */ .C1)(originals.get(env.name), normal);
        const kustomizeSide = (0,_core_normalize_js__WEBPACK_IMPORTED_MODULE_10__/* .normalizeForParity */ .C1)(migrated, normal);
        const parity = (0,_core_parity_js__WEBPACK_IMPORTED_MODULE_11__/* .compareForParity */ .o)(helmSide, kustomizeSide);
        const diff = (0,_kernel_diff_semantic_diff_js__WEBPACK_IMPORTED_MODULE_8__/* .diffManifests */ .e)({ label: `helm template (${env.name})`, resources: helmSide }, { label: `kustomize build ${dir}`, resources: kustomizeSide }, { ignoreHelmBookkeeping: false, ignoreChecksums: false, detectRenames: false });
        options.log.info(`  ${env.name}: ${parity.identical ? 'identical' : 'DIFFERS'}`);
        sections.push({ name: env.name, diff, parity: parity.identical });
    }
    return { subject: options.originalPath, mode: 'validate', sections, notes: [...notes] };
}
/** Missing git-ignored Secret files are filled from the helm render of the same environment. */
function secretFromRender(render) {
    return (name, key) => {
        for (const resource of render.values())
            if ((0,_kernel_k8s_secret_generators_js__WEBPACK_IMPORTED_MODULE_16__/* .isSecret */ .$f)(resource) && resource.id.name === name)
                return (0,_kernel_k8s_secret_generators_js__WEBPACK_IMPORTED_MODULE_16__/* .decodeSecretData */ .Zx)(resource.object).get(key);
        return undefined;
    };
}


/***/ }),

/***/ 8446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ safeStem),
/* harmony export */   e: () => (/* binding */ FileNamer)
/* harmony export */ });
/** A safe file-name stem: lower-case, [a-z0-9._-] only, never "." or "..". */
function safeStem(text) {
    const stem = text
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '');
    return (stem || 'unnamed').slice(0, 120);
}
/**
 * Hands out `<kind>-<name>.yaml` names that are unique within one folder,
 * adding the namespace, then the group, then a counter when names collide.
 * Deterministic for the same sequence of requests.
 */
class FileNamer {
    suffix;
    used = new Set();
    constructor(suffix = '.yaml') {
        this.suffix = suffix;
    }
    nameFor(id, prefix = '') {
        const kind = safeStem(id.kind);
        const candidates = [
            `${prefix}${kind}-${safeStem(id.name)}`,
            `${prefix}${kind}-${safeStem(id.name)}-${safeStem(id.namespace || 'cluster')}`,
            `${prefix}${kind}-${safeStem(id.name)}-${safeStem(id.namespace || 'cluster')}-${safeStem(id.group || 'core')}`,
        ];
        for (const stem of candidates)
            if (this.claim(stem))
                return stem + this.suffix;
        for (let n = 2;; n++)
            if (this.claim(`${candidates[2]}-${n}`))
                return `${candidates[2]}-${n}${this.suffix}`;
    }
    claim(stem) {
        if (this.used.has(stem))
            return false;
        this.used.add(stem);
        return true;
    }
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

/***/ 7521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IR: () => (/* binding */ changedResources),
  Wl: () => (/* binding */ countsByKind),
  wv: () => (/* binding */ describeCounts),
  Vj: () => (/* binding */ verdictOf)
});

;// CONCATENATED MODULE: ./actions/kernel/diff/diff-model.ts
function countByStatus(diff) {
    const counts = { added: 0, removed: 0, changed: 0, renamed: 0 };
    for (const c of diff.changes)
        counts[c.status]++;
    return counts;
}

;// CONCATENATED MODULE: ./actions/kernel/review/review-report.ts

function verdictOf(report) {
    if (report.sections.some((s) => s.parity === false))
        return 'parity-failure';
    if (report.sections.some((s) => s.parity === true))
        return 'parity';
    return report.sections.some((s) => s.diff.changes.length) ? 'changes' : 'no-changes';
}
function changedResources(report) {
    return report.sections.reduce((n, s) => n + s.diff.changes.length, 0);
}
/** Added/changed/removed/renamed per kind, for the summary table. */
function countsByKind(diff) {
    const rows = new Map();
    for (const c of diff.changes) {
        const row = rows.get(c.id.kind) ?? { kind: c.id.kind, added: 0, changed: 0, removed: 0, renamed: 0 };
        row[c.status]++;
        rows.set(c.id.kind, row);
    }
    return [...rows.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}
function describeCounts(diff) {
    const c = countByStatus(diff);
    const parts = ['added', 'changed', 'removed', 'renamed']
        .filter((k) => c[k])
        .map((k) => `${c[k]} ${k}`);
    return parts.length ? parts.join(', ') : 'no changes';
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
/* harmony import */ var _review_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7521);

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
/* harmony import */ var _tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8771);
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
