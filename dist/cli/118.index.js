export const id = 118;
export const ids = [118];
export const modules = {

/***/ 8145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ convertChart)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);
/* harmony import */ var _platform_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6659);
/* harmony import */ var _kernel_concurrency_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5189);
/* harmony import */ var _core_environments_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1077);
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
    const { runConversion } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(243), __webpack_require__.e(905), __webpack_require__.e(677), __webpack_require__.e(303)]).then(__webpack_require__.bind(__webpack_require__, 8303));
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

/***/ 4118:
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
// EXTERNAL MODULE: ./actions/platform/git/run-git.ts
var run_git = __webpack_require__(8099);
;// CONCATENATED MODULE: ./actions/platform/git/git-changes.ts

/**
 * Files that differ between `ref` and the working tree, relative to `cwd`
 * (tracked changes and new untracked files); empty when git cannot tell.
 */
async function changedFilesSince(ref, cwd) {
    const [diff, untracked] = await Promise.all([
        (0,run_git/* runGit */.E)(['diff', '--name-only', '--relative', ref], cwd),
        (0,run_git/* runGit */.E)(['ls-files', '--others', '--exclude-standard'], cwd),
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

// EXTERNAL MODULE: ./actions/helm-migrate/core/environments.ts
var environments = __webpack_require__(1077);
// EXTERNAL MODULE: ./actions/kernel/review/review-report.ts
var review_report = __webpack_require__(4014);
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
// EXTERNAL MODULE: ./actions/platform/git/git-worktree.ts
var git_worktree = __webpack_require__(9537);
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
    await (0,git_worktree/* withGitRef */.S)(options.chart, baseRef, async (atRef) => {
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

// EXTERNAL MODULE: ./actions/platform/fs/scratch-folder.ts
var scratch_folder = __webpack_require__(3417);
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
    const scratch = await (0,scratch_folder/* createScratchFolder */.D)(options.scratchRoot, 'mmf-helm-migrate-');
    const dir = scratch.dir;
    const plan = (0,review_policy/* planRun */.nY)(options.mode, await (0,file_info/* exists */.t2)(options.output));
    const output = plan.outputInScratch ? (0,external_node_path_.join)(dir, 'k8s') : options.output;
    const cleanup = () => (0,scratch_folder/* removeTree */.d)((0,external_node_path_.join)(dir, 'k8s'));
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

/***/ 3417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ createScratchFolder),
/* harmony export */   d: () => (/* binding */ removeTree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * A new private folder (0700) under `parent` for a run's intermediate files
 * and reports, kept until `remove()`: front ends upload or copy what is in it
 * first. Folders that must not outlive the process (staging, Secret values)
 * are StagedOutput's and onExit's business instead.
 */
async function createScratchFolder(parent, prefix) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parent, prefix));
    return { dir, remove: () => removeTree(dir) };
}
/** Removes a file or folder tree; nothing there is not an error. */
async function removeTree(path) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { recursive: true, force: true });
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
