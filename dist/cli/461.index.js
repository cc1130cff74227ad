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
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5067);
/* harmony import */ var _kernel_report_redact_report_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(9419);
/* harmony import */ var _platform_fs_file_info_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7615);
/* harmony import */ var _platform_fs_scratch_folder_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3417);
/* harmony import */ var _platform_fs_write_report_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7394);
/* harmony import */ var _platform_process_command_env_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3669);
/* harmony import */ var _runtime_github_event_context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7335);
/* harmony import */ var _runtime_github_publish_bundle_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8687);
/* harmony import */ var _runtime_github_publish_report_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1726);
/* harmony import */ var _runtime_github_report_bundle_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4500);
/* harmony import */ var _runtime_github_step_failure_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9192);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(6226);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(2577);

















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
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MmfError */ .H0('E_USAGE', 'nothing to do: set `commands`, `junit` or `coverage`', {
            hint: 'with: junit: reports/junit.xml, coverage: coverage/lcov.info',
        });
    const needsCoverage = inputs.gates.minCoverage !== undefined || inputs.gates.minChangedLinesCoverage !== undefined;
    if (needsCoverage && !inputs.coverage.length)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MmfError */ .H0('E_USAGE', 'input min-coverage / min-changed-lines-coverage needs coverage reports', {
            hint: 'with: coverage: coverage/lcov.info (one glob per line)',
        });
    if (inputs.gates.failOnFlaky && !inputs.junit.length)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MmfError */ .H0('E_USAGE', 'input fail-on-flaky needs test reports: set `junit`');
    if (inputs.gates.minChangedLinesCoverage !== undefined && !baseRef)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MmfError */ .H0('E_USAGE', `input min-changed-lines-coverage needs a base to count changed lines from, and this ${context.eventName || 'run'} event names none`, { hint: 'set base-ref (e.g. origin/main), or run on pull_request, push or merge_group' });
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
            // The run's own log line says how each command ended; a failure also gets an annotation.
            if (run.exitCode !== 0)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`${run.name} exited ${run.exitCode} after ${(run.durationMs / 1000).toFixed(1)} s: its gate command:${run.name} fails`);
        },
    };
}
async function writeActionReportFiles(dir, report) {
    const json = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, REPORT_JSON);
    const markdown = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, REPORT_MARKDOWN);
    const withFiles = {
        ...report,
        files: [
            ...report.files,
            { name: REPORT_JSON, path: json, description: 'The result (as `mmf ci report --json` prints it)' },
            { name: REPORT_MARKDOWN, path: markdown, description: 'The report (Markdown)' },
        ],
        outputs: { ...report.outputs, 'report-path': json },
    };
    await (0,_platform_fs_write_report_files_js__WEBPACK_IMPORTED_MODULE_7__/* .writeResultAndMarkdown */ .Xu)(dir, withFiles, { json: REPORT_JSON, markdown: REPORT_MARKDOWN });
    return withFiles;
}
async function workingDirectory(inputs) {
    const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(root, inputs.workingDirectory);
    await (0,_platform_fs_file_info_js__WEBPACK_IMPORTED_MODULE_5__/* .requireFolder */ .OK)(dir, `working-directory ${inputs.workingDirectory}`, {
        code: 'E_INPUT_INVALID',
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
    else
        (0,_runtime_github_step_failure_js__WEBPACK_IMPORTED_MODULE_13__/* .failIfNotPublished */ .n)(published);
}
async function check(inputs, context) {
    const workspace = await workingDirectory(inputs);
    const baseRef = inputs.baseRef ?? (inputs.coverage.length ? context.baseSha : undefined);
    checkInputs(inputs, baseRef, context);
    const secrets = (0,_platform_process_command_env_js__WEBPACK_IMPORTED_MODULE_8__/* .reportSecrets */ .o3)([inputs.token]);
    // Kept after the run: the command logs are uploaded with the report.
    const { dir } = await (0,_platform_fs_scratch_folder_js__WEBPACK_IMPORTED_MODULE_6__/* .createScratchFolder */ .D)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'mmf-ci-');
    const logDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'logs');
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
    const outcome = inputs.commands.length ? await (0,_run_js__WEBPACK_IMPORTED_MODULE_15__.runCi)(options) : await (0,_run_js__WEBPACK_IMPORTED_MODULE_15__.runCiReport)(options);
    const report = await writeActionReportFiles(dir, (0,_kernel_report_redact_report_js__WEBPACK_IMPORTED_MODULE_16__/* .redactReport */ .a5)(outcome.report, secrets));
    const commentId = inputs.commentId ?? defaultCommentId(context, inputs);
    const checkName = checkRunName(inputs);
    const bundle = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'report-bundle.json');
    await (0,_runtime_github_report_bundle_js__WEBPACK_IMPORTED_MODULE_12__/* .writeReportBundle */ .ME)(bundle, {
        report,
        commentId,
        checkName,
        headSha: context.sha,
        ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report-bundle', bundle);
    const published = await (0,_runtime_github_publish_report_js__WEBPACK_IMPORTED_MODULE_11__/* .publishReport */ .S)(report, {
        token: inputs.token,
        context,
        comment: { enabled: inputs.comment, id: commentId, maxParts: inputs.maxCommentParts },
        checkRun: { enabled: inputs.checkRun, name: checkName },
        reportLocation: REPORT_LOCATION,
    });
    finish(report, published);
}
async function publish(inputs, context) {
    const published = await (0,_runtime_github_publish_bundle_js__WEBPACK_IMPORTED_MODULE_10__/* .publishReportBundle */ .w)({
        bundle: inputs.report,
        token: inputs.token,
        context,
        comment: inputs.comment,
        checkRun: inputs.checkRun,
        maxCommentParts: inputs.maxCommentParts,
    });
    // The compute job already failed on the gates; this one fails only if publishing does.
    (0,_runtime_github_step_failure_js__WEBPACK_IMPORTED_MODULE_13__/* .failIfNotPublished */ .n)(published);
}
/**
 * ci: read inputs and the event, run the commands, read the reports and
 * apply the gates (or take a computed report), then publish: outputs and
 * job summary first, then the sticky comment and the check run. The step
 * fails when a gate fails, or on bad input.
 */
async function runCiAction() {
    try {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_14__.readCiInputs)();
        const context = (0,_runtime_github_event_context_js__WEBPACK_IMPORTED_MODULE_9__/* .readEventContext */ .w)();
        if (inputs.mode === 'publish')
            await publish(inputs, context);
        else
            await check(inputs, context);
    }
    catch (err) {
        (0,_runtime_github_step_failure_js__WEBPACK_IMPORTED_MODULE_13__/* .failStep */ .v)(err);
        // As `mmf ci`: 1 usage or input error, 2 a tool (git) failed.
        if ((0,_kernel_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isMmfError */ .NJ)(err))
            process.exitCode = err.exitCode;
    }
}


/***/ }),

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

/***/ 7615:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jf: () => (/* binding */ isExecutableFile),
/* harmony export */   OK: () => (/* binding */ requireFolder),
/* harmony export */   t2: () => (/* binding */ exists),
/* harmony export */   wd: () => (/* binding */ isDirectory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5067);


/** Whether anything (file, folder, link target) is at `path`. */
async function exists(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined)) !== undefined;
}
async function isDirectory(path) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined))?.isDirectory() ?? false;
}
/** A regular file this process may execute. */
async function isExecutableFile(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        return false;
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path, node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK).then(() => true, () => false);
}
/**
 * Throws `code` naming `path` unless it is a folder: "<what> does not exist"
 * or, for a file or anything else, "<what> is not a folder".
 */
async function requireFolder(path, what, options) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (info?.isDirectory())
        return;
    throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0(options.code, info ? `${what} is not a folder` : `${what} does not exist`, {
        file: path,
        ...(options.hint ? { hint: options.hint } : {}),
    });
}


/***/ }),

/***/ 7394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ writeResultAndMarkdown),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   t4: () => (/* binding */ writeReportFiles)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _kernel_report_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4035);




/**
 * Writes `text` to `path` under a new temporary name beside it (never an
 * existing file, so two writers of one path cannot meet), then renames it: a
 * reader (a CI system collecting artifacts, a later step) never sees half a
 * file. `mode` applies to the new file (e.g. 0o600 for a private cache).
 */
async function writeFileAtomic(path, text, options = {}) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target)}.mmf-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(staging, text, {
            flag: 'wx',
            ...(options.mode !== undefined ? { mode: options.mode } : {}),
        });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, target);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { force: true });
        throw err;
    }
}
/** Writes each named file into `dir` (created if missing) atomically; other files there stay. */
async function writeReportFiles(dir, files) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    for (const [name, text] of Object.entries(files))
        await writeFileAtomic((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name), text);
}
/** A report's machine-readable result as JSON and the report as Markdown, atomically, into `dir`. */
async function writeResultAndMarkdown(dir, report, names) {
    await writeReportFiles(dir, {
        [names.json]: JSON.stringify(report.result, null, 2) + '\n',
        [names.markdown]: (0,_kernel_report_render_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderReportMarkdown */ .Ay)(report).join('\n'),
    });
}


/***/ }),

/***/ 8687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ publishReportBundle)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: ./actions/kernel/report/redact-report.ts
var redact_report = __webpack_require__(9419);
// EXTERNAL MODULE: ./actions/runtime/github/client.ts
var client = __webpack_require__(2190);
// EXTERNAL MODULE: ./actions/runtime/github/publish-report.ts + 3 modules
var publish_report = __webpack_require__(1726);
// EXTERNAL MODULE: ./actions/runtime/github/report-bundle.ts
var report_bundle = __webpack_require__(4500);
;// CONCATENATED MODULE: ./actions/runtime/github/trusted-target.ts
/**
 * Under `workflow_run`, which pull request a report from another run may be
 * posted to. GitHub lists same-repository pull requests in the event; a
 * fork's number comes from the (untrusted) report bundle and is used only
 * when that pull request's head is the commit the event says was built.
 */
async function verifiedPullRequest(octokit, context, claimed) {
    if (context.pullRequest !== undefined)
        return { pullRequest: context.pullRequest };
    if (claimed === undefined || !context.workflowRun)
        return {};
    const { data } = await octokit.rest.pulls.get({
        owner: context.owner,
        repo: context.repo,
        pull_number: claimed,
    });
    if (data.head.sha === context.workflowRun.headSha && data.state === 'open')
        return { pullRequest: claimed };
    return {
        note: `The report names pull request #${claimed}, whose head (${data.head.sha.slice(0, 12)}) is not the commit the run built (${context.workflowRun.headSha.slice(0, 12)}); no comment was written.`,
    };
}

;// CONCATENATED MODULE: ./actions/runtime/github/publish-bundle.ts






/**
 * `mode: publish` of any action: posts a report bundle another run computed
 * (the reusable workflow's compute job, or an unprivileged pull_request run
 * of a fork, published from workflow_run). The bundle is untrusted: its shape
 * is checked, its pull request verified against the event, its text redacted
 * and escaped; the commit comes from the event.
 */
async function publishReportBundle(settings) {
    const { context, token } = settings;
    const bundle = await (0,report_bundle/* readReportBundle */.xV)(settings.bundle);
    const report = (0,redact_report/* redactReport */.a5)(bundle.report, [token]);
    const octokit = (0,client/* createGitHubClient */.L)(token, { apiUrl: context.apiUrl, log: core/* info */.pq });
    const target = { ...context };
    if (context.eventName === 'workflow_run') {
        const checked = await verifiedPullRequest(octokit, context, bundle.pullRequest);
        if (checked.note)
            core/* warning */.$e(checked.note);
        delete target.pullRequest;
        if (checked.pullRequest !== undefined)
            target.pullRequest = checked.pullRequest;
    }
    return (0,publish_report/* publishReport */.S)(report, {
        token,
        context: target,
        octokit,
        comment: { enabled: settings.comment, id: bundle.commentId, maxParts: settings.maxCommentParts },
        checkRun: { enabled: settings.checkRun, name: bundle.checkName },
        reportLocation: 'the report artifact of the run that computed it',
    });
}


/***/ }),

/***/ 4500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: () => (/* binding */ writeReportBundle),
/* harmony export */   xV: () => (/* binding */ readReportBundle)
/* harmony export */ });
/* unused harmony exports BUNDLE_SCHEMA, BUNDLE_LIMIT_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5067);


const BUNDLE_SCHEMA = 'mmf-actions/report-bundle@1';
/** A bundle may come from an untrusted run: read at most this much. */
const BUNDLE_LIMIT_BYTES = 16 * 1024 * 1024;
async function writeReportBundle(path, bundle) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, JSON.stringify({ schema: BUNDLE_SCHEMA, ...bundle }, null, 2) + '\n');
}
const isString = (v) => typeof v === 'string';
const isArray = (v) => Array.isArray(v);
const CONCLUSIONS = ['success', 'failure', 'neutral', 'skipped'];
const LEVELS = ['notice', 'warning', 'failure'];
function invalid(path, what) {
    return new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_INPUT_INVALID', `${path}: not a report bundle written by mmf-actions (${what})`, {
        file: path,
        hint: 'pass the `report-bundle` output of an mmf-actions run (uploaded as an artifact by the compute job)',
    });
}
/** The report's shape, checked field by field: renderers may then trust it (text is escaped anyway). */
function checkReport(path, r) {
    for (const key of ['capability', 'title', 'subject', 'headline'])
        if (!isString(r[key]))
            throw invalid(path, `report.${key} is not a string`);
    if (!CONCLUSIONS.includes(r.conclusion))
        throw invalid(path, 'report.conclusion');
    for (const key of ['summary', 'sections', 'annotations', 'cases', 'files', 'notes'])
        if (!isArray(r[key]))
            throw invalid(path, `report.${key} is not a list`);
    if (!r.notes.every(isString))
        throw invalid(path, 'report.notes');
    for (const s of r.sections)
        if (!isString(s?.id) || !isString(s?.title) || !isArray(s?.blocks))
            throw invalid(path, 'report.sections');
    for (const a of r.annotations)
        if (!isString(a?.path) ||
            !Number.isInteger(a?.startLine) ||
            !LEVELS.includes(a?.level) ||
            !isString(a?.title) ||
            !isString(a?.message))
            throw invalid(path, 'report.annotations');
    const outputs = r.outputs;
    if (!outputs || typeof outputs !== 'object' || !Object.values(outputs).every(isString))
        throw invalid(path, 'report.outputs');
}
async function readReportBundle(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    if (!info?.isFile())
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_INPUT_INVALID', `report bundle ${path} does not exist`, {
            file: path,
            hint: 'download the artifact the compute job uploaded (actions/download-artifact) and pass the file in `report`',
        });
    if (info.size > BUNDLE_LIMIT_BYTES)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .MmfError */ .H0('E_INPUT_TOO_LARGE', `report bundle ${path} is ${info.size} bytes, over ${BUNDLE_LIMIT_BYTES}`, {
            file: path,
        });
    let data;
    try {
        data = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (err) {
        throw invalid(path, `not JSON: ${err.message}`);
    }
    if (data?.schema !== BUNDLE_SCHEMA)
        throw invalid(path, `schema is not ${BUNDLE_SCHEMA}`);
    if (!isString(data.commentId) || !isString(data.checkName) || !isString(data.headSha))
        throw invalid(path, 'commentId, checkName and headSha must be strings');
    if (data.pullRequest !== undefined && !Number.isInteger(data.pullRequest))
        throw invalid(path, 'pullRequest');
    if (!data.report || typeof data.report !== 'object')
        throw invalid(path, 'no report');
    checkReport(path, data.report);
    return {
        schema: BUNDLE_SCHEMA,
        report: data.report,
        commentId: data.commentId.slice(0, 200),
        checkName: data.checkName.slice(0, 200),
        headSha: data.headSha,
        ...(data.pullRequest !== undefined ? { pullRequest: data.pullRequest } : {}),
    };
}


/***/ })

};
