export const id = 882;
export const ids = [882];
export const modules = {

/***/ 5882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidateMigration: () => (/* binding */ runValidateMigration)
});

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/kernel/report/render-markdown.ts
var render_markdown = __webpack_require__(4035);
// EXTERNAL MODULE: ./actions/kernel/review/review-report.ts + 1 modules
var review_report = __webpack_require__(7521);
// EXTERNAL MODULE: ./actions/kernel/review/review-sections.ts
var review_sections = __webpack_require__(4216);
;// CONCATENATED MODULE: ./actions/kernel/review/render-review-markdown.ts



/**
 * A bare review (no policy, no annotations) as Markdown, for the CLI's
 * `--format markdown`. Surfaces that publish use the capability's
 * ActionReport and renderReportMarkdown instead; both render the same sections.
 */
function renderReviewMarkdown(report, title) {
    const verdict = (0,review_report/* verdictOf */.Vj)(report);
    const [header = '', ...resources] = (0,render_markdown/* renderReportMarkdown */.Ay)({
        capability: 'review',
        title,
        subject: '',
        conclusion: verdict === 'parity-failure' ? 'failure' : verdict === 'changes' ? 'neutral' : 'success',
        headline: review_sections/* VERDICT_HEADLINE */.pB[verdict],
        summary: (0,review_sections/* reviewMetrics */.U0)(report),
        sections: [(0,review_sections/* reviewOverview */.Yi)(report), ...(0,review_sections/* environmentSections */.ed)(report)],
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

;// CONCATENATED MODULE: ./actions/kernel/review/render-review-text.ts

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
        out.push(`${head}${parity}${s.diff.left.label} -> ${s.diff.right.label}: ${(0,review_report/* describeCounts */.wv)(s.diff)}, ${s.diff.unchanged} unchanged`);
        for (const c of s.diff.changes)
            out.push(...renderChange(c, options.unified ?? false));
    }
    for (const note of report.notes)
        out.push(`note: ${note}`);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./actions/runtime/cli/help.ts
var help = __webpack_require__(6941);
// EXTERNAL MODULE: ./actions/runtime/cli/report-output.ts
var report_output = __webpack_require__(6560);
// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts
var tool_flags = __webpack_require__(4838);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./actions/platform/fs/read-json-file.ts


/**
 * Parses a JSON file of at most `limit` bytes that may be absent: undefined
 * when nothing (or no regular file) is at `path`. A larger file is
 * E_INPUT_TOO_LARGE, checked before it is read; one that cannot be read or
 * parsed is E_INPUT_INVALID naming the file, the cause and `hint`.
 */
async function readOptionalJsonFile(path, options) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        return undefined;
    if (info.size > options.limit)
        throw new errors/* MmfError */.H0('E_INPUT_TOO_LARGE', `is larger than ${options.limit} bytes`, { file: path });
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (err) {
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', `is not valid JSON: ${err.message}`, {
            file: path,
            ...(options.hint ? { hint: options.hint } : {}),
            cause: err,
        });
    }
}

// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
// EXTERNAL MODULE: ./actions/helm-migrate/core/hooks.ts
var hooks = __webpack_require__(1667);
;// CONCATENATED MODULE: ./actions/helm-migrate/core/conversion-settings.ts



const strings = (value) => Array.isArray(value) && value.every((v) => typeof v === 'string');
/**
 * Reads the settings out of a parsed migration-report.json. Fields it does
 * not have are left out; a field of the wrong type is an input error naming
 * the file, since validating with a wrong release or namespace would report
 * differences that are not there.
 */
function settingsFromReport(report, file) {
    const wrong = (field, expected) => new errors/* MmfError */.H0('E_INPUT_INVALID', `"${field}" is not ${expected}`, {
        file,
        hint: 'this file is written by mmf migrate helm-to-kustomize; convert again, or pass --release, --namespace, --hooks and --env',
    });
    if (!(0,json/* isObject */.Gv)(report) || report.schemaVersion !== 1)
        throw new errors/* MmfError */.H0('E_INPUT_INVALID', 'is not a migration report (schemaVersion 1)', {
            file,
            hint: 'pass --release, --namespace, --hooks and --env yourself, or convert again to rewrite it',
        });
    const settings = {};
    for (const field of ['release', 'namespace']) {
        const value = report[field];
        if (value === undefined)
            continue;
        if (typeof value !== 'string' || !value)
            throw wrong(field, 'a non-empty string');
        settings[field] = value;
    }
    if (report.hookMode !== undefined) {
        if (!hooks/* HOOK_MODES */.$L.includes(report.hookMode))
            throw wrong('hookMode', `one of ${hooks/* HOOK_MODES */.$L.join(', ')}`);
        settings.hookMode = report.hookMode;
    }
    if (report.environments !== undefined) {
        const envs = report.environments;
        if (!Array.isArray(envs) || !envs.length)
            throw wrong('environments', 'a non-empty list');
        settings.environments = envs.map((env, i) => {
            if (!(0,json/* isObject */.Gv)(env) || typeof env.name !== 'string' || !strings(env.valuesFiles))
                throw wrong(`environments[${i}]`, 'an object with a name and valuesFiles');
            return env.valuesFiles.length ? `${env.name}=${env.valuesFiles.join(',')}` : env.name;
        });
    }
    const render = report.render;
    if (render !== undefined) {
        if (!(0,json/* isObject */.Gv)(render))
            throw wrong('render', 'an object');
        if (render.kubeVersion !== undefined) {
            if (typeof render.kubeVersion !== 'string')
                throw wrong('render.kubeVersion', 'a string');
            settings.kubeVersion = render.kubeVersion;
        }
        if (render.apiVersions !== undefined) {
            if (!strings(render.apiVersions))
                throw wrong('render.apiVersions', 'a list of strings');
            if (render.apiVersions.length)
                settings.apiVersions = render.apiVersions;
        }
    }
    return settings;
}

;// CONCATENATED MODULE: ./actions/helm-migrate/read-conversion-settings.ts



const MIGRATION_REPORT_JSON = 'migration-report.json';
/** Far larger than any real report (a few hundred KB for dozens of environments). */
const MAX_REPORT_BYTES = 16 * 1024 * 1024;
/**
 * The settings a converted tree was written with, from `<tree>/migration-report.json`;
 * undefined when the tree has none (a hand-written tree, or one overlay folder).
 */
async function readConversionSettings(tree) {
    const file = (0,external_node_path_.join)(tree, MIGRATION_REPORT_JSON);
    const parsed = await readOptionalJsonFile(file, {
        limit: MAX_REPORT_BYTES,
        hint: 'restore it from git, or pass --release, --namespace, --hooks and --env yourself',
    });
    if (parsed === undefined)
        return undefined;
    return { file, settings: settingsFromReport(parsed, file) };
}

// EXTERNAL MODULE: ./actions/helm-migrate/validate-migration.ts
var validate_migration = __webpack_require__(5288);
;// CONCATENATED MODULE: ./actions/helm-migrate/cli/run-validate-migration.ts








/** What `mmf migrate validate-migration` does once its flags are parsed (loaded only when it runs). */
async function runValidateMigration(flags, cmd, io, state) {
    const log = (0,tool_flags/* stderrLogger */.D7)(io);
    const settings = await settingsFor(flags, log);
    const report = await (0,validate_migration/* validateMigration */.r)({
        originalPath: flags.originalPath,
        migratedPath: flags.migratedPath,
        environments: settings.environments ?? [],
        ...(settings.release ? { release: settings.release } : {}),
        namespace: settings.namespace ?? 'default',
        hookMode: settings.hookMode ?? 'keep',
        ...(settings.kubeVersion ? { kubeVersion: settings.kubeVersion } : {}),
        apiVersions: settings.apiVersions ?? [],
        ...(0,tool_flags/* toolOptions */.Py)(flags, log),
        log,
    });
    const identical = report.sections.filter((s) => s.parity).length;
    const differing = report.sections.filter((s) => !s.parity).map((s) => s.name);
    (0,report_output/* printOutput */.jP)(io, state, (0,help/* commandPath */.pM)(cmd), {
        result: report,
        exitCode: differing.length ? 3 : 0,
        text: () => renderReviewText(report) + `parity: ${identical}/${report.sections.length} environments\n`,
        markdown: () => {
            const blocks = renderReviewMarkdown(report, `Migration parity: ${flags.originalPath} → ${flags.migratedPath}`);
            return [blocks.header, ...blocks.resources].join('\n');
        },
        ...(differing.length
            ? {
                failure: new errors/* MmfError */.H0('E_PARITY', `${differing.length} of ${report.sections.length} environments differ: ${differing.join(', ')}`, { file: flags.migratedPath }),
            }
            : {}),
    }, flags);
}
const SETTING_NAMES = {
    release: 'release',
    namespace: 'namespace',
    hookMode: 'hooks',
    environments: 'environments',
    kubeVersion: 'kube version',
    apiVersions: 'API versions',
};
/** Flags first, then what the tree's migration-report.json recorded. */
async function settingsFor(flags, log) {
    const given = {
        ...(flags.env.length ? { environments: flags.env } : {}),
        ...(flags.release !== undefined ? { release: flags.release } : {}),
        ...(flags.namespace !== undefined ? { namespace: flags.namespace } : {}),
        ...(flags.hooks !== undefined ? { hookMode: flags.hooks } : {}),
        ...(flags.kubeVersion !== undefined ? { kubeVersion: flags.kubeVersion } : {}),
        ...(flags.apiVersions.length ? { apiVersions: flags.apiVersions } : {}),
    };
    const recorded = await readConversionSettings(flags.migratedPath);
    if (!recorded)
        return given;
    const merged = { ...recorded.settings, ...given };
    const used = Object.keys(recorded.settings).filter((k) => !(k in given));
    const shown = used.map((k) => k === 'environments'
        ? `environments ${(merged.environments ?? []).map((e) => e.split('=')[0]).join(', ')}`
        : `${SETTING_NAMES[k]} ${[merged[k]].flat().join(', ')}`);
    if (shown.length)
        log.info(`Using from ${recorded.file} (flags override it): ${shown.join('; ')}`);
    return merged;
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


/***/ }),

/***/ 6560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jP: () => (/* binding */ printOutput)
/* harmony export */ });
/* unused harmony exports resultEnvelope, errorEnvelope, unexpectedEnvelope, printEnvelope, printReport */
/* harmony import */ var _kernel_report_render_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4145);

function envelopeError(error) {
    return {
        code: error.code,
        message: error.file ? `${error.file}: ${error.message}` : error.message,
        hint: error.hint ?? null,
    };
}
/** A command's result; `failure` is the check that failed (e.g. E_PARITY, exit 3), if any. */
function resultEnvelope(command, exitCode, result, failure) {
    return {
        command,
        ok: exitCode === 0,
        exitCode,
        result,
        error: failure ? envelopeError(failure) : null,
    };
}
function errorEnvelope(command, error) {
    return { command, ok: false, exitCode: error.exitCode, result: null, error: envelopeError(error) };
}
/** A failure that is not an MmfError (a bug): exit 1, code E_UNEXPECTED. */
function unexpectedEnvelope(command, message) {
    return {
        command,
        ok: false,
        exitCode: 1,
        result: null,
        error: {
            code: 'E_UNEXPECTED',
            message: `unexpected failure: ${message}`,
            hint: 'run again with --debug for a stack trace, and report it',
        },
    };
}
function printEnvelope(io, envelope) {
    io.stdout(JSON.stringify(envelope, null, 2) + '\n');
}
/**
 * Prints a command's output in the chosen format (the `--json` envelope, Markdown, or text),
 * the failed check's paragraph on stderr, and sets the exit code.
 */
function printOutput(io, state, command, output, format) {
    if (format.json)
        printEnvelope(io, resultEnvelope(command, output.exitCode, output.result, output.failure));
    else if (format.markdown && output.markdown)
        io.stdout(output.markdown());
    else
        io.stdout(output.text());
    if (output.failure)
        io.stderr(output.failure.format() + '\n');
    state.exitCode = output.exitCode;
}
/**
 * Prints a capability's report: the `--json` envelope with the report's
 * `result`, or the text rendering. Sets the command's exit code.
 */
function printReport(io, state, command, report, exitCode, format, failure) {
    printOutput(io, state, command, {
        result: report.result,
        exitCode,
        text: () => renderReportText(report),
        ...(failure ? { failure } : {}),
    }, format);
}


/***/ })

};
