export const id = 521;
export const ids = [521];
export const modules = {

/***/ 8397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ parseEnvironmentSpecs)
});

// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
;// CONCATENATED MODULE: ./actions/kernel/k8s/names.ts

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
    throw new MmfError('E_NAME_INVALID', `${what} "${JSON.stringify(value).slice(1, -1)}" ${problem}`, {
        hint: `use a DNS-1123 label${suggestion ? ` such as ${suggestion}` : ''}`,
    });
}
/** Environment names that differ only in case would share one overlays/ folder on macOS and Windows. */
function environmentCaseClash(first, second) {
    return new errors/* MmfError */.H0('E_ENV_NAME', `environment names "${first}" and "${second}" differ only in case: on macOS and Windows they would be one overlays/ folder`, { hint: 'give every environment a name that differs in more than case, e.g. prod and prod-eu' });
}

;// CONCATENATED MODULE: ./actions/helm-migrate/core/environments.ts


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
            throw new errors/* MmfError */.H0('E_ENV_NAME', `environment name "${env.name}" looks like a values file`, {
                hint: `name the environment first: --env ${suggestName(env.name)}=${env.name}`,
            });
        }
        if (!ENV_NAME.test(env.name) || env.name.includes('..')) {
            throw new errors/* MmfError */.H0('E_ENV_NAME', `environment name "${env.name}" cannot be a folder name`, {
                hint: 'use letters, digits, ".", "_" and "-" (at most 63, starting and ending with a letter or digit), e.g. --env prod=values-prod.yaml',
            });
        }
        if (seen.has(env.name))
            throw new errors/* MmfError */.H0('E_USAGE', `environment "${env.name}" is given twice`);
        seen.add(env.name);
        const other = folded.get(env.name.toLowerCase());
        if (other !== undefined)
            throw environmentCaseClash(other, env.name);
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

/***/ 5067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ MmfError),
/* harmony export */   NJ: () => (/* binding */ isMmfError),
/* harmony export */   XW: () => (/* binding */ oneParagraph)
/* harmony export */ });
/* unused harmony exports ExitCode, ERROR_CATALOGUE */
/**
 * The one error type of mmf/actions. Every failure a user can act on is an
 * MmfError with a catalogued code; entries (CLI, actions) turn it into an exit
 * code or core.setFailed. docs/migration/TROUBLESHOOTING.md documents every
 * code (a test keeps the two in step).
 */
const ExitCode = {
    ok: 0,
    input: 1,
    tool: 2,
    parity: 3,
};
const ERROR_CATALOGUE = {
    E_USAGE: { exit: ExitCode.input, title: 'Invalid command-line usage' },
    E_CHART_NOT_FOUND: { exit: ExitCode.input, title: 'Chart not found' },
    E_CHART_YAML: { exit: ExitCode.input, title: 'Chart.yaml missing or invalid' },
    E_VALUES_NOT_FOUND: { exit: ExitCode.input, title: 'Values file not found' },
    E_VALUES_YAML: { exit: ExitCode.input, title: 'Values file is not valid YAML' },
    E_YAML_ALIASES: { exit: ExitCode.input, title: 'Too many YAML aliases (alias bomb)' },
    E_INPUT_TOO_LARGE: { exit: ExitCode.input, title: 'Input file too large' },
    E_ENV_NAME: { exit: ExitCode.input, title: 'Invalid environment name' },
    E_NAME_INVALID: { exit: ExitCode.input, title: 'Name is not a valid Kubernetes name (DNS-1123)' },
    E_INPUT_INVALID: { exit: ExitCode.input, title: 'Input file has the wrong shape' },
    E_DEPENDENCIES_MISSING: { exit: ExitCode.input, title: 'Chart dependencies not vendored' },
    E_DUPLICATE_RESOURCE: { exit: ExitCode.input, title: 'Duplicate resource in the render' },
    E_OUTPUT_NOT_EMPTY: { exit: ExitCode.input, title: 'Output directory is not empty' },
    E_OUTPUT_NOT_WRITABLE: { exit: ExitCode.input, title: 'Output path not writable' },
    E_PATH_NOT_FOUND: { exit: ExitCode.input, title: 'Input path not found' },
    E_TEMPLATE: { exit: ExitCode.tool, title: 'Helm template error' },
    E_RENDER_OUTPUT: { exit: ExitCode.tool, title: 'Tool output could not be parsed' },
    E_TOOL_NOT_FOUND: { exit: ExitCode.tool, title: 'Required tool not found' },
    E_TOOL_FAILED: { exit: ExitCode.tool, title: 'External tool failed' },
    E_TOOL_DOWNLOAD: { exit: ExitCode.tool, title: 'Tool download failed' },
    E_TOOL_CHECKSUM: { exit: ExitCode.tool, title: 'Tool checksum mismatch' },
    E_PARITY: { exit: ExitCode.parity, title: 'Parity mismatch' },
    E_CHART_SYMLINK: {
        exit: ExitCode.input,
        title: 'Chart or values path links outside its folder (or is a device file)',
    },
    E_KUSTOMIZE_REMOTE: { exit: ExitCode.input, title: 'Kustomization loads remote content or plugins' },
    E_OUTPUT_INSIDE_INPUT: { exit: ExitCode.input, title: 'Output folder is inside an input folder' },
    E_OUTPUT_LOCKED: { exit: ExitCode.input, title: 'Another run is writing the same output' },
    E_OUTPUT_IN_USE: { exit: ExitCode.input, title: 'Output folder cannot be replaced or filled' },
    E_REPORT_NOT_FOUND: { exit: ExitCode.input, title: 'No report file matches the pattern' },
    E_REPORT_PARSE: { exit: ExitCode.input, title: 'Test or coverage report cannot be read' },
    E_REPORT_XML_DOCTYPE: { exit: ExitCode.input, title: 'XML report declares DTD entities' },
    E_PATH_OUTSIDE_WORKSPACE: { exit: ExitCode.input, title: 'Path outside the workspace' },
    E_BASE_REF: { exit: ExitCode.input, title: 'Base ref for changed lines not usable' },
    E_RELEASE_CONFIG: { exit: ExitCode.input, title: 'Release configuration invalid' },
    E_RELEASE_VERSION: { exit: ExitCode.input, title: 'Next release version cannot be computed' },
    E_RELEASE_TAG_CONFLICT: { exit: ExitCode.input, title: 'Release tag exists at another commit' },
    E_GIT: { exit: ExitCode.tool, title: 'git command failed' },
    E_GIT_PUSH: { exit: ExitCode.tool, title: 'Pushing tags failed' },
    E_API_AUTH: { exit: ExitCode.input, title: 'API token missing, rejected or lacking permission' },
    E_API_NOT_FOUND: { exit: ExitCode.input, title: 'API resource not found' },
    E_API_REJECTED: { exit: ExitCode.tool, title: 'API request rejected' },
    E_API_UNAVAILABLE: { exit: ExitCode.tool, title: 'API unavailable (rate limit, server error, network)' },
    E_IMAGE_REF: { exit: ExitCode.input, title: 'Invalid image reference' },
    E_REGISTRY_AUTH: { exit: ExitCode.input, title: 'Registry authentication failed' },
    E_REGISTRY_NOT_FOUND: { exit: ExitCode.input, title: 'Image manifest not found in the registry' },
    E_REGISTRY: { exit: ExitCode.tool, title: 'Registry request failed' },
    E_DIFFERENCE: { exit: ExitCode.parity, title: 'Resources change against the base (fail-on: difference)' },
};
class MmfError extends Error {
    code;
    exitCode;
    file;
    hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'MmfError';
        this.code = code;
        this.exitCode = ERROR_CATALOGUE[code].exit;
        this.file = options.file;
        this.hint = options.hint;
    }
    /** One paragraph for the user: code, file, cause, and what to do. */
    format() {
        const where = this.file ? `${this.file}: ` : '';
        const hint = this.hint ? `\n  hint: ${this.hint}` : '';
        return `error[${this.code}]: ${where}${this.message}${hint}`;
    }
}
function isMmfError(err) {
    return err instanceof MmfError;
}
/** Tool output as one bounded line: whitespace collapsed, at most `limit` characters. */
function oneParagraph(text, limit = 2000) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > limit ? `${flat.slice(0, limit)}… (${flat.length - limit} more characters)` : flat;
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

/***/ 7394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xu: () => (/* binding */ writeResultAndMarkdown),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export writeReportFiles */
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


/***/ }),

/***/ 8771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ve: () => (/* binding */ kustomizeBuildArgs),
  Fr: () => (/* binding */ resolveHelm),
  Sl: () => (/* binding */ resolveKustomize)
});

// UNUSED EXPORTS: HELM_ENV, KUBECTL_ENV, KUSTOMIZE_ENV, TOOL_SOURCE_POLICIES, clearToolVersionCache, detectToolVersion, findDevToolsDir, findOnPath

// EXTERNAL MODULE: ./actions/platform/fs/file-info.ts
var file_info = __webpack_require__(7615);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./actions/platform/fs/find-upward.ts


/** The folder of the running script (links resolved): where a bundled mmf looks for what ships beside it. */
function runningScriptDir() {
    const script = process.argv[1];
    if (!script)
        return undefined;
    try {
        return (0,external_node_path_.dirname)((0,external_node_fs_.realpathSync)(script));
    }
    catch {
        return (0,external_node_path_.dirname)((0,external_node_path_.resolve)(script));
    }
}
/** The first answer `probe` gives for `from` or one of its ancestors, nearest first. */
async function findUpward(from, probe) {
    let dir = (0,external_node_path_.resolve)(from);
    for (;;) {
        const found = await probe(dir);
        if (found !== undefined)
            return found;
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/platform/process/run-command.ts
var run_command = __webpack_require__(3683);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./actions/platform/tools/tool-registry.ts
/**
 * The tools mmf downloads, as data: per tool, where its releases live (one
 * mirror base URL per tool), the archive's path template, the binary's path in
 * the archive, how to ask the binary for its version, and per pinned release
 * the SHA-256 of the archive for each platform. The installer downloads
 * nothing whose digest is not listed here; a platform without a digest is
 * left out (installing there fails with a clear message) rather than guessed.
 *
 * Templates: `{version}` (with its leading `v`), `{os}` (linux, darwin,
 * windows), `{arch}` (amd64, arm64), `{ext}` (the archive type of that
 * platform) and `{exe}` (`.exe` on Windows, else empty).
 *
 * Where each digest comes from (the publishers' own `.sha256sum` /
 * `checksums.txt` values; every one was found in at least two independent
 * public sources and they agreed):
 * - helm v3.22.0 and v4.3.0: the helm/helm release notes of each tag (they list
 *   the get.helm.sh digest of every archive), cross-checked against pinned
 *   values in public Dockerfiles, install scripts and Bazel rules.
 * - kustomize v5.8.1: pinned values in several public install scripts and
 *   Bazel/Chocolatey packages, all copied from the release's checksums.txt.
 *   v5.8.2 is newer, but only its two linux digests could be found, so the
 *   registry keeps v5.8.1, for which all five platforms are known.
 *
 * To add a release: take the digests from the release's own checksum files
 * (and a second source), never from a local download.
 */
const PLATFORMS = [
    'linux-amd64',
    'linux-arm64',
    'darwin-amd64',
    'darwin-arm64',
    'windows-amd64',
];
const tool_registry_TOOL_REGISTRY = {
    helm: {
        name: 'helm',
        baseUrl: 'https://get.helm.sh',
        mirrorEnv: 'MMF_HELM_MIRROR',
        urlTemplate: 'helm-{version}-{os}-{arch}.{ext}',
        binaryPath: '{os}-{arch}/helm{exe}',
        archive: { default: 'tar.gz', windows: 'zip' },
        // `--template {{.Version}}` prints just `v3.22.0` / `v4.3.0`; `--short` adds `+g<commit>`.
        versionProbe: { args: ['version', '--template', '{{.Version}}'], fallbackArgs: ['version', '--short'] },
        releases: [
            {
                version: 'v4.3.0',
                sha256: {
                    'linux-amd64': '86584a54def73570558f66f5111cc53dfed56689637ae32c1201205d494f54fb',
                    'linux-arm64': '31c5794dd55c66a51e6b7d2e2ac7a114ae8b1de41ff1d9ba51748ac973b06a08',
                    'darwin-amd64': '347a784877e0e20eac865e8d1c36a80f6bb0861d6f29abd34defb6570ef95d92',
                    'darwin-arm64': 'd3870437e1e95b67f8edbde964156c84a26503f560821d40c542441658934fba',
                    'windows-amd64': '304ea163cce4d9ad14e189c01846c6a34de9cfdfe48536ae54b2e8ba7884e67c',
                },
            },
            {
                version: 'v3.22.0',
                sha256: {
                    'linux-amd64': '1e4ab49e429626cf6c6958d914248b78c9730803c2751b87627e171dc800e7bb',
                    'linux-arm64': 'f14e804dfee240f55525b667488fe9adca349e63e00c9af634c0beb1421ac310',
                    'darwin-amd64': 'bd1d09f316558dda23698527859600936fed1371021ce0f2272d66b2fdcfa69c',
                    'darwin-arm64': '4c9982a6cdeb458b60258df66b55398ca5b19293f6877faffe2909ad6f23dfe0',
                    'windows-amd64': '899615865726d39f9b245e71e848c5bf4adc7ed33a8c43ede660facb48151b43',
                },
            },
        ],
    },
    kustomize: {
        name: 'kustomize',
        baseUrl: 'https://github.com/kubernetes-sigs/kustomize/releases/download',
        mirrorEnv: 'MMF_KUSTOMIZE_MIRROR',
        // The release tag is `kustomize/v5.8.1`: its slash is encoded in the URL.
        urlTemplate: 'kustomize%2F{version}/kustomize_{version}_{os}_{arch}.{ext}',
        binaryPath: 'kustomize{exe}',
        archive: { default: 'tar.gz', windows: 'zip' },
        // `v5.8.1` (v5), or `{Version:kustomize/v4.5.7 GitCommit:...}` (v4).
        versionProbe: { args: ['version'] },
        releases: [
            {
                version: 'v5.8.1',
                sha256: {
                    'linux-amd64': '029a7f0f4e1932c52a0476cf02a0fd855c0bb85694b82c338fc648dcb53a819d',
                    'linux-arm64': '0953ea3e476f66d6ddfcd911d750f5167b9365aa9491b2326398e289fef2c142',
                    'darwin-amd64': 'ee7cf0c1e3592aa7bb66ba82b359933a95e7f2e0b36e5f53ed0a4535b017f2f8',
                    'darwin-arm64': '8886f8a78474e608cc81234f729fda188a9767da23e28925802f00ece2bab288',
                    'windows-amd64': '8ec7f5e815e526d4622c06df0a7793d8cfb6eb1c74f816b46166097fef8b26c6',
                },
            },
        ],
    },
};
/**
 * Environment variable that replaces the download base URL of every tool
 * that has no mirror variable of its own set (kept for existing setups).
 */
const SHARED_MIRROR_ENV = 'MMF_TOOL_DOWNLOAD_BASE_URL';

;// CONCATENATED MODULE: ./actions/platform/tools/tool-versions.ts
/**
 * The pinned versions and release archives, read from the tool registry
 * (tool-registry.ts), which holds the data and where it comes from.
 */


function newest(tool, major) {
    const release = tool_registry_TOOL_REGISTRY[tool].releases.find((r) => r.version.startsWith(`v${major}.`));
    if (!release)
        throw new Error(`the tool registry pins no ${tool} ${major}.x`);
    return release.version;
}
const HELM3_VERSION = newest('helm', '3');
const HELM4_VERSION = newest('helm', '4');
/** The helm used when no version is asked for (Helm 4 first, as in `.tools/`). */
const DEFAULT_HELM_VERSION = HELM4_VERSION;
const KUSTOMIZE_VERSION = newest('kustomize', '5');
/** The pinned helm per major version. */
const HELM_VERSION_BY_MAJOR = {
    '3': HELM3_VERSION,
    '4': HELM4_VERSION,
};
/** Every pinned version of a tool. */
function pinnedVersions(tool) {
    return TOOL_REGISTRY[tool].releases.map((r) => r.version);
}
/** SHA-256 (hex) of each pinned archive, keyed by the archive's file name. */
const PINNED_SHA256 = Object.fromEntries(Object.keys(tool_registry_TOOL_REGISTRY).flatMap((tool) => tool_registry_TOOL_REGISTRY[tool].releases.flatMap((release) => PLATFORMS.filter((p) => release.sha256[p]).map((p) => [
    toolArtifact(tool, release.version, p).fileName,
    release.sha256[p],
]))));
const DEFAULT_BASE_URL = {
    helm: tool_registry_TOOL_REGISTRY.helm.baseUrl,
    kustomize: tool_registry_TOOL_REGISTRY.kustomize.baseUrl,
};
/** `3.18.0` and `v3.18.0` both become `v3.18.0`. */
function normalizeVersion(version) {
    const trimmed = version.trim();
    return trimmed.startsWith('v') ? trimmed : `v${trimmed}`;
}
function fill(template, vars) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => vars[key] ?? whole);
}
function toolArtifact(tool, version, platform) {
    const spec = tool_registry_TOOL_REGISTRY[tool];
    const v = normalizeVersion(version);
    const [os, arch] = platform.split('-');
    const archive = spec.archive[os] ?? spec.archive.default;
    const vars = { version: v, os, arch, ext: archive, exe: os === 'windows' ? '.exe' : '' };
    const urlPath = fill(spec.urlTemplate, vars);
    const sha256 = spec.releases.find((r) => r.version === v)?.sha256[platform];
    return {
        tool,
        version: v,
        platform,
        fileName: decodeURIComponent(urlPath.slice(urlPath.lastIndexOf('/') + 1)),
        urlPath,
        binaryPath: fill(spec.binaryPath, vars),
        archive,
        ...(sha256 ? { sha256 } : {}),
    };
}
/**
 * The download base URL of a tool: its own mirror variable, then the shared
 * MMF_TOOL_DOWNLOAD_BASE_URL, then the publisher's.
 */
function downloadBaseUrl(tool, env) {
    const spec = tool_registry_TOOL_REGISTRY[tool];
    return (env[spec.mirrorEnv] || env[SHARED_MIRROR_ENV] || spec.baseUrl).replace(/\/+$/, '');
}
/** The release platform of this machine, or undefined where none is published/pinned. */
function currentPlatform(platform = process.platform, arch = process.arch) {
    const os = platform === 'linux' || platform === 'darwin' ? platform : platform === 'win32' ? 'windows' : undefined;
    const cpu = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined;
    const candidate = os && cpu ? `${os}-${cpu}` : undefined;
    return PLATFORMS.find((p) => p === candidate);
}

;// CONCATENATED MODULE: ./actions/platform/tools/install-tool.ts
/**
 * Installs a pinned helm or kustomize with @actions/tool-cache, in the
 * Azure/setup-helm shape plus verification: find in the tool cache ->
 * download -> verify SHA-256 -> extract -> cache -> binary path.
 *
 * Nothing is cached unless its archive matched the pinned digest, so a tool
 * cache hit is trusted. Tools are cached as `mmf-helm` / `mmf-kustomize`, so
 * a cache entry of another action (setup-helm caches `helm` with a different
 * layout) is never mistaken for ours or overwritten.
 */










/** The default log of tool resolution and install: one line each on stdout. */
const logToStdout = (line) => void process.stdout.write(`${line}\n`);
/** Environment variable that replaces the download base URL of every tool (a mirror, or a local test server). */
const DOWNLOAD_BASE_URL_ENV = SHARED_MIRROR_ENV;
/** tool-cache keys by Node's arch names. */
function cacheArch(platform) {
    return platform.endsWith('arm64') ? 'arm64' : 'x64';
}
function cacheName(tool) {
    return `mmf-${tool}`;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
/**
 * tool-cache reads RUNNER_TOOL_CACHE and RUNNER_TEMP from process.env. Off a
 * runner (CLI with downloads allowed) they are set once to a per-user cache
 * and a temp folder, so later runs find what earlier runs installed.
 */
async function ensureToolCacheEnv(log) {
    if (!process.env['RUNNER_TOOL_CACHE']) {
        const base = process.env['XDG_CACHE_HOME'] || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
        process.env['RUNNER_TOOL_CACHE'] = (0,external_node_path_.join)(base, 'mmf', 'tool-cache');
        log(`tool cache: ${process.env['RUNNER_TOOL_CACHE']} (RUNNER_TOOL_CACHE was not set)`);
    }
    if (!process.env['RUNNER_TEMP']) {
        process.env['RUNNER_TEMP'] = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mmf-tool-temp');
    }
    await (0,promises_.mkdir)(process.env['RUNNER_TOOL_CACHE'], { recursive: true });
    await (0,promises_.mkdir)(process.env['RUNNER_TEMP'], { recursive: true });
}
/**
 * @actions/tool-cache (and the HTTP client it brings) is loaded only when a
 * tool is installed: most runs never download, and loading it costs start-up time.
 */
function loadToolCache() {
    return Promise.all(/* import() */[__webpack_require__.e(58), __webpack_require__.e(805)]).then(__webpack_require__.bind(__webpack_require__, 9805));
}
function describeDownloadError(tc, err) {
    if (err instanceof tc.HTTPError)
        return `HTTP ${err.httpStatusCode ?? 'error'}`;
    return err instanceof Error ? err.message : String(err);
}
/**
 * Unpacks a verified archive into a fresh folder under RUNNER_TEMP: tar with
 * the minimal child environment for .tar.gz; zip (the Windows releases) with
 * tool-cache's extractor.
 */
async function extract(archive, artifact) {
    if (artifact.archive === 'zip')
        return (await loadToolCache()).extractZip(archive);
    const dest = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env['RUNNER_TEMP'] ?? (0,external_node_os_.tmpdir)(), 'mmf-extract-'));
    const result = await (0,run_command/* runCommand */.d)('tar', ['-xzf', archive, '-C', dest]);
    if (result.exitCode !== 0) {
        await (0,promises_.rm)(dest, { recursive: true, force: true });
        throw new errors/* MmfError */.H0('E_TOOL_DOWNLOAD', `cannot unpack ${artifact.fileName}: ${result.stderr.trim().split('\n')[0] ?? ''}`, { hint: 'the archive is not a gzip tar; check the download base URL' });
    }
    return dest;
}
async function installTool(options) {
    const log = options.log ?? logToStdout;
    const env = options.env ?? process.env;
    const started = performance.now();
    const platform = options.platform ?? currentPlatform();
    if (!platform) {
        throw new errors/* MmfError */.H0('E_TOOL_NOT_FOUND', `no pinned ${options.tool} release for this platform (${process.platform}-${process.arch})`, { hint: `install ${options.tool} yourself and pass its path, or put it on the PATH` });
    }
    const artifact = toolArtifact(options.tool, options.version, platform);
    const { tool, version } = artifact;
    const arch = cacheArch(platform);
    const binaryName = (0,external_node_path_.basename)(artifact.binaryPath);
    await ensureToolCacheEnv(log);
    const tc = await loadToolCache();
    // 1. Tool cache.
    const cached = tc.find(cacheName(tool), version, arch);
    if (cached) {
        const binary = (0,external_node_path_.join)(cached, binaryName);
        if (await (0,file_info/* isExecutableFile */.Jf)(binary)) {
            log(`${tool} ${version} (${platform}): tool cache hit at ${binary} (${seconds(performance.now() - started)})`);
            return { tool, version, path: binary, cacheHit: true };
        }
        log(`${tool} ${version} (${platform}): tool cache entry ${cached} has no ${binaryName}; reinstalling`);
    }
    // 2. Download (only what has a pinned digest).
    const expected = (options.checksums ? options.checksums[artifact.fileName] : artifact.sha256)?.toLowerCase();
    if (!expected) {
        const pinned = tool_registry_TOOL_REGISTRY[tool].releases
            .filter((r) => r.sha256[platform])
            .map((r) => r.version)
            .join(', ');
        throw new errors/* MmfError */.H0('E_TOOL_NOT_FOUND', `no pinned SHA-256 for ${artifact.fileName}, so ${tool} ${version} is not downloaded for ${platform}`, {
            hint: `install ${tool} yourself and pass its path, put it on the PATH, or use a pinned version (${pinned || `none pinned for ${platform}`})`,
        });
    }
    const baseUrl = (options.baseUrl ?? downloadBaseUrl(tool, env)).replace(/\/+$/, '');
    const url = `${baseUrl}/${artifact.urlPath}`;
    log(`${tool} ${version} (${platform}): not in the tool cache; downloading ${url}`);
    let archive;
    try {
        archive = await tc.downloadTool(url);
    }
    catch (err) {
        throw new errors/* MmfError */.H0('E_TOOL_DOWNLOAD', `could not download ${tool} ${version} from ${url}: ${describeDownloadError(tc, err)}`, {
            hint: `check the network or set ${tool_registry_TOOL_REGISTRY[tool].mirrorEnv} (or ${DOWNLOAD_BASE_URL_ENV}) to a mirror; or provide ${tool} yourself`,
            cause: err,
        });
    }
    let extracted;
    try {
        // 3. Verify before anything is unpacked or cached.
        const actual = await sha256File(archive);
        if (actual !== expected) {
            throw new errors/* MmfError */.H0('E_TOOL_CHECKSUM', `SHA-256 mismatch for ${url}: expected ${expected}, got ${actual}; the download was deleted`, {
                hint: 'the file was altered or truncated in transit, or the mirror serves another build; retry or check the mirror',
            });
        }
        log(`${tool} ${version}: SHA-256 verified (${actual})`);
        // 4. Extract and cache.
        extracted = await extract(archive, artifact);
        const binary = (0,external_node_path_.join)(extracted, artifact.binaryPath);
        if (!(await (0,file_info/* isExecutableFile */.Jf)(binary))) {
            await (0,promises_.chmod)(binary, 0o755).catch(() => undefined);
            if (!(await (0,file_info/* isExecutableFile */.Jf)(binary))) {
                throw new errors/* MmfError */.H0('E_TOOL_DOWNLOAD', `${url} does not contain ${artifact.binaryPath}`, {
                    hint: 'the archive does not have the layout of an official release; check the download base URL',
                });
            }
        }
        const cachedDir = await tc.cacheDir((0,external_node_path_.dirname)(binary), cacheName(tool), version, arch);
        const installed = (0,external_node_path_.join)(cachedDir, binaryName);
        log(`${tool} ${version}: installed at ${installed} in ${seconds(performance.now() - started)}`);
        return { tool, version, path: installed, cacheHit: false, url };
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
        if (extracted)
            await (0,promises_.rm)(extracted, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./actions/platform/fs/write-report-files.ts
var write_report_files = __webpack_require__(7394);
;// CONCATENATED MODULE: ./actions/platform/tools/version-cache.ts
/**
 * Tool versions remembered across runs, so that `helm version` and
 * `kubectl version` (about 40 ms each) are not asked again by every process.
 *
 * An entry is keyed by the binary's path and file identity (device, inode,
 * size, modification and change times): replacing or touching the binary
 * makes it miss. The file lives in the user's cache folder
 * (`$XDG_CACHE_HOME/mmf/tool-versions.json`, else `~/.cache/mmf/…`;
 * `MMF_TOOL_VERSION_CACHE` names another file, or `off`). It is read only
 * when it is a small regular file of this user, every value must look like a
 * version, and it is replaced atomically (temporary file + rename, mode 600).
 * Any problem with it means a cache miss, never an error.
 */




const VERSION_CACHE_ENV = 'MMF_TOOL_VERSION_CACHE';
const MAX_BYTES = 64 * 1024;
const MAX_ENTRIES = 64;
const VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/** Where the cache is kept for this environment, or undefined when it is off. */
function versionCacheFile(env) {
    const explicit = env[VERSION_CACHE_ENV];
    if (explicit === 'off')
        return undefined;
    if (explicit)
        return explicit;
    let base = env['XDG_CACHE_HOME'];
    if (!base) {
        try {
            base = (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache');
        }
        catch {
            return undefined;
        }
    }
    return (0,external_node_path_.join)(base, 'mmf', 'tool-versions.json');
}
async function readEntries(file) {
    const entries = new Map();
    try {
        const info = await (0,promises_.lstat)(file);
        const mine = typeof process.getuid !== 'function' || info.uid === process.getuid();
        if (!info.isFile() || !mine || info.size > MAX_BYTES)
            return entries;
        const parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        const stored = parsed?.entries;
        if (!stored || typeof stored !== 'object' || Array.isArray(stored))
            return entries;
        for (const [key, value] of Object.entries(stored))
            if (typeof value === 'string' && VERSION.test(value))
                entries.set(key, value);
    }
    catch {
        // missing or unreadable: nothing cached
    }
    return entries;
}
async function cachedVersion(file, key) {
    return file ? (await readEntries(file)).get(key) : undefined;
}
async function rememberVersion(file, key, version) {
    if (!file || !VERSION.test(version))
        return;
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true, mode: 0o700 });
        const entries = await readEntries(file);
        entries.delete(key);
        entries.set(key, version);
        const kept = [...entries].slice(-MAX_ENTRIES);
        await (0,write_report_files/* writeFileAtomic */.Zf)(file, JSON.stringify({ entries: Object.fromEntries(kept) }) + '\n', {
            mode: 0o600,
        });
    }
    catch {
        // not remembered: the next run asks the tool again
    }
}

;// CONCATENATED MODULE: ./actions/platform/tools/resolve-tool.ts
/**
 * Finds helm and kustomize (or `kubectl kustomize`), one way for every front
 * end, in this order:
 *   1. an explicit path (a CLI flag or an action input);
 *   2. MMF_HELM, or MMF_KUSTOMIZE then MMF_KUBECTL;
 *   3. the PATH (helm; kustomize, then kubectl);
 *   4. the repository's dev tools, `.tools/helm4/` then `.tools/helm3/`, in the
 *      first ancestor of `searchFrom` that has a `.tools` folder;
 *   5. a pinned, SHA-256-verified download into the tool cache, only on an
 *      Actions runner (RUNNER_TOOL_CACHE set) or when allowDownload is true.
 * With `toolSource: 'pinned'` (the action's default) steps 3 and 4 are
 * skipped and step 5 is always allowed, so a tool that happens to be on the
 * runner image never changes the result.
 * Every result carries the tool's real version, asked from the binary itself.
 */










const TOOL_SOURCE_POLICIES = (/* unused pure expression or super */ null && (['pinned', 'path']));
const HELM_ENV = 'MMF_HELM';
const KUSTOMIZE_ENV = 'MMF_KUSTOMIZE';
const KUBECTL_ENV = 'MMF_KUBECTL';
const TOOLS_DIR = '.tools';
/** The argv that renders a kustomization directory with this tool. */
function kustomizeBuildArgs(tool, dir) {
    return { file: tool.path, args: tool.kind === 'kubectl' ? ['kustomize', dir] : ['build', dir] };
}
// ---------------------------------------------------------------------------
// Files and the PATH
/** The first executable `name` on the PATH of `env`. */
async function findOnPath(name, env) {
    const dirs = (env['PATH'] ?? env['Path'] ?? '').split(external_node_path_.delimiter).filter(Boolean);
    const exts = process.platform === 'win32' ? ['', ...(env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';')] : [''];
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = (0,external_node_path_.resolve)(dir, name + ext);
            if (await (0,file_info/* isExecutableFile */.Jf)(candidate))
                return candidate;
        }
    }
    return undefined;
}
/** The first `.tools` folder in `from` or one of its ancestors. */
async function findDevToolsDir(from) {
    return findUpward(from, async (dir) => {
        const candidate = (0,external_node_path_.join)(dir, TOOLS_DIR);
        return (await (0,file_info/* isDirectory */.wd)(candidate)) ? candidate : undefined;
    });
}
function defaultSearchFrom() {
    return runningScriptDir() ?? process.cwd();
}
/** An explicit path or env var must name an executable; a bare name is looked up on the PATH. */
async function explicitTool(value, label, env) {
    const bare = !value.includes('/') && !value.includes(external_node_path_.sep);
    const found = bare ? await findOnPath(value, env) : (0,external_node_path_.resolve)(value);
    if (found && (await (0,file_info/* isExecutableFile */.Jf)(found)))
        return found;
    throw new errors/* MmfError */.H0('E_TOOL_NOT_FOUND', bare
        ? `${label} names "${value}", which is not an executable on the PATH`
        : `${label} points to ${found}, which does not exist or is not an executable file`, {
        hint: label.startsWith('--')
            ? `point ${label} at an executable, or leave it out to let mmf look on the PATH`
            : `fix ${label} or unset it to let mmf look on the PATH`,
    });
}
const versionCache = new Map();
/** Forgets detected versions (tests replace binaries in place). */
function clearToolVersionCache() {
    versionCache.clear();
}
const SEMVER = /v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/;
function parseSemver(text) {
    const match = SEMVER.exec(text);
    return match?.[1] ? `v${match[1]}` : undefined;
}
async function runForVersion(file, args, what) {
    let result;
    try {
        result = await (0,run_command/* runCommand */.d)(file, args, { maxOutputBytes: 1024 * 1024 });
    }
    catch (err) {
        throw new errors/* MmfError */.H0('E_TOOL_FAILED', `${what} could not be run: ${err.message}`, {
            file,
            hint: 'check that the file is the right binary for this machine',
            cause: err,
        });
    }
    if (result.exitCode !== 0) {
        const detail = result.stderr.trim().split('\n').slice(0, 3).join(' ') || `exit code ${result.exitCode}`;
        throw new errors/* MmfError */.H0('E_TOOL_FAILED', `\`${(0,external_node_path_.basename)(file)} ${args.join(' ')}\` failed: ${detail}`, {
            file,
            hint: `check that this is a working ${what}`,
        });
    }
    return result.stdout;
}
async function detect(kind, file) {
    const unreadable = (output) => new errors/* MmfError */.H0('E_TOOL_FAILED', `could not read a version from its output: ${output.trim().slice(0, 200)}`, {
        file,
        hint: `check that this is a working ${kind}`,
    });
    if (kind === 'helm') {
        // A helm without --template falls back to `--short` (`v3.18.0+gcc58e3f`).
        const probe = tool_registry_TOOL_REGISTRY.helm.versionProbe;
        const out = await runForVersion(file, [...probe.args], 'helm').catch(() => '');
        const version = parseSemver(out) ??
            parseSemver(await runForVersion(file, [...(probe.fallbackArgs ?? probe.args)], 'helm'));
        if (!version)
            throw unreadable(out);
        return version;
    }
    if (kind === 'kustomize') {
        const out = await runForVersion(file, [...tool_registry_TOOL_REGISTRY.kustomize.versionProbe.args], 'kustomize');
        const version = parseSemver(out);
        if (!version)
            throw unreadable(out);
        return version;
    }
    const out = await runForVersion(file, ['version', '--client', '-o', 'json'], 'kubectl');
    let parsed;
    try {
        parsed = JSON.parse(out);
    }
    catch {
        throw unreadable(out);
    }
    const embedded = parsed.kustomizeVersion;
    if (typeof embedded !== 'string' || !parseSemver(embedded)) {
        throw new errors/* MmfError */.H0('E_TOOL_FAILED', 'this kubectl reports no built-in kustomize version', {
            file,
            hint: 'use kubectl 1.24 or newer, or a standalone kustomize (MMF_KUSTOMIZE)',
        });
    }
    return parseSemver(embedded);
}
/**
 * The version `file` reports, asked once per path and file identity: per
 * process in memory, and across processes in the user's cache (version-cache.ts).
 */
async function detectToolVersion(kind, file, env = process.env) {
    const info = await (0,promises_.stat)(file);
    const key = [kind, file, info.dev, info.ino, info.size, info.mtimeMs, info.ctimeMs].join('\0');
    let pending = versionCache.get(key);
    if (!pending) {
        const cacheFile = versionCacheFile(env);
        pending = cachedVersion(cacheFile, key).then(async (cached) => {
            if (cached)
                return cached;
            const version = await detect(kind, file);
            await rememberVersion(cacheFile, key, version);
            return version;
        });
        versionCache.set(key, pending);
        pending.catch(() => versionCache.delete(key));
    }
    return pending;
}
// ---------------------------------------------------------------------------
// Helm version requests
/** `4`, `v3.18`, `3.18.0` -> numeric parts; rejects anything else. */
function parseHelmSpec(spec) {
    if (spec === undefined || spec.trim() === '')
        return undefined;
    const bare = spec.trim().replace(/^v/, '');
    if (!/^\d+(\.\d+){0,2}$/.test(bare)) {
        throw new errors/* MmfError */.H0('E_USAGE', `helm version "${spec}" is not understood`, {
            hint: 'use 3, 4, or an exact version such as v3.18.0',
        });
    }
    return bare.split('.').map(Number);
}
function satisfies(version, spec) {
    if (!spec)
        return true;
    const parts = version.replace(/^v/, '').split(/[.+-]/).map(Number);
    return spec.every((n, i) => parts[i] === n);
}
/** The pinned helm to download for a request, if any. */
function helmDownloadVersion(spec) {
    if (!spec)
        return DEFAULT_HELM_VERSION;
    if (spec.length === 3) {
        const exact = normalizeVersion(spec.join('.'));
        return Object.values(HELM_VERSION_BY_MAJOR).includes(exact) ? exact : undefined;
    }
    const pinned = HELM_VERSION_BY_MAJOR[String(spec[0])];
    return pinned && satisfies(pinned, spec) ? pinned : undefined;
}
function helmDevFolders(spec) {
    if (!spec)
        return ['helm4', 'helm3'];
    return spec[0] === 3 || spec[0] === 4 ? [`helm${spec[0]}`] : [];
}
function context(opts) {
    const env = opts.env ?? process.env;
    const pinnedOnly = opts.toolSource === 'pinned';
    return {
        env,
        log: opts.log ?? logToStdout,
        downloadAllowed: pinnedOnly || (opts.allowDownload ?? Boolean(env['RUNNER_TOOL_CACHE'])),
        pinnedOnly,
        searchFrom: opts.searchFrom ?? defaultSearchFrom(),
    };
}
const SOURCE_TEXT = {
    option: 'the explicit path',
    env: 'the environment',
    path: 'the PATH',
    'dev-tools': 'the repository dev tools',
    'tool-cache': 'the tool cache',
    download: 'a verified download',
};
function found(ctx, tool, via) {
    const shown = tool.kind === 'kubectl'
        ? `kubectl kustomize (kustomize ${tool.version})`
        : `${tool.name} ${tool.version}`;
    ctx.log(`Using ${shown} from ${via ?? SOURCE_TEXT[tool.source]}: ${tool.path}`);
    return tool;
}
function notFound(name, tried, ways) {
    const skipped = tried.length ? ` (skipped: ${tried.join('; ')})` : '';
    return new errors/* MmfError */.H0('E_TOOL_NOT_FOUND', `${name} was not found${skipped}`, {
        hint: `provide it in one of these ways: ${ways.join('; ')}`,
    });
}
async function resolveHelm(opts = {}) {
    const ctx = context(opts);
    const spec = parseHelmSpec(opts.helmVersion);
    const tool = async (path, source) => ({
        name: 'helm',
        kind: 'helm',
        path,
        version: await detectToolVersion('helm', path, ctx.env),
        source,
    });
    // A helm given explicitly is used whatever its version; a mismatch is only reported.
    const given = async (value, label, source) => {
        const helm = await tool(await explicitTool(value, label, ctx.env), source);
        if (!satisfies(helm.version, spec)) {
            ctx.log(`Note: ${label} gives helm ${helm.version}, not the requested ${opts.helmVersion}; using it as given`);
        }
        return found(ctx, helm, label);
    };
    const label = opts.pathLabel ?? 'the helm path option';
    if (opts.path)
        return given(opts.path, label, 'option');
    const fromEnv = ctx.env[HELM_ENV];
    if (fromEnv)
        return given(fromEnv, HELM_ENV, 'env');
    const skipped = [];
    const wanted = opts.helmVersion ? ` (helm ${opts.helmVersion} wanted)` : '';
    const onPath = ctx.pinnedOnly ? undefined : await findOnPath('helm', ctx.env);
    if (onPath) {
        const candidate = await tool(onPath, 'path');
        if (satisfies(candidate.version, spec))
            return found(ctx, candidate);
        skipped.push(`${onPath} is ${candidate.version}${wanted}`);
    }
    const toolsDir = ctx.pinnedOnly ? undefined : await findDevToolsDir(ctx.searchFrom);
    if (toolsDir) {
        for (const folder of helmDevFolders(spec)) {
            const path = (0,external_node_path_.join)(toolsDir, folder, 'helm');
            if (!(await (0,file_info/* isExecutableFile */.Jf)(path)))
                continue;
            const candidate = await tool(path, 'dev-tools');
            if (satisfies(candidate.version, spec))
                return found(ctx, candidate);
            skipped.push(`${path} is ${candidate.version}${wanted}`);
        }
    }
    const pinned = helmDownloadVersion(spec);
    if (ctx.downloadAllowed && pinned) {
        const installed = await installTool({
            tool: 'helm',
            version: pinned,
            env: ctx.env,
            log: ctx.log,
            ...opts.download,
        });
        return found(ctx, await tool(installed.path, installed.cacheHit ? 'tool-cache' : 'download'));
    }
    if (ctx.pinnedOnly) {
        throw new errors/* MmfError */.H0('E_TOOL_NOT_FOUND', `no helm${opts.helmVersion ? ` ${opts.helmVersion}` : ''} is pinned for download (tool source: pinned)`, {
            hint: `ask for one of the pinned releases (${Object.values(HELM_VERSION_BY_MAJOR).join(', ')}: helm-version 3 or 4), name a helm with ${opts.pathLabel ?? 'the helm path'} or ${HELM_ENV}, or use the tool source \`path\``,
        });
    }
    throw notFound(`helm${opts.helmVersion ? ` ${opts.helmVersion}` : ''}`, skipped, [
        `pass its path with ${opts.pathLabel ?? 'the helm path flag or input'}`,
        `set ${HELM_ENV}=/path/to/helm`,
        'put helm on the PATH',
        `in a checkout of this repository, run \`npm install\` to unpack the dev tools into ${TOOLS_DIR}/`,
        pinned
            ? `run on a GitHub Actions runner (or pass --download-tools) to download and verify the pinned helm ${pinned}`
            : `no helm matching "${opts.helmVersion}" is pinned for download; pinned: ${Object.values(HELM_VERSION_BY_MAJOR).join(', ')} (ask for 3 or 4)`,
    ]);
}
function kindOf(path, fallback) {
    return /^kubectl(\.exe)?$/i.test((0,external_node_path_.basename)(path)) ? 'kubectl' : fallback;
}
/**
 * Finds kustomize (or kubectl kustomize) as resolveAnyKustomize does; with a
 * wanted version, a tool of another version is replaced by the pinned download
 * of that version where allowed, or refused with what was found.
 */
async function resolveKustomize(opts = {}) {
    const policy = opts.allowRemote ? { allowRemote: true } : {};
    const found = await resolveAnyKustomize(opts).catch((err) => {
        if (opts.kustomizeVersion && context(opts).downloadAllowed)
            return undefined;
        throw err;
    });
    const wanted = opts.kustomizeVersion ? normalizeVersion(opts.kustomizeVersion) : undefined;
    if (found && (!wanted || found.version === wanted))
        return { ...found, ...policy };
    const ctx = context(opts);
    if (wanted && ctx.downloadAllowed) {
        const installed = await installTool({
            tool: 'kustomize',
            version: wanted,
            env: ctx.env,
            log: ctx.log,
            ...opts.download,
        });
        return {
            name: 'kustomize',
            kind: 'kustomize',
            path: installed.path,
            version: await detectToolVersion('kustomize', installed.path, ctx.env),
            source: installed.cacheHit ? 'tool-cache' : 'download',
            ...policy,
        };
    }
    throw new errors/* MmfError */.H0('E_TOOL_NOT_FOUND', `kustomize ${wanted} is wanted, but ${found?.path ?? 'the kustomize found'} is ${found?.version ?? 'another version'}`, {
        hint: `point ${opts.pathLabel ?? 'the kustomize path'} at kustomize ${wanted}, or run on a GitHub Actions runner (or pass --download-tools) to download it`,
    });
}
async function resolveAnyKustomize(opts) {
    const ctx = context(opts);
    const tool = async (path, kind, source) => ({
        name: 'kustomize',
        kind,
        path,
        version: await detectToolVersion(kind, path, ctx.env),
        source,
    });
    const label = opts.pathLabel ?? 'the kustomize path option';
    if (opts.path) {
        const path = await explicitTool(opts.path, label, ctx.env);
        return found(ctx, await tool(path, kindOf(path, 'kustomize'), 'option'), label);
    }
    for (const [name, kind] of [
        [KUSTOMIZE_ENV, 'kustomize'],
        [KUBECTL_ENV, 'kubectl'],
    ]) {
        const value = ctx.env[name];
        if (!value)
            continue;
        const path = await explicitTool(value, name, ctx.env);
        return found(ctx, await tool(path, kindOf(path, kind), 'env'), name);
    }
    if (ctx.pinnedOnly)
        return installPinnedKustomize(ctx, opts);
    for (const kind of ['kustomize', 'kubectl']) {
        const path = await findOnPath(kind, ctx.env);
        if (path)
            return found(ctx, await tool(path, kind, 'path'));
    }
    const toolsDir = await findDevToolsDir(ctx.searchFrom);
    if (toolsDir) {
        for (const folder of ['helm4', 'helm3']) {
            for (const kind of ['kustomize', 'kubectl']) {
                const path = (0,external_node_path_.join)(toolsDir, folder, kind);
                if (await (0,file_info/* isExecutableFile */.Jf)(path))
                    return found(ctx, await tool(path, kind, 'dev-tools'));
            }
        }
    }
    if (ctx.downloadAllowed)
        return installPinnedKustomize(ctx, opts);
    throw notFound('kustomize (or kubectl)', [], [
        `pass its path with ${opts.pathLabel ?? 'the kustomize path flag or input'}`,
        `set ${KUSTOMIZE_ENV}=/path/to/kustomize or ${KUBECTL_ENV}=/path/to/kubectl`,
        'put kustomize or kubectl on the PATH',
        `in a checkout of this repository, run \`npm install\` to unpack the dev tools into ${TOOLS_DIR}/`,
        `run on a GitHub Actions runner (or pass --download-tools) to download and verify the pinned kustomize ${KUSTOMIZE_VERSION}`,
    ]);
}
async function installPinnedKustomize(ctx, opts) {
    const installed = await installTool({
        tool: 'kustomize',
        version: opts.kustomizeVersion ? normalizeVersion(opts.kustomizeVersion) : KUSTOMIZE_VERSION,
        env: ctx.env,
        log: ctx.log,
        ...opts.download,
    });
    return found(ctx, {
        name: 'kustomize',
        kind: 'kustomize',
        path: installed.path,
        version: await detectToolVersion('kustomize', installed.path, ctx.env),
        source: installed.cacheHit ? 'tool-cache' : 'download',
    });
}


/***/ })

};
