export const id = 303;
export const ids = [303];
export const modules = {

/***/ 8303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runConversion: () => (/* binding */ runConversion)
/* harmony export */ });
/* harmony import */ var _platform_helm_chart_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2182);
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
        const { convertRendered } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(547), __webpack_require__.e(140)]).then(__webpack_require__.bind(__webpack_require__, 7140));
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
            ...(early ? { started: early.renders } : {}),
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

/***/ 2182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ openChart)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/kernel/json.ts
var json = __webpack_require__(2070);
// EXTERNAL MODULE: ./actions/kernel/k8s/manifest-stream.ts
var manifest_stream = __webpack_require__(7725);
;// CONCATENATED MODULE: ./actions/kernel/helm/random-templates.ts
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
 */
/** Calls of functions whose result changes between two renders of the same input (not `.Values.now`). */
const RANDOM_FUNCTIONS = /(?<![\w.$])(randAlphaNum|randAlpha|randNumeric|randAscii|randBytes|randInt|uuidv4|genCA|genCAWithKey|genPrivateKey|genSelfSignedCert|genSelfSignedCertWithKey|genSignedCert|genSignedCertWithKey|htpasswd|bcrypt|encryptAES|now|ago|shuffle)\b/;
const ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;
const LITERAL_INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;
const DYNAMIC_INCLUDE = /\b(?:include|template)\s+(?!")(\S)/;
const BASE_PATH_INCLUDE = /\b(?:include|template)\s+\(\s*print\s+\$?\.Template\.BasePath\s+"([^"]+)"\s*\)/g;
const OPENERS = new Set(['if', 'range', 'with']);
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
            found = { random: false, testHook: false, tpl: false, dynamic: false, refs: new Set() };
            units.set(key, found);
        }
        return found;
    };
    let usesTpl = false;
    for (const source of sources) {
        // The stack of open blocks; a define's entry names the unit its actions belong to.
        const stack = [];
        const current = () => [...stack].reverse().find((s) => s !== undefined) ?? fileUnit(source.name);
        unit(fileUnit(source.name)).testHook = TEST_HOOK.test(source.text);
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
                stack.push(key ?? current());
                if (key)
                    unit(key);
                continue;
            }
            const target = unit(current());
            if (OPENERS.has(word))
                stack.push(undefined);
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
                target.refs.add(fileUnit(`${source.chart}/templates${m[1].replace(/^\/?/, '/')}`));
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
    random = new Set();
    files;
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
        this.files = new Set([...scan.units.keys()].filter((k) => k.startsWith('file:')));
        const direct = (u) => u.random || (u.tpl && tplSeesRandomText);
        this.any = [...scan.units.values()].some(direct) || scan.unscanned;
        for (const [key, u] of scan.units)
            if (direct(u) || (u.dynamic && this.any))
                this.random.add(key);
        // Whatever includes a random template is random: propagate until nothing changes.
        for (let changed = true; changed;) {
            changed = false;
            for (const [key, u] of scan.units) {
                if (this.random.has(key) || ![...u.refs].some((r) => this.random.has(r)))
                    continue;
                this.random.add(key);
                changed = true;
            }
        }
        this.likelyNeedsSecondRender =
            scan.unscanned ||
                [...scan.units].some(([key, u]) => key.startsWith('file:') && this.random.has(key) && !u.testHook && !RENDERS_NOTHING.test(key));
    }
    /** Whether the template named in a document's `# Source:` comment can render differently on each run. */
    isRandom(source) {
        if (source === undefined || !this.files.has(fileUnit(source)))
            return this.any;
        return this.random.has(fileUnit(source));
    }
}
/** Whether text that `tpl` may evaluate (a values file, a file of the chart) calls a random function. */
function textCallsRandom(text) {
    for (const match of text.matchAll(ACTION))
        if (RANDOM_FUNCTIONS.test(match[1] ?? ''))
            return true;
    return false;
}

// EXTERNAL MODULE: ./actions/platform/fs/link-guard.ts
var link_guard = __webpack_require__(6988);
// EXTERNAL MODULE: ./actions/platform/process/exit-cleanup.ts
var exit_cleanup = __webpack_require__(2490);
// EXTERNAL MODULE: ./actions/platform/process/run-command.ts
var run_command = __webpack_require__(3683);
// EXTERNAL MODULE: ./actions/platform/fs/remove-tree-sync.ts
var remove_tree_sync = __webpack_require__(149);
;// CONCATENATED MODULE: ./actions/platform/helm/chart-source.ts











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
        info = await (0,promises_.stat)(chartPath);
    }
    catch {
        throw new errors/* MmfError */.H0('E_CHART_NOT_FOUND', 'chart does not exist', {
            file: chartPath,
            hint: 'pass --chart <chart directory or packaged .tgz>',
        });
    }
    await (0,link_guard/* assertResolvesInside */.y)(chartPath, options.root ?? process.cwd(), 'the chart');
    if (info.isDirectory()) {
        await (0,link_guard/* assertNoEscapingEntries */.M)(chartPath);
        return inspect(chartPath, async () => { });
    }
    if (!chartPath.endsWith('.tgz') && !chartPath.endsWith('.tar.gz')) {
        throw new errors/* MmfError */.H0('E_CHART_NOT_FOUND', 'is neither a chart directory nor a packaged chart (.tgz)', {
            file: chartPath,
        });
    }
    const temp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mmf-chart-'));
    const forget = (0,exit_cleanup/* onExit */.cf)(() => (0,remove_tree_sync/* removeTreeSync */.O)(temp));
    const cleanup = async () => {
        await (0,promises_.rm)(temp, { recursive: true, force: true });
        forget();
    };
    // GNU and BSD tar refuse members with absolute or `..` paths; links are checked after unpacking.
    const untar = await (0,run_command/* runCommand */.d)('tar', ['-xzf', chartPath, '-C', temp, '--no-same-owner']);
    if (untar.exitCode !== 0) {
        await cleanup();
        throw new errors/* MmfError */.H0('E_CHART_YAML', `cannot unpack the chart archive: ${untar.stderr.trim()}`, {
            file: chartPath,
        });
    }
    const entries = (await (0,promises_.readdir)(temp, { withFileTypes: true })).filter((e) => e.isDirectory());
    if (entries.length !== 1) {
        await cleanup();
        throw new errors/* MmfError */.H0('E_CHART_YAML', 'a packaged chart must hold exactly one top-level folder', {
            file: chartPath,
        });
    }
    const dir = (0,external_node_path_.join)(temp, entries[0].name);
    try {
        await (0,link_guard/* assertNoEscapingEntries */.M)(temp, chartPath);
    }
    catch (err) {
        await cleanup();
        throw err;
    }
    return inspect(dir, cleanup, chartPath);
}
async function readChartYaml(dir, shownAs) {
    const file = (0,external_node_path_.join)(dir, 'Chart.yaml');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new errors/* MmfError */.H0('E_CHART_YAML', 'Chart.yaml is missing', {
            file: shownAs,
            hint: 'point --chart at the folder that holds Chart.yaml',
        });
    }
    let doc;
    try {
        doc = (0,manifest_stream/* parseManifestStream */.P)(text, (0,external_node_path_.join)(shownAs, 'Chart.yaml'))[0]?.value;
    }
    catch (err) {
        if (err instanceof errors/* MmfError */.H0)
            throw new errors/* MmfError */.H0('E_CHART_YAML', err.message, { file: (0,external_node_path_.join)(shownAs, 'Chart.yaml') });
        throw err;
    }
    if (!(0,json/* isObject */.Gv)(doc) || typeof doc.name !== 'string' || doc.version === undefined) {
        throw new errors/* MmfError */.H0('E_CHART_YAML', 'Chart.yaml must define at least `name` and `version`', {
            file: (0,external_node_path_.join)(shownAs, 'Chart.yaml'),
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
        const scan = scanTemplates(found.sources, found.unscanned);
        // Text that tpl may evaluate: values files and other files of the chart.
        const chartTextRandom = scan.usesTpl && found.otherTexts.some(textCallsRandom);
        const probe = new RandomTemplates(scan, scan.usesTpl);
        return {
            dir,
            name: chart.name,
            version: String(chart.version),
            ...(chart.appVersion !== undefined ? { appVersion: String(chart.appVersion) } : {}),
            usesLookup: actions.some((a) => /\blookup\b/.test(a)),
            usesCapabilities: actions.some((a) => /\.Capabilities\b/.test(a)),
            usesRandomness: probe.any,
            randomTemplates: (valuesTexts) => new RandomTemplates(scan, chartTextRandom || (scan.usesTpl && valuesTexts.some(textCallsRandom))),
            cleanup,
        };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}
async function checkDependencies(dir, chart, shownAs) {
    const deps = Array.isArray(chart.dependencies) ? chart.dependencies.filter(json/* isObject */.Gv) : [];
    if (!deps.length)
        return;
    const vendored = new Set();
    const chartsDir = (0,external_node_path_.join)(dir, 'charts');
    const entries = await (0,promises_.readdir)(chartsDir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        if (entry.isDirectory()) {
            const sub = await (0,promises_.readFile)((0,external_node_path_.join)(chartsDir, entry.name, 'Chart.yaml'), 'utf8').catch(() => undefined);
            const name = sub ? /^name:\s*["']?([^"'\s#]+)/m.exec(sub)?.[1] : undefined;
            if (name)
                vendored.add(name);
        }
        else if (entry.name.endsWith('.tgz')) {
            vendored.add((0,external_node_path_.basename)(entry.name, '.tgz').replace(/-v?\d+\.\d+\.\d+.*$/, ''));
        }
    }
    const missing = deps.map((d) => String(d.name)).filter((name) => !vendored.has(name));
    if (missing.length) {
        throw new errors/* MmfError */.H0('E_DEPENDENCIES_MISSING', `dependencies declared in Chart.yaml are not vendored in charts/: ${missing.join(', ')}`, {
            file: (0,external_node_path_.join)(shownAs, 'Chart.yaml'),
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
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (!info?.isFile())
            return undefined;
        const text = info.size <= MAX_SCANNED_BYTES ? await (0,promises_.readFile)(file, 'utf8').catch(() => undefined) : undefined;
        if (text === undefined)
            out.unscanned = true;
        return text;
    };
    // Links were checked to stay inside the chart; helm follows them, so the scan does too.
    const walk = async (chartDir, prefix) => {
        const templatesDir = (0,external_node_path_.join)(chartDir, 'templates');
        const templates = await (0,promises_.readdir)(templatesDir, { withFileTypes: true, recursive: true }).catch(() => []);
        const subcharts = await (0,promises_.readdir)((0,external_node_path_.join)(chartDir, 'charts'), { withFileTypes: true }).catch(() => []);
        await Promise.all([
            ...templates
                .filter((e) => e.isFile() || e.isSymbolicLink())
                .map(async (e) => {
                const file = (0,external_node_path_.join)(parentOf(e), e.name);
                const text = await read(file);
                const rel = file
                    .slice(templatesDir.length + 1)
                    .split('\\')
                    .join('/');
                if (text !== undefined)
                    out.sources.push({ name: `${prefix}/templates/${rel}`, chart: prefix, text });
            }),
            ...subcharts.map(async (e) => {
                const sub = (0,external_node_path_.join)(chartDir, 'charts', e.name);
                if (e.isFile() && /\.t(ar\.)?gz$/.test(e.name))
                    out.unscanned = true;
                if (!e.isDirectory() && !e.isSymbolicLink())
                    return;
                const chartYaml = await read((0,external_node_path_.join)(sub, 'Chart.yaml'));
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
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true, recursive: true });
    const files = entries
        .filter((e) => e.isFile() && !/(^|\/)templates(\/|$)/.test(parentOf(e).slice(dir.length)))
        .map((e) => (0,external_node_path_.join)(parentOf(e), e.name));
    return (await Promise.all(files.map(read))).filter((t) => t !== undefined);
}
function parentOf(entry) {
    return (entry.parentPath ??
        entry.path);
}


/***/ })

};
