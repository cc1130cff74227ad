export const id = 604;
export const ids = [604];
export const modules = {

/***/ 7604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runHelmToKustomize: () => (/* binding */ runHelmToKustomize)
});

// EXTERNAL MODULE: ./actions/helm-migrate/convert-chart.ts
var convert_chart = __webpack_require__(8145);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
;// CONCATENATED MODULE: ./actions/helm-migrate/cli/format-summary.ts

/** The human summary printed at the end of a conversion. */
function formatConvertSummary(result) {
    const { report } = result;
    const lines = [
        `Wrote ${result.output}: base (${report.base.environment ? `from ${report.base.environment}, ` : ''}${report.base.resources} resources) + ${report.environments.length} overlay(s)`,
    ];
    for (const env of report.environments) {
        const verdict = env.parity ? (env.parity.identical ? 'identical' : 'DIFFERS') : 'not validated';
        lines.push(`  ${env.name}: ${env.renderedResources} resources, overlay ${env.overlay.lines} lines (${Math.round(env.overlayRatio * 1000) / 10}% of render), ${verdict}`);
        const p = env.parity;
        if (p && !p.identical) {
            for (const r of p.missing)
                lines.push(`    missing: ${r}`);
            for (const r of p.unexpected)
                lines.push(`    unexpected: ${r}`);
            for (const c of p.changed)
                for (const f of c.fields)
                    lines.push(`    ${c.resource}: ${f.path} ${f.change}`);
        }
    }
    if (report.hooks.length)
        lines.push(`Hooks: ${report.hooks.map((h) => `${h.resource} (${h.action})`).join(', ')}`);
    if (report.volatile.length) {
        // One entry per resource and paths, with the environments where they are volatile.
        const envsOf = new Map();
        for (const v of report.volatile) {
            const key = `${v.resource} ${v.paths.join(', ')}`;
            envsOf.set(key, [...(envsOf.get(key) ?? []), v.environment]);
        }
        lines.push(`Volatile fields: ${[...envsOf].map(([k, envs]) => `${k} (${envs.join(', ')})`).join('; ')}`);
    }
    if (report.secrets.length)
        lines.push(`Secrets: ${report.secrets.length} secretGenerator(s); values in git-ignored overlays/*/secrets/`);
    for (const w of report.warnings)
        lines.push(`warning: ${w}`);
    lines.push(`Report: ${result.output}/MIGRATION_REPORT.md`);
    if (report.parity)
        lines.push(`parity: ${report.parity.identicalEnvironments}/${report.parity.environments} environments`);
    return lines.join('\n') + '\n';
}
/** The E_PARITY error printed on stderr when --validate found differences (exit 3). */
function parityError(result) {
    const differing = result.report.environments
        .filter((e) => e.parity && !e.parity.identical)
        .map((e) => e.name);
    const total = result.report.environments.length;
    return new errors/* MmfError */.H0('E_PARITY', `${differing.length} of ${total} environments differ from helm template: ${differing.join(', ')}`, {
        file: result.output,
        hint: `${result.output}/MIGRATION_REPORT.md ("Parity") lists the differing resources and field paths`,
    });
}

// EXTERNAL MODULE: ./actions/runtime/cli/help.ts
var help = __webpack_require__(6941);
// EXTERNAL MODULE: ./actions/runtime/cli/report-output.ts
var report_output = __webpack_require__(6560);
// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts + 1 modules
var tool_flags = __webpack_require__(2483);
;// CONCATENATED MODULE: ./actions/helm-migrate/cli/run-helm-to-kustomize.ts





/** What `mmf migrate helm-to-kustomize` does once its flags are parsed (loaded only when it runs). */
async function runHelmToKustomize(flags, cmd, io, state) {
    const log = (0,tool_flags/* stderrLogger */.D7)(io);
    const result = await (0,convert_chart/* convertChart */.g)({
        chart: flags.chart,
        output: flags.output,
        environments: flags.env,
        ...(flags.baseEnv !== undefined ? { baseEnvironment: flags.baseEnv } : {}),
        ...(flags.release ? { release: flags.release } : {}),
        namespace: flags.namespace,
        validate: Boolean(flags.validate),
        force: Boolean(flags.force),
        hookMode: flags.hooks,
        ...(flags.kubeVersion ? { kubeVersion: flags.kubeVersion } : {}),
        apiVersions: flags.apiVersions,
        tools: (0,tool_flags/* toolOptions */.Py)(flags, log),
        log,
    });
    const { output, timings, report } = result;
    (0,report_output/* printOutput */.jP)(io, state, (0,help/* commandPath */.pM)(cmd), {
        result: { output, timings, report },
        exitCode: result.exitCode,
        text: () => formatConvertSummary(result),
        ...(result.exitCode !== 0 ? { failure: parityError(result) } : {}),
    }, flags);
}


/***/ }),

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

/***/ 1077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ parseEnvironmentSpecs)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);
/* harmony import */ var _kernel_k8s_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6485);


const ENV_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;
/**
 * Parses `--env name=values.yaml[,more.yaml]` specs (also the multi-line
 * `environments` input of the actions). No spec means one env "default" with
 * the chart's own values.
 */
function parseEnvironmentSpecs(specs) {
    const envs = specs.length
        ? specs.map((spec) => {
            const eq = spec.indexOf('=');
            const name = (eq < 0 ? spec : spec.slice(0, eq)).trim();
            const files = eq < 0
                ? []
                : spec
                    .slice(eq + 1)
                    .split(',')
                    .map((f) => f.trim())
                    .filter(Boolean);
            return { name, valuesFiles: files };
        })
        : [{ name: 'default', valuesFiles: [] }];
    const seen = new Set();
    const folded = new Map();
    for (const env of envs) {
        if (/\.ya?ml$/i.test(env.name)) {
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_ENV_NAME', `environment name "${env.name}" looks like a values file`, {
                hint: `name the environment first: --env ${suggestName(env.name)}=${env.name}`,
            });
        }
        if (!ENV_NAME.test(env.name) || env.name.includes('..')) {
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_ENV_NAME', `environment name "${env.name}" cannot be a folder name`, {
                hint: 'use letters, digits, ".", "_" and "-" (at most 63, starting and ending with a letter or digit), e.g. --env prod=values-prod.yaml',
            });
        }
        if (seen.has(env.name))
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_USAGE', `environment "${env.name}" is given twice`);
        seen.add(env.name);
        const other = folded.get(env.name.toLowerCase());
        if (other !== undefined)
            throw (0,_kernel_k8s_names_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentCaseClash */ .Tg)(other, env.name);
        folded.set(env.name.toLowerCase(), env.name);
    }
    return envs;
}
/** values-staging.yaml -> staging; anything else -> prod. */
function suggestName(file) {
    const stem = /(?:^|[/\\])values[-_.]([A-Za-z0-9][A-Za-z0-9_-]*)\.ya?ml$/i.exec(file)?.[1];
    return stem ?? 'prod';
}


/***/ }),

/***/ 9743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nN: () => (/* binding */ SECOND_RENDER_NICENESS),
  iP: () => (/* binding */ renderRequest),
  Bv: () => (/* binding */ startEarlyRenders),
  kv: () => (/* binding */ toolSlots)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./actions/platform/fs/file-info.ts
var file_info = __webpack_require__(7615);
// EXTERNAL MODULE: ./actions/platform/fs/link-guard.ts
var link_guard = __webpack_require__(6988);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/helm/random-templates.ts
var random_templates = __webpack_require__(2030);
;// CONCATENATED MODULE: ./actions/platform/helm/peek-chart.ts



/** A top-level `name:` line of Chart.yaml, plain or quoted, with an optional comment. */
const NAME_LINE = /^name:[ \t]*(["']?)([A-Za-z0-9][-A-Za-z0-9_.]*)\1[ \t]*(?:#.*)?$/gm;
const MAX_PEEKED_BYTES = 1024 * 1024;
/**
 * Looks at a chart folder without a YAML parser and without following a
 * single symbolic link: only plain files directly under it (Chart.yaml) and
 * under its templates/ folder are read, up to 1 MiB in all, so nothing
 * outside the folder is. Undefined unless Chart.yaml is a plain file with
 * exactly one top-level `name:` line. A guess: whatever uses it checks it
 * against the opened chart.
 */
async function peekChart(chartDir) {
    const name = await peekName((0,external_node_path_.join)(chartDir, 'Chart.yaml'));
    if (name === undefined)
        return undefined;
    const templatesDir = (0,external_node_path_.join)(chartDir, 'templates');
    const info = await (0,promises_.lstat)(templatesDir).catch(() => undefined);
    const entries = info?.isDirectory()
        ? await (0,promises_.readdir)(templatesDir, { withFileTypes: true, recursive: true }).catch(() => [])
        : [];
    const sources = [];
    let bytes = 0;
    for (const entry of entries) {
        if (!entry.isFile())
            continue; // links (and what they lead to) are left to the checks
        // parentPath from Node 20.12 on; `path` before.
        const file = (0,external_node_path_.join)(entry.parentPath ?? entry.path, entry.name);
        const size = (await (0,promises_.lstat)(file).catch(() => undefined))?.size ?? Infinity;
        if ((bytes += size) > MAX_PEEKED_BYTES)
            break;
        const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
        const rel = file
            .slice(templatesDir.length + 1)
            .split('\\')
            .join('/');
        if (text !== undefined)
            sources.push({ name: `${name}/templates/${rel}`, chart: name, text });
    }
    const likelyNeedsSecondRender = new random_templates/* RandomTemplates */.lo((0,random_templates/* scanTemplates */.Vp)(sources), false).likelyNeedsSecondRender;
    return { name, likelyNeedsSecondRender };
}
async function peekName(file) {
    const info = await (0,promises_.lstat)(file).catch(() => undefined);
    if (!info?.isFile() || info.size > 64 * 1024)
        return undefined;
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    const names = [...(text ?? '').matchAll(NAME_LINE)].map((m) => m[2]);
    return names.length === 1 ? names[0] : undefined;
}

// EXTERNAL MODULE: ./actions/platform/helm/helm-render.ts
var helm_render = __webpack_require__(3430);
;// CONCATENATED MODULE: ./actions/helm-migrate/start-renders.ts





/**
 * How many helm and kustomize processes run at once: two per CPU. Each one
 * is mostly single-threaded and spends part of its short life starting up and
 * writing its output, so with a typical 3 to 5 environments this keeps every
 * core busy until the last one finishes, while a chart with many environments
 * never starts dozens of processes at once.
 */
function toolSlots() {
    return 2 * (0,external_node_os_.availableParallelism)();
}
/** The `helm template` request for one environment. */
function renderRequest(chartDir, target, env) {
    return {
        chartDir,
        chartLabel: target.chartLabel,
        release: target.release,
        namespace: target.namespace,
        valuesFiles: env.valuesFiles,
        ...(target.kubeVersion ? { kubeVersion: target.kubeVersion } : {}),
        apiVersions: target.apiVersions,
    };
}
/**
 * Second renders run below the first ones: while the cores are busy, the
 * first renders (which decide whether a second one is needed) finish first,
 * and a second render that turns out not to be needed is stopped before it
 * has used much.
 */
const SECOND_RENDER_NICENESS = 15;
/**
 * Starts the first renders of as many environments as there are tool slots
 * (and their second renders when the chart's plain templates call a random
 * function outside test hooks), when the chart is a folder (a packaged chart
 * is unpacked first) and its release name is known: given, or the one
 * `name:` line of a plain Chart.yaml (peekChart). Undefined when they cannot
 * start early; the caller renders as usual and reports any problem with the
 * chart in its own order. Aborting `signal` before open() stops them unread.
 * They wait outside the tool slots: a waiting helm uses no CPU, and once
 * they are let in they are the first work to do.
 */
async function startEarlyRenders(helm, chartDir, target, envs, signal) {
    if (!(await (0,file_info/* isDirectory */.wd)(chartDir)))
        return undefined;
    const inside = await (0,link_guard/* assertResolvesInside */.y)(chartDir, process.cwd(), 'the chart').then(() => true, () => false);
    if (!inside)
        return undefined;
    const peek = await peekChart(chartDir);
    const release = target.release ?? peek?.name;
    if (release === undefined || signal.aborted)
        return undefined;
    let open;
    const gate = new Promise((resolve, reject) => {
        open = resolve;
        signal.addEventListener('abort', () => reject(new Error('stopped before the chart was checked')), {
            once: true,
        });
    });
    gate.catch(() => undefined);
    const early = envs.slice(0, toolSlots());
    const render = (env, priority) => (0,helm_render/* renderChart */.xt)(helm, renderRequest(chartDir, { ...target, release }, env), gate, priority);
    const stops = new Map(early.map((env) => [env.name, new AbortController()]));
    const signalOf = (env) => stops.get(env.name).signal;
    const first = new Map(early.map((env) => [env.name, render(env, { signal: signalOf(env) })]));
    const second = new Map();
    if (peek?.likelyNeedsSecondRender) {
        for (const env of early)
            second.set(env.name, render(env, { niceness: SECOND_RENDER_NICENESS, signal: signalOf(env) }));
    }
    const all = [...first.values(), ...second.values()];
    for (const started of all)
        started.catch(() => undefined); // awaited where used
    return {
        chartDir,
        release,
        first,
        second,
        stop: (env) => stops.get(env)?.abort(),
        open: () => open(),
        settled: async () => void (await Promise.allSettled(all)),
    };
}


/***/ }),

/***/ 5189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ limiter)
/* harmony export */ });
function limiter(slots) {
    const limit = Math.max(1, Math.floor(slots));
    let running = 0;
    const queue = [];
    const release = () => {
        running--;
        queue.shift()?.();
    };
    return (task) => new Promise((resolve, reject) => {
        const start = () => {
            running++;
            task().then(resolve, reject).finally(release);
        };
        if (running < limit)
            start();
        else
            queue.push(start);
    });
}


/***/ }),

/***/ 2030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ scanTemplates),
/* harmony export */   kl: () => (/* binding */ textCallsRandom),
/* harmony export */   lo: () => (/* binding */ RandomTemplates)
/* harmony export */ });
/* unused harmony export RANDOM_FUNCTIONS */
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
 *
 * The checksum idiom is also read per render: a file included with the root
 * context (`.` outside any `with`/`range`, or `$`, in a template file's own
 * body) renders there exactly as on its own. When that render holds no
 * `# Source:` document of the file, the include adds only whitespace, so in
 * that environment it makes nothing random (a Secret the values turn off).
 */
/** Calls of functions whose result changes between two renders of the same input (not `.Values.now`). */
const RANDOM_FUNCTIONS = /(?<![\w.$])(randAlphaNum|randAlpha|randNumeric|randAscii|randBytes|randInt|uuidv4|genCA|genCAWithKey|genPrivateKey|genSelfSignedCert|genSelfSignedCertWithKey|genSignedCert|genSignedCertWithKey|htpasswd|bcrypt|encryptAES|now|ago|shuffle)\b/;
const ACTION = /\{\{-?([\s\S]*?)-?\}\}/g;
const LITERAL_INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;
const DYNAMIC_INCLUDE = /\b(?:include|template)\s+(?!")(\S)/;
const BASE_PATH_INCLUDE = /\b(?:include|template)\s+\(\s*print\s+\$?\.Template\.BasePath\s+"([^"]+)"\s*\)(?:\s+(\$|\.)(?=[\s|)]|$))?/g;
const OPENERS = new Set(['if', 'range', 'with']);
/** Blocks inside which `.` is no longer the root context. */
const DOT_CHANGERS = new Set(['range', 'with']);
/** Document headers of a render: `# Source: <chart>/templates/<file>`. */
const SOURCE_HEADER = /^# Source: (.+?)\s*$/gm;
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
            found = {
                random: false,
                testHook: false,
                tpl: false,
                dynamic: false,
                refs: new Set(),
                rootFileRefs: new Set(),
                readsTemplateName: false,
            };
            units.set(key, found);
        }
        return found;
    };
    let usesTpl = false;
    for (const source of sources) {
        // The stack of open blocks; a define's entry names the unit its actions belong to.
        const stack = [];
        const current = () => [...stack].reverse().find((s) => s.unit !== undefined)?.unit ?? fileUnit(source.name);
        const file = unit(fileUnit(source.name));
        file.testHook = TEST_HOOK.test(source.text);
        file.readsTemplateName = /\.Template\.Name\b/.test(source.text);
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
                stack.push({ unit: key ?? current(), movesDot: true });
                if (key)
                    unit(key);
                continue;
            }
            const target = unit(current());
            // In a file's own body, `$` is the root context, and so is `.` until a range or with moves it.
            const inFileBody = current() === fileUnit(source.name);
            const dotIsRoot = inFileBody && !stack.some((s) => s.movesDot);
            if (OPENERS.has(word))
                stack.push({ movesDot: DOT_CHANGERS.has(word) });
            const top = stack[stack.length - 1];
            if (word === 'else' && /^else\s+with\b/.test(action) && top)
                top.movesDot = true;
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
                const included = fileUnit(`${source.chart}/templates${m[1].replace(/^\/?/, '/')}`);
                const root = (m[2] === '$' && inFileBody) || (m[2] === '.' && dotIsRoot);
                (root ? target.rootFileRefs : target.refs).add(included);
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
    random;
    files;
    scan;
    /** The units that are random on their own, before anything that includes them. */
    seeds;
    /**
     * Random files that some template includes with the root context (and that
     * can render a document and read no `.Template.Name`): the only ones that
     * can leave an environment's render without making their includers random.
     */
    silenceable;
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
        this.scan = scan;
        this.files = new Set([...scan.units.keys()].filter((k) => k.startsWith('file:')));
        const direct = (u) => u.random || (u.tpl && tplSeesRandomText);
        this.any = [...scan.units.values()].some(direct) || scan.unscanned;
        const seeds = new Set();
        for (const [key, u] of scan.units)
            if (direct(u) || (u.dynamic && this.any))
                seeds.add(key);
        this.seeds = seeds;
        this.random = this.propagate(seeds, new Set());
        const rootIncluded = new Set([...scan.units.values()].flatMap((u) => [...u.rootFileRefs]));
        this.silenceable = [...rootIncluded].filter((key) => this.random.has(key) &&
            this.files.has(key) &&
            !RENDERS_NOTHING.test(key) &&
            !scan.units.get(key)?.readsTemplateName);
        this.likelyNeedsSecondRender =
            scan.unscanned ||
                [...scan.units].some(([key, u]) => key.startsWith('file:') && this.random.has(key) && !u.testHook && !RENDERS_NOTHING.test(key));
    }
    /** Whatever includes a random template is random: grows `seeds` until nothing changes. */
    propagate(seeds, silent) {
        const random = new Set(seeds);
        const pulls = (u) => [...u.refs].some((r) => random.has(r)) ||
            [...u.rootFileRefs].some((r) => random.has(r) && !silent.has(r));
        for (let changed = true; changed;) {
            changed = false;
            for (const [key, u] of this.scan.units) {
                if (random.has(key) || !pulls(u))
                    continue;
                random.add(key);
                changed = true;
            }
        }
        return random;
    }
    /** Whether the template named in a document's `# Source:` comment can render differently on each run. */
    isRandom(source) {
        return this.lookup(this.random, source);
    }
    /**
     * The same question for the documents of one render (`helm template`'s
     * output): a random file that rendered no document there, included with
     * the root context and reading no `.Template.Name`, adds nothing random to
     * the files that include it.
     */
    inRender(manifests) {
        if (this.silenceable.length === 0)
            return (source) => this.isRandom(source);
        const present = new Set([...manifests.matchAll(SOURCE_HEADER)].map((m) => fileUnit(m[1])));
        const silent = new Set(this.silenceable.filter((key) => !present.has(key)));
        if (silent.size === 0)
            return (source) => this.isRandom(source);
        const random = this.propagate(this.seeds, silent);
        return (source) => this.lookup(random, source);
    }
    lookup(random, source) {
        if (source === undefined || !this.files.has(fileUnit(source)))
            return this.any;
        return random.has(fileUnit(source));
    }
}
/** Whether text that `tpl` may evaluate (a values file, a file of the chart) calls a random function. */
function textCallsRandom(text) {
    for (const match of text.matchAll(ACTION))
        if (RANDOM_FUNCTIONS.test(match[1] ?? ''))
            return true;
    return false;
}


/***/ }),

/***/ 6485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pz: () => (/* binding */ isDns1123Subdomain),
/* harmony export */   SG: () => (/* binding */ assertDnsLabel),
/* harmony export */   Tg: () => (/* binding */ environmentCaseClash),
/* harmony export */   Y1: () => (/* binding */ toDns1123Label),
/* harmony export */   z3: () => (/* binding */ isDns1123Label)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);

/** An RFC 1123 label: what Kubernetes accepts for namespaces and most object names. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
const MAX_LABEL = 63;
function isDns1123Label(name, maxLength = MAX_LABEL) {
    return name.length <= maxLength && DNS1123_LABEL.test(name);
}
function isDns1123Subdomain(name) {
    return name.length <= 253 && DNS1123_SUBDOMAIN.test(name);
}
/** Best-effort repair: lower case, other characters to "-", trimmed; undefined when nothing is left. */
function toDns1123Label(text, maxLength = MAX_LABEL) {
    const fixed = text
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .slice(0, maxLength)
        .replace(/^-+|-+$/g, '');
    return fixed && DNS1123_LABEL.test(fixed) ? fixed : undefined;
}
/**
 * Checks a name used as a Kubernetes object name, label value and folder
 * name (E_NAME_INVALID naming `what`, with a corrected suggestion). Service
 * names are stricter (RFC 1035: they start with a letter).
 */
function assertDnsLabel(value, what, kind = 'label', maxLength = MAX_LABEL) {
    const problem = value.length === 0
        ? 'is empty'
        : value.length > maxLength
            ? `is ${value.length} characters long (at most ${maxLength})`
            : !DNS1123_LABEL.test(value)
                ? 'may hold only lower-case letters, digits and "-", and must start and end with a letter or digit'
                : kind === 'service' && !/^[a-z]/.test(value)
                    ? 'must start with a letter (Service names are RFC 1035 labels)'
                    : undefined;
    if (!problem)
        return;
    const suggestion = toDns1123Label(value, maxLength)?.replace(kind === 'service' ? /^[^a-z]+/ : /^$/, '');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_NAME_INVALID', `${what} "${JSON.stringify(value).slice(1, -1)}" ${problem}`, {
        hint: `use a DNS-1123 label${suggestion ? ` such as ${suggestion}` : ''}`,
    });
}
/** Environment names that differ only in case would share one overlays/ folder on macOS and Windows. */
function environmentCaseClash(first, second) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_ENV_NAME', `environment names "${first}" and "${second}" differ only in case: on macOS and Windows they would be one overlays/ folder`, { hint: 'give every environment a name that differs in more than case, e.g. prod and prod-eu' });
}


/***/ }),

/***/ 6988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ assertNoEscapingEntries),
/* harmony export */   y: () => (/* binding */ assertResolvesInside)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5067);
/* harmony import */ var _path_inside_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2972);




const LINK_HINT = 'replace the link with a copy of the file inside the folder, or remove it; links that stay inside the folder keep working';
/**
 * Refuses a folder of untrusted content (a chart from a pull request) that
 * holds a symbolic link resolving outside it, or a device, FIFO or socket
 * file, before any tool reads it: through such an entry a template could read
 * /proc/self/environ, a kubeconfig or a device. The error names the entry and
 * where it points, never what is there. Links that stay inside are allowed
 * (their content is the folder's own).
 */
async function assertNoEscapingEntries(root, shownAs = root) {
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    const pending = [root];
    while (pending.length) {
        const dir = pending.pop();
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            const label = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(shownAs, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path));
            if (entry.isDirectory())
                pending.push(path);
            else if (entry.isSymbolicLink())
                await checkLink(path, label, realRoot, shownAs);
            else if (!entry.isFile()) {
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_CHART_SYMLINK', `is a ${kindOf(entry)}, not a regular file; it was not read`, {
                    file: label,
                    hint: 'charts hold only folders, regular files and links inside the chart',
                });
            }
        }
    }
}
function kindOf(entry) {
    if (entry.isCharacterDevice() || entry.isBlockDevice())
        return 'device file';
    if (entry.isFIFO())
        return 'FIFO (named pipe)';
    if (entry.isSocket())
        return 'socket';
    return 'special file';
}
/** What a link names (as written) and where it really leads (a dangling or looping link: the path it names). */
async function linkTarget(link) {
    const named = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(link);
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(link).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(link), named));
    return { named, real };
}
function describeTarget({ named, real }, link) {
    return real === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(link), named) ? real : `${named} (resolves to ${real})`;
}
async function checkLink(link, label, realRoot, shownAs) {
    const target = await linkTarget(link);
    if ((0,_path_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(target.real, realRoot))
        return;
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_CHART_SYMLINK', `is a symbolic link to ${describeTarget(target, link)}, outside ${shownAs}; it was not followed and nothing was rendered`, { file: label, hint: LINK_HINT });
}
/**
 * An input path inside `root` (the workspace, or the current directory) that
 * is or passes through a symbolic link must resolve inside `root` too. A path
 * the user names outside `root` is their own choice and is not checked.
 */
async function assertResolvesInside(path, root, what) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root));
    if (!(0,_path_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(abs, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root)) && !(0,_path_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(abs, realRoot))
        return;
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs).catch(() => undefined);
    if (real === undefined || (0,_path_inside_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(real, realRoot))
        return;
    const isLink = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs).catch(() => undefined))?.isSymbolicLink() ?? false;
    const shown = isLink ? describeTarget({ named: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(abs), real }, abs) : real;
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_CHART_SYMLINK', `${what} ${isLink ? 'is' : 'passes through'} a symbolic link to ${shown}, outside ${root}; it was not read`, { file: path, hint: LINK_HINT });
}


/***/ }),

/***/ 3430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xt: () => (/* binding */ renderChart)
/* harmony export */ });
/* unused harmony exports helmTemplateArgs, helmNotices, cleanHelmError */
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);
/* harmony import */ var _process_run_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3683);


/** `helm template` with CRDs, as argv. */
function helmTemplateArgs(request) {
    const args = [
        'template',
        request.release,
        request.chartDir,
        '--namespace',
        request.namespace,
        '--include-crds',
    ];
    for (const file of request.valuesFiles)
        args.push('--values', file);
    if (request.kubeVersion)
        args.push('--kube-version', request.kubeVersion);
    for (const api of request.apiVersions ?? [])
        args.push('--api-versions', api);
    return args;
}
/**
 * Renders a chart with the real helm; helm's own message explains any failure.
 *
 * With a `gate`, helm is started at once but reads nothing of the chart or
 * its values until the gate opens: its first values file is its standard
 * input (`--values -`, an empty map), and helm 3 and 4 read values files
 * before they load the chart, having only checked that the chart path
 * exists. So a render can start up (most of a short render's time) while
 * mmf still checks the chart; a gate that rejects stops helm unread.
 */
async function renderChart(helm, request, gate, priority = {}) {
    if (priority.signal?.aborted)
        throw new Error(`the render of ${request.chartLabel} was stopped: not needed`);
    const args = helmTemplateArgs(request);
    if (gate)
        args.splice(args.indexOf('--include-crds') + 1, 0, '--values', '-');
    const niceness = priority.niceness ?? (gate ? 10 : undefined);
    const result = await (0,_process_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)(helm.path, args, {
        ...(gate ? { input: gate.then(() => '{}\n') } : {}),
        ...(niceness ? { niceness } : {}),
        ...(priority.signal ? { signal: priority.signal } : {}),
    });
    if (result.exitCode === 0)
        return {
            manifests: result.stdout,
            durationMs: result.durationMs,
            notices: helmNotices(result.stderr, request.chartDir, request.chartLabel),
        };
    const message = cleanHelmError(result.stderr, request.chartDir, request.chartLabel);
    if (/missing in charts\/ directory|dependency build|found in (Chart|requirements)\.yaml, but missing/i.test(message)) {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_DEPENDENCIES_MISSING', message, {
            file: request.chartLabel,
            hint: `run \`helm dependency build ${request.chartLabel}\`, then convert again`,
        });
    }
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_TEMPLATE', `helm ${helm.version} could not render the chart: ${message}`, {
        file: request.chartLabel,
        hint: 'fix the template or the values it reads; the message names the template and line',
    });
}
/**
 * The lines of a successful helm's stderr that are about the chart, above all
 * its notice for a symbolic link it followed (Helm 3: `walk.go:..: found
 * symbolic link in path: A resolves to B ...`; Helm 4: `level=INFO msg="found
 * symbolic link in path ..." path=A resolved=B`), with temp paths replaced.
 */
function helmNotices(stderr, chartDir, chartLabel) {
    return [
        ...new Set(stderr
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => /symbolic link/i.test(line))
            .map((line) => `helm: ${line.split(chartDir).join(chartLabel)}`)),
    ];
}
/** helm's stderr without the "Error:" prefix, usage noise and temp paths. */
function cleanHelmError(stderr, chartDir, chartLabel) {
    const text = stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^(Use "helm|WARNING: .*(kubeconfig|group-readable|world-readable))/.test(line))
        .map((line) => line
        .replace(/^Error:\s*/, '')
        .replace(/\s*Use --debug flag to render out invalid YAML\.?$/, '')
        .split(chartDir)
        .join(chartLabel))
        .join(' ')
        .trim();
    return (0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneParagraph */ .XW)(text);
}


/***/ })

};
