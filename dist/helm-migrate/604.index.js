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
// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts
var tool_flags = __webpack_require__(4838);
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
