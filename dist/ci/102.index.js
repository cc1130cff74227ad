export const id = 102;
export const ids = [102];
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

/***/ 1102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readCiInputs: () => (/* binding */ readCiInputs)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/platform/fs/find-files.ts
var find_files = __webpack_require__(3133);
;// CONCATENATED MODULE: ./actions/runtime/github/inputs.ts


/** Typed readers of action inputs; every capability's inputs.ts builds its object from these. */
function optionalInput(name) {
    return core/* getInput */.V4(name).trim() || undefined;
}
function requiredInput(name, example) {
    const value = core/* getInput */.V4(name).trim();
    if (!value)
        throw new errors/* MmfError */.H0('E_USAGE', `input ${name} is required`, { hint: `with: ${name}: ${example}` });
    return value;
}
function choiceInput(name, allowed, fallback) {
    const value = core/* getInput */.V4(name).trim() || fallback;
    if (!allowed.includes(value))
        throw new errors/* MmfError */.H0('E_USAGE', `input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    return value;
}
function booleanInput(name, fallback) {
    const value = core/* getInput */.V4(name).trim().toLowerCase();
    if (!value)
        return fallback;
    if (['true', 'yes', '1'].includes(value))
        return true;
    if (['false', 'no', '0'].includes(value))
        return false;
    throw new errors/* MmfError */.H0('E_USAGE', `input ${name} must be true or false, not "${value}"`);
}
function integerInput(name, fallback, range) {
    const text = core/* getInput */.V4(name).trim();
    if (!text)
        return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < range.min || value > range.max)
        throw new errors/* MmfError */.H0('E_USAGE', `input ${name} must be a whole number from ${range.min} to ${range.max}, not "${text}"`);
    return value;
}
/** One item per line; blank lines and `#` comments are skipped. */
function lineListInput(name) {
    return core/* getInput */.V4(name)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
}
/** The token input, registered as a secret so the runner masks it in logs. */
function tokenInput(name = 'token') {
    const token = core/* getInput */.V4(name);
    if (token)
        core/* setSecret */.Pq(token);
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

// EXTERNAL MODULE: ./actions/ci/core/command-lines.ts
var command_lines = __webpack_require__(1496);
// EXTERNAL MODULE: ./actions/ci/core/gates.ts
var core_gates = __webpack_require__(8195);
// EXTERNAL MODULE: ./actions/ci/run.ts + 32 modules
var run = __webpack_require__(9737);
;// CONCATENATED MODULE: ./actions/ci/inputs.ts







function gateInputs(junit) {
    const gates = {};
    const minCoverage = (0,core_gates/* parseGateNumber */.i)('input min-coverage', core/* getInput */.V4('min-coverage'), 'percent');
    const minChanged = (0,core_gates/* parseGateNumber */.i)('input min-changed-lines-coverage', core/* getInput */.V4('min-changed-lines-coverage'), 'percent');
    const maxFailures = (0,core_gates/* parseGateNumber */.i)('input max-failures', core/* getInput */.V4('max-failures'), 'count');
    if (minCoverage !== undefined)
        gates.minCoverage = minCoverage;
    if (minChanged !== undefined)
        gates.minChangedLinesCoverage = minChanged;
    // max-failures defaults to 0 and applies only where there are test reports to count.
    if (maxFailures !== undefined && junit.length > 0)
        gates.maxFailures = maxFailures;
    if (booleanInput('fail-on-flaky', false))
        gates.failOnFlaky = true;
    return gates;
}
/** The ci inputs (ci/action.yml), typed and checked in one place. */
function readCiInputs() {
    const mode = choiceInput('mode', ['run', 'publish'], 'run');
    const publishing = publishingInputs();
    if (mode === 'publish')
        return {
            mode,
            report: requiredInput('report', '${{ runner.temp }}/mmf-report/report-bundle.json'),
            ...publishing,
        };
    const junit = lineListInput('junit');
    const shell = booleanInput('shell', false);
    const maxReport = core/* getInput */.V4('max-report-size').trim();
    const maxReportMib = maxReport ? Number(maxReport) : run.DEFAULT_MAX_REPORT_MIB;
    if (!Number.isFinite(maxReportMib) || maxReportMib <= 0)
        throw new errors/* MmfError */.H0('E_USAGE', `input max-report-size must be a positive number of MiB, not "${maxReport}"`);
    const baseRef = optionalInput('base-ref');
    const commentId = optionalInput('comment-id');
    return {
        mode,
        junit,
        coverage: lineListInput('coverage'),
        commands: (0,command_lines/* parseCommandLines */.G)(lineListInput('commands'), shell),
        shell,
        ...(baseRef ? { baseRef } : {}),
        gates: gateInputs(junit),
        ifNoFilesFound: choiceInput('if-no-files-found', find_files/* IF_NO_FILES_FOUND */.L, 'error'),
        workingDirectory: optionalInput('working-directory') ?? '.',
        maxReportMib,
        ...(commentId ? { commentId } : {}),
        ...publishing,
    };
}


/***/ })

};
