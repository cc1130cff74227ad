export const id = 705;
export const ids = [705];
export const modules = {

/***/ 9705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readCiInputs: () => (/* binding */ readCiInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1572);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9984);
/* harmony import */ var _platform_fs_find_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8988);
/* harmony import */ var _runtime_github_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8623);
/* harmony import */ var _core_command_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2523);
/* harmony import */ var _core_gates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9724);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3003);







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
