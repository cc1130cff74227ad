export const id = 226;
export const ids = [226];
export const modules = {

/***/ 1496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ parseCommandLines)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * `commands:` lines (the action input, one per line) and `--command` values:
 * `name: command`, e.g. `lint: uv run ruff check`. Blank lines and lines
 * starting with # are skipped; names are unique.
 */
function parseCommandLines(lines, shell, label = 'commands') {
    const commands = [];
    for (const raw of lines) {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            continue;
        const colon = line.indexOf(':');
        const name = colon > 0 ? line.slice(0, colon).trim() : '';
        const command = colon > 0 ? line.slice(colon + 1).trim() : '';
        if (!NAME.test(name) || !command)
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_USAGE', `${label}: "${line}" is not "name: command"`, {
                hint: 'e.g. "lint: uv run ruff check" (names: letters, digits, . _ -)',
            });
        if (commands.some((c) => c.name === name))
            throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_USAGE', `${label}: the name "${name}" is used twice`, {
                hint: 'each command needs its own name: it names the log and the gate',
            });
        commands.push({ name, command, shell });
    }
    return commands;
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
    const publishing = (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .publishingInputs */ .lo)();
    if (mode === 'publish')
        return {
            mode,
            report: (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .requiredInput */ .YF)('report', '${{ runner.temp }}/mmf-report/report-bundle.json'),
            ...publishing,
        };
    const junit = (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .lineListInput */ .T$)('junit');
    const shell = (0,_runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .booleanInput */ .tE)('shell', false);
    const maxReport = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('max-report-size').trim();
    const maxReportMib = maxReport ? Number(maxReport) : _run_js__WEBPACK_IMPORTED_MODULE_6__.DEFAULT_MAX_REPORT_MIB;
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


/***/ }),

/***/ 8180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ optionalInput),
/* harmony export */   T$: () => (/* binding */ lineListInput),
/* harmony export */   YF: () => (/* binding */ requiredInput),
/* harmony export */   e1: () => (/* binding */ tokenInput),
/* harmony export */   ij: () => (/* binding */ choiceInput),
/* harmony export */   lo: () => (/* binding */ publishingInputs),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony export integerInput */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5067);


/** Typed readers of action inputs; every capability's inputs.ts builds its object from these. */
function optionalInput(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim() || undefined;
}
function requiredInput(name, example) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (!value)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_USAGE', `input ${name} is required`, { hint: `with: ${name}: ${example}` });
    return value;
}
function choiceInput(name, allowed, fallback) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim() || fallback;
    if (!allowed.includes(value))
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_USAGE', `input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value;
}
function booleanInput(name, fallback) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim().toLowerCase();
    if (!value)
        return fallback;
    if (['true', 'yes', '1'].includes(value))
        return true;
    if (['false', 'no', '0'].includes(value))
        return false;
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_USAGE', `input ${name} must be true or false, not "${value}"`);
}
function integerInput(name, fallback, range) {
    const text = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (!text)
        return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < range.min || value > range.max)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_USAGE', `input ${name} must be a whole number from ${range.min} to ${range.max}, not "${text}"`);
    return value;
}
/** One item per line; blank lines and `#` comments are skipped. */
function lineListInput(name) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
}
/** The token input, registered as a secret so the runner masks it in logs. */
function tokenInput(name = 'token') {
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    if (token)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    return token;
}
/** `token`, `comment`, `check-run` and `max-comment-parts` (1 to 50, default 2). */
function publishingInputs() {
    return {
        token: tokenInput(),
        comment: booleanInput('comment', true),
        checkRun: booleanInput('check-run', true),
        maxCommentParts: integerInput('max-comment-parts', 2, { min: 1, max: 50 }),
    };
}


/***/ })

};
