export const id = 259;
export const ids = [259];
export const modules = {

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

/***/ 7259:
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
// EXTERNAL MODULE: ./actions/kernel/report/render-markdown.ts
var render_markdown = __webpack_require__(4035);
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
// EXTERNAL MODULE: ./actions/helm-migrate/convert-chart.ts + 12 modules
var convert_chart = __webpack_require__(9429);
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

;// CONCATENATED MODULE: ./actions/platform/fs/write-report-files.ts


/**
 * Writes `text` to `path` under a temporary name beside it, then renames it:
 * a reader (a CI system collecting artifacts, a later step) never sees half a file.
 */
async function writeFileAtomic(path, text) {
    const target = (0,external_node_path_.resolve)(path);
    const staging = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.mmf-${process.pid}`);
    try {
        await (0,promises_.writeFile)(staging, text);
        await (0,promises_.rename)(staging, target);
    }
    catch (err) {
        await (0,promises_.rm)(staging, { force: true });
        throw err;
    }
}
/** Writes each named file into `dir` (created if missing) atomically; other files there stay. */
async function writeReportFiles(dir, files) {
    await mkdir(dir, { recursive: true });
    for (const [name, text] of Object.entries(files))
        await writeFileAtomic(join(dir, name), text);
}

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
        const reviewJson = (0,external_node_path_.resolve)(dir, REVIEW_FILES[0].name);
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
            await writeFileAtomic(reviewJson, JSON.stringify(report.result, null, 2) + '\n');
            await writeFileAtomic((0,external_node_path_.join)(dir, 'REVIEW.md'), (0,render_markdown/* renderReportMarkdown */.Ay)(report).join('\n'));
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


/***/ })

};
