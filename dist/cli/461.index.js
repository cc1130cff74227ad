export const id = 461;
export const ids = [461];
export const modules = {

/***/ 4461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REPORT_JSON: () => (/* binding */ REPORT_JSON),
/* harmony export */   REPORT_MARKDOWN: () => (/* binding */ REPORT_MARKDOWN),
/* harmony export */   checkRunName: () => (/* binding */ checkRunName),
/* harmony export */   defaultCommentId: () => (/* binding */ defaultCommentId),
/* harmony export */   runCiAction: () => (/* binding */ runCiAction)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5067);
/* harmony import */ var _kernel_report_redact_report_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9419);
/* harmony import */ var _kernel_report_render_markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4035);
/* harmony import */ var _platform_process_command_env_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3669);
/* harmony import */ var _runtime_github_event_context_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7335);
/* harmony import */ var _runtime_github_publish_bundle_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8687);
/* harmony import */ var _runtime_github_publish_report_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8966);
/* harmony import */ var _runtime_github_report_bundle_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4500);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6226);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2577);















/** The sticky comment's default key: two ci steps of one pull request (other job or folder) keep their own. */
function defaultCommentId(context, inputs) {
    return [context.workflow, context.job, 'ci', inputs.workingDirectory].join('/');
}
/** The check run's name: `ci`, or `ci: <comment-id or folder>` when there may be several. */
function checkRunName(inputs) {
    const key = inputs.commentId ?? (inputs.workingDirectory === '.' ? undefined : inputs.workingDirectory);
    return key ? `ci: ${key}` : 'ci';
}
/** The report files the step leaves (ci-report.json is `report-path`). */
const REPORT_JSON = 'ci-report.json';
const REPORT_MARKDOWN = 'CI_REPORT.md';
const REPORT_LOCATION = `${REPORT_MARKDOWN} and ${REPORT_JSON} (the \`report-path\` output; the reusable workflow uploads them)`;
/**
 * Input combinations the engine would refuse with its CLI flag names,
 * refused first with the action's input names.
 */
function checkInputs(inputs, baseRef, context) {
    if (!inputs.commands.length && !inputs.junit.length && !inputs.coverage.length)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .MmfError */ .H0('E_USAGE', 'nothing to do: set `commands`, `junit` or `coverage`', {
            hint: 'with: junit: reports/junit.xml, coverage: coverage/lcov.info',
        });
    const needsCoverage = inputs.gates.minCoverage !== undefined || inputs.gates.minChangedLinesCoverage !== undefined;
    if (needsCoverage && !inputs.coverage.length)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .MmfError */ .H0('E_USAGE', 'input min-coverage / min-changed-lines-coverage needs coverage reports', {
            hint: 'with: coverage: coverage/lcov.info (one glob per line)',
        });
    if (inputs.gates.failOnFlaky && !inputs.junit.length)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .MmfError */ .H0('E_USAGE', 'input fail-on-flaky needs test reports: set `junit`');
    if (inputs.gates.minChangedLinesCoverage !== undefined && !baseRef)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .MmfError */ .H0('E_USAGE', `input min-changed-lines-coverage needs a base to count changed lines from, and this ${context.eventName || 'run'} event names none`, { hint: 'set base-ref (e.g. origin/main), or run on pull_request, push or merge_group' });
}
/**
 * Each command's output goes to the job log in a group of its own, as it
 * comes, with workflow commands off: a line the tests print (`::set-output`,
 * `::add-mask::`, `::stop-commands::`) is shown, never obeyed.
 */
function jobLogHooks() {
    let resume = '';
    return {
        before: (command) => {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`${command.name}: ${command.command}`);
            resume = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)();
            process.stdout.write(`::stop-commands::${resume}\n`);
        },
        output: (chunk) => void process.stdout.write(chunk),
        after: (run) => {
            process.stdout.write(`\n::${resume}::\n`);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
            const line = `${run.name} exited ${run.exitCode} after ${(run.durationMs / 1000).toFixed(1)} s`;
            if (run.exitCode !== 0)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${line}: its gate command:${run.name} fails`);
            else
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line);
        },
    };
}
async function writeReportFiles(dir, report) {
    const json = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, REPORT_JSON);
    const markdown = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, REPORT_MARKDOWN);
    const withFiles = {
        ...report,
        files: [
            ...report.files,
            { name: REPORT_JSON, path: json, description: 'The result (as `mmf ci report --json` prints it)' },
            { name: REPORT_MARKDOWN, path: markdown, description: 'The report (Markdown)' },
        ],
        outputs: { ...report.outputs, 'report-path': json },
    };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(json, JSON.stringify(withFiles.result, null, 2) + '\n');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(markdown, (0,_kernel_report_render_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .renderReportMarkdown */ .Ay)(withFiles).join('\n'));
    return withFiles;
}
async function workingDirectory(inputs) {
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(root, inputs.workingDirectory);
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory())
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .MmfError */ .H0('E_INPUT_INVALID', `working-directory ${inputs.workingDirectory} is not a folder of the workspace`, {
            file: inputs.workingDirectory,
            hint: 'check out the repository first (actions/checkout), and give the folder relative to it',
        });
    return dir;
}
function finish(report, published) {
    if (report.result.verdict === 'fail') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(report.headline);
        // As `mmf ci`: 3 a gate failed (the runner fails the step on any non-zero exit).
        process.exitCode = 3;
    }
    else if (published.error)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`The report is in the job summary, but publishing it failed: ${published.error}`);
}
async function check(inputs, context) {
    const workspace = await workingDirectory(inputs);
    const baseRef = inputs.baseRef ?? (inputs.coverage.length ? context.baseSha : undefined);
    checkInputs(inputs, baseRef, context);
    const secrets = [inputs.token, ...(0,_platform_process_command_env_js__WEBPACK_IMPORTED_MODULE_7__/* .secretLookingValues */ .GM)((0,_platform_process_command_env_js__WEBPACK_IMPORTED_MODULE_7__/* .commandEnvironment */ .J$)(process.env, [inputs.token]))];
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), 'mmf-ci-'));
    const logDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'logs');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(logDir);
    const options = {
        workspace,
        subject: inputs.workingDirectory === '.' ? context.repo || '.' : inputs.workingDirectory,
        junit: inputs.junit,
        coverage: inputs.coverage,
        ...(baseRef ? { baseRef, optionalBase: inputs.baseRef === undefined } : {}),
        gates: inputs.gates,
        ifNoFilesFound: inputs.ifNoFilesFound,
        maxReportBytes: Math.floor(inputs.maxReportMib * 1024 * 1024),
        log: { info: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, warn: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e },
        commands: inputs.commands,
        logDir,
        secrets: [inputs.token],
        hooks: jobLogHooks(),
    };
    if (baseRef)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Changed lines: since the merge base of ${baseRef} and HEAD`);
    const outcome = inputs.commands.length ? await (0,_run_js__WEBPACK_IMPORTED_MODULE_13__/* .runCi */ .ql)(options) : await (0,_run_js__WEBPACK_IMPORTED_MODULE_13__/* .runCiReport */ .kB)(options);
    const report = await writeReportFiles(dir, (0,_kernel_report_redact_report_js__WEBPACK_IMPORTED_MODULE_14__/* .redactReport */ .a5)(outcome.report, secrets));
    const commentId = inputs.commentId ?? defaultCommentId(context, inputs);
    const checkName = checkRunName(inputs);
    const bundle = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'report-bundle.json');
    await (0,_runtime_github_report_bundle_js__WEBPACK_IMPORTED_MODULE_11__/* .writeReportBundle */ .ME)(bundle, {
        report,
        commentId,
        checkName,
        headSha: context.sha,
        ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report-bundle', bundle);
    const published = await (0,_runtime_github_publish_report_js__WEBPACK_IMPORTED_MODULE_10__/* .publishReport */ .S)(report, {
        token: inputs.token,
        context,
        comment: { enabled: inputs.comment, id: commentId, maxParts: inputs.maxCommentParts },
        checkRun: { enabled: inputs.checkRun, name: checkName },
        reportLocation: REPORT_LOCATION,
    });
    finish(report, published);
}
async function publish(inputs, context) {
    const published = await (0,_runtime_github_publish_bundle_js__WEBPACK_IMPORTED_MODULE_9__/* .publishReportBundle */ .w)({
        bundle: inputs.report,
        token: inputs.token,
        context,
        comment: inputs.comment,
        checkRun: inputs.checkRun,
        maxCommentParts: inputs.maxCommentParts,
    });
    // The compute job already failed on the gates; this one fails only if publishing does.
    if (published.error)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`The report is in the job summary, but publishing it failed: ${published.error}`);
}
/**
 * ci: read inputs and the event, run the commands, read the reports and
 * apply the gates (or take a computed report), then publish: outputs and
 * job summary first, then the sticky comment and the check run. The step
 * fails when a gate fails, or on bad input.
 */
async function runCiAction() {
    try {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__.readCiInputs)();
        const context = (0,_runtime_github_event_context_js__WEBPACK_IMPORTED_MODULE_8__/* .readEventContext */ .w)();
        if (inputs.mode === 'publish')
            await publish(inputs, context);
        else
            await check(inputs, context);
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isMmfError */ .NJ)(err) ? err.format() : `unexpected failure: ${err.stack ?? String(err)}`);
        // As `mmf ci`: 1 usage or input error, 2 a tool (git) failed.
        if ((0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isMmfError */ .NJ)(err))
            process.exitCode = err.exitCode;
    }
}


/***/ }),

/***/ 6226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCiInputs: () => (/* binding */ readCiInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5067);
/* harmony import */ var _platform_fs_find_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3133);
/* harmony import */ var _runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8180);
/* harmony import */ var _core_command_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1496);
/* harmony import */ var _core_gates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8195);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2577);







function gateInputs(junit) {
    const gates = {};
    const minCoverage = (0,_core_gates_js__WEBPACK_IMPORTED_MODULE_5__/* .parseGateNumber */ .i)('input min-coverage', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('min-coverage'), 'percent');
    const minChanged = (0,_core_gates_js__WEBPACK_IMPORTED_MODULE_5__/* .parseGateNumber */ .i)('input min-changed-lines-coverage', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('min-changed-lines-coverage'), 'percent');
    const maxFailures = (0,_core_gates_js__WEBPACK_IMPORTED_MODULE_5__/* .parseGateNumber */ .i)('input max-failures', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('max-failures'), 'count');
    if (minCoverage !== undefined)
        gates.minCoverage = minCoverage;
    if (minChanged !== undefined)
        gates.minChangedLinesCoverage = minChanged;
    // max-failures defaults to 0 and applies only where there are test reports to count.
    if (maxFailures !== undefined && junit.length > 0)
        gates.maxFailures = maxFailures;
    if ((0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanInput */ .tE)('fail-on-flaky', false))
        gates.failOnFlaky = true;
    return gates;
}
/** The ci inputs (ci/action.yml), typed and checked in one place. */
function readCiInputs() {
    const mode = (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choiceInput */ .ij)('mode', ['run', 'publish'], 'run');
    const publishing = {
        token: (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenInput */ .e1)(),
        comment: (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanInput */ .tE)('comment', true),
        checkRun: (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanInput */ .tE)('check-run', true),
        maxCommentParts: (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .integerInput */ .$A)('max-comment-parts', 2, { min: 1, max: 50 }),
    };
    if (mode === 'publish')
        return {
            mode,
            report: (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredInput */ .YF)('report', '${{ runner.temp }}/mmf-report/report-bundle.json'),
            ...publishing,
        };
    const junit = (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .lineListInput */ .T$)('junit');
    const shell = (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanInput */ .tE)('shell', false);
    const maxReport = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('max-report-size').trim();
    const maxReportMib = maxReport ? Number(maxReport) : _run_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_MAX_REPORT_MIB */ .HR;
    if (!Number.isFinite(maxReportMib) || maxReportMib <= 0)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_USAGE', `input max-report-size must be a positive number of MiB, not "${maxReport}"`);
    const baseRef = (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalInput */ .$m)('base-ref');
    const commentId = (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalInput */ .$m)('comment-id');
    return {
        mode,
        junit,
        coverage: (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .lineListInput */ .T$)('coverage'),
        commands: (0,_core_command_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommandLines */ .G)((0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .lineListInput */ .T$)('commands'), shell),
        shell,
        ...(baseRef ? { baseRef } : {}),
        gates: gateInputs(junit),
        ifNoFilesFound: (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .choiceInput */ .ij)('if-no-files-found', _platform_fs_find_files_js__WEBPACK_IMPORTED_MODULE_2__/* .IF_NO_FILES_FOUND */ .L, 'error'),
        workingDirectory: (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalInput */ .$m)('working-directory') ?? '.',
        maxReportMib,
        ...(commentId ? { commentId } : {}),
        ...publishing,
    };
}


/***/ })

};
