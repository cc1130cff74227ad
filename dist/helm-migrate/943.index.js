export const id = 943;
export const ids = [943];
export const modules = {

/***/ 5288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ validateMigration)
/* harmony export */ });
/* harmony import */ var _platform_fs_file_info_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7615);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_helm_chart_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2182);
/* harmony import */ var _platform_kustomize_kustomize_build_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7454);
/* harmony import */ var _platform_kustomize_secret_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4032);
/* harmony import */ var _kernel_k8s_secret_generators_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(8996);
/* harmony import */ var _platform_sources_manifest_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8156);
/* harmony import */ var _platform_tools_resolve_tool_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8771);
/* harmony import */ var _platform_helm_values_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3677);
/* harmony import */ var _kernel_diff_semantic_diff_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6595);
/* harmony import */ var _kernel_k8s_manifest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7032);
/* harmony import */ var _core_normalize_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6495);
/* harmony import */ var _kernel_concurrency_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5189);
/* harmony import */ var _core_parity_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2674);
/* harmony import */ var _core_environments_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8397);
/* harmony import */ var _render_environments_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2706);
















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
                slots: (0,_kernel_concurrency_js__WEBPACK_IMPORTED_MODULE_14__/* .limiter */ .T)((0,_render_environments_js__WEBPACK_IMPORTED_MODULE_13__/* .toolSlots */ .k)()),
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
        const { result: built, placeholders, filled, } = await (0,_platform_kustomize_secret_files_js__WEBPACK_IMPORTED_MODULE_4__/* .withSecretFiles */ .Y)(dir, secretFromRender(original), (d) => (0,_platform_kustomize_kustomize_build_js__WEBPACK_IMPORTED_MODULE_3__/* .buildKustomization */ .e)(kustomize, d, dir));
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
            if ((0,_kernel_k8s_secret_generators_js__WEBPACK_IMPORTED_MODULE_15__/* .isSecret */ .$f)(resource) && resource.id.name === name)
                return (0,_kernel_k8s_secret_generators_js__WEBPACK_IMPORTED_MODULE_15__/* .decodeSecretData */ .Zx)(resource.object).get(key);
        return undefined;
    };
}


/***/ }),

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
/* harmony import */ var _helm_chart_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2182);
/* harmony import */ var _helm_helm_render_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3430);
/* harmony import */ var _kustomize_kustomize_build_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7454);
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
