export const id = 226;
export const ids = [226];
export const modules = {

/***/ 6226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCiInputs: () => (/* binding */ readCiInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6058);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5067);
/* harmony import */ var _platform_fs_find_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3133);
/* harmony import */ var _core_command_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1496);
/* harmony import */ var _core_gates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8195);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2577);






/** One value per line; blank lines and `#` comments skipped. */
const lines = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
function bool(name, fallback) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim().toLowerCase();
    if (!value)
        return fallback;
    if (['true', 'yes', '1'].includes(value))
        return true;
    if (['false', 'no', '0'].includes(value))
        return false;
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_USAGE', `input ${name} must be true or false, not "${value}"`);
}
function choice(name, allowed, fallback) {
    const value = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim() || fallback;
    if (!allowed.includes(value))
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_USAGE', `input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value;
}
/** The ci inputs (ci/action.yml), typed and checked in one place. */
function readCiInputs() {
    const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('token');
    if (token)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
    const junit = lines('junit');
    const shell = bool('shell', false);
    const commands = (0,_core_command_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandLines */ .G)(lines('commands'), shell);
    const gates = {};
    const minCoverage = (0,_core_gates_js__WEBPACK_IMPORTED_MODULE_4__/* .parseGateNumber */ .i)('input min-coverage', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('min-coverage'), 'percent');
    const minChanged = (0,_core_gates_js__WEBPACK_IMPORTED_MODULE_4__/* .parseGateNumber */ .i)('input min-changed-lines-coverage', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('min-changed-lines-coverage'), 'percent');
    const maxFailures = (0,_core_gates_js__WEBPACK_IMPORTED_MODULE_4__/* .parseGateNumber */ .i)('input max-failures', _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('max-failures'), 'count');
    if (minCoverage !== undefined)
        gates.minCoverage = minCoverage;
    if (minChanged !== undefined)
        gates.minChangedLinesCoverage = minChanged;
    // max-failures defaults to 0 and applies only where there are test reports to count.
    if (maxFailures !== undefined && junit.length > 0)
        gates.maxFailures = maxFailures;
    if (bool('fail-on-flaky', false))
        gates.failOnFlaky = true;
    const maxReport = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('max-report-size').trim();
    const maxReportMib = maxReport ? Number(maxReport) : _run_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_MAX_REPORT_MIB */ .HR;
    if (!Number.isFinite(maxReportMib) || maxReportMib <= 0)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_USAGE', `input max-report-size must be a positive number of MiB, not "${maxReport}"`);
    const baseRef = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('base-ref').trim();
    const workingDirectory = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('working-directory').trim() || '.';
    return {
        junit,
        coverage: lines('coverage'),
        commands,
        shell,
        ...(baseRef ? { baseRef } : {}),
        gates,
        ifNoFilesFound: choice('if-no-files-found', _platform_fs_find_files_js__WEBPACK_IMPORTED_MODULE_2__/* .IF_NO_FILES_FOUND */ .L, 'error'),
        workingDirectory,
        maxReportMib,
        token,
        comment: bool('comment', true),
        checkRun: bool('check-run', true),
        commentId: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('comment-id').trim() || workingDirectory,
    };
}


/***/ })

};
