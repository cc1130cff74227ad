export const id = 451;
export const ids = [451];
export const modules = {

/***/ 6451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidateMigration: () => (/* binding */ runValidateMigration)
});

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
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
        text: () => (0,render_review_text/* renderReviewText */.w)(report) + `parity: ${identical}/${report.sections.length} environments\n`,
        markdown: () => {
            const blocks = (0,render_review_markdown/* renderReviewMarkdown */.A)(report, `Migration parity: ${flags.originalPath} → ${flags.migratedPath}`);
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


/***/ })

};
