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
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/runtime/github/event-context.ts
var event_context = __webpack_require__(7335);
// EXTERNAL MODULE: ./actions/runtime/github/publish-report.ts + 4 modules
var publish_report = __webpack_require__(8966);
// EXTERNAL MODULE: ./actions/runtime/github/publish-bundle.ts + 1 modules
var publish_bundle = __webpack_require__(8687);
// EXTERNAL MODULE: ./actions/runtime/github/report-bundle.ts
var report_bundle = __webpack_require__(4500);
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
    const common = {
        comment: (0,inputs/* booleanInput */.tE)('comment', true),
        checkRun: (0,inputs/* booleanInput */.tE)('check-run', true),
        maxCommentParts: (0,inputs/* integerInput */.$A)('max-comment-parts', 2, { min: 1, max: 50 }),
        token: (0,inputs/* tokenInput */.e1)(),
    };
    if (mode === 'publish')
        return {
            mode,
            report: (0,inputs/* requiredInput */.YF)('report', '${{ runner.temp }}/mmf-report/report-bundle.json'),
            ...common,
        };
    const release = (0,inputs/* optionalInput */.$m)('release');
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
    else if (published.error)
        core/* setFailed */.C1(`The report is in the job summary, but publishing it failed: ${published.error}`);
}
async function review(inputs, context) {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const run = await core/* group */.Os(`helm-migrate ${inputs.mode}: ${inputs.chart}`, () => (0,run_review/* runReview */.O)({
        mode: inputs.mode,
        chart: inputs.chart,
        environments: inputs.environments,
        output: inputs.output,
        ...(inputs.release ? { release: inputs.release } : {}),
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
        core/* setFailed */.C1((0,errors/* isMmfError */.NJ)(err) ? err.format() : `unexpected failure: ${err.stack ?? String(err)}`);
    }
}


/***/ })

};
