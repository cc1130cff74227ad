export const id = 997;
export const ids = [997];
export const modules = {

/***/ 4997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runHelmMigrate: () => (/* binding */ runHelmMigrate)
});

// UNUSED EXPORTS: defaultCommentId

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./actions/runtime/github/event-context.ts
var event_context = __webpack_require__(7335);
// EXTERNAL MODULE: ./actions/runtime/github/publish-report.ts + 3 modules
var publish_report = __webpack_require__(1726);
// EXTERNAL MODULE: ./actions/runtime/github/publish-bundle.ts + 1 modules
var publish_bundle = __webpack_require__(8687);
// EXTERNAL MODULE: ./actions/runtime/github/report-bundle.ts
var report_bundle = __webpack_require__(4500);
// EXTERNAL MODULE: ./actions/runtime/github/step-failure.ts
var step_failure = __webpack_require__(9192);
// EXTERNAL MODULE: ./actions/runtime/github/inputs.ts
var inputs = __webpack_require__(8180);
// EXTERNAL MODULE: ./actions/helm-migrate/core/hooks.ts
var hooks = __webpack_require__(1667);
// EXTERNAL MODULE: ./actions/helm-migrate/core/review-policy.ts
var review_policy = __webpack_require__(598);
;// CONCATENATED MODULE: ./actions/helm-migrate/inputs.ts



/** The helm-migrate inputs (action.yml), typed and checked in one place. */
function readInputs() {
    const mode = (0,inputs/* choiceInput */.ij)('mode', [...review_policy/* REVIEW_MODES */.qJ, 'publish'], 'validate');
    const common = (0,inputs/* publishingInputs */.lo)();
    if (mode === 'publish')
        return {
            mode,
            report: (0,inputs/* requiredInput */.YF)('report', '${{ runner.temp }}/mmf-report/report-bundle.json'),
            ...common,
        };
    const release = (0,inputs/* optionalInput */.$m)('release');
    const baseEnv = (0,inputs/* optionalInput */.$m)('base-env');
    const baseRef = (0,inputs/* optionalInput */.$m)('base-ref');
    const helmVersion = (0,inputs/* optionalInput */.$m)('helm-version');
    const kustomizeVersion = (0,inputs/* optionalInput */.$m)('kustomize-version');
    const commentId = (0,inputs/* optionalInput */.$m)('comment-id');
    return {
        mode,
        chart: (0,inputs/* requiredInput */.YF)('chart', 'charts/my-service'),
        environments: (0,inputs/* lineListInput */.T$)('environments'),
        output: (0,inputs/* optionalInput */.$m)('output') ?? 'k8s',
        ...(release ? { release } : {}),
        ...(baseEnv ? { baseEnv } : {}),
        namespace: (0,inputs/* optionalInput */.$m)('namespace') ?? 'default',
        ...(baseRef ? { baseRef } : {}),
        ...(helmVersion ? { helmVersion } : {}),
        ...(kustomizeVersion ? { kustomizeVersion } : {}),
        ...(commentId ? { commentId } : {}),
        failOn: (0,inputs/* choiceInput */.ij)('fail-on', review_policy/* FAIL_ON */.d$, 'parity-failure'),
        hookMode: (0,inputs/* choiceInput */.ij)('hooks', hooks/* HOOK_MODES */.$L, 'keep'),
        ...common,
        toolSource: (0,inputs/* choiceInput */.ij)('tool-source', ['pinned', 'path'], 'pinned'),
        allowRemote: (0,inputs/* booleanInput */.tE)('allow-remote', false),
    };
}

// EXTERNAL MODULE: ./actions/helm-migrate/run-review.ts + 4 modules
var run_review = __webpack_require__(4118);
;// CONCATENATED MODULE: ./actions/helm-migrate/action.ts










/** The sticky comment's default key: two steps on one chart (other mode or output) keep their own comment. */
function defaultCommentId(context, inputs) {
    return [context.workflow, context.job, inputs.chart, inputs.mode, inputs.output].join('/');
}
const REPORT_LOCATION = 'the report file (`report-path` output; the reusable workflow uploads it as an artifact)';
function finish(failure, published) {
    if (failure)
        core/* setFailed */.C1(failure);
    else
        (0,step_failure/* failIfNotPublished */.n)(published);
}
async function review(inputs, context) {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const run = await core/* group */.Os(`helm-migrate ${inputs.mode}: ${inputs.chart}`, () => (0,run_review.runReview)({
        mode: inputs.mode,
        chart: inputs.chart,
        environments: inputs.environments,
        output: inputs.output,
        ...(inputs.release ? { release: inputs.release } : {}),
        ...(inputs.baseEnv ? { baseEnvironment: inputs.baseEnv } : {}),
        namespace: inputs.namespace,
        hookMode: inputs.hookMode,
        failOn: inputs.failOn,
        ...(inputs.baseRef ? { baseRef: inputs.baseRef } : {}),
        ...(context.baseSha ? { eventBase: context.baseSha } : {}),
        workspace,
        scratchRoot: process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(),
        helm: {
            ...(inputs.helmVersion ? { helmVersion: inputs.helmVersion } : {}),
            toolSource: inputs.toolSource,
            log: core/* info */.pq,
        },
        kustomize: {
            ...(inputs.kustomizeVersion ? { kustomizeVersion: inputs.kustomizeVersion } : {}),
            toolSource: inputs.toolSource,
            allowRemote: inputs.allowRemote,
            log: core/* info */.pq,
        },
        secrets: [inputs.token],
        log: { info: core/* info */.pq, warn: core/* warning */.$e },
    }));
    try {
        const commentId = inputs.commentId ?? defaultCommentId(context, inputs);
        const checkName = `helm-migrate: ${inputs.chart}`;
        const bundle = (0,external_node_path_.join)(run.dir, 'report-bundle.json');
        await (0,report_bundle/* writeReportBundle */.ME)(bundle, {
            report: run.report,
            commentId,
            checkName,
            headSha: context.sha,
            ...(context.pullRequest !== undefined ? { pullRequest: context.pullRequest } : {}),
        });
        core/* setOutput */.uH('report-bundle', bundle);
        const published = await (0,publish_report/* publishReport */.S)(run.report, {
            token: inputs.token,
            context,
            comment: { enabled: inputs.comment, id: commentId, maxParts: inputs.maxCommentParts },
            checkRun: { enabled: inputs.checkRun, name: checkName },
            reportLocation: REPORT_LOCATION,
        });
        finish(run.failure, published);
    }
    finally {
        await run.cleanup();
    }
}
/** `mode: publish`: posts a report bundle another run computed (see publishReportBundle). */
async function publish(inputs, context) {
    const published = await (0,publish_bundle/* publishReportBundle */.w)({
        bundle: inputs.report,
        token: inputs.token,
        context,
        comment: inputs.comment,
        checkRun: inputs.checkRun,
        maxCommentParts: inputs.maxCommentParts,
    });
    // The run that computed the report already failed on it; this one fails only if publishing does.
    finish(undefined, published);
}
/**
 * helm-migrate: read inputs and the event, run the review (or take a
 * computed one), then publish it: outputs and job summary first, then the
 * sticky comment and the check run.
 */
async function runHelmMigrate() {
    try {
        const inputs = readInputs();
        const context = (0,event_context/* readEventContext */.w)();
        if (inputs.mode === 'publish')
            await publish(inputs, context);
        else
            await review(inputs, context);
    }
    catch (err) {
        (0,step_failure/* failStep */.v)(err);
    }
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
