export const id = 657;
export const ids = [657];
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

/***/ 6426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCiReportCommand: () => (/* binding */ runCiReportCommand),
  runCiRunCommand: () => (/* binding */ runCiRunCommand)
});

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/runtime/cli/report-output.ts
var report_output = __webpack_require__(6560);
// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts + 1 modules
var tool_flags = __webpack_require__(2483);
// EXTERNAL MODULE: ./actions/ci/cli.ts
var cli = __webpack_require__(6593);
// EXTERNAL MODULE: ./actions/ci/core/command-lines.ts
var command_lines = __webpack_require__(1496);
// EXTERNAL MODULE: ./actions/ci/core/gates.ts
var core_gates = __webpack_require__(8195);
// EXTERNAL MODULE: ./actions/kernel/report/redact-report.ts
var redact_report = __webpack_require__(9419);
// EXTERNAL MODULE: ./actions/platform/process/command-env.ts
var command_env = __webpack_require__(3669);
// EXTERNAL MODULE: ./actions/runtime/gitlab/ci-context.ts
var ci_context = __webpack_require__(8343);
// EXTERNAL MODULE: ./actions/runtime/gitlab/publish-report.ts + 2 modules
var publish_report = __webpack_require__(1474);
// EXTERNAL MODULE: ./actions/platform/fs/write-report-files.ts
var write_report_files = __webpack_require__(7394);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/report/render-dotenv.ts
var render_dotenv = __webpack_require__(396);
// EXTERNAL MODULE: ./actions/runtime/gitlab/report-files.ts + 2 modules
var report_files = __webpack_require__(8855);
;// CONCATENATED MODULE: ./actions/ci/core/report/render-cobertura.ts
const escapeXml = (text) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]);
const rate = (covered, lines) => (lines === 0 ? '1' : (covered / lines).toFixed(4));
/**
 * The merged line coverage as Cobertura XML, the format GitLab's
 * `coverage_report` shows in the merge request diff: one <class> per
 * workspace file with its lines and hits, paths relative to the project
 * (the `<source>` is `.`). Files known only by totals (Istanbul json-summary)
 * have no lines to show and are left out; so are files outside the workspace.
 */
function renderCobertura(files, timestamp = 0) {
    const kept = files.filter((f) => f.inWorkspace && f.lines && f.lines.size > 0);
    let all = 0;
    let hit = 0;
    const classes = kept.map((file) => {
        const lines = [...file.lines].sort(([a], [b]) => a - b);
        const covered = lines.filter(([, hits]) => hits > 0).length;
        all += lines.length;
        hit += covered;
        const name = escapeXml(file.path);
        return [
            `        <class name="${name}" filename="${name}" line-rate="${rate(covered, lines.length)}" branch-rate="0" complexity="0">`,
            '          <methods/>',
            '          <lines>',
            ...lines.map(([line, hits]) => `            <line number="${line}" hits="${hits}" branch="false"/>`),
            '          </lines>',
            '        </class>',
        ].join('\n');
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<coverage line-rate="${rate(hit, all)}" branch-rate="0" lines-covered="${hit}" lines-valid="${all}" branches-covered="0" branches-valid="0" complexity="0" version="mmf" timestamp="${timestamp}">`,
        '  <sources>',
        '    <source>.</source>',
        '  </sources>',
        '  <packages>',
        '    <package name="." line-rate="' + rate(hit, all) + '" branch-rate="0" complexity="0">',
        '      <classes>',
        ...classes,
        '      </classes>',
        '    </package>',
        '  </packages>',
        '</coverage>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./actions/ci/report-folder.ts







/** The files of `--report-dir`: GitLab's report files plus ci's own, fixed names for `artifacts:reports`. */
const CI_REPORT_FILES = {
    ...report_files/* REPORT_FILE_NAMES */.Hj,
    cobertura: 'cobertura.xml',
    json: 'ci-report.json',
};
/** ci's files beside GitLab's report files: the result as JSON and, with coverage, Cobertura. */
function ciReportFiles(report, outcome) {
    return {
        [CI_REPORT_FILES.json]: JSON.stringify(report.result, null, 2) + '\n',
        ...(outcome.coverage ? { [CI_REPORT_FILES.cobertura]: renderCobertura(outcome.coverage) } : {}),
    };
}
/**
 * Writes the report as the files GitLab reads (`codequality` for failing
 * tests and uncovered changed lines, `junit`, `coverage_report` as Cobertura,
 * `dotenv` with the outputs) plus the Markdown, text and JSON report,
 * redacted: the artifacts are readable by everyone who can read the
 * pipeline. The folder's files are written under temporary names and
 * renamed, so none is ever half written; other files in the folder are left
 * alone. Returns the redacted report.
 */
async function writeCiReportFolder(dir, outcome, options = {}) {
    const report = (0,redact_report/* redactReport */.a5)(outcome.report, (0,command_env/* reportSecrets */.o3)(options.secrets ?? []));
    await (0,write_report_files/* writeReportFiles */.t4)((0,external_node_path_.resolve)(dir), {
        ...Object.fromEntries((0,report_files/* renderGitLabReportFiles */.NT)(report).files),
        [CI_REPORT_FILES.dotenv]: (0,render_dotenv/* renderDotenv */.JZ)(report.outputs, { prefix: options.dotenvPrefix ?? '' }).text,
        ...ciReportFiles(report, outcome),
    });
    return report;
}

;// CONCATENATED MODULE: ./actions/ci/gitlab.ts






/**
 * ci in a GitLab job (the component, `--gitlab`): the report folder GitLab
 * reads (codequality, junit, dotenv, Markdown, through the GitLab runtime,
 * plus cobertura.xml and ci-report.json), then the sticky merge request note
 * written with MMF_GITLAB_TOKEN. The token and the credential-looking values
 * of the environment are redacted first. Returns the redacted report, what
 * was not published and why; a note GitLab refused is `error` (the job fails).
 */
async function publishCiToGitLab(outcome, settings, env = process.env) {
    const context = (0,ci_context/* readGitLabContext */.r)(env);
    const token = env[publish_report/* GITLAB_TOKEN_ENV */.i]?.trim() || undefined;
    const report = (0,redact_report/* redactReport */.a5)(outcome.report, (0,command_env/* reportSecrets */.o3)([token], env));
    const published = await (0,publish_report/* publishGitLabReport */.h)(report, {
        context,
        ...(token ? { token } : {}),
        reportDir: settings.reportDir,
        dotenvPrefix: settings.dotenvPrefix,
        note: {
            enabled: settings.comment,
            id: settings.commentId ?? `${context.jobName}/ci`,
            maxParts: settings.maxCommentParts,
        },
        log: settings.log,
    });
    await (0,write_report_files/* writeReportFiles */.t4)(published.folder.dir, ciReportFiles(report, outcome));
    return {
        report,
        notes: published.notes,
        ...(published.noteUrl ? { noteUrl: published.noteUrl } : {}),
        ...(published.error ? { error: published.error } : {}),
    };
}

// EXTERNAL MODULE: ./actions/ci/run.ts + 30 modules
var run = __webpack_require__(2577);
;// CONCATENATED MODULE: ./actions/ci/run-ci-command.ts









function reportOptions(flags, io) {
    const maxMib = Number(flags.maxReportSize);
    if (!Number.isFinite(maxMib) || maxMib <= 0)
        throw new errors/* MmfError */.H0('E_USAGE', `--max-report-size must be a positive number of MiB, not "${flags.maxReportSize}"`);
    const gates = {};
    const minCoverage = (0,core_gates/* parseGateNumber */.i)('--min-coverage', flags.minCoverage, 'percent');
    const minChanged = (0,core_gates/* parseGateNumber */.i)('--min-changed-lines-coverage', flags.minChangedLinesCoverage, 'percent');
    const maxFailures = (0,core_gates/* parseGateNumber */.i)('--max-failures', flags.maxFailures, 'count');
    if (minCoverage !== undefined)
        gates.minCoverage = minCoverage;
    if (minChanged !== undefined)
        gates.minChangedLinesCoverage = minChanged;
    if (maxFailures !== undefined)
        gates.maxFailures = maxFailures;
    if (flags.failOnFlaky)
        gates.failOnFlaky = true;
    return {
        workspace: flags.workspace,
        junit: flags.junit ?? [],
        coverage: flags.coverage ?? [],
        ...(flags.baseRef ? { baseRef: flags.baseRef } : {}),
        gates,
        ifNoFilesFound: flags.ifNoFilesFound,
        maxReportBytes: Math.floor(maxMib * 1024 * 1024),
        log: (0,tool_flags/* stderrLogger */.D7)(io),
    };
}
/** With --report-dir or --gitlab: writes the folder (and the note) and returns the report as redacted there. */
async function withReportDir(outcome, flags, io) {
    if (flags.gitlab) {
        const published = await publishCiToGitLab(outcome, {
            reportDir: flags.reportDir ?? cli/* DEFAULT_GITLAB_REPORT_DIR */.N3,
            dotenvPrefix: flags.dotenvPrefix ?? '',
            comment: flags.comment,
            ...(flags.commentId ? { commentId: flags.commentId } : {}),
            maxCommentParts: flags.maxCommentParts,
            log: (0,tool_flags/* stderrLogger */.D7)(io),
        });
        const log = (0,tool_flags/* stderrLogger */.D7)(io);
        for (const note of published.notes)
            log.warn(note);
        if (published.noteUrl)
            log.info(`Merge request note: ${published.noteUrl}`);
        if (published.error)
            throw published.error;
        return published.report;
    }
    if (!flags.reportDir)
        return outcome.report;
    return writeCiReportFolder(flags.reportDir, outcome, { dotenvPrefix: flags.dotenvPrefix ?? '' });
}
/** `mmf ci report`. */
async function runCiReportCommand(flags, io, state) {
    const outcome = await (0,run.runCiReport)(reportOptions(flags, io));
    (0,report_output/* printReport */.Y_)(io, state, 'ci report', await withReportDir(outcome, flags, io), outcome.exitCode, flags);
}
/** `mmf ci run`. */
async function runCiRunCommand(flags, io, state) {
    const commands = (0,command_lines/* parseCommandLines */.G)(flags.command, Boolean(flags.shell), '--command');
    if (commands.length === 0)
        throw new errors/* MmfError */.H0('E_USAGE', 'missing --command <name: command>', {
            hint: "mmf ci run --command 'test: npx jest --ci' --junit junit.xml",
        });
    const outcome = await (0,run.runCi)({
        ...reportOptions(flags, io),
        commands,
        ...(flags.logDir ? { logDir: flags.logDir } : {}),
    });
    (0,report_output/* printReport */.Y_)(io, state, 'ci run', await withReportDir(outcome, flags, io), outcome.exitCode, flags);
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

/***/ 2972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   a: () => (/* binding */ realPathOrAncestor)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Whether `path` is `folder` itself or lies below it (both absolute, compared as written). */
function isInside(path, folder) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * The real path of `path`, or of its nearest existing ancestor joined with
 * the rest when it does not exist yet (an output folder about to be created).
 */
async function realPathOrAncestor(path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    const missing = [];
    let cur = abs;
    for (;;) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(cur), ...missing);
        }
        catch {
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(cur);
            if (parent === cur)
                return abs;
            missing.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, cur));
            cur = parent;
        }
    }
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


/***/ })

};
