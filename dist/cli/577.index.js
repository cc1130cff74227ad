export const id = 577;
export const ids = [577];
export const modules = {

/***/ 8195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ parseGateNumber),
/* harmony export */   u: () => (/* binding */ evaluateGates)
/* harmony export */ });
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5067);

const pct = (n) => `${n.toFixed(2)}%`;
/** A gate value from a flag or input: a number in range, else E_USAGE naming the setting. */
function parseGateNumber(setting, value, kind) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const n = Number(value.trim().replace(/%$/, ''));
    const ok = kind === 'percent' ? Number.isFinite(n) && n >= 0 && n <= 100 : Number.isInteger(n) && n >= 0;
    if (!ok)
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MmfError */ .H0('E_USAGE', `${setting} must be ${kind === 'percent' ? 'a percentage from 0 to 100' : 'a whole number, 0 or more'}, not "${value}"`);
    return n;
}
/**
 * Evaluates the gates that are set, in a fixed order, plus one gate per named
 * command (a command that exits non-zero fails the run). Coverage gates with
 * nothing measured: overall coverage fails (no data is not 100 %), changed
 * lines pass (a change with no instrumented lines, such as docs, has nothing
 * to cover).
 */
function evaluateGates(settings, inputs) {
    const gates = [];
    for (const command of inputs.commands) {
        const ok = command.exitCode === 0;
        gates.push({
            name: `command:${command.name}`,
            ok,
            actual: command.exitCode,
            threshold: 0,
            summary: ok
                ? `${command.name} exited 0`
                : command.timedOut
                    ? `${command.name} was stopped: it ran longer than its time limit`
                    : `${command.name} exited ${command.exitCode}`,
        });
    }
    if (settings.minCoverage !== undefined) {
        const actual = inputs.coverage?.percent ?? null;
        const ok = actual !== null && actual >= settings.minCoverage;
        gates.push({
            name: 'min-coverage',
            ok,
            actual,
            threshold: settings.minCoverage,
            summary: actual === null
                ? 'no instrumented lines were measured'
                : `line coverage ${pct(actual)} ${ok ? '≥' : '<'} ${pct(settings.minCoverage)}`,
        });
    }
    if (settings.minChangedLinesCoverage !== undefined) {
        const actual = inputs.changedLines?.percent ?? null;
        const ok = actual === null || actual >= settings.minChangedLinesCoverage;
        gates.push({
            name: 'min-changed-lines-coverage',
            ok,
            actual,
            threshold: settings.minChangedLinesCoverage,
            summary: actual === null
                ? 'no instrumented line was added or changed'
                : `changed-lines coverage ${pct(actual)} ${ok ? '≥' : '<'} ${pct(settings.minChangedLinesCoverage)}`,
        });
    }
    if (settings.maxFailures !== undefined) {
        const actual = inputs.tests?.failed ?? 0;
        const ok = actual <= settings.maxFailures;
        gates.push({
            name: 'max-failures',
            ok,
            actual,
            threshold: settings.maxFailures,
            summary: `${actual} failed test${actual === 1 ? '' : 's'} ${ok ? '≤' : '>'} ${settings.maxFailures} allowed`,
        });
    }
    if (settings.failOnFlaky) {
        const actual = inputs.tests?.flaky ?? 0;
        gates.push({
            name: 'fail-on-flaky',
            ok: actual === 0,
            actual,
            threshold: 0,
            summary: actual === 0 ? 'no flaky test' : `${actual} test${actual === 1 ? '' : 's'} passed only on a rerun`,
        });
    }
    return gates;
}


/***/ }),

/***/ 2577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_REPORT_MIB: () => (/* binding */ DEFAULT_MAX_REPORT_MIB),
  runCi: () => (/* binding */ runCi),
  runCiReport: () => (/* binding */ runCiReport)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
;// CONCATENATED MODULE: ./actions/kernel/logger.ts
const silentLogger = { info: () => { }, warn: () => { } };

// EXTERNAL MODULE: ./actions/platform/process/run-command.ts
var run_command = __webpack_require__(3683);
;// CONCATENATED MODULE: ./actions/platform/git/diff-lines.ts


async function git(args, cwd) {
    return (0,run_command/* runCommand */.d)('git', args, { cwd });
}
const firstLine = (text) => text.trim().split('\n')[0] ?? '';
/**
 * What the change being checked added: the diff from the merge base of
 * `baseRef` and HEAD to HEAD (what `git diff base...HEAD` shows, so commits
 * made on the base branch since do not count), with no context lines, limited
 * to the workspace folder and with paths relative to it. A ref that does not
 * exist locally is also tried as `origin/<ref>` (what CI checkouts fetch).
 */
async function diffAgainstBase(workspace, baseRef) {
    if (!baseRef.trim() || baseRef.startsWith('-') || /[\s\0]/.test(baseRef))
        throw new errors/* MmfError */.H0('E_USAGE', `--base-ref "${baseRef}" is not a git ref (branch, tag or commit)`);
    const top = await git(['rev-parse', '--show-toplevel'], workspace).catch(() => undefined);
    if (!top || top.exitCode !== 0)
        throw new errors/* MmfError */.H0('E_BASE_REF', `--base-ref ${baseRef} needs a git repository, and ${workspace} is not in one`, {
            file: workspace,
            hint: 'run inside the checkout (actions/checkout) or leave --base-ref out',
        });
    let ref = baseRef;
    let commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], workspace);
    if (commit.exitCode !== 0 && !ref.startsWith('origin/')) {
        const remote = await git(['rev-parse', '--verify', '--quiet', `origin/${ref}^{commit}`], workspace);
        if (remote.exitCode === 0) {
            ref = `origin/${ref}`;
            commit = remote;
        }
    }
    if (commit.exitCode !== 0)
        throw new errors/* MmfError */.H0('E_BASE_REF', `the base ref "${baseRef}" does not exist in this repository`, {
            file: workspace,
            hint: 'fetch it first: actions/checkout with fetch-depth: 0, or git fetch origin <branch>',
        });
    const base = await git(['merge-base', commit.stdout.trim(), 'HEAD'], workspace);
    if (base.exitCode !== 0 || !base.stdout.trim())
        throw new errors/* MmfError */.H0('E_BASE_REF', `"${ref}" and HEAD have no common ancestor in this clone${base.stderr.trim() ? ` (${firstLine(base.stderr)})` : ''}; a shallow clone lacks the history to find it`, {
            file: workspace,
            hint: 'fetch the full history: actions/checkout with fetch-depth: 0 (GitLab: GIT_DEPTH: 0)',
        });
    const mergeBase = base.stdout.trim();
    const diff = await git([
        '-c',
        'core.quotePath=true',
        'diff',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--find-renames',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--relative',
        mergeBase,
        'HEAD',
        '--',
    ], workspace);
    if (diff.exitCode !== 0)
        throw new errors/* MmfError */.H0('E_BASE_REF', `git diff against ${ref} failed: ${firstLine(diff.stderr)}`, {
            file: workspace,
        });
    return { baseRef: ref, mergeBase, diff: diff.stdout };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./actions/platform/process/command-env.ts
var command_env = __webpack_require__(3669);
;// CONCATENATED MODULE: ./actions/platform/process/split-argv.ts

/** Unquoted, these mean something only to a shell: refused so that nothing silently runs differently. */
const SHELL_SYNTAX = new Set(['|', '&', ';', '<', '>', '(', ')', '$', '`', '*', '?', '\n']);
/**
 * Splits a command line into an argument array, with a deliberately small rule:
 * - words are separated by spaces or tabs;
 * - '…' keeps everything inside as it is;
 * - "…" keeps everything inside except that \" and \\ stand for " and \;
 * - outside quotes, a backslash keeps the next character as it is.
 * Nothing is expanded: no variables, globs, `~`, pipes or redirections. An
 * unquoted shell character (| & ; < > ( ) $ ` * ?) or a leading NAME=value
 * is refused with a hint to run the command through a shell instead.
 */
function splitCommandLine(line, label) {
    const words = [];
    let word = '';
    let inWord = false;
    const refuse = (what) => new errors/* MmfError */.H0('E_USAGE', `command "${label}": ${what}; commands run without a shell`, {
        hint: 'quote it, or run the command through sh with shell: true (--shell)',
    });
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (ch === ' ' || ch === '\t') {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else if (ch === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw refuse('a single quote is not closed');
            word += line.slice(i + 1, end);
            inWord = true;
            i = end;
        }
        else if (ch === '"') {
            inWord = true;
            let j = i + 1;
            for (; j < line.length && line[j] !== '"'; j++) {
                if (line[j] === '\\' && (line[j + 1] === '"' || line[j + 1] === '\\'))
                    j += 1;
                word += line[j];
            }
            if (j >= line.length)
                throw refuse('a double quote is not closed');
            i = j;
        }
        else if (ch === '\\') {
            if (i + 1 >= line.length)
                throw refuse('it ends with a backslash');
            word += line[i + 1];
            inWord = true;
            i += 1;
        }
        else if (SHELL_SYNTAX.has(ch)) {
            throw refuse(ch === '\n' ? 'it spans several lines' : `"${ch}" is shell syntax`);
        }
        else {
            word += ch;
            inWord = true;
        }
    }
    if (inWord)
        words.push(word);
    if (words.length === 0)
        throw refuse('it is empty');
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]))
        throw refuse(`"${words[0]}" sets an environment variable, which needs a shell`);
    return words;
}

;// CONCATENATED MODULE: ./actions/platform/process/run-named-command.ts





const safeName = (name) => name.replace(/[^A-Za-z0-9._-]/g, '_');
function tail(text, lines) {
    const all = text.replace(/\s+$/, '').split('\n');
    const shown = all.slice(-lines).join('\n');
    return all.length > lines ? `… (${all.length - lines} lines before)\n${shown}` : shown;
}
/**
 * Runs one named command in `cwd`, timed, with its output kept in
 * `<logDir>/<name>.log`. Without `shell` the line is split into an argument
 * array and spawned directly (no shell parses it); with `shell` it runs as
 * `sh -c <line>`. Either way the process gets the environment of the job
 * less the CI system's and mmf's credentials (command-env.ts): these are the
 * user's own build and test commands. The exit code is returned, never thrown:
 * a program that does not exist exits 127, as in a shell.
 */
async function runNamedCommand(command, options) {
    const argv = command.shell
        ? ['sh', '-c', command.command]
        : splitCommandLine(command.command, command.name);
    const [file, ...args] = argv;
    await (0,promises_.mkdir)(options.logDir, { recursive: true });
    const log = (0,external_node_path_.join)(options.logDir, `${safeName(command.name)}.log`);
    const started = performance.now();
    let stdout = '';
    let stderr = '';
    let exitCode;
    try {
        const result = await (0,run_command/* runCommand */.d)(file, args, {
            cwd: options.cwd,
            maxOutputBytes: options.maxOutputBytes ?? 64 * 1024 * 1024,
            environment: (0,command_env/* commandEnvironment */.J$)(options.parentEnv ?? process.env, options.secrets ?? []),
            ...(options.onOutput ? { onOutput: options.onOutput } : {}),
        });
        ({ stdout, stderr, exitCode } = result);
    }
    catch (err) {
        const code = err.code;
        exitCode = code === 'ENOENT' ? 127 : code === 'EACCES' ? 126 : 1;
        stderr = code === 'ENOENT' ? `${file}: command not found` : `${file}: ${err.message}`;
    }
    const durationMs = Math.round(performance.now() - started);
    const header = `$ ${command.shell ? `sh -c ${JSON.stringify(command.command)}` : argv.map((a) => (/[\s"'\\]/.test(a) ? JSON.stringify(a) : a)).join(' ')}\n`;
    const footer = `\n[exit ${exitCode} after ${(durationMs / 1000).toFixed(1)} s]\n`;
    await (0,promises_.writeFile)(log, `${header}${stdout}${stderr ? `${stdout && !stdout.endsWith('\n') ? '\n' : ''}${stderr}` : ''}${footer}`);
    return {
        ...command,
        argv,
        exitCode,
        durationMs,
        log,
        outputTail: tail(`${stdout}${stdout && stderr && !stdout.endsWith('\n') ? '\n' : ''}${stderr}`, options.tailLines ?? 60),
    };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/line-coverage.ts
/** Line coverage of source files, whatever tool measured it. */
/** Floors to 2 decimals so a value below a threshold is never printed as equal to it. */
function percentOf(covered, lines) {
    if (lines === 0)
        return null;
    return Math.floor((covered / lines) * 10000) / 100;
}
function fileTotals(file) {
    if (file.lines) {
        let covered = 0;
        for (const hits of file.lines.values())
            if (hits > 0)
                covered += 1;
        return { lines: file.lines.size, covered };
    }
    return file.totals ?? { lines: 0, covered: 0 };
}
/** Adds `hits` for `line`, keeping the higher count when two blocks or classes report it. */
function addLine(lines, line, hits) {
    const before = lines.get(line);
    if (before === undefined || hits > before)
        lines.set(line, hits);
}
/**
 * Merges files measured by several reports (unit and integration runs, one
 * report per package): instrumented lines are the union, a line counts as
 * covered when any report ran it. Per-line data wins over totals-only data;
 * of two totals-only entries the one with more covered lines is kept.
 */
function mergeFileCoverage(into, from) {
    const reports = [...new Set([...into.reports, ...from.reports])];
    if (into.lines && from.lines) {
        const lines = new Map(into.lines);
        for (const [line, hits] of from.lines)
            addLine(lines, line, hits);
        return { ...into, lines, reports };
    }
    if (into.lines || from.lines)
        return { ...(into.lines ? into : from), reports };
    const a = into.totals ?? { lines: 0, covered: 0 };
    const b = from.totals ?? { lines: 0, covered: 0 };
    return { ...(b.covered > a.covered ? from : into), reports };
}
function coverageTotals(files) {
    let lines = 0;
    let covered = 0;
    for (const file of files) {
        const t = fileTotals(file);
        lines += t.lines;
        covered += t.covered;
    }
    return { lines, covered, percent: percentOf(covered, lines) };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/map-coverage.ts

const dirname = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
/**
 * Maps every report's paths into the workspace and merges files that several
 * reports measured. Relative paths are tried against the workspace root, the
 * report's <sources> (Cobertura) and the report's folder, then Go module
 * paths and a unique suffix match (JaCoCo's package paths, reports made in
 * another checkout folder). Files that match nothing keep their best-effort
 * path and `inWorkspace: false`.
 */
function mapCoverage(reports, resolver) {
    const merged = new Map();
    for (const report of reports) {
        const bases = [
            ...report.sourceRoots.map((root) => resolver.baseDir(root)).filter((b) => b !== undefined),
            dirname(report.report),
        ];
        for (const raw of report.files) {
            const found = resolver.resolve(raw.path, bases);
            const file = {
                path: found ?? resolver.best(raw.path, bases),
                ...(raw.lines ? { lines: raw.lines } : {}),
                ...(raw.totals ? { totals: raw.totals } : {}),
                inWorkspace: found !== undefined,
                reports: [report.report],
            };
            const before = merged.get(file.path);
            merged.set(file.path, before ? mergeFileCoverage(before, file) : file);
        }
    }
    return [...merged.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

;// CONCATENATED MODULE: ./actions/ci/core/diff/changed-lines-coverage.ts

/**
 * Uncovered changed lines as ranges: neighbours join, and so do two separated
 * only by changed lines that are not instrumented (blank lines, comments, a
 * closing brace), so one untested new block is one range. Unchanged lines
 * never join a range: every line of a range was added or changed.
 */
function uncoveredRanges(uncovered, instrumented, changed) {
    const ranges = [];
    // `changed` is ascending and holds every uncovered line: walk it alongside.
    let at = 0;
    let lastAt = -1;
    for (const line of uncovered) {
        while (changed[at] !== line)
            at += 1;
        const last = ranges[ranges.length - 1];
        // Every line between is changed when as many changed lines lie between as line numbers do.
        if (last && at - lastAt === line - last.end) {
            let joinable = true;
            for (let l = last.end + 1; l < line && joinable; l++)
                if (instrumented.has(l))
                    joinable = false;
            if (joinable) {
                last.end = line;
                lastAt = at;
                continue;
            }
        }
        ranges.push({ start: line, end: line });
        lastAt = at;
    }
    return ranges;
}
/**
 * The changed-lines join: for every line the diff added or changed, whether a
 * coverage report instruments it and whether a test ran it. Lines no report
 * instruments (blank lines, comments, declarations, files that are not code)
 * do not count either way.
 */
function changedLinesCoverage(changed, coverage) {
    const files = [];
    const unmeasured = [];
    let lines = 0;
    let covered = 0;
    for (const [path, added] of changed) {
        const measured = coverage.get(path)?.lines;
        if (!measured) {
            unmeasured.push(path);
            continue;
        }
        let fileLines = 0;
        let fileCovered = 0;
        const missed = [];
        for (const line of added) {
            const hits = measured.get(line);
            if (hits === undefined)
                continue;
            fileLines += 1;
            if (hits > 0)
                fileCovered += 1;
            else
                missed.push(line);
        }
        if (fileLines === 0)
            continue;
        lines += fileLines;
        covered += fileCovered;
        files.push({
            path,
            changed: added.length,
            lines: fileLines,
            covered: fileCovered,
            percent: percentOf(fileCovered, fileLines),
            uncovered: uncoveredRanges(missed, measured, added),
        });
    }
    files.sort((a, b) => (a.percent ?? 100) - (b.percent ?? 100) || b.lines - a.lines || (a.path < b.path ? -1 : 1));
    unmeasured.sort();
    return { lines, covered, percent: percentOf(covered, lines), files, unmeasured };
}

;// CONCATENATED MODULE: ./actions/ci/core/diff/parse-unified-diff.ts

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const ENCODER = new TextEncoder();
const [PLUS, MINUS, SPACE, BACKSLASH] = ['+', '-', ' ', '\\'].map((c) => c.charCodeAt(0));
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/** Git's C-style quoted path ("b/sp\303\251cial name") to the path. */
function unquoteGitPath(text) {
    if (!text.startsWith('"') || !text.endsWith('"'))
        return text;
    const bytes = [];
    const inner = text.slice(1, -1);
    for (let i = 0; i < inner.length; i++) {
        const ch = inner[i];
        if (ch !== '\\') {
            bytes.push(...ENCODER.encode(ch));
            continue;
        }
        const next = inner[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(inner.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
}
/** `b/path` (or a quoted form) of a `+++` line to the path; undefined for /dev/null. */
function newSidePath(spec) {
    const path = unquoteGitPath(spec.replace(/\t.*$/, '').trim());
    if (path === '/dev/null')
        return undefined;
    return path.startsWith('b/') ? path.slice(2) : path;
}
/**
 * The added and changed lines of `git diff --unified=<n>` output (any context
 * size): for every file, the new-side numbers of `+` lines. Hunk line counts
 * are followed, so an added line that itself starts with `++` is not taken for
 * a file header. Deleted files and binary files add nothing.
 */
function parseUnifiedDiff(text, label = 'git diff') {
    const changed = new Map();
    let file;
    let oldLeft = 0;
    let newLeft = 0;
    let next = 0;
    let lineNo = 0;
    // Scanned in place: hunk lines are told by their first character, and only headers are cut out.
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        lineNo += 1;
        if (oldLeft > 0 || newLeft > 0) {
            const mark = text.charCodeAt(start);
            if (mark === PLUS) {
                file?.push(next);
                next += 1;
                newLeft -= 1;
            }
            else if (mark === MINUS)
                oldLeft -= 1;
            else if (mark === SPACE) {
                next += 1;
                oldLeft -= 1;
                newLeft -= 1;
            }
            else if (mark !== BACKSLASH)
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo}: the hunk ends before its line counts say`, {
                    file: label,
                });
        }
        else if (text.startsWith('+++ ', start)) {
            const path = newSidePath(text.slice(start + 4, end));
            file = undefined;
            if (path !== undefined) {
                file = changed.get(path) ?? [];
                changed.set(path, file);
            }
        }
        else if (text.startsWith('@@', start)) {
            const line = text.slice(start, end);
            const m = HUNK.exec(line);
            if (!m)
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo}: "${line.slice(0, 60)}" is not a hunk header`, {
                    file: label,
                });
            oldLeft = m[1] === undefined ? 1 : Number(m[1]);
            next = Number(m[2]);
            newLeft = m[3] === undefined ? 1 : Number(m[3]);
        }
        start = end + 1;
    }
    for (const [path, lines] of changed) {
        if (lines.length === 0)
            changed.delete(path);
        // git writes hunks in order; sort only what is not.
        else if (lines.some((l, i) => i > 0 && l < lines[i - 1]))
            lines.sort((a, b) => a - b);
    }
    return changed;
}

;// CONCATENATED MODULE: ./actions/ci/core/paths/workspace-paths.ts
/** Joins and normalises POSIX path parts; undefined when `..` climbs above the start. */
function normalizeRelative(path) {
    const out = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
        }
        else
            out.push(part);
    }
    return out.join('/');
}
const isAbsolute = (p) => p.startsWith('/') || /^[A-Za-z]:\//.test(p);
/**
 * Maps the paths that reports and stack traces write (absolute, relative to
 * the report, to a source root, Go import paths, file:// URLs, Windows
 * separators) to workspace-relative paths of files that exist. Unknown paths
 * map to undefined; `best` keeps a readable fallback for them.
 */
class PathResolver {
    index;
    byName = new Map();
    modules;
    constructor(index) {
        this.index = index;
        for (const file of index.files) {
            const name = file.slice(file.lastIndexOf('/') + 1);
            const list = this.byName.get(name);
            if (list)
                list.push(file);
            else
                this.byName.set(name, [file]);
        }
        // Longest module path first: nested modules win over their parent.
        this.modules = [...index.goModules].sort((a, b) => b.path.length - a.path.length);
    }
    /** The workspace file `raw` names, trying `bases` (workspace-relative folders) for relative paths. */
    resolve(raw, bases = []) {
        const path = clean(raw);
        if (!path)
            return undefined;
        if (isAbsolute(path)) {
            const inside = this.underRoot(path);
            // Under the root the path is known: a file that is not listed (ignored, generated) is not guessed.
            if (inside !== undefined)
                return this.index.files.has(inside) ? inside : undefined;
            return this.bySuffix(path);
        }
        for (const base of ['', ...bases]) {
            const joined = normalizeRelative(base ? `${base}/${path}` : path);
            if (joined !== undefined && this.index.files.has(joined))
                return joined;
        }
        const fromModule = this.fromGoModule(path);
        if (fromModule !== undefined && this.index.files.has(fromModule))
            return fromModule;
        return this.bySuffix(path);
    }
    /**
     * For files not found: a workspace-relative form when one can be told (absolute
     * under the root, a Go module path), else the path as written.
     */
    best(raw, bases = []) {
        const found = this.resolve(raw, bases);
        if (found !== undefined)
            return found;
        const path = clean(raw);
        if (isAbsolute(path))
            return this.underRoot(path) ?? path;
        return this.fromGoModule(path) ?? normalizeRelative(path) ?? path;
    }
    /** A folder a report names (a Cobertura <source>) as a workspace-relative base, when it is one. */
    baseDir(raw) {
        const path = clean(raw);
        if (isAbsolute(path))
            return this.underRoot(path);
        return normalizeRelative(path);
    }
    /** A Go import path of a file (`example.com/shop/cart/cart.go`) to its workspace path. */
    fromGoModule(path) {
        for (const mod of this.modules) {
            if (path === mod.path || path.startsWith(`${mod.path}/`)) {
                const rest = path.slice(mod.path.length + 1);
                return normalizeRelative(mod.dir ? `${mod.dir}/${rest}` : rest);
            }
        }
        return undefined;
    }
    /** The workspace folder of a Go package import path (`example.com/shop/cart` → `cart`). */
    goPackageDir(importPath) {
        for (const mod of this.modules) {
            if (importPath === mod.path)
                return mod.dir;
            if (importPath.startsWith(`${mod.path}/`))
                return normalizeRelative(`${mod.dir}/${importPath.slice(mod.path.length + 1)}`);
        }
        return undefined;
    }
    underRoot(path) {
        for (const root of [this.index.root, ...(this.index.aliases ?? [])]) {
            const prefix = root.endsWith('/') ? root : `${root}/`;
            if (path.startsWith(prefix))
                return normalizeRelative(path.slice(prefix.length));
            if (path === root)
                return '';
        }
        return undefined;
    }
    /**
     * The one workspace file whose path ends with the longest tail of `path`
     * (CI runners check out in another folder than the one a report was made in,
     * JaCoCo paths lack their source root). Ambiguous tails give undefined.
     */
    bySuffix(path) {
        const parts = path.split('/').filter((p) => p && p !== '.');
        const name = parts[parts.length - 1];
        const candidates = name ? this.byName.get(name) : undefined;
        if (!candidates)
            return undefined;
        let best;
        let bestTail = 0;
        let tie = false;
        for (const candidate of candidates) {
            const tail = matchingTail(candidate, parts);
            if (tail > bestTail) {
                best = candidate;
                bestTail = tail;
                tie = false;
            }
            else if (tail === bestTail)
                tie = true;
        }
        // A bare file name must be unique; a longer path must match at least its folder too.
        return !tie && bestTail >= Math.min(2, parts.length) ? best : undefined;
    }
}
/** How many trailing segments of `parts` `candidate` ends with. */
function matchingTail(candidate, parts) {
    const segments = candidate.split('/');
    let n = 0;
    while (n < parts.length &&
        n < segments.length &&
        segments[segments.length - 1 - n] === parts[parts.length - 1 - n])
        n += 1;
    return n;
}
/** file:// URLs, Windows separators, surrounding quotes and whitespace. */
function clean(raw) {
    let path = raw.trim().replace(/^["']|["']$/g, '');
    if (path.startsWith('file://')) {
        try {
            path = decodeURIComponent(new URL(path).pathname);
        }
        catch {
            path = path.slice('file://'.length);
        }
    }
    path = path.replace(/\\/g, '/');
    // /C:/work/x from a Windows file URL
    if (/^\/[A-Za-z]:\//.test(path))
        path = path.slice(1);
    return path;
}

// EXTERNAL MODULE: ./actions/ci/core/gates.ts
var core_gates = __webpack_require__(8195);
;// CONCATENATED MODULE: ./actions/ci/core/tests/failure-location.ts
/** Frames of libraries and runtimes: never where a test failed. */
const FOREIGN = /(^|\/)(node_modules|site-packages|dist-packages|\.venv|venv|vendor)\/|^node:|^internal\/|<anonymous>|^\/usr\/(local\/)?(lib|go)\//;
const PATTERNS = [
    // Python traceback: File "tests/test_cart.py", line 12, in test_total
    { re: /File "([^"]+)", line (\d+)/g, order: 'innermost' },
    // pytest's short form: tests/test_cart.py:12: AssertionError
    { re: /^([^\s:"'()]+\.py):(\d+):/gm, order: 'innermost' },
    // JS/TS stack: at fn (/abs/src/cart.test.ts:12:5) | at /abs/src/cart.test.ts:12:5 | file:///…
    { re: /\bat (?:.*? \()?((?:file:\/\/)?[^\s()]+?):(\d+):\d+\)?$/gm, order: 'outermost' },
    // Java/Kotlin: at com.acme.CartTest.total(CartTest.java:12)
    {
        re: /\bat ([\w$.]+)\.[\w$<>\- ]+\(([\w$-]+\.(?:java|kt|groovy|scala)):(\d+)\)/g,
        order: 'outermost',
        java: true,
    },
    // Go: cart_test.go:12: want 3, got 4 (relative to the package folder)
    { re: /(?:^|\s)([\w.\-/]+\.go):(\d+):/gm, order: 'outermost' },
];
function failure_location_frames(text) {
    return PATTERNS.map(({ re, order, java }) => {
        const found = [];
        for (const m of text.matchAll(re)) {
            const frame = java
                ? { path: m[2], line: Number(m[3]), javaClass: m[1] }
                : { path: m[1], line: Number(m[2]) };
            if (frame.line > 0 && !FOREIGN.test(frame.path))
                found.push(frame);
        }
        return order === 'innermost' ? found.reverse() : found;
    });
}
/** Where a test file probably lives, from its classname: `tests.test_cart` → tests/test_cart.py. */
function classnameHints(c) {
    const parts = c.classname.split('.').filter(Boolean);
    if (parts.length === 0 || c.classname.includes('/') || c.classname.includes(' '))
        return [];
    const hints = [];
    for (let n = parts.length; n > 0 && hints.length < 4; n--) {
        const stem = parts.slice(0, n).join('/');
        hints.push(`${stem}.py`, `${stem}.java`, `${stem}.kt`);
    }
    return hints;
}
/**
 * Where a failing test failed, as a workspace file and line: the report's own
 * file/line attributes when they name a workspace file, else the stack trace
 * or failure text (Python tracebacks and pytest's `file.py:N:`, JS stack
 * frames, Java `at pkg.Class(File.java:N)`, Go `file_test.go:N:` relative to
 * its package). A frame in the test's own file wins over one in code it calls.
 */
function failureLocation(c, resolver) {
    const reportDir = c.report.includes('/') ? c.report.slice(0, c.report.lastIndexOf('/')) : '';
    const goDir = resolver.goPackageDir(c.classname);
    const bases = [...(goDir !== undefined ? [goDir] : []), reportDir];
    const ownFile = c.file ? resolver.resolve(c.file, bases) : undefined;
    if (ownFile && c.line)
        return { path: ownFile, line: c.line };
    const hinted = new Set(classnameHints(c)
        .map((h) => resolver.resolve(h))
        .filter((p) => !!p));
    if (ownFile)
        hinted.add(ownFile);
    // Colour codes around a path hide it: real ESC sequences, and pytest's `#x1B[31m` (its junitxml
    // writes ESC, which XML cannot hold, so) when the tests ran with colour forced on.
    const text = [c.details, c.message, c.output]
        .filter(Boolean)
        .join('\n')
        // eslint-disable-next-line no-control-regex
        .replace(/(?:\u001b|#x1B)\[[0-9;]*[A-Za-z]/g, '');
    const resolved = [];
    for (const group of failure_location_frames(text)) {
        for (const frame of group) {
            const path = frame.javaClass ? resolveJava(frame, resolver) : resolver.resolve(frame.path, bases);
            if (path)
                resolved.push({ path, line: frame.line });
        }
    }
    const inOwnFile = resolved.find((l) => hinted.has(l.path));
    if (inOwnFile)
        return inOwnFile;
    if (ownFile)
        return { path: ownFile, line: 1 };
    return resolved[0];
}
/** `com.acme.CartTest$Inner` + `CartTest.java` → …/com/acme/CartTest.java in the workspace. */
function resolveJava(frame, resolver) {
    const segments = frame.javaClass.split('.');
    segments.pop(); // the class itself (the method was already cut off by the pattern)
    const pkg = segments.join('/');
    return resolver.resolve(pkg ? `${pkg}/${frame.path}` : frame.path);
}

;// CONCATENATED MODULE: ./actions/ci/core/tests/locate-failures.ts

/** The failed cases with where they failed (when it can be told); the others as they are. */
function locateFailures(cases, resolver) {
    return cases.map((test) => {
        if (test.outcome !== 'failed' && test.outcome !== 'error')
            return { test };
        const location = failureLocation(test, resolver);
        return location ? { test, location } : { test };
    });
}
/** `tests.test_cart › test_total`, or just the name when the classname adds nothing. */
function displayName(test) {
    if (!test.classname || test.name.includes(test.classname))
        return test.name;
    return `${test.classname} › ${test.name}`;
}

;// CONCATENATED MODULE: ./actions/ci/core/tests/summarize-tests.ts
const isFailure = (c) => c.outcome === 'failed' || c.outcome === 'error';
/**
 * Retries that a tool writes as repeated cases (Gradle's test-retry plugin,
 * `go test -count`, merged reports): within one report, cases with the same
 * suite, classname and name where some failed and some passed become one flaky,
 * passed case. Repeats that all passed or all failed stay separate: they may be
 * different tests that share a name.
 */
function collapseReruns(cases) {
    // Nested maps on the strings the cases already hold: no key is built per case (50,000-case reports).
    const index = new Map();
    const groups = [];
    for (const c of cases) {
        let bySuite = index.get(c.report);
        if (!bySuite)
            index.set(c.report, (bySuite = new Map()));
        let byClass = bySuite.get(c.suite);
        if (!byClass)
            bySuite.set(c.suite, (byClass = new Map()));
        let byName = byClass.get(c.classname);
        if (!byName)
            byClass.set(c.classname, (byName = new Map()));
        const group = byName.get(c.name);
        if (group)
            group.push(c);
        else {
            const fresh = [c];
            byName.set(c.name, fresh);
            groups.push(fresh);
        }
    }
    if (groups.length === cases.length)
        return [...cases];
    const out = [];
    for (const group of groups) {
        const passed = group.find((c) => c.outcome === 'passed');
        const failed = group.filter(isFailure);
        if (group.length === 1 || !passed || failed.length === 0) {
            out.push(...group);
            continue;
        }
        const first = failed[0];
        const duration = group.reduce((sum, c) => sum + (c.durationMs ?? 0), 0);
        out.push({
            ...passed,
            flaky: true,
            reruns: group.length - 1 + group.reduce((sum, c) => sum + c.reruns, 0),
            ...(first.message ? { message: first.message } : {}),
            ...(first.type ? { type: first.type } : {}),
            ...(first.details ? { details: first.details } : {}),
            ...(passed.file || !first.file ? {} : { file: first.file }),
            ...(passed.line || !first.line ? {} : { line: first.line }),
            durationMs: duration,
        });
    }
    return out;
}
function summarizeTests(cases) {
    const summary = {
        total: 0,
        passed: 0,
        failed: 0,
        errors: 0,
        skipped: 0,
        flaky: 0,
        durationMs: 0,
    };
    for (const c of cases) {
        summary.total += 1;
        summary.durationMs += c.durationMs ?? 0;
        if (c.outcome === 'passed')
            summary.passed += 1;
        else if (c.outcome === 'skipped')
            summary.skipped += 1;
        else {
            summary.failed += 1;
            if (c.outcome === 'error')
                summary.errors += 1;
        }
        if (c.flaky)
            summary.flaky += 1;
    }
    return summary;
}

;// CONCATENATED MODULE: ./actions/ci/core/report/ci-annotations.ts

const ANNOTATIONS_PER_FILE = 50;
const ANNOTATIONS_TOTAL = 200;
const MESSAGE_LIMIT = 4000;
const cut = (text, limit) => (text.length > limit ? `${text.slice(0, limit)}\n…` : text);
const lineWord = (start, end) => (start === end ? `Line ${start}` : `Lines ${start}–${end}`);
/**
 * Annotations for a check run or codequality report: one at each failing
 * test's file and line, then one per uncovered range of changed lines; at most
 * ANNOTATIONS_PER_FILE per file and ANNOTATIONS_TOTAL in all (failures first),
 * with a note saying how many were left out.
 */
function ciAnnotations(cases, changed) {
    const wanted = [];
    for (const { test, location } of cases) {
        if (!location)
            continue;
        const details = [test.message, test.details && test.details !== test.message ? test.details : undefined]
            .filter(Boolean)
            .join('\n\n');
        wanted.push({
            path: location.path,
            startLine: location.line,
            level: 'failure',
            title: `${test.outcome === 'error' ? 'Test error' : 'Test failed'}: ${displayName(test)}`,
            message: cut(details || 'the test failed without a message', MESSAGE_LIMIT),
            rule: 'test-failure',
        });
    }
    for (const file of changed?.files ?? []) {
        for (const range of file.uncovered) {
            wanted.push({
                path: file.path,
                startLine: range.start,
                ...(range.end !== range.start ? { endLine: range.end } : {}),
                level: 'warning',
                title: 'Changed lines not covered by tests',
                message: `${lineWord(range.start, range.end)} ${range.start === range.end ? 'was' : 'were'} added or changed and no test ran ${range.start === range.end ? 'it' : 'them'}.`,
                rule: 'uncovered-lines',
            });
        }
    }
    const perFile = new Map();
    const annotations = [];
    let droppedPerFile = 0;
    let droppedTotal = 0;
    for (const annotation of wanted) {
        const count = perFile.get(annotation.path) ?? 0;
        if (count >= ANNOTATIONS_PER_FILE)
            droppedPerFile += 1;
        else if (annotations.length >= ANNOTATIONS_TOTAL)
            droppedTotal += 1;
        else {
            perFile.set(annotation.path, count + 1);
            annotations.push(annotation);
        }
    }
    const notes = [];
    if (droppedPerFile + droppedTotal > 0)
        notes.push(`${droppedPerFile + droppedTotal} of ${wanted.length} annotations are not shown (at most ${ANNOTATIONS_PER_FILE} per file and ${ANNOTATIONS_TOTAL} in all); every failure and uncovered range is listed in the report.`);
    return { annotations, notes };
}

;// CONCATENATED MODULE: ./actions/ci/core/report/ci-sections.ts

/** Rows and items listed per section; the rest is counted (every item is in `--json`). */
const SECTION_ROWS = 50;
const DETAIL_LINES = 40;
const DETAIL_CHARS = 4000;
const formatPercent = (p) => (p === null ? 'n/a' : `${p.toFixed(2)}%`);
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
function clip(text) {
    const lines = text.split('\n');
    let out = lines.slice(0, DETAIL_LINES).join('\n');
    if (out.length > DETAIL_CHARS)
        out = out.slice(0, DETAIL_CHARS);
    return out.length < text.length ? `${out}\n… (${text.length - out.length} more characters)` : out;
}
const more = (shown, total, what) => total > shown
    ? [{ kind: 'paragraph', text: `… and ${total - shown} more ${what} (all of them are in --json).` }]
    : [];
const ranges = (list) => list.map(([s, e]) => (s === e ? `${s}` : `${s}–${e}`)).join(', ');
function testsSection(result) {
    const t = result.tests;
    return {
        id: 'tests',
        title: 'Tests',
        conclusion: t.failed > 0 ? 'failure' : 'success',
        blocks: [
            {
                kind: 'table',
                columns: ['Tests', 'Passed', 'Failed', 'Errors', 'Skipped', 'Flaky', 'Time'],
                rows: [[t.total, t.passed, t.failed, t.errors, t.skipped, t.flaky, formatDuration(t.durationMs)]],
            },
            { kind: 'paragraph', text: `From ${result.reports.junit.join(', ') || 'no report'}.` },
        ],
    };
}
function failuresSection(cases) {
    const failed = cases.filter(({ test }) => test.outcome === 'failed' || test.outcome === 'error');
    if (failed.length === 0)
        return undefined;
    const blocks = [];
    for (const { test, location } of failed.slice(0, SECTION_ROWS)) {
        const where = location ? ` (${location.path}:${location.line})` : '';
        const kind = test.outcome === 'error' ? 'error' : 'failed';
        const inner = [];
        if (test.details)
            inner.push({ kind: 'code', text: clip(test.details) });
        if (test.output)
            inner.push({ kind: 'details', summary: 'Output', blocks: [{ kind: 'code', text: clip(test.output) }] });
        if (test.reruns > 0)
            inner.push({ kind: 'paragraph', text: `Failed in all ${test.reruns + 1} runs.` });
        blocks.push({
            kind: 'details',
            summary: `${displayName(test)} ${kind}${where}: ${test.message ?? 'no message'}`,
            blocks: inner.length ? inner : [{ kind: 'paragraph', text: `Report: ${test.report}` }],
        });
    }
    blocks.push(...more(Math.min(failed.length, SECTION_ROWS), failed.length, 'failed tests'));
    return { id: 'failures', title: `Failed tests (${failed.length})`, conclusion: 'failure', blocks };
}
function flakySection(result) {
    if (result.flaky.length === 0)
        return undefined;
    const shown = result.flaky.slice(0, SECTION_ROWS);
    return {
        id: 'flaky',
        title: `Flaky tests (${result.flaky.length})`,
        conclusion: 'neutral',
        blocks: [
            { kind: 'paragraph', text: 'These failed at least once and passed on a rerun.' },
            {
                kind: 'table',
                columns: ['Test', 'Failed runs', 'First failure'],
                rows: shown.map((f) => [displayName(f), f.reruns, f.message ?? '']),
            },
            ...more(shown.length, result.flaky.length, 'flaky tests'),
        ],
    };
}
function coverageSection(result) {
    const c = result.coverage;
    const worst = c.files.slice(0, SECTION_ROWS);
    return {
        id: 'coverage',
        title: `Coverage ${formatPercent(c.percent)}`,
        blocks: [
            {
                kind: 'paragraph',
                text: `${c.covered} of ${c.lines} instrumented lines covered, from ${result.reports.coverage.map((r) => `${r.path} (${r.format})`).join(', ') || 'no report'}.`,
            },
            ...(worst.length
                ? [
                    {
                        kind: 'table',
                        columns: ['File', 'Lines', 'Covered', 'Coverage'],
                        rows: worst.map((f) => [f.path, f.lines, f.covered, formatPercent(f.percent)]),
                    },
                ]
                : []),
            ...more(worst.length, c.files.length, 'files'),
        ],
    };
}
function changedLinesSection(result) {
    const ch = result.changedLines;
    if (ch.baseRef === null)
        return undefined;
    const shown = ch.files.slice(0, SECTION_ROWS);
    const base = `${ch.baseRef}${ch.mergeBase ? ` (merge base ${ch.mergeBase.slice(0, 12)})` : ''}`;
    const blocks = [
        {
            kind: 'paragraph',
            text: ch.lines === 0
                ? `No instrumented line was added or changed since ${base}.`
                : `${ch.covered} of ${ch.lines} instrumented lines added or changed since ${base} are covered.`,
        },
    ];
    if (shown.length)
        blocks.push({
            kind: 'table',
            columns: ['File', 'Changed', 'Instrumented', 'Covered', 'Coverage', 'Not covered'],
            rows: shown.map((f) => [
                f.path,
                f.changed,
                f.lines,
                f.covered,
                formatPercent(f.percent),
                ranges(f.uncovered),
            ]),
        });
    blocks.push(...more(shown.length, ch.files.length, 'files'));
    if (ch.unmeasured.length) {
        const names = ch.unmeasured.slice(0, 20);
        blocks.push({
            kind: 'details',
            summary: `${ch.unmeasured.length} changed file${ch.unmeasured.length === 1 ? '' : 's'} no coverage report measured`,
            blocks: [{ kind: 'list', items: names }, ...more(names.length, ch.unmeasured.length, 'files')],
        });
    }
    return { id: 'changed-lines', title: `Changed lines ${formatPercent(ch.percent)}`, blocks };
}
function gatesSection(result) {
    const shown = (name, v) => v === null ? 'n/a' : name.includes('coverage') ? formatPercent(v) : String(v);
    return {
        id: 'gates',
        title: 'Gates',
        conclusion: result.gates.some((g) => !g.ok) ? 'failure' : 'success',
        blocks: result.gates.length
            ? [
                {
                    kind: 'table',
                    columns: ['Gate', 'Threshold', 'Actual', 'Result'],
                    rows: result.gates.map((g) => [
                        g.name,
                        g.name.startsWith('command:')
                            ? 'exit 0'
                            : g.name === 'fail-on-flaky'
                                ? '0'
                                : shown(g.name, g.threshold),
                        g.name.startsWith('command:') ? `exit ${g.actual}` : shown(g.name, g.actual),
                        g.ok ? 'pass' : `FAIL: ${g.summary}`,
                    ]),
                },
            ]
            : [{ kind: 'paragraph', text: 'No gate is set: the run passes whatever it measured.' }],
    };
}
function commandsSection(commands) {
    if (commands.length === 0)
        return undefined;
    const blocks = [
        {
            kind: 'table',
            columns: ['Command', 'Ran', 'Exit', 'Time', 'Log'],
            rows: commands.map((c) => [
                c.name,
                `${c.shell ? 'sh -c ' : ''}${c.command}`,
                c.timedOut ? 'timed out' : c.exitCode,
                formatDuration(c.durationMs),
                c.log,
            ]),
        },
    ];
    for (const c of commands.filter((c) => c.exitCode !== 0))
        blocks.push({
            kind: 'details',
            summary: `Output of ${c.name} (end)`,
            blocks: [{ kind: 'code', text: c.outputTail || '(no output)' }],
        });
    return {
        id: 'commands',
        title: 'Commands',
        conclusion: commands.some((c) => c.exitCode !== 0) ? 'failure' : 'success',
        blocks,
    };
}

;// CONCATENATED MODULE: ./actions/ci/core/report/build-ci-report.ts






const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function caseOf({ test, location }) {
    const status = test.outcome === 'passed' ? 'passed' : test.outcome === 'skipped' ? 'skipped' : 'failed';
    const message = test.flaky
        ? `flaky: passed after ${plural(test.reruns, 'failed run')}${test.message ? `; first failure: ${test.message}` : ''}`
        : test.message;
    return {
        suite: test.suite || test.classname,
        name: displayName(test),
        status,
        ...(message ? { message } : {}),
        ...(status === 'failed' && test.details ? { details: test.details.slice(0, 8000) } : {}),
        ...(test.durationMs !== undefined ? { durationMs: test.durationMs } : {}),
        ...(location ? { file: location.path, line: location.line } : {}),
    };
}
/** The ci capability's one report: tests, coverage, changed-lines coverage, gates and commands. */
function buildCiReport(input) {
    const cases = input.tests?.cases ?? [];
    const summary = summarizeTests(cases.map((c) => c.test));
    const files = input.coverage?.files ?? [];
    const totals = coverageTotals(files);
    const rows = files
        .map((f) => ({ path: f.path, ...fileTotals(f) }))
        .map((f) => ({ ...f, percent: percentOf(f.covered, f.lines) }))
        .sort((a, b) => (a.percent ?? 101) - (b.percent ?? 101) || b.lines - a.lines || (a.path < b.path ? -1 : 1));
    const changed = input.changed?.coverage;
    const gates = (0,core_gates/* evaluateGates */.u)(input.gates, {
        coverage: input.coverage ? totals : undefined,
        changedLines: changed,
        tests: input.tests ? summary : undefined,
        commands: input.commands,
    });
    const failedGates = gates.filter((g) => !g.ok);
    const verdict = failedGates.length ? 'fail' : 'pass';
    const result = {
        tests: summary,
        coverage: { lines: totals.lines, covered: totals.covered, percent: totals.percent, files: rows },
        changedLines: {
            lines: changed?.lines ?? 0,
            covered: changed?.covered ?? 0,
            percent: changed?.percent ?? null,
            baseRef: input.changed?.baseRef ?? null,
            mergeBase: input.changed?.mergeBase ?? null,
            files: (changed?.files ?? []).map((f) => ({
                path: f.path,
                changed: f.changed,
                lines: f.lines,
                covered: f.covered,
                percent: f.percent,
                uncovered: f.uncovered.map((r) => [r.start, r.end]),
            })),
            unmeasured: changed?.unmeasured ?? [],
        },
        gates: gates.map(({ name, ok, actual, threshold, summary: why }) => ({
            name,
            ok,
            actual,
            threshold,
            summary: why,
        })),
        verdict,
        failures: cases
            .filter(({ test }) => test.outcome === 'failed' || test.outcome === 'error')
            .map(({ test, location }) => ({
            suite: test.suite,
            classname: test.classname,
            name: test.name,
            outcome: test.outcome,
            message: test.message ?? null,
            file: location?.path ?? null,
            line: location?.line ?? null,
            report: test.report,
        })),
        flaky: cases
            .filter(({ test }) => test.flaky)
            .map(({ test }) => ({
            suite: test.suite,
            classname: test.classname,
            name: test.name,
            reruns: test.reruns,
            message: test.message ?? null,
        })),
        reports: { junit: [...(input.tests?.reports ?? [])], coverage: [...(input.coverage?.reports ?? [])] },
        commands: [...input.commands],
    };
    const sections = [];
    const add = (s) => s && sections.push(s);
    if (input.tests) {
        add(testsSection(result));
        add(failuresSection(cases));
        add(flakySection(result));
    }
    if (input.coverage)
        add(coverageSection(result));
    add(changedLinesSection(result));
    add(gatesSection(result));
    add(commandsSection(input.commands));
    const { annotations, notes } = ciAnnotations(cases, changed);
    const metrics = [];
    if (input.tests)
        metrics.push({ label: 'Tests', value: summary.total }, { label: 'Failed', value: summary.failed }, { label: 'Skipped', value: summary.skipped }, { label: 'Flaky', value: summary.flaky });
    if (input.coverage)
        metrics.push({ label: 'Coverage', value: formatPercent(totals.percent) });
    if (input.changed)
        metrics.push({ label: 'Changed lines', value: formatPercent(changed?.percent ?? null) });
    const measured = [
        ...(input.tests ? [`${plural(summary.total, 'test')}, ${summary.failed} failed`] : []),
        ...(input.coverage ? [`coverage ${formatPercent(totals.percent)}`] : []),
        ...(input.changed ? [`changed lines ${formatPercent(changed?.percent ?? null)}`] : []),
        ...(input.commands.length ? [plural(input.commands.length, 'command')] : []),
    ].join(', ');
    const headline = failedGates.length
        ? `${failedGates.length} of ${plural(gates.length, 'gate')} failed: ${failedGates.map((g) => `${g.name} (${g.summary})`).join('; ')}.`
        : gates.length
            ? `All ${plural(gates.length, 'gate')} passed: ${measured}.`
            : `${measured || 'nothing measured'}; no gate is set.`;
    return {
        capability: 'ci',
        title: `ci: ${input.subject}`,
        subject: input.subject,
        conclusion: failedGates.length ? 'failure' : 'success',
        headline,
        summary: metrics,
        sections,
        annotations,
        cases: [
            ...cases.map(caseOf),
            ...gates.map((g) => ({
                suite: 'gates',
                name: g.name,
                status: g.ok ? 'passed' : 'failed',
                message: g.summary,
            })),
        ],
        files: [],
        outputs: {
            tests: String(summary.total),
            failures: String(summary.failed),
            skipped: String(summary.skipped),
            flaky: String(summary.flaky),
            coverage: input.coverage && totals.percent !== null ? totals.percent.toFixed(2) : '',
            'changed-lines-coverage': changed && changed.percent !== null ? changed.percent.toFixed(2) : '',
            verdict,
        },
        notes: [...input.notes, ...notes],
        result,
    };
}

// EXTERNAL MODULE: ./actions/platform/fs/find-files.ts
var find_files = __webpack_require__(3133);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./actions/platform/fs/read-bounded.ts



const CHUNK = 4 * 1024 * 1024;
const mib = (bytes) => `${(bytes / (1024 * 1024)).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;
/**
 * Reads a UTF-8 text file of at most `limit` bytes. The size is checked before
 * reading and again while reading (a file that grows is cut off, not read
 * without bound); a larger file is E_INPUT_TOO_LARGE naming `label`. Only
 * regular files are read: a FIFO or device put where a report was expected is
 * refused instead of blocking the run.
 */
async function readBoundedText(path, limit, options = {}) {
    const label = options.label ?? path;
    const handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new errors/* MmfError */.H0('E_INPUT_INVALID', 'is not a regular file', { file: label });
        const size = info.size;
        const tooLarge = (bytes) => new errors/* MmfError */.H0('E_INPUT_TOO_LARGE', `${bytes} is over the limit of ${mib(limit)}`, {
            file: label,
            ...(options.hint ? { hint: options.hint } : {}),
        });
        if (size > limit)
            throw tooLarge(`the file is ${mib(size)}, which`);
        const chunks = [];
        let read = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - read));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, read);
            if (bytesRead === 0)
                break;
            chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
            read += bytesRead;
            if (read > limit)
                throw tooLarge('the file grew while it was read and');
        }
        return Buffer.concat(chunks, read).toString('utf8');
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./actions/ci/core/xml/read-xml.ts


/** Character data kept per element (a stack trace or captured output); the rest is cut with a marker. */
const MAX_ELEMENT_TEXT = 64 * 1024;
/**
 * Streams an XML document through `visitor` with saxes, a strict (well-formedness
 * checking) parser that never loads a DTD and knows only XML's five predefined
 * entities. A DOCTYPE that carries an internal subset (`[ … ]`, where entity
 * declarations live: external entities, expansion bombs) is refused before any
 * element is read; a DOCTYPE naming only an external DTD (as JaCoCo and old
 * Cobertura write) is ignored and that DTD is never read.
 */
function readXml(text, file, visitor) {
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    const collecting = [];
    let depth = 0;
    let failure;
    const fail = (error) => {
        failure ??= error;
        throw error;
    };
    const addText = (chunk) => {
        const target = collecting[collecting.length - 1];
        if (!target || target.size >= MAX_ELEMENT_TEXT)
            return;
        const room = MAX_ELEMENT_TEXT - target.size;
        target.parts.push(chunk.length > room ? `${chunk.slice(0, room)}\n… (cut at ${MAX_ELEMENT_TEXT} characters)` : chunk);
        target.size += chunk.length;
    };
    parser.on('doctype', (doctype) => {
        if (doctype.includes('['))
            fail(new errors/* MmfError */.H0('E_REPORT_XML_DOCTYPE', `line ${parser.line}: the document declares a DOCTYPE with an internal subset (entity declarations); reports with DTD entities are refused so that no external entity is read and no entity expansion runs`, {
                file,
                hint: 'write the report without a DOCTYPE (test runners and coverage tools do not need one); if a tool really wrote this, report it',
            }));
    });
    parser.on('opentag', (tag) => {
        // saxes's tag (without namespaces) is already { name, attributes: Record<string, string> }.
        const wants = visitor.open(tag, depth);
        depth += 1;
        collecting.push(wants ? { parts: [], size: 0 } : undefined);
    });
    parser.on('text', addText);
    parser.on('cdata', addText);
    parser.on('closetag', (tag) => {
        depth -= 1;
        const collected = collecting.pop();
        visitor.close(tag.name, collected?.parts.join(''));
    });
    parser.on('error', (err) => {
        fail(new errors/* MmfError */.H0('E_REPORT_PARSE', `not well-formed XML: ${err.message.replace(/\.$/, '')}`, {
            file,
            hint: 'the tool that wrote it may have stopped half-way (a crashed or killed test run); run it again',
        }));
    });
    try {
        parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
    }
    catch (err) {
        if (failure)
            throw failure;
        if (err instanceof errors/* MmfError */.H0)
            throw err;
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', `could not be read as XML: ${err.message}`, {
            file,
            cause: err,
        });
    }
    if (depth !== 0)
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'the XML document ends early', { file });
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/parse-cobertura.ts



/**
 * Cobertura XML (coverage.py `coverage xml`, gocover-cobertura, Cobertura,
 * many others): <sources><source> folders, then
 * packages/package/classes/class[@filename]/lines/line[@number,@hits]. The
 * lines under <methods> repeat the class's lines and are not read again.
 */
function parseCobertura(text, report) {
    const files = new Map();
    const sourceRoots = [];
    let current;
    let inMethods = 0;
    readXml(text, report, {
        open({ name, attributes }, depth) {
            if (depth === 0 && name !== 'coverage')
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `not Cobertura XML: the root element is <${name}>`, {
                    file: report,
                });
            if (name === 'source')
                return true;
            if (name === 'methods')
                inMethods += 1;
            else if (name === 'class') {
                const path = attributes['filename'] ?? '';
                let file = files.get(path);
                if (!file) {
                    file = { path, lines: new Map() };
                    files.set(path, file);
                }
                current = file.lines;
            }
            else if (name === 'line' && current && inMethods === 0) {
                const line = Number(attributes['number']);
                const hits = Number(attributes['hits'] ?? '0');
                if (Number.isInteger(line) && line > 0)
                    addLine(current, line, Number.isFinite(hits) ? Math.max(0, hits) : 0);
            }
            return false;
        },
        close(name, text) {
            if (name === 'source' && text?.trim())
                sourceRoots.push(text.trim());
            else if (name === 'methods')
                inMethods -= 1;
            else if (name === 'class')
                current = undefined;
        },
    });
    files.delete('');
    return { format: 'cobertura', report, files: [...files.values()], sourceRoots };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/parse-go-cover.ts


const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
const MODES = new Set(['set', 'count', 'atomic']);
/**
 * A Go cover profile (`go test -coverprofile`, any of `-covermode=set|count|atomic`):
 * `mode: <m>`, then `<import path>/<file>.go:<l1>.<c1>,<l2>.<c2> <statements> <count>`
 * blocks. Every line a block spans is instrumented; a line is covered when
 * any block on it ran (as Istanbul counts a line by its best statement).
 * Profiles concatenated from several runs (several `mode:` lines) are merged.
 */
function parseGoCover(text, report) {
    const files = new Map();
    let sawMode = false;
    let lineNo = 0;
    for (const raw of text.split('\n')) {
        lineNo += 1;
        const line = raw.trim();
        if (!line)
            continue;
        if (line.startsWith('mode:')) {
            const mode = line.slice(5).trim();
            if (!MODES.has(mode))
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo}: unknown cover mode "${mode}"`, {
                    file: report,
                });
            sawMode = true;
            continue;
        }
        if (!sawMode)
            throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'a Go cover profile starts with a "mode:" line', {
                file: report,
                hint: 'write it with `go test -coverprofile=cover.out ./...`',
            });
        const m = BLOCK.exec(line);
        if (!m)
            throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo}: "${line.slice(0, 80)}" is not a cover profile block`, {
                file: report,
            });
        const [, path, l1, , l2, , statements, count] = m;
        if (Number(statements) === 0)
            continue;
        let file = files.get(path);
        if (!file) {
            file = { path: path, lines: new Map() };
            files.set(path, file);
        }
        const hits = Number(count);
        for (let l = Number(l1); l <= Number(l2); l++)
            addLine(file.lines, l, hits);
    }
    if (!sawMode)
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'the Go cover profile is empty', { file: report });
    return { format: 'go', report, files: [...files.values()], sourceRoots: [] };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/parse-istanbul.ts


const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** `coverage-final.json` has statement maps; `coverage-summary.json` (json-summary) has a `total` entry. */
function isIstanbulSummary(json) {
    const total = json['total'];
    return isObject(total) && isObject(total['lines']);
}
/**
 * Istanbul's `coverage-final.json` (jest, nyc, c8, vitest): per file a
 * statement map and hit counts. A line's hits are those of its best statement
 * that starts on it, as istanbul-lib-coverage's line coverage counts them.
 */
function parseIstanbulFinal(json, report) {
    const files = [];
    for (const [key, value] of Object.entries(json)) {
        if (!isObject(value))
            continue;
        const data = (isObject(value['data']) ? value['data'] : value);
        if (!isObject(data.statementMap) || !isObject(data.s))
            throw new errors/* MmfError */.H0('E_REPORT_PARSE', `entry "${key}" has no statementMap/s: not Istanbul coverage-final.json`, {
                file: report,
            });
        const lines = new Map();
        for (const [id, location] of Object.entries(data.statementMap)) {
            const line = location?.start?.line;
            const hits = data.s[id];
            if (typeof line === 'number' && line > 0 && typeof hits === 'number')
                addLine(lines, line, Math.max(0, hits));
        }
        files.push({ path: typeof data.path === 'string' ? data.path : key, lines });
    }
    return { format: 'istanbul', report, files, sourceRoots: [] };
}
/**
 * Istanbul's json-summary (`coverage-summary.json`): per file only totals, so
 * it counts towards overall and per-file coverage but cannot tell which
 * changed lines ran.
 */
function parseIstanbulSummary(json, report) {
    const files = [];
    for (const [key, value] of Object.entries(json)) {
        if (key === 'total' || !isObject(value))
            continue;
        const lines = value.lines;
        const total = Number(lines?.total);
        const covered = Number(lines?.covered);
        if (!Number.isFinite(total) || !Number.isFinite(covered) || covered > total || covered < 0)
            throw new errors/* MmfError */.H0('E_REPORT_PARSE', `entry "${key}" has no valid lines.total/lines.covered`, {
                file: report,
            });
        files.push({ path: key, totals: { lines: total, covered } });
    }
    return { format: 'istanbul-summary', report, files, sourceRoots: [] };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/parse-jacoco.ts



/**
 * JaCoCo XML (report.dtd): report › group* › package[@name] ›
 * sourcefile[@name] › line[@nr, @mi, @ci]. A line is instrumented when it has
 * instructions (mi + ci > 0) and covered when any ran (ci > 0). The path is
 * `<package>/<sourcefile>` (package names use `/`), relative to a source root
 * such as src/main/java that the report does not name; it is found in the
 * workspace by suffix.
 */
function parseJacoco(text, report) {
    const files = new Map();
    let pkg = '';
    let current;
    readXml(text, report, {
        open({ name, attributes }, depth) {
            if (depth === 0 && name !== 'report')
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `not JaCoCo XML: the root element is <${name}>`, {
                    file: report,
                });
            if (name === 'package') {
                // JaCoCo writes com/acme/shop; a dotted name (other writers) means the same folders.
                const raw = attributes['name'] ?? '';
                pkg = raw.includes('/') ? raw : raw.replace(/\./g, '/');
            }
            if (name === 'sourcefile') {
                const file = attributes['name'] ?? '';
                const path = pkg ? `${pkg}/${file}` : file;
                let entry = files.get(path);
                if (!entry) {
                    entry = { path, lines: new Map() };
                    files.set(path, entry);
                }
                current = entry.lines;
            }
            else if (name === 'line' && current) {
                const line = Number(attributes['nr']);
                const missed = Number(attributes['mi'] ?? '0');
                const covered = Number(attributes['ci'] ?? '0');
                if (Number.isInteger(line) && line > 0 && missed + covered > 0)
                    addLine(current, line, covered);
            }
            return false;
        },
        close(name) {
            if (name === 'sourcefile')
                current = undefined;
            else if (name === 'package')
                pkg = '';
        },
    });
    return { format: 'jacoco', report, files: [...files.values()], sourceRoots: [] };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/parse-lcov.ts


/** Reads a non-negative integer at text[from, to) without allocating; -1 when it is not one. */
function intAt(text, from, to) {
    if (from >= to)
        return -1;
    let n = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9)
            return -1;
        n = n * 10 + c;
    }
    return n;
}
/**
 * LCOV tracefiles (geninfo, Istanbul/jest, c8, coverage.py `coverage lcov`,
 * cargo-llvm-cov, …): `SF:` starts a file, `DA:<line>,<hits>[,<checksum>]`
 * gives a line, `end_of_record` ends it. Other records (functions, branches,
 * LF/LH totals) are not needed for line coverage and are skipped. The same SF
 * in several records is merged.
 */
function parseLcov(text, report) {
    const files = new Map();
    let current;
    let lineNo = 0;
    let start = 0;
    const length = text.length;
    while (start < length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = length;
        lineNo += 1;
        let stop = end;
        if (stop > start && text.charCodeAt(stop - 1) === 13)
            stop -= 1; // CRLF
        // DA:<line>,<hits>: by far the most common record, parsed in place.
        if (text.startsWith('DA:', start)) {
            if (!current)
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo}: DA record before any SF: record`, {
                    file: report,
                });
            const comma = text.indexOf(',', start + 3);
            const valid = comma > 0 && comma < stop;
            const line = valid ? intAt(text, start + 3, comma) : -1;
            let hitsEnd = valid ? text.indexOf(',', comma + 1) : -1;
            if (hitsEnd < 0 || hitsEnd > stop)
                hitsEnd = stop;
            // Some tools write negative or huge counts; anything but digits means "ran" only if it is not 0.
            let hits = valid ? intAt(text, comma + 1, hitsEnd) : -1;
            if (hits < 0 && valid) {
                const n = Number(text.slice(comma + 1, hitsEnd));
                hits = Number.isFinite(n) ? Math.max(0, n) : -1;
            }
            if (line < 0 || hits < 0)
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo}: "${text.slice(start, Math.min(stop, start + 80))}" is not DA:<line>,<hits>`, { file: report });
            // coverage.py writes DA:0 for a module with no statements (an empty __init__.py): no line.
            if (line > 0)
                addLine(current, line, hits);
        }
        else if (text.startsWith('SF:', start)) {
            const path = text.slice(start + 3, stop).trim();
            let file = files.get(path);
            if (!file) {
                file = { path, lines: new Map() };
                files.set(path, file);
            }
            current = file.lines;
        }
        else if (text.startsWith('end_of_record', start)) {
            current = undefined;
        }
        start = end + 1;
    }
    if (files.size === 0)
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'no SF: records: this is not an LCOV tracefile', { file: report });
    return { format: 'lcov', report, files: [...files.values()], sourceRoots: [] };
}

;// CONCATENATED MODULE: ./actions/ci/core/coverage/parse-coverage.ts






const FORMATS = 'LCOV, Cobertura XML, JaCoCo XML, a Go cover profile, Istanbul coverage-final.json or coverage-summary.json';
/** The first element's name, past the XML declaration, comments and a DOCTYPE. */
function rootElement(text) {
    return /<([A-Za-z_][\w.:-]*)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, ''))?.[1];
}
/** Reads any supported coverage report, telling the format from the content (not the file name). */
function parseCoverage(text, report) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const head = body.trimStart();
    if (head.startsWith('<')) {
        const root = rootElement(head.slice(0, 64 * 1024));
        if (root === 'coverage')
            return parseCobertura(body, report);
        if (root === 'report')
            return parseJacoco(body, report);
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', `XML with root element <${root ?? '?'}> is not a coverage format this reads (${FORMATS})`, {
            file: report,
        });
    }
    if (head.startsWith('{')) {
        let json;
        try {
            json = JSON.parse(body);
        }
        catch (err) {
            throw new errors/* MmfError */.H0('E_REPORT_PARSE', `not valid JSON: ${err.message}`, { file: report });
        }
        const object = json;
        return isIstanbulSummary(object)
            ? parseIstanbulSummary(object, report)
            : parseIstanbulFinal(object, report);
    }
    if (head.startsWith('mode:'))
        return parseGoCover(body, report);
    if (/^(TN|SF):/m.test(head.slice(0, 64 * 1024)))
        return parseLcov(body, report);
    throw new errors/* MmfError */.H0('E_REPORT_PARSE', `not a coverage report this reads (${FORMATS})`, {
        file: report,
        hint: 'pass test reports with --junit and coverage reports with --coverage',
    });
}

;// CONCATENATED MODULE: ./actions/ci/core/tests/parse-go-test-json.ts

const MAX_OUTPUT = 64 * 1024;
/** Lines go test writes about a test rather than from it. */
const FRAMING = /^\s*(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP)|PASS$|FAIL$|ok\s|FAIL\s)/;
/**
 * The stream `go test -json ./...` writes: one case per test and subtest that
 * finished (`pass`, `fail`, `skip`), with its output; a package that failed
 * without a failing test (a build error, a panic in TestMain, a timeout)
 * becomes one failed case named after the package. Lines that are not JSON
 * (stderr mixed in with 2>&1) are skipped.
 */
function parseGoTestJson(text, report) {
    const running = new Map();
    const order = [];
    const packagesWithFailures = new Set();
    let lineNo = 0;
    let events = 0;
    for (const raw of text.split('\n')) {
        lineNo += 1;
        const line = raw.trim();
        if (!line.startsWith('{'))
            continue;
        let event;
        try {
            event = JSON.parse(line);
        }
        catch (err) {
            throw new errors/* MmfError */.H0('E_REPORT_PARSE', `line ${lineNo} is not a go test -json event: ${err.message}`, {
                file: report,
                hint: 'write the file with `go test -json ./... > report.json` (stdout only)',
            });
        }
        if (typeof event !== 'object' || event === null || typeof event.Action !== 'string')
            continue;
        events += 1;
        const pkg = event.Package ?? '';
        const key = `${pkg}\u0000${event.Test ?? ''}`;
        let entry = running.get(key);
        if (!entry) {
            entry = { pkg, ...(event.Test ? { test: event.Test } : {}), output: [], size: 0 };
            running.set(key, entry);
            order.push(entry);
        }
        if (event.Action === 'output' && event.Output !== undefined) {
            if (entry.size < MAX_OUTPUT && !FRAMING.test(event.Output)) {
                entry.output.push(event.Output);
                entry.size += event.Output.length;
            }
        }
        else if (event.Action === 'pass' || event.Action === 'fail' || event.Action === 'skip') {
            entry.outcome = event.Action === 'pass' ? 'passed' : event.Action === 'fail' ? 'failed' : 'skipped';
            if (typeof event.Elapsed === 'number')
                entry.elapsed = event.Elapsed;
            if (event.Test && event.Action === 'fail')
                packagesWithFailures.add(pkg);
        }
    }
    if (events === 0)
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'no go test -json events in the file', {
            file: report,
            hint: 'pass JUnit XML, or the output of `go test -json ./...`',
        });
    const cases = [];
    for (const entry of order) {
        if (!entry.outcome)
            continue;
        const output = entry.output.join('').replace(/\s+$/, '');
        if (!entry.test) {
            // The package line: only a failure that no test explains is a case of its own.
            if (entry.outcome !== 'failed' || packagesWithFailures.has(entry.pkg))
                continue;
        }
        const message = entry.outcome === 'failed'
            ? (output
                .split('\n')
                .map((l) => l.trim())
                .find(Boolean) ?? (entry.test ? 'test failed' : 'package failed'))
            : entry.outcome === 'skipped'
                ? output
                    .split('\n')
                    .map((l) => l.trim())
                    .find(Boolean)
                : undefined;
        cases.push({
            suite: entry.pkg,
            classname: entry.pkg,
            name: entry.test ?? '(package)',
            outcome: entry.outcome,
            flaky: false,
            reruns: 0,
            ...(message ? { message } : {}),
            ...(entry.outcome === 'failed' && output ? { details: output } : {}),
            ...(entry.elapsed !== undefined ? { durationMs: Math.round(entry.elapsed * 1000) } : {}),
            report,
        });
    }
    return cases;
}

;// CONCATENATED MODULE: ./actions/ci/core/tests/parse-junit.ts


/** How a failure of one run is written: JUnit's <failure>/<error>, Surefire's rerun and flaky elements. */
const FAILURES = new Set(['failure', 'error']);
const RERUNS = new Set(['rerunFailure', 'rerunError']);
const FLAKES = new Set(['flakyFailure', 'flakyError']);
const OUTPUT = new Set(['system-out', 'system-err']);
/** Seconds as JUnit writes them (`1.5`, `1,234.5`) to milliseconds. */
function durationMs(time) {
    if (time === undefined || time.trim() === '')
        return undefined;
    const seconds = Number(time.includes(',') ? time.replace(/,/g, '') : time);
    return Number.isFinite(seconds) && seconds >= 0 ? Math.round(seconds * 1000) : undefined;
}
function positiveInt(text) {
    const n = text === undefined ? NaN : Number(text);
    return Number.isInteger(n) && n > 0 ? n : undefined;
}
const parse_junit_firstLine = (text) => text
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean);
/**
 * JUnit XML as pytest, jest-junit, go-junit-report, Maven Surefire/Failsafe,
 * Gradle and other xUnit-style tools write it: <testsuites> or a single
 * <testsuite> root, suites nested in suites, <failure> vs <error>, <skipped>,
 * system-out/err, file/line attributes, and Surefire's reruns: a case with
 * <flakyFailure>/<flakyError> (or a <rerunFailure>/<rerunError> but no final
 * <failure>) passed on a rerun and is flaky; one with <failure> and reruns
 * failed every run.
 */
function parseJunit(text, report) {
    const cases = [];
    const suites = [];
    let current;
    let sawRoot = false;
    const open = (tag, depth) => {
        const { name, attributes } = tag;
        if (depth === 0) {
            sawRoot = true;
            if (name !== 'testsuites' && name !== 'testsuite')
                throw new errors/* MmfError */.H0('E_REPORT_PARSE', `not a JUnit XML report: the root element is <${name}>, not <testsuites> or <testsuite>`, { file: report, hint: 'pass coverage files with --coverage and test reports with --junit' });
        }
        if (name === 'testsuite') {
            const parent = suites[suites.length - 1];
            suites.push({
                name: attributes['name'] || parent?.name || '',
                ...(attributes['file'] ? { file: attributes['file'] } : parent?.file ? { file: parent.file } : {}),
            });
            return false;
        }
        if (name === 'testcase') {
            const suite = suites[suites.length - 1];
            current = {
                suite: suite?.name ?? '',
                ...(suite?.file ? { suiteFile: suite.file } : {}),
                attributes,
                details: [],
                runDetails: [],
                output: [],
                reruns: 0,
                flakes: 0,
            };
            return false;
        }
        if (!current)
            return false;
        if (current.inRun)
            return name === 'stackTrace';
        if (FAILURES.has(name)) {
            current.outcome ??= name === 'failure' ? 'failed' : 'error';
            current.message ??= attributes['message']?.trim() || undefined;
            current.type ??= attributes['type']?.trim() || undefined;
            return true;
        }
        if (name === 'skipped') {
            if (!current.outcome) {
                current.outcome = 'skipped';
                current.message ??= attributes['message']?.trim() || undefined;
            }
            return true;
        }
        if (RERUNS.has(name) || FLAKES.has(name)) {
            current.inRun = name;
            if (RERUNS.has(name))
                current.reruns += 1;
            else
                current.flakes += 1;
            current.message ??= attributes['message']?.trim() || undefined;
            current.type ??= attributes['type']?.trim() || undefined;
            return true;
        }
        return OUTPUT.has(name);
    };
    const close = (name, text) => {
        if (name === 'testsuite') {
            suites.pop();
            return;
        }
        if (!current)
            return;
        if (name === 'testcase') {
            cases.push(finish(current, report));
            current = undefined;
            return;
        }
        const body = text?.trim();
        if (current.inRun) {
            if (name === current.inRun)
                current.inRun = undefined;
            if ((name === 'stackTrace' || RERUNS.has(name) || FLAKES.has(name)) && body)
                current.runDetails.push(body);
            return;
        }
        if (FAILURES.has(name) || name === 'skipped') {
            if (body) {
                if (name !== 'skipped')
                    current.details.push(body);
                else
                    current.message ??= parse_junit_firstLine(body);
            }
        }
        else if (OUTPUT.has(name) && body)
            current.output.push(body);
    };
    readXml(text, report, { open, close });
    if (!sawRoot)
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'the file holds no XML element', { file: report });
    return cases;
}
function finish(open, report) {
    const a = open.attributes;
    const failedAtLeastOnce = open.flakes > 0 || open.reruns > 0;
    // A rerun failure with no final <failure>/<error> means a later run passed.
    const outcome = open.outcome === 'failed' || open.outcome === 'error' || open.outcome === 'skipped'
        ? open.outcome
        : 'passed';
    const flaky = outcome === 'passed' && failedAtLeastOnce;
    // A flaky case has only its failed runs' traces; a failed one its final failure's (reruns repeat it).
    const details = (open.details.length ? open.details : open.runDetails).join('\n\n');
    const message = open.message ?? (outcome === 'failed' || outcome === 'error' ? parse_junit_firstLine(details) : undefined);
    const file = a['file'] || open.suiteFile;
    const line = positiveInt(a['line']);
    const duration = durationMs(a['time']);
    // Built field by field: optional fields are left out, not set to undefined (50,000 cases, no spreads).
    const result = {
        suite: open.suite,
        classname: a['classname'] ?? a['class'] ?? '',
        name: a['name'] ?? '',
        outcome,
        flaky,
        reruns: open.reruns + open.flakes,
        report,
    };
    if (message)
        result.message = message;
    if (open.type)
        result.type = open.type;
    if (details)
        result.details = details;
    if (open.output.length)
        result.output = open.output.join('\n');
    if (duration !== undefined)
        result.durationMs = duration;
    if (file)
        result.file = file;
    if (line !== undefined)
        result.line = line;
    return result;
}

;// CONCATENATED MODULE: ./actions/ci/core/tests/parse-test-report.ts



/** A test report of any supported kind, told from its content: JUnit XML, or `go test -json` lines. */
function parseTestReport(text, report) {
    const head = text.replace(/^\ufeff/, '').trimStart();
    if (head.startsWith('<'))
        return parseJunit(text, report);
    if (head.startsWith('{'))
        return parseGoTestJson(text, report);
    if (head === '')
        throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'the test report is empty', {
            file: report,
            hint: 'the test runner may have crashed before writing it',
        });
    throw new errors/* MmfError */.H0('E_REPORT_PARSE', 'not a test report this reads (JUnit XML, or `go test -json` output)', {
        file: report,
        hint: 'pass test reports with --junit and coverage reports with --coverage',
    });
}

;// CONCATENATED MODULE: ./actions/ci/read-reports.ts






const SIZE_HINT = 'raise the limit with --max-report-size <MiB> (action input max-report-size), or split the report';
async function readTestReports(patterns, options) {
    const { files, warnings } = await (0,find_files/* findFiles */.l)(patterns, {
        workspace: options.workspace,
        what: 'test report',
        option: '--junit',
        ifNoFilesFound: options.ifNoFilesFound,
    });
    const cases = [];
    for (const file of files) {
        const text = await readBoundedText(file.absolute, options.maxReportBytes, {
            label: file.path,
            hint: SIZE_HINT,
        });
        const parsed = collapseReruns(parseTestReport(text, file.path));
        options.log.info(`Read ${file.path}: ${parsed.length} test case${parsed.length === 1 ? '' : 's'}`);
        cases.push(...parsed);
    }
    return { cases, reports: files.map((f) => f.path), warnings };
}
async function readCoverageReports(patterns, options) {
    const { files, warnings } = await (0,find_files/* findFiles */.l)(patterns, {
        workspace: options.workspace,
        what: 'coverage report',
        option: '--coverage',
        ifNoFilesFound: options.ifNoFilesFound,
    });
    const reports = [];
    for (const file of files) {
        const text = await readBoundedText(file.absolute, options.maxReportBytes, {
            label: file.path,
            hint: SIZE_HINT,
        });
        const report = parseCoverage(text, file.path);
        options.log.info(`Read ${file.path}: ${report.format}, ${report.files.length} source file${report.files.length === 1 ? '' : 's'}`);
        reports.push(report);
    }
    return { reports, warnings };
}
function assertSomethingToRead(junit, coverage, commands) {
    if (junit.length === 0 && coverage.length === 0 && commands === 0)
        throw new errors/* MmfError */.H0('E_USAGE', 'missing --junit <glob> or --coverage <glob>: nothing to report', {
            hint: 'mmf ci report --junit "reports/junit*.xml" --coverage coverage/lcov.info',
        });
}

;// CONCATENATED MODULE: ./actions/platform/fs/list-workspace-files.ts



/** Enough for large monorepos; a walk that reaches it stops there (and says so). */
const MAX_WORKSPACE_FILES = 500_000;
/**
 * The workspace's files, relative to it with POSIX separators: in a git
 * repository the tracked and untracked-but-not-ignored files (`git ls-files`,
 * which is fast and skips build output), elsewhere a walk that skips .git and
 * node_modules. Used to map the paths reports write onto real files.
 */
async function listWorkspaceFiles(given) {
    // Symlinks resolved, so report paths that name the real location still match.
    const workspace = await (0,promises_.realpath)(given);
    const git = await (0,run_command/* runCommand */.d)('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
        cwd: workspace,
    }).catch(() => undefined);
    if (git && git.exitCode === 0) {
        const files = [...new Set(git.stdout.split('\0').filter(Boolean))];
        const truncated = files.length > MAX_WORKSPACE_FILES;
        return { root: workspace, files: truncated ? files.slice(0, MAX_WORKSPACE_FILES) : files, truncated };
    }
    const files = [];
    const walk = async (dir, rel) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (files.length >= MAX_WORKSPACE_FILES)
                return;
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (entry.name !== '.git' && entry.name !== 'node_modules')
                    await walk((0,external_node_path_.join)(dir, entry.name), childRel);
            }
            else if (entry.isFile() || entry.isSymbolicLink())
                files.push(childRel);
        }
    };
    await walk(workspace, '');
    return { root: workspace, files, truncated: files.length >= MAX_WORKSPACE_FILES };
}

;// CONCATENATED MODULE: ./actions/ci/core/paths/go-modules.ts
/** The `module` directive of a go.mod file (quoted or bare, comments allowed), or undefined. */
function goModulePath(goMod) {
    for (const raw of goMod.split('\n')) {
        const line = raw.replace(/\/\/.*$/, '').trim();
        const m = /^module\s+(?:"([^"]+)"|(\S+))\s*$/.exec(line);
        if (m)
            return m[1] ?? m[2];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/ci/workspace-index.ts




const toPosix = (p) => p.split(external_node_path_.sep).join('/');
/** The workspace's files and Go modules, for mapping report paths (see PathResolver). */
async function indexWorkspace(workspace) {
    const given = (0,external_node_path_.resolve)(workspace);
    const { root, files, truncated } = await listWorkspaceFiles(given);
    const goModules = [];
    for (const file of files) {
        if (file !== 'go.mod' && !file.endsWith('/go.mod'))
            continue;
        const text = await readBoundedText((0,external_node_path_.join)(root, file), 1024 * 1024).catch(() => undefined);
        const path = text === undefined ? undefined : goModulePath(text);
        if (path)
            goModules.push({ path, dir: file === 'go.mod' ? '' : file.slice(0, -'/go.mod'.length) });
    }
    const notes = truncated
        ? [
            `the workspace has more than ${files.length} files; report paths were matched against the first ${files.length}`,
        ]
        : [];
    return {
        index: {
            root: toPosix(root),
            ...(given !== root ? { aliases: [toPosix(given)] } : {}),
            files: new Set(files),
            goModules,
        },
        notes,
    };
}

// EXTERNAL MODULE: ./actions/platform/fs/scratch-folder.ts
var scratch_folder = __webpack_require__(3417);
;// CONCATENATED MODULE: ./actions/ci/run.ts

















/** Default bytes per report file (--max-report-size 256). */
const DEFAULT_MAX_REPORT_MIB = 256;
/** The workspace as the user knows it: relative to the current folder, or its name when outside. */
function subjectOf(workspace) {
    const rel = (0,external_node_path_.relative)(process.cwd(), workspace);
    return rel === '' ? '.' : rel.startsWith('..') ? (0,external_node_path_.basename)(workspace) : rel;
}
/** Settings that cannot work together are usage errors, before anything runs. */
function checkSettings(options, commands) {
    assertSomethingToRead(options.junit, options.coverage, commands);
    const { gates } = options;
    if (gates.minChangedLinesCoverage !== undefined && !options.baseRef)
        throw new errors/* MmfError */.H0('E_USAGE', '--min-changed-lines-coverage needs --base-ref <ref> to know which lines changed', {
            hint: 'e.g. --base-ref origin/main (in a pull request: its base branch)',
        });
    if ((gates.minCoverage !== undefined || options.baseRef) && options.coverage.length === 0)
        throw new errors/* MmfError */.H0('E_USAGE', `${gates.minCoverage !== undefined ? '--min-coverage' : '--base-ref'} needs coverage reports: give --coverage <glob>`);
    if ((gates.maxFailures !== undefined || gates.failOnFlaky) && options.junit.length === 0)
        throw new errors/* MmfError */.H0('E_USAGE', `${gates.maxFailures !== undefined ? '--max-failures' : '--fail-on-flaky'} needs test reports: give --junit <glob>`);
}
/**
 * The diff changed lines are counted from, computed before any command runs
 * (a clone without the history fails in a second, not after the tests).
 */
async function baseDiff(options, notes) {
    if (!options.baseRef || options.coverage.length === 0)
        return undefined;
    try {
        return await diffAgainstBase((0,external_node_path_.resolve)(options.workspace), options.baseRef);
    }
    catch (err) {
        const needed = options.gates.minChangedLinesCoverage !== undefined;
        if (!options.optionalBase || needed || !(0,errors/* isMmfError */.NJ)(err) || err.code !== 'E_BASE_REF')
            throw err;
        const note = `Changed-lines coverage is not measured: ${err.message} (${err.hint ?? 'fetch the history'}).`;
        (options.log ?? silentLogger).warn(note);
        notes.push(note);
        return undefined;
    }
}
async function report(options, commands, base, notes) {
    const log = options.log ?? silentLogger;
    const workspace = (0,external_node_path_.resolve)(options.workspace);
    const anyCommandFailed = commands.some((c) => c.exitCode !== 0);
    // After a failed command a missing report is expected (the runner crashed); the command's gate fails the run.
    const ifNoFilesFound = anyCommandFailed && options.ifNoFilesFound === 'error' ? 'warn' : options.ifNoFilesFound;
    const read = {
        workspace,
        ifNoFilesFound,
        maxReportBytes: options.maxReportBytes ?? DEFAULT_MAX_REPORT_MIB * 1024 * 1024,
        log,
    };
    const tests = options.junit.length ? await readTestReports(options.junit, read) : undefined;
    const coverage = options.coverage.length ? await readCoverageReports(options.coverage, read) : undefined;
    for (const warning of [...(tests?.warnings ?? []), ...(coverage?.warnings ?? [])]) {
        log.warn(warning);
        notes.push(warning);
    }
    const { index, notes: indexNotes } = await indexWorkspace(workspace);
    notes.push(...indexNotes);
    const resolver = new PathResolver(index);
    const input = {
        subject: options.subject ?? subjectOf(workspace),
        gates: options.gates,
        commands,
        notes,
    };
    if (tests)
        input.tests = { cases: locateFailures(tests.cases, resolver), reports: tests.reports };
    if (coverage) {
        const files = mapCoverage(coverage.reports, resolver);
        const outside = files.filter((f) => !f.inWorkspace);
        if (outside.length)
            notes.push(`${outside.length} of ${files.length} covered files are not files of the workspace (kept as written, e.g. ${outside[0]?.path})`);
        input.coverage = { files, reports: coverage.reports.map((r) => ({ path: r.report, format: r.format })) };
        if (base) {
            log.info(`Changed lines: git diff ${base.mergeBase.slice(0, 12)} (merge base of ${base.baseRef} and HEAD)`);
            const changed = parseUnifiedDiff(base.diff);
            input.changed = {
                baseRef: base.baseRef,
                mergeBase: base.mergeBase,
                coverage: changedLinesCoverage(changed, new Map(files.map((f) => [f.path, f]))),
            };
        }
    }
    const built = buildCiReport(input);
    return {
        report: built,
        exitCode: built.result.verdict === 'pass' ? 0 : 3,
        ...(input.coverage ? { coverage: input.coverage.files } : {}),
    };
}
/** `mmf ci report`: reads test and coverage reports, joins coverage with the changed lines, applies the gates. */
async function runCiReport(options) {
    checkSettings(options, 0);
    const notes = [];
    const base = await baseDiff(options, notes);
    return report(options, [], base, notes);
}
/** `mmf ci run`: runs the named commands one after another (all of them, even after a failure), then reports. */
async function runCi(options) {
    checkSettings(options, options.commands.length);
    // Every line is checked before the first command runs.
    for (const command of options.commands)
        if (!command.shell)
            splitCommandLine(command.command, command.name);
    const notes = [];
    const base = await baseDiff(options, notes);
    const log = options.log ?? silentLogger;
    const workspace = (0,external_node_path_.resolve)(options.workspace);
    const logDir = options.logDir
        ? (0,external_node_path_.resolve)(options.logDir)
        : (await (0,scratch_folder/* createScratchFolder */.D)((0,external_node_os_.tmpdir)(), 'mmf-ci-logs-')).dir;
    const commands = [];
    const hooks = options.hooks ?? {};
    for (const command of options.commands) {
        log.info(`Running ${command.name}: ${command.shell ? 'sh -c ' : ''}${command.command}`);
        hooks.before?.(command);
        const run = await runNamedCommand(command, {
            cwd: workspace,
            logDir,
            ...(options.secrets ? { secrets: options.secrets } : {}),
            ...(options.env ? { parentEnv: options.env } : {}),
            ...(hooks.output ? { onOutput: hooks.output } : {}),
        });
        const summary = {
            name: run.name,
            command: run.command,
            shell: run.shell,
            exitCode: run.exitCode,
            durationMs: run.durationMs,
            log: run.log,
            outputTail: run.outputTail,
        };
        hooks.after?.(summary);
        log.info(`${command.name} exited ${run.exitCode} after ${(run.durationMs / 1000).toFixed(1)} s (log: ${run.log})`);
        commands.push(summary);
    }
    return report(options, commands, base, notes);
}


/***/ }),

/***/ 3133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ IF_NO_FILES_FOUND),
/* harmony export */   l: () => (/* binding */ findFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5067);




const IF_NO_FILES_FOUND = ['error', 'warn', 'ignore'];
const toPosix = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
/** Folders a walk never enters unless the pattern names them. */
const SKIPPED = ['.git', 'node_modules'];
function outside(file, target, workspace) {
    return new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_PATH_OUTSIDE_WORKSPACE', target
        ? `is a symbolic link to ${target}, which is outside the workspace ${workspace}; reports are read only from inside it`
        : `is outside the workspace ${workspace}; reports are read only from inside it`, { file, hint: 'write the reports inside the workspace and give their paths relative to it' });
}
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** A pattern as a workspace-relative glob, refusing any that points outside the workspace. */
function relativePattern(pattern, root, given) {
    let text = pattern.trim().replace(/\\/g, '/');
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(text)) {
        const base = [given, root].find((r) => isInside(r, text.split('*')[0] ?? text));
        if (!base)
            throw outside(pattern, undefined, given);
        text = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, text));
    }
    const parts = text.split('/');
    if (parts.includes('..')) {
        const normalized = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, text)));
        if (normalized.startsWith('..') || picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(normalized).glob.includes('..'))
            throw outside(pattern, undefined, given);
        text = normalized;
    }
    return text.replace(/^\.\//, '');
}
/**
 * Files matching workspace-relative glob patterns (`**`, `*`, `?`, `[…]`,
 * `{a,b}`; dot files included), sorted and without duplicates. A pattern or a
 * symbolic link that leads outside the workspace is E_PATH_OUTSIDE_WORKSPACE.
 * Walks do not enter .git or node_modules (unless the pattern names them) nor
 * follow symlinked folders. A pattern that matches nothing is an error
 * (E_REPORT_NOT_FOUND), a warning, or ignored, as `ifNoFilesFound` says.
 */
async function findFiles(patterns, options) {
    const given = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.workspace);
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(given).catch(() => {
        throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_USAGE', `the workspace folder ${options.workspace} does not exist`);
    });
    const found = new Map();
    const warnings = [];
    for (const pattern of patterns) {
        if (!pattern.trim())
            continue;
        const glob = relativePattern(pattern, root, given);
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(glob);
        const matches = [];
        const accept = async (rel) => {
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel);
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(absolute).catch(() => undefined);
            if (real === undefined)
                return; // a dangling link
            if (!isInside(root, real))
                throw outside(rel, real, given);
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real)).isFile())
                matches.push({ path: rel, absolute: real });
            else if (!scan.isGlob)
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_INPUT_INVALID', `is not a regular file (${options.option} names files)`, {
                    file: rel,
                });
        };
        if (!scan.isGlob) {
            if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, glob)).catch(() => undefined))
                await accept(glob);
        }
        else {
            const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_3___default()(glob, { dot: true });
            const enter = SKIPPED.filter((name) => !glob.split('/').includes(name));
            const base = scan.base;
            const baseAbsolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, base);
            const realBase = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(baseAbsolute).catch(() => undefined);
            if (realBase !== undefined) {
                if (!isInside(root, realBase))
                    throw outside(base, realBase, given);
                await walk(realBase, base, enter, async (rel) => {
                    if (isMatch(rel))
                        await accept(rel);
                });
            }
        }
        if (matches.length === 0) {
            const message = `no ${options.what} matches ${options.option} ${pattern} (in ${given})`;
            if (options.ifNoFilesFound === 'error')
                throw new _kernel_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MmfError */ .H0('E_REPORT_NOT_FOUND', message, {
                    hint: `check that the step that writes it ran, and where it writes; --if-no-files-found warn (or ignore) accepts a missing ${options.what}`,
                });
            if (options.ifNoFilesFound === 'warn')
                warnings.push(message);
        }
        for (const match of matches)
            if (!found.has(match.absolute))
                found.set(match.absolute, match);
    }
    const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, warnings };
}
/** Visits every file and file symlink under `dir` (its workspace-relative path is `rel`). */
async function walk(dir, rel, skip, visit) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
        const childRel = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (!skip.includes(entry.name))
                await walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name), childRel, skip, visit);
        }
        else if (entry.isFile() || entry.isSymbolicLink())
            await visit(childRel);
    }
}


/***/ }),

/***/ 149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ removeTreeSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

const pause = new Int32Array(new SharedArrayBuffer(4));
/**
 * Removes a folder synchronously, for exit and signal handlers. A write that
 * the thread pool was already running when the signal came can land after
 * the removal scanned a folder; each such file makes the removal fail (or
 * recreates the folder), so it is retried until the folder is gone.
 */
function removeTreeSync(path, attempts = 5) {
    for (let attempt = 1;; attempt++) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { recursive: true, force: true, maxRetries: 3, retryDelay: 10 });
        }
        catch (err) {
            if (attempt >= attempts)
                throw err;
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || attempt >= attempts)
            return;
        Atomics.wait(pause, 0, 0, 10 * attempt);
    }
}


/***/ }),

/***/ 3417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ createScratchFolder),
/* harmony export */   d: () => (/* binding */ removeTree)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * A new private folder (0700) under `parent` for a run's intermediate files
 * and reports, kept until `remove()`: front ends upload or copy what is in it
 * first. Folders that must not outlive the process (staging, Secret values)
 * are StagedOutput's and onExit's business instead.
 */
async function createScratchFolder(parent, prefix) {
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(parent, prefix));
    return { dir, remove: () => removeTree(dir) };
}
/** Removes a file or folder tree; nothing there is not an error. */
async function removeTree(path) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { recursive: true, force: true });
}


/***/ }),

/***/ 4350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ privateHome),
/* harmony export */   Qc: () => (/* binding */ childEnvironment)
/* harmony export */ });
/* unused harmony export isPassedToChildren */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _exit_cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2490);
/* harmony import */ var _fs_remove_tree_sync_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(149);





/**
 * The environment every child process gets: helm, kustomize/kubectl, git,
 * tar. Charts and kustomizations from a pull request are untrusted, so a
 * child sees only what it needs to run, never the parent's tokens (INPUT_*,
 * GITHUB_TOKEN, ACTIONS_*, RUNNER_*, CI_JOB_TOKEN, cloud credentials ...):
 * - PATH (and on Windows what programs need to start: SystemRoot, ComSpec ...);
 * - the temporary folder (TMPDIR, TMP, TEMP);
 * - locale and time zone (LANG, LANGUAGE, LC_*, TZ);
 * - proxies (HTTP_PROXY, HTTPS_PROXY, NO_PROXY, ALL_PROXY, any case) and the
 *   TLS roots Go reads (SSL_CERT_FILE, SSL_CERT_DIR), for builds allowed to
 *   fetch remote bases;
 * - HOME, the XDG folders and HELM_CACHE_HOME / HELM_CONFIG_HOME /
 *   HELM_DATA_HOME, all under one private temporary folder per process
 *   (removed at exit), so no user config, plugin, repository credential or
 *   kubeconfig of the machine is read.
 * - the Go runtime's GOGC, GOMEMLIMIT and GOMAXPROCS; where the parent sets
 *   none of them, GO_RUNTIME below.
 * Nothing else passes, including HELM_* and KUBECONFIG: `helm template` and
 * `kustomize build` need no cluster, and the settings mmf relies on are
 * given as arguments.
 */
const PASSED = new Set([
    'PATH',
    'PATHEXT',
    'SYSTEMROOT',
    'SYSTEMDRIVE',
    'WINDIR',
    'COMSPEC',
    'TMPDIR',
    'TMP',
    'TEMP',
    'LANG',
    'LANGUAGE',
    'TZ',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'GOGC',
    'GOMEMLIMIT',
    'GOMAXPROCS',
].map((name) => name.toUpperCase()));
/**
 * helm and kustomize are Go programs that live for a fraction of a second and
 * run several at a time, one per environment. Go's default collector (GOGC=100,
 * every spare core) spends much of such a short life collecting and competing
 * with the other builds for the same cores. Collecting only when the heap has
 * grown fivefold, on one core each, makes a set of concurrent builds about a
 * third faster; GOMEMLIMIT still bounds the heap of a very large chart.
 */
const GO_RUNTIME = { GOGC: '400', GOMEMLIMIT: '1GiB', GOMAXPROCS: '1' };
/** Whether a variable of the parent environment reaches child processes. */
function isPassedToChildren(name) {
    const upper = name.toUpperCase();
    return PASSED.has(upper) || upper.startsWith('LC_');
}
let home;
/** The private home of this process's children, created on first use and removed at exit. */
function privateHome() {
    if (home)
        return home;
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mmf-home-'));
    for (const sub of ['.config', '.cache', (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('.local', 'share'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('.local', 'state')])
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, sub), { recursive: true });
    home = dir;
    (0,_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .onExit */ .cf)(() => {
        (0,_fs_remove_tree_sync_js__WEBPACK_IMPORTED_MODULE_4__/* .removeTreeSync */ .O)(dir);
        if (home === dir)
            home = undefined;
    });
    return dir;
}
/** The minimal environment for a child process, plus `extra` (set by mmf itself, e.g. git's settings). */
function childEnvironment(parent = process.env, extra = {}) {
    const env = {};
    for (const [name, value] of Object.entries(parent))
        if (value !== undefined && isPassedToChildren(name))
            env[name] = value;
    if (!Object.keys(GO_RUNTIME).some((name) => env[name] !== undefined))
        Object.assign(env, GO_RUNTIME);
    const dir = privateHome();
    const config = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.config');
    const cache = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.cache');
    const data = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.local', 'share');
    Object.assign(env, {
        HOME: dir,
        USERPROFILE: dir,
        APPDATA: config,
        LOCALAPPDATA: cache,
        XDG_CONFIG_HOME: config,
        XDG_CACHE_HOME: cache,
        XDG_DATA_HOME: data,
        XDG_STATE_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.local', 'state'),
        HELM_CONFIG_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(config, 'helm'),
        HELM_CACHE_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cache, 'helm'),
        HELM_DATA_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(data, 'helm'),
        ...extra,
    });
    return env;
}


/***/ }),

/***/ 3669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ commandEnvironment),
/* harmony export */   o3: () => (/* binding */ reportSecrets)
/* harmony export */ });
/* unused harmony exports isWithheldFromCommands, secretLookingValues */
/**
 * The environment of the user's own commands (`mmf ci run --command`, the ci
 * action's and component's `commands:`): their build and test commands, which
 * need what the job gives them (DATABASE_URL, JAVA_HOME, a package index
 * token the workflow put in `env:`, the real HOME with its caches), unlike the
 * tools mmf runs on untrusted content (child-env.ts). What the job's own
 * `run:` lines would get, less what the CI system or mmf hold for themselves:
 *
 * - values equal to a secret mmf holds (the action's token, gitlab-token),
 *   under whatever name they were exported;
 * - GitHub: the action's inputs (INPUT_*, the token among them), the
 *   runner's service credentials and endpoints (ACTIONS_*: ACTIONS_RUNTIME_TOKEN,
 *   ACTIONS_ID_TOKEN_REQUEST_TOKEN/URL, ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL …),
 *   and the step's command files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 *   GITHUB_STATE, GITHUB_STEP_SUMMARY), through which a command could set
 *   this step's outputs or the environment of later steps;
 * - GitLab: the job's credentials (CI_JOB_TOKEN, CI_JOB_JWT*, CI_REGISTRY_PASSWORD,
 *   CI_DEPENDENCY_PROXY_PASSWORD, CI_DEPLOY_PASSWORD, CI_REPOSITORY_URL, which
 *   embeds the job token) and MMF_GITLAB_TOKEN.
 */
const WITHHELD_NAMES = new Set([
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
    'CI_JOB_TOKEN',
    'CI_REGISTRY_PASSWORD',
    'CI_DEPENDENCY_PROXY_PASSWORD',
    'CI_DEPLOY_PASSWORD',
    'CI_REPOSITORY_URL',
    'MMF_GITLAB_TOKEN',
]);
const WITHHELD_PREFIXES = ['INPUT_', 'ACTIONS_', 'CI_JOB_JWT'];
/** Whether a variable named so never reaches the user's commands (whatever its value). */
function isWithheldFromCommands(name) {
    const upper = name.toUpperCase();
    return WITHHELD_NAMES.has(upper) || WITHHELD_PREFIXES.some((p) => upper.startsWith(p));
}
/** The environment for the user's commands: `parent` less what isWithheldFromCommands and `secrets` rule out. */
function commandEnvironment(parent = process.env, secrets = []) {
    const hidden = new Set(secrets.filter((s) => s.length > 0));
    const env = {};
    for (const [name, value] of Object.entries(parent))
        if (value !== undefined && !isWithheldFromCommands(name) && !hidden.has(value))
            env[name] = value;
    return env;
}
/** Names whose values are credentials by convention (DB_PASSWORD, NPM_TOKEN, AWS_SECRET_ACCESS_KEY …). */
const SECRET_NAME = [
    /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|PASS|CREDENTIALS?|API_?KEY|ACCESS_?KEY|SECRET_?KEY|PRIVATE_?KEY)$/i,
    /(^|_)(SECRET|PASSWORD)_/i,
];
/** Shorter values are not treated as secrets (they would shred ordinary words in the report). */
const MIN_LENGTH = 6;
/** The password of a URL with credentials: `postgres://user:password@host/db`. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/:@\s]*:([^@\s/]+)@/i;
/**
 * Values of the commands' environment that look secret, for the report's
 * redaction: the runner masks its secrets in the job log, but a failed
 * command's output and a test's failure message also go into comments and
 * summaries, which nothing masks. Variables named like credentials, and the
 * password part of URLs such as DATABASE_URL.
 */
function secretLookingValues(env) {
    const found = new Set();
    for (const [name, value] of Object.entries(env)) {
        if (!value)
            continue;
        if (SECRET_NAME.some((p) => p.test(name)) &&
            value.length >= MIN_LENGTH &&
            !/^(true|false|\d{1,5})$/i.test(value))
            found.add(value);
        const password = URL_PASSWORD.exec(value)?.[1];
        if (password && password.length >= MIN_LENGTH) {
            found.add(password);
            try {
                found.add(decodeURIComponent(password));
            }
            catch {
                // not percent-encoded: the raw form is enough
            }
        }
    }
    return [...found];
}
/**
 * What a report on the user's commands must not show: the secrets mmf holds
 * (empty ones dropped) and the secret-looking values of the environment those
 * commands got.
 */
function reportSecrets(held, parent = process.env) {
    const own = held.filter((s) => Boolean(s));
    return [...own, ...secretLookingValues(commandEnvironment(parent, own))];
}


/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cf: () => (/* binding */ onExit),
/* harmony export */   yH: () => (/* binding */ trackChild)
/* harmony export */ });
/* unused harmony export runExitCleanups */
const cleanups = new Set();
const children = new Set();
let installed = false;
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
/**
 * Runs every registered cleanup now. The process does it at exit by itself;
 * a test runner whose sandbox never sees the real `exit` event calls it.
 */
function runExitCleanups() {
    runCleanups();
}
function runCleanups() {
    for (const cleanup of [...cleanups].reverse()) {
        cleanups.delete(cleanup);
        try {
            cleanup();
        }
        catch {
            // best effort: the next cleanup still runs
        }
    }
}
function install() {
    if (installed)
        return;
    installed = true;
    process.on('exit', runCleanups);
    for (const signal of Object.keys(SIGNAL_EXIT)) {
        process.on(signal, () => {
            for (const child of children)
                child.kill('SIGKILL');
            const pending = cleanups.size;
            runCleanups();
            process.stderr.write(`interrupted by ${signal}: stopped${pending ? '; temporary and staging folders removed, nothing was written' : ''}\n`);
            process.exit(SIGNAL_EXIT[signal]);
        });
    }
}
/** Runs `cleanup` (synchronous) at exit or on SIGINT/SIGTERM; the returned function unregisters it. */
function onExit(cleanup) {
    install();
    cleanups.add(cleanup);
    return () => void cleanups.delete(cleanup);
}
/** A child process that SIGINT/SIGTERM must stop before the process exits. */
function trackChild(child) {
    install();
    children.add(child);
    child.once('close', () => children.delete(child));
    child.once('error', () => children.delete(child));
}


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _child_env_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4350);
/* harmony import */ var _exit_cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2490);




/**
 * Spawns a tool with an argument array (never a shell string) and the minimal
 * child environment, and collects its output. Resolves with the exit code;
 * callers decide what a failure means. SIGINT/SIGTERM of mmf stop the child.
 */
function runCommand(file, args, options = {}) {
    const limit = options.maxOutputBytes ?? 512 * 1024 * 1024;
    let started = performance.now();
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: options.environment
                ? { ...options.environment, ...options.env }
                : (0,_child_env_js__WEBPACK_IMPORTED_MODULE_2__/* .childEnvironment */ .Qc)(process.env, options.env),
            stdio: [options.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        });
        (0,_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .trackChild */ .yH)(child);
        if (options.niceness && child.pid !== undefined)
            lowerPriority(child.pid, options.niceness);
        // A child that waits for its input is timed from when it gets it.
        if (options.input)
            feedInput(child, options.input, () => (started = performance.now()));
        if (options.signal)
            killOnAbort(child, options.signal);
        const out = [];
        const err = [];
        let outBytes = 0;
        let overflow = false;
        child.stdout.on('data', (chunk) => {
            options.onOutput?.(chunk, 'stdout');
            outBytes += chunk.length;
            if (outBytes > limit) {
                overflow = true;
                child.kill('SIGKILL');
                return;
            }
            out.push(chunk);
        });
        child.stderr.on('data', (chunk) => {
            options.onOutput?.(chunk, 'stderr');
            err.push(chunk);
        });
        child.on('error', reject);
        child.on('close', (code, signal) => {
            const stderr = Buffer.concat(err).toString('utf8');
            resolve({
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: overflow ? `${stderr}\noutput exceeded ${limit} bytes` : stderr,
                exitCode: code ?? (signal ? 128 : 1),
                durationMs: performance.now() - started,
            });
        });
    });
}
/**
 * Writes `input` to the child's stdin when it resolves. Until then the child
 * is killed if the input is rejected or mmf exits: a child that saw its stdin
 * close early would go on with empty input.
 */
function feedInput(child, input, fed) {
    const stdin = child.stdin;
    stdin.on('error', () => undefined); // a child that exits without reading it all
    const kill = () => void child.kill('SIGKILL');
    const forget = (0,_exit_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .onExit */ .cf)(kill);
    child.once('close', forget);
    input.then((text) => {
        forget();
        fed();
        stdin.end(text);
    }, () => {
        forget();
        kill();
    });
}
function killOnAbort(child, signal) {
    const kill = () => void child.kill('SIGKILL');
    if (signal.aborted)
        return kill();
    signal.addEventListener('abort', kill, { once: true });
    child.once('close', () => signal.removeEventListener('abort', kill));
}
function lowerPriority(pid, niceness) {
    try {
        (0,node_os__WEBPACK_IMPORTED_MODULE_1__.setPriority)(pid, Math.max((0,node_os__WEBPACK_IMPORTED_MODULE_1__.getPriority)(), niceness)); // never above mmf's own
    }
    catch {
        // not allowed here, or already gone: it runs at the normal priority
    }
}


/***/ })

};
