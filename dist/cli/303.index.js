export const id = 303;
export const ids = [303];
export const modules = {

/***/ 8303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runConversion: () => (/* binding */ runConversion)
/* harmony export */ });
/* harmony import */ var _platform_helm_chart_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2323);
/* harmony import */ var _platform_helm_values_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3677);
/* harmony import */ var _platform_fs_staged_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8905);



/**
 * The converter once helm may be starting (convertChart): checks the values
 * files, the chart and the output, then lets the early renders read them (or
 * stops them unread) and hands over to convert-stages.ts, which loads while
 * helm renders.
 */
async function runConversion(options, envs, start) {
    const { log } = options;
    const { started, tools, toolLog, slots } = start;
    // Values files, the chart and both tools are checked at once; failures are reported in this order.
    const values = (0,_platform_helm_values_files_js__WEBPACK_IMPORTED_MODULE_1__/* .checkValuesFiles */ .G0)(envs.flatMap((e) => e.valuesFiles));
    const opened = (0,_platform_helm_chart_source_js__WEBPACK_IMPORTED_MODULE_0__/* .openChart */ .x)(options.chart);
    for (const p of [values, opened])
        p.catch(() => undefined);
    // The early renders read the chart only once these checks pass; otherwise they are stopped unread.
    let valuesTexts;
    try {
        valuesTexts = await values;
    }
    catch (err) {
        await start.stopEarly();
        await opened.then((c) => c.cleanup(), () => undefined);
        throw err;
    }
    const chart = await opened.catch(async (err) => {
        await start.stopEarly();
        throw err;
    });
    let staged;
    try {
        staged = await _platform_fs_staged_output_js__WEBPACK_IMPORTED_MODULE_2__/* .StagedOutput */ .WZ.open(options.output, options.force, [options.chart, ...envs.flatMap((e) => e.valuesFiles)], { warn: log.warn });
        toolLog.release();
        const { helm, kustomize } = await tools;
        log.info(`Chart ${chart.name} ${chart.version}: ${envs.length} environment(s), helm ${helm.version}${kustomize ? `, kustomize ${kustomize.version}` : ''}`);
        const release = options.release ?? chart.name;
        // The early renders are used when they render what this would: the same folder and release.
        let early = await start.early;
        if (early && (early.chartDir !== chart.dir || early.release !== release)) {
            await start.stopEarly();
            early = undefined;
        }
        early?.open();
        // The rest of the converter loads while helm renders.
        const { convertRendered } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(547), __webpack_require__.e(116)]).then(__webpack_require__.bind(__webpack_require__, 1116));
        const result = await convertRendered({
            options,
            envs,
            chart,
            valuesTexts,
            staged,
            helm,
            kustomize,
            release,
            slots,
            ...(early ? { started: early } : {}),
            startedAt: started,
        });
        staged = undefined; // committed
        return result;
    }
    finally {
        await start.stopEarly(); // stops them unread if an error came before they were let in
        await staged?.discard();
        await chart.cleanup();
    }
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


/***/ })

};
