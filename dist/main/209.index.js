export const id = 209;
export const ids = [209];
export const modules = {

/***/ 1209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runHelmMigrate: () => (/* binding */ runHelmMigrate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/kernel/review/render-review-markdown.ts
var render_review_markdown = __webpack_require__(4212);
// EXTERNAL MODULE: ./actions/kernel/review/review-report.ts + 1 modules
var review_report = __webpack_require__(7521);
// EXTERNAL MODULE: ./actions/platform/process/run-command.ts
var run_command = __webpack_require__(6064);
;// CONCATENATED MODULE: ./actions/platform/git/git-changes.ts

/**
 * Files that differ between `ref` and the working tree, relative to `cwd`
 * (tracked changes and new untracked files); empty when git cannot tell.
 */
async function changedFilesSince(ref, cwd) {
    const [diff, untracked] = await Promise.all([
        (0,run_command/* runCommand */.d)('git', ['diff', '--name-only', '--relative', ref], { cwd }),
        (0,run_command/* runCommand */.d)('git', ['ls-files', '--others', '--exclude-standard'], { cwd }),
    ]);
    const files = new Set();
    for (const result of [diff, untracked]) {
        if (result.exitCode !== 0)
            continue;
        for (const line of result.stdout.split('\n'))
            if (line.trim())
                files.add(line.trim());
    }
    return files;
}

// EXTERNAL MODULE: ./actions/helm-migrate/core/environments.ts
var environments = __webpack_require__(1077);
;// CONCATENATED MODULE: ./actions/platform/git/git-worktree.ts





async function git(args, cwd) {
    const result = await (0,run_command/* runCommand */.d)('git', args, { cwd });
    if (result.exitCode !== 0) {
        throw new errors/* MmfError */.H0('E_TOOL_FAILED', `git ${args[0]} failed: ${result.stderr.trim().split('\n')[0] ?? ''}`, { file: cwd });
    }
    return result.stdout.trim();
}
/**
 * Runs `fn` against the repository holding `anchor` as it is at git `ref`,
 * read from a temporary detached worktree: the user's checkout, index and
 * branches are never touched, and the worktree is removed afterwards.
 */
async function withGitRef(anchor, ref, fn) {
    const absolute = (0,external_node_path_.resolve)(anchor);
    const info = await (0,promises_.stat)(absolute).catch(() => undefined);
    const probe = info?.isDirectory() ? absolute : (0,external_node_path_.dirname)(absolute);
    let top;
    try {
        top = await (0,promises_.realpath)(await git(['rev-parse', '--show-toplevel'], probe));
    }
    catch {
        throw new errors/* MmfError */.H0('E_USAGE', `--base-ref needs a git repository, and ${anchor} is not in one`, {
            file: anchor,
        });
    }
    let commit;
    try {
        commit = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
    }
    catch {
        throw new errors/* MmfError */.H0('E_USAGE', `git ref "${ref}" does not exist in ${top}`, {
            hint: 'fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0)',
        });
    }
    const parent = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mmf-ref-'));
    const tree = (0,external_node_path_.join)(parent, 'tree');
    await git(['worktree', 'add', '--detach', '--quiet', tree, commit], top);
    const realTop = top;
    const atRef = (path) => {
        const abs = (0,external_node_path_.resolve)(path);
        const rel = (0,external_node_path_.relative)(realTop, abs);
        return rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? abs : (0,external_node_path_.join)(tree, rel);
    };
    try {
        return await fn(atRef);
    }
    finally {
        await git(['worktree', 'remove', '--force', tree], top).catch(() => undefined);
        await (0,promises_.rm)(parent, { recursive: true, force: true });
        await git(['worktree', 'prune'], top).catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./actions/platform/sources/manifest-source.ts
var manifest_source = __webpack_require__(8156);
// EXTERNAL MODULE: ./actions/kernel/diff/semantic-diff.ts + 6 modules
var semantic_diff = __webpack_require__(8289);
// EXTERNAL MODULE: ./actions/helm-migrate/convert-chart.ts + 13 modules
var convert_chart = __webpack_require__(3061);
// EXTERNAL MODULE: ./actions/helm-migrate/validate-migration.ts
var validate_migration = __webpack_require__(5288);
;// CONCATENATED MODULE: ./actions/helm-migrate/review-chart.ts









async function exists(path) {
    return (await (0,promises_.stat)(path).catch(() => undefined)) !== undefined;
}
/**
 * What the helm-migrate action (and its GitLab twin) runs: convert a chart and
 * prove parity, validate a committed Kustomize tree against its chart, or
 * diff what a change would do in the cluster against a base git ref.
 */
async function reviewChart(options) {
    const tools = {
        ...(options.helm ? { helm: options.helm } : {}),
        ...(options.kustomize ? { kustomize: options.kustomize } : {}),
    };
    if (options.mode === 'diff')
        return { report: await diffAgainstRef(options) };
    let migration;
    if (options.mode === 'convert') {
        const result = await (0,convert_chart/* convertChart */.g)({
            chart: options.chart,
            output: options.output,
            environments: options.environments,
            ...(options.release ? { release: options.release } : {}),
            namespace: options.namespace,
            validate: true,
            force: true,
            hookMode: options.hookMode,
            ...(options.helm?.path ? { helmPath: options.helm.path } : {}),
            ...(options.helm?.helmVersion ? { helmVersion: options.helm.helmVersion } : {}),
            ...(options.kustomize?.path ? { kustomizePath: options.kustomize.path } : {}),
            ...(options.kustomize?.kustomizeVersion
                ? { kustomizeVersion: options.kustomize.kustomizeVersion }
                : {}),
            ...(options.helm?.allowDownload ? { allowDownload: true } : {}),
            log: options.log,
        });
        migration = result.report;
    }
    const report = await (0,validate_migration/* validateMigration */.r)({
        originalPath: options.chart,
        migratedPath: options.output,
        environments: options.environments,
        ...(options.release ? { release: options.release } : {}),
        namespace: options.namespace,
        hookMode: options.hookMode,
        ...tools,
        log: options.log,
    });
    return { report: { ...report, mode: options.mode }, ...(migration ? { migration } : {}) };
}
/**
 * Per environment: what the cluster would see at the base ref (the overlay if
 * it exists there, else the chart rendered with that environment's values)
 * against the working tree (likewise). A migration PR thus compares Helm's
 * render at the base with the new overlay.
 */
async function diffAgainstRef(options) {
    const envs = (0,environments/* parseEnvironmentSpecs */.j)(options.environments);
    const baseRef = options.baseRef;
    if (!baseRef)
        throw new errors/* MmfError */.H0('E_USAGE', 'diff mode needs a base ref', {
            hint: 'set base-ref (or run on a pull_request event)',
        });
    const source = {
        namespace: options.namespace,
        ...(options.release ? { release: options.release } : {}),
        ...(options.helm ? { helm: options.helm } : {}),
        ...(options.kustomize ? { kustomize: options.kustomize } : {}),
    };
    const load = async (env, map, suffix) => {
        const overlay = map((0,external_node_path_.join)(options.output, 'overlays', env.name));
        if (await exists(overlay))
            return (0,manifest_source/* loadSource */.s)(overlay, {
                ...source,
                label: `${(0,external_node_path_.join)(options.output, 'overlays', env.name)}${suffix}`,
            });
        const chart = map(options.chart);
        const values = env.valuesFiles.map(map);
        const missing = (await Promise.all(values.map(exists))).some((present) => !present);
        // An environment (or chart) that does not exist yet at the base renders nothing there.
        if (!(await exists(chart)) || missing)
            return { label: `nothing${suffix}`, resources: new Map() };
        return (0,manifest_source/* loadSource */.s)(chart, { ...source, valuesFiles: values, label: `${options.chart}${suffix}` });
    };
    const sections = [];
    const notes = new Set();
    await withGitRef(options.chart, baseRef, async (atRef) => {
        for (const env of envs) {
            const left = await load(env, atRef, `@${baseRef}`);
            const right = await load(env, (p) => p, '');
            const diff = (0,semantic_diff/* diffManifests */.e)(left, right, options.diff ?? {});
            for (const side of [left, right])
                if (side.placeholderSecrets)
                    notes.add(`${side.label}: Secret values are git-ignored there; both sides were built with placeholders, so Secret data is not compared.`);
            options.log.info(`  ${env.name}: ${left.label} -> ${right.label}: ${diff.changes.length} changed resource(s)`);
            sections.push({ name: env.name, diff });
        }
    });
    return { subject: options.chart, mode: 'diff', sections, notes: [...notes] };
}

// EXTERNAL MODULE: ./actions/helm-migrate/core/hooks.ts
var hooks = __webpack_require__(1667);
;// CONCATENATED MODULE: ./actions/helm-migrate/inputs.ts



function choice(name, allowed, fallback) {
    const value = core/* getInput */.V4(name).trim() || fallback;
    if (!allowed.includes(value)) {
        throw new errors/* MmfError */.H0('E_USAGE', `input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
    }
    return value;
}
function bool(name, fallback) {
    const value = core/* getInput */.V4(name).trim().toLowerCase();
    if (!value)
        return fallback;
    if (['true', 'yes', '1'].includes(value))
        return true;
    if (['false', 'no', '0'].includes(value))
        return false;
    throw new errors/* MmfError */.H0('E_USAGE', `input ${name} must be true or false, not "${value}"`);
}
const optional = (name) => core/* getInput */.V4(name).trim() || undefined;
/** The helm-migrate inputs (action.yml), typed and checked in one place. */
function readInputs() {
    const chart = core/* getInput */.V4('chart').trim();
    if (!chart)
        throw new errors/* MmfError */.H0('E_USAGE', 'input chart is required', { hint: 'with: chart: charts/my-service' });
    const token = core/* getInput */.V4('token');
    if (token)
        core/* setSecret */.Pq(token);
    const release = optional('release');
    const baseRef = optional('base-ref');
    const helmVersion = optional('helm-version');
    const kustomizeVersion = optional('kustomize-version');
    return {
        mode: choice('mode', ['convert', 'validate', 'diff'], 'validate'),
        chart,
        environments: core/* getInput */.V4('environments')
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l && !l.startsWith('#')),
        output: core/* getInput */.V4('output').trim() || 'k8s',
        ...(release ? { release } : {}),
        namespace: core/* getInput */.V4('namespace').trim() || 'default',
        ...(baseRef ? { baseRef } : {}),
        ...(helmVersion ? { helmVersion } : {}),
        ...(kustomizeVersion ? { kustomizeVersion } : {}),
        comment: bool('comment', true),
        checkRun: bool('check-run', true),
        failOn: choice('fail-on', ['difference', 'parity-failure', 'never'], 'parity-failure'),
        hookMode: choice('hooks', hooks/* HOOK_MODES */.$L, 'keep'),
        token,
    };
}

;// CONCATENATED MODULE: ./actions/runtime/github/octokit.ts
/** Errors the token's permissions explain: a fork PR's read-only token, a missing `permissions:` entry. */
function isPermissionError(err) {
    const status = err?.status;
    return status === 403 || status === 404 || status === 401;
}
function describeError(err) {
    const e = err;
    return e.status ? `HTTP ${e.status}: ${e.message ?? ''}`.trim() : String(e?.message ?? err);
}

;// CONCATENATED MODULE: ./actions/runtime/github/check-run.ts

/** GitHub's limits: 50 annotations per request, 65,535 characters per output field. */
const ANNOTATIONS_PER_REQUEST = 50;
const CHECK_OUTPUT_LIMIT = 65_535;
function clip(text, note) {
    return text.length <= CHECK_OUTPUT_LIMIT
        ? text
        : `${text.slice(0, CHECK_OUTPUT_LIMIT - note.length - 2)}\n\n${note}`;
}
/**
 * Publishes a completed check run: the first 50 annotations with the create
 * request, the rest in further updates of 50. Returns its URL, or why it could
 * not be created.
 */
async function publishCheckRun(octokit, run) {
    const base = { owner: run.owner, repo: run.repo };
    const batches = [];
    for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const output = {
        title: run.title.slice(0, 255),
        summary: clip(run.summary, '_The full report is in the pull request comment and the job summary._'),
        ...(run.text
            ? {
                text: clip(run.text, '_Cut here: the full report is in the pull request comment and the job summary._'),
            }
            : {}),
    };
    try {
        const { data } = await octokit.rest.checks.create({
            ...base,
            name: run.name,
            head_sha: run.headSha,
            status: 'completed',
            conclusion: run.conclusion,
            completed_at: new Date().toISOString(),
            output: { ...output, annotations: batches[0] ?? [] },
        });
        for (const batch of batches.slice(1)) {
            await octokit.rest.checks.update({
                ...base,
                check_run_id: data.id,
                output: { title: output.title, summary: output.summary, annotations: batch },
            });
        }
        return { url: data.html_url ?? undefined };
    }
    catch (err) {
        if (!isPermissionError(err))
            throw err;
        return { reason: `the token cannot create check runs (${describeError(err)}); it needs checks: write` };
    }
}

;// CONCATENATED MODULE: ./actions/kernel/review/split-comment.ts
/** GitHub rejects issue comments longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
/** GitLab's note limit. */
const GITLAB_NOTE_LIMIT = 1_000_000;
/** The hidden marker that finds "our" comment again: one per (workflow, job, chart) id and part. */
function commentMarker(id, part) {
    return `<!-- mmf-actions:review id="${id.replace(/"|-->/g, '_')}" part="${part}" -->`;
}
/** Reads the part number of one of our comments with this id, or undefined. */
function markerPart(body, id) {
    const prefix = commentMarker(id, 0).replace(/part="0" -->$/, 'part="');
    if (!body.startsWith(prefix))
        return undefined;
    const part = Number(/^(\d+)" -->/.exec(body.slice(prefix.length))?.[1]);
    return Number.isInteger(part) && part > 0 ? part : undefined;
}
/** Room kept in every part for the marker, the part heading, the footer and closing/reopening a fence. */
const RESERVE = 600;
/** Splits one oversized block at line boundaries, closing and reopening code fences and <details>. */
function splitBlock(block, budget, first) {
    const summary = /^<details><summary>(.*)<\/summary>/.exec(block)?.[1];
    // Hard-wrap any single line longer than half a part; nothing is dropped.
    const lines = block.split('\n').flatMap((line) => {
        const width = Math.floor(budget / 2);
        const out = [];
        for (let i = 0; i < line.length; i += width)
            out.push(line.slice(i, i + width));
        return out.length ? out : [''];
    });
    const chunks = [];
    let fence;
    let current = [];
    let size = 0;
    for (const line of lines) {
        // 100 characters stay free for the closing fence and </details>.
        if (size + line.length + 1 > (chunks.length ? budget : first) - 100 && current.length) {
            const closing = fence ? [fence.replace(/[^`]/g, '')] : [];
            chunks.push([...current, ...closing, ...(summary !== undefined ? ['', '</details>'] : [])].join('\n'));
            current = [
                ...(summary !== undefined ? [`<details><summary>${summary} (continued)</summary>`, ''] : []),
                ...(fence ? [fence] : []),
            ];
            size = current.join('\n').length;
        }
        current.push(line);
        size += line.length + 1;
        if (/^`{3,}/.test(line))
            fence = fence ? undefined : line;
    }
    if (current.length)
        chunks.push(current.join('\n'));
    return chunks;
}
/**
 * Cuts a review into comment bodies of at most `limit` characters, at
 * resource boundaries (inside a resource only when it alone is too big), each
 * starting with our marker and saying "part i of n". Nothing is dropped.
 */
function splitComment(blocks, id, title, limit = GITHUB_COMMENT_LIMIT) {
    const budget = limit - RESERVE;
    const parts = [[blocks.header]];
    let size = blocks.header.length;
    for (const block of blocks.resources) {
        // An oversized resource starts in the room left in this part (if worth it) and continues in the next ones.
        const room = budget - size;
        const pieces = block.length > budget ? splitBlock(block, budget, room > budget / 4 ? room : budget) : [block];
        for (const piece of pieces) {
            if (size + piece.length + 1 > budget && parts[parts.length - 1].length) {
                parts.push([]);
                size = 0;
            }
            parts[parts.length - 1].push(piece);
            size += piece.length + 1;
        }
    }
    const total = parts.length;
    return parts.map((content, i) => {
        const head = [commentMarker(id, i + 1)];
        if (i > 0)
            head.push(`### ${title} (part ${i + 1} of ${total})`, '');
        const foot = total > 1 ? ['', `<sub>Part ${i + 1} of ${total}.</sub>`] : [];
        const body = [...head, ...content, ...foot].join('\n');
        if (body.length > limit)
            throw new Error(`comment part ${i + 1} is ${body.length} characters, over ${limit}`);
        return body;
    });
}

;// CONCATENATED MODULE: ./actions/runtime/github/sticky-comment.ts


/**
 * Which comments this token wrote: with a personal token, those of its user;
 * with an app or GITHUB_TOKEN (GET /user refuses them), those by a bot. A
 * human's comment that copies our marker is never edited or deleted.
 */
async function ownership(octokit) {
    const login = await octokit.rest.users
        .getAuthenticated()
        .then((r) => r.data.login)
        .catch(() => undefined);
    return (author) => (login ? author?.login === login : author?.type === 'Bot');
}
/**
 * Creates or updates our comment (one per id, found by its hidden marker) in
 * place, one comment per part; deletes parts left over from a longer earlier
 * run and any duplicates. Never creates a second copy of a part.
 */
async function upsertStickyComment(octokit, target, parts) {
    const result = { posted: false, created: 0, updated: 0, deleted: 0 };
    const base = { owner: target.owner, repo: target.repo };
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
            ...base,
            issue_number: target.issueNumber,
            per_page: 100,
        });
        const isOwn = await ownership(octokit);
        const ours = new Map();
        const stale = [];
        for (const c of comments) {
            const part = markerPart(c.body ?? '', target.id);
            if (part === undefined || !isOwn(c.user))
                continue;
            if (ours.has(part) || part > parts.length)
                stale.push(c.id);
            else
                ours.set(part, { id: c.id, body: c.body ?? '', html_url: c.html_url });
        }
        for (const [i, body] of parts.entries()) {
            const existing = ours.get(i + 1);
            let url;
            if (!existing) {
                const { data } = await octokit.rest.issues.createComment({
                    ...base,
                    issue_number: target.issueNumber,
                    body,
                });
                result.created++;
                url = data.html_url;
            }
            else if (existing.body !== body) {
                const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: existing.id, body });
                result.updated++;
                url = data.html_url;
            }
            else {
                url = existing.html_url;
            }
            if (i === 0)
                result.url = url;
        }
        for (const id of stale) {
            await octokit.rest.issues.deleteComment({ ...base, comment_id: id });
            result.deleted++;
        }
        result.posted = true;
        return result;
    }
    catch (err) {
        if (!isPermissionError(err))
            throw err;
        return {
            ...result,
            reason: `the token cannot comment on this pull request (${describeError(err)}; pull requests from forks get a read-only token)`,
        };
    }
}

// EXTERNAL MODULE: ./actions/kernel/k8s/file-names.ts
var file_names = __webpack_require__(8446);
;// CONCATENATED MODULE: ./actions/platform/sources/locate-source.ts



async function lineOf(file, pattern) {
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    const index = text.split('\n').findIndex((l) => pattern.test(l));
    return index < 0 ? 1 : index + 1;
}
const locate_source_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The file (and line) a reviewer should look at for a changed resource: the
 * overlay patch or resource file that produces it, else the base file, else
 * the chart template helm named in `# Source:`.
 */
async function locateChange(change, ctx) {
    const found = await locateProducer(change, ctx);
    // When the template or overlay file did not change but a values file did, the values file caused it.
    if (ctx.changedFiles && (!found || !ctx.changedFiles.has(found.path))) {
        for (const file of ctx.valuesFiles ?? []) {
            const rel = (0,external_node_path_.relative)(ctx.workspace, file).split(external_node_path_.sep).join('/');
            if (ctx.changedFiles.has(rel))
                return { path: rel, line: 1 };
        }
    }
    return found;
}
async function locateProducer(change, ctx) {
    const stem = `${(0,file_names/* safeStem */.J)(change.id.kind)}-${(0,file_names/* safeStem */.J)(change.id.name)}.yaml`;
    const name = new RegExp(`^\\s*name:\\s*["']?${locate_source_escape(change.id.name)}["']?\\s*$`);
    const candidates = [];
    if (ctx.output) {
        const overlay = (0,external_node_path_.join)(ctx.output, 'overlays', ctx.environment);
        candidates.push((0,external_node_path_.join)(overlay, 'patches', stem), (0,external_node_path_.join)(overlay, 'patches', `delete-${stem}`), (0,external_node_path_.join)(overlay, stem), (0,external_node_path_.join)(ctx.output, 'base', stem));
    }
    for (const source of [change.sources.right, change.sources.left]) {
        if (!source)
            continue;
        // helm: "<chart>/templates/x.yaml" (subcharts: "<chart>/charts/<sub>/templates/x.yaml")
        const parts = source.split('/');
        if (parts.length > 1 && parts.includes('templates'))
            candidates.push((0,external_node_path_.join)(ctx.chartDir, ...parts.slice(1)));
        else
            candidates.push(source);
    }
    if (ctx.output)
        candidates.push((0,external_node_path_.join)(ctx.output, 'overlays', ctx.environment, 'kustomization.yaml'));
    for (const file of candidates) {
        const line = await lineOf(file, name);
        if (line !== undefined) {
            const rel = (0,external_node_path_.relative)(ctx.workspace, file);
            if (!rel.startsWith('..'))
                return { path: rel.split(external_node_path_.sep).join('/'), line };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/runtime/github/publish-review.ts








/** GitHub's limit for one step's job summary, in bytes. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 4096;
/** The job summary: always written first, so forks, read-only tokens and API failures still leave the whole report. */
async function writeJobSummary(blocks) {
    let body = blocks.header;
    let size = Buffer.byteLength(body);
    let omitted = 0;
    for (const block of blocks.resources) {
        const bytes = Buffer.byteLength(block) + 1;
        if (size + bytes > SUMMARY_LIMIT_BYTES)
            omitted++;
        else {
            body += '\n' + block;
            size += bytes;
        }
    }
    if (omitted) {
        body += `\n> ${omitted} resource section(s) do not fit the job summary's 1 MiB limit; they are in the PR comment parts and the report file (output report-path).\n`;
    }
    await core/* summary */.z.addRaw(body).write();
}
async function appendJobSummaryNotes(notes) {
    if (!notes.length)
        return;
    await core/* summary */.z.addRaw(notes.map((n) => `\n> ${n}\n`).join('')).write();
}
async function annotations(report, settings) {
    const out = [];
    for (const section of report.sections) {
        for (const change of section.diff.changes) {
            const where = await locateChange(change, {
                workspace: settings.workspace,
                chartDir: settings.chart,
                ...(settings.output ? { output: settings.output } : {}),
                environment: section.name,
                ...(settings.changedFiles ? { changedFiles: settings.changedFiles } : {}),
                valuesFiles: settings.valuesFiles?.get(section.name) ?? [],
            });
            if (!where)
                continue;
            const fields = change.fields.slice(0, 10).map((f) => `${f.path} ${f.change}`);
            const keys = (change.secretKeys ?? [])
                .filter((k) => k.status !== 'unchanged')
                .map((k) => `secret key ${k.key} ${k.status}`);
            out.push({
                path: where.path,
                start_line: where.line,
                end_line: where.line,
                annotation_level: section.parity === false ? 'failure' : 'notice',
                title: `${section.name}: ${change.resource} ${change.status}`,
                message: [...fields, ...keys].join('\n') || change.status,
            });
        }
    }
    return out;
}
/**
 * Sticky PR comment and check run; each degrades to a logged notice when the
 * token cannot write, and any other failure is returned rather than thrown.
 */
async function publishToPullRequest(report, blocks, settings) {
    try {
        return await publish(report, blocks, settings);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        core/* warning */.$e(`Publishing to the pull request failed: ${message}. The full report is in the job summary.`);
        return {
            notes: [`Publishing to the pull request failed (${message}); this summary holds the full report.`],
            error: message,
        };
    }
}
async function publish(report, blocks, settings) {
    const notes = [];
    const { /* context */ "_": context } = github;
    const octokit = github/* getOctokit */.Q(settings.token);
    const pr = context.payload.pull_request;
    let commentUrl;
    if (settings.comment && pr) {
        const parts = splitComment(blocks, settings.id, settings.title);
        const result = await upsertStickyComment(octokit, { ...context.repo, issueNumber: pr.number, id: settings.id }, parts);
        if (result.posted) {
            commentUrl = result.url;
            core/* info */.pq(`PR comment: ${parts.length} part(s), ${result.created} created, ${result.updated} updated, ${result.deleted} deleted: ${result.url}`);
        }
        else {
            core/* warning */.$e(`No PR comment: ${result.reason}. The full report is in the job summary.`);
            notes.push(`No PR comment was written: ${result.reason}.`);
        }
    }
    if (settings.checkRun) {
        const verdict = (0,review_report/* verdictOf */.Vj)(report);
        const headSha = pr?.head?.sha ?? context.sha;
        const run = await publishCheckRun(octokit, {
            ...context.repo,
            headSha,
            name: `helm-migrate: ${settings.chart}`,
            conclusion: settings.failed
                ? 'failure'
                : verdict === 'no-changes' || verdict === 'parity'
                    ? 'success'
                    : 'neutral',
            title: (0,render_review_markdown/* summaryLine */.dC)(report).slice(0, 255) || 'no environments',
            summary: blocks.header,
            text: blocks.resources.join('\n'),
            annotations: await annotations(report, settings),
        });
        if (run.reason) {
            core/* warning */.$e(`No check run: ${run.reason}.`);
            notes.push(`No check run was created: ${run.reason}.`);
        }
        else
            core/* info */.pq(`Check run: ${run.url}`);
    }
    return { ...(commentUrl ? { commentUrl } : {}), notes };
}

;// CONCATENATED MODULE: ./actions/helm-migrate/action.ts













function defaultBaseRef() {
    const base = github/* context */._.payload.pull_request?.base?.sha;
    return base ?? 'HEAD^';
}
async function action_exists(path) {
    return (await (0,promises_.stat)(path).catch(() => undefined)) !== undefined;
}
function failed(inputs, parityFailed, changed) {
    if (inputs.failOn === 'never')
        return false;
    return parityFailed || (inputs.failOn === 'difference' && changed > 0);
}
/** Writes review.json (and REVIEW.md beside it) for validate and diff; convert has its migration report. */
async function writeReviewFiles(dir, report, markdown) {
    const path = (0,external_node_path_.join)(dir, 'review.json');
    await (0,promises_.writeFile)(path, JSON.stringify(report, null, 2) + '\n');
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'REVIEW.md'), markdown);
    return path;
}
/**
 * helm-migrate: read inputs, run the engine, then publish the review: job
 * summary, outputs and report files first (so nothing is lost if GitHub
 * refuses or fails), then the PR comment and the check run.
 */
async function runHelmMigrate() {
    let scratch;
    try {
        const inputs = readInputs();
        const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
        scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'mmf-helm-migrate-'));
        // validate without a committed tree converts into scratch space (removed at the end: it holds Secret values).
        const validateFresh = inputs.mode === 'validate' && !(await action_exists(inputs.output));
        const output = validateFresh ? (0,external_node_path_.join)(scratch, 'k8s') : inputs.output;
        const baseRef = inputs.mode === 'diff' ? (inputs.baseRef ?? defaultBaseRef()) : undefined;
        const { report, migration } = await core/* group */.Os(`helm-migrate ${inputs.mode}: ${inputs.chart}`, () => reviewChart({
            mode: validateFresh ? 'convert' : inputs.mode,
            chart: inputs.chart,
            environments: inputs.environments,
            output,
            ...(inputs.release ? { release: inputs.release } : {}),
            namespace: inputs.namespace,
            hookMode: inputs.hookMode,
            ...(baseRef ? { baseRef } : {}),
            helm: { ...(inputs.helmVersion ? { helmVersion: inputs.helmVersion } : {}), log: core/* info */.pq },
            kustomize: {
                ...(inputs.kustomizeVersion ? { kustomizeVersion: inputs.kustomizeVersion } : {}),
                log: core/* info */.pq,
            },
            log: { info: core/* info */.pq, warn: core/* warning */.$e },
        }));
        const title = `helm-migrate ${inputs.mode}: \`${inputs.chart}\``;
        const blocks = (0,render_review_markdown/* renderReviewMarkdown */.AD)({ ...report, mode: inputs.mode }, title);
        const parityFailed = (0,review_report/* verdictOf */.Vj)(report) === 'parity-failure';
        const changed = (0,review_report/* changedResources */.IR)(report);
        const isFailure = failed(inputs, parityFailed, changed);
        await writeJobSummary(blocks);
        const reportPath = (0,external_node_path_.resolve)(migration && inputs.mode === 'convert'
            ? (0,external_node_path_.join)(output, 'migration-report.json')
            : await writeReviewFiles(scratch, report, [blocks.header, ...blocks.resources].join('\n')));
        const hasParity = report.sections.some((s) => s.parity !== undefined);
        core/* setOutput */.uH('parity', hasParity ? String(!parityFailed) : '');
        core/* setOutput */.uH('changed-resources', String(changed));
        core/* setOutput */.uH('report-path', reportPath);
        const published = await publishToPullRequest(report, blocks, {
            title,
            id: `${process.env.GITHUB_WORKFLOW ?? 'workflow'}/${process.env.GITHUB_JOB ?? 'job'}/${inputs.chart}`,
            chart: inputs.chart,
            output,
            comment: inputs.comment,
            checkRun: inputs.checkRun,
            failed: isFailure,
            token: inputs.token,
            workspace,
            ...(baseRef ? { changedFiles: await changedFilesSince(baseRef, workspace) } : {}),
            valuesFiles: new Map((0,environments/* parseEnvironmentSpecs */.j)(inputs.environments).map((e) => [e.name, e.valuesFiles])),
        });
        core/* setOutput */.uH('comment-url', published.commentUrl ?? '');
        await appendJobSummaryNotes(published.notes);
        if (isFailure) {
            core/* setFailed */.C1(parityFailed
                ? `Parity failure: Kustomize does not reproduce Helm in every environment (see the report). fail-on: ${inputs.failOn}`
                : `${changed} resource(s) change (fail-on: difference).`);
        }
        else if (published.error) {
            core/* setFailed */.C1(`The report is in the job summary, but publishing to the pull request failed: ${published.error}`);
        }
    }
    catch (err) {
        core/* setFailed */.C1((0,errors/* isMmfError */.NJ)(err) ? err.format() : `unexpected failure: ${err.stack ?? String(err)}`);
    }
    finally {
        if (scratch)
            await (0,promises_.rm)((0,external_node_path_.join)(scratch, 'k8s'), { recursive: true, force: true });
    }
}


/***/ })

};
