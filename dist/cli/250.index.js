export const id = 250;
export const ids = [250];
export const modules = {

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMigrateReview: () => (/* binding */ runMigrateReview)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
// EXTERNAL MODULE: ./actions/kernel/report/render-text.ts
var render_text = __webpack_require__(4145);
// EXTERNAL MODULE: ./actions/runtime/cli/help.ts
var help = __webpack_require__(6941);
// EXTERNAL MODULE: ./actions/runtime/cli/report-output.ts
var report_output = __webpack_require__(6560);
// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts + 1 modules
var tool_flags = __webpack_require__(2483);
;// CONCATENATED MODULE: ./actions/runtime/gitlab/job-log.ts

const ESC = '\u001b[0K';
/**
 * A collapsible section of a GitLab job log (`section_start` / `section_end`
 * markers; the runner shows the header and folds the body). Names keep to
 * `[a-z0-9_]`, as GitLab requires.
 */
function logSection(name, header, body, options = {}) {
    const id = name.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
    const at = Math.floor(Date.now() / 1000);
    const flag = options.collapsed ? '[collapsed=true]' : '';
    const text = body.endsWith('\n') ? body : `${body}\n`;
    return `${ESC}section_start:${at}:${id}${flag}\r${ESC}${header}\n${text}${ESC}section_end:${at}:${id}\r${ESC}\n`;
}
/**
 * What the job log shows of a published report: the report as text (in a
 * section), then where its files are and what was not published, and why.
 */
function renderJobLog(report, published) {
    const { folder } = published;
    const files = [
        `  ${folder.markdown} (Markdown)`,
        ...Object.values(folder.copied).map((p) => `  ${p}`),
        `  ${folder.codequality} (codequality report)`,
        `  ${folder.junit} (junit report)`,
        `  ${folder.dotenv} (dotenv report)`,
    ];
    const lines = [`Report files (job artifacts):`, ...files];
    if (folder.omittedOutputs.length)
        lines.push(`Not in the dotenv report (empty or over its 5 KB limit): ${folder.omittedOutputs.join(', ')}`);
    if (published.noteUrl)
        lines.push(`Merge request note: ${published.noteUrl}`);
    lines.push(...published.notes);
    return logSection(report.capability, report.title, (0,render_text/* renderReportText */.U)(report)) + lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./actions/runtime/gitlab/report-files.ts + 2 modules
var report_files = __webpack_require__(8855);
// EXTERNAL MODULE: ./actions/runtime/gitlab/ci-context.ts
var ci_context = __webpack_require__(8343);
// EXTERNAL MODULE: ./actions/runtime/gitlab/publish-report.ts + 2 modules
var publish_report = __webpack_require__(1474);
// EXTERNAL MODULE: ./actions/helm-migrate/run-review.ts + 4 modules
var run_review = __webpack_require__(4118);
;// CONCATENATED MODULE: ./actions/helm-migrate/gitlab-review.ts




/** The sticky note's default key: two jobs on one chart (other mode or output) keep their own note. */
function defaultNoteId(context, inputs) {
    return [context.jobName, inputs.chart, inputs.mode, inputs.output].join('/');
}
/**
 * helm-migrate in a GitLab job: the review every front end runs (runReview:
 * policy, engine, report), with the base of diff mode and the paths from
 * GitLab's CI variables, then published the GitLab way (report folder for
 * the artifacts, sticky merge request note with gitlab-token). The token is
 * redacted from the report before anything is rendered.
 */
async function runGitLabReview(inputs, options) {
    const env = options.env ?? process.env;
    const context = (0,ci_context/* readGitLabContext */.r)(env);
    const token = env[publish_report/* GITLAB_TOKEN_ENV */.i]?.trim() || undefined;
    const { comment, commentId, maxCommentParts, reportDir, dotenvPrefix, ...review } = inputs;
    const run = await (0,run_review.runReview)({
        ...review,
        ...(context.eventBase ? { eventBase: context.eventBase } : {}),
        workspace: context.projectDir,
        scratchRoot: env.TMPDIR || (0,external_node_os_.tmpdir)(),
        secrets: token ? [token] : [],
        log: options.log,
    });
    try {
        const published = await (0,publish_report/* publishGitLabReport */.h)(run.report, {
            context,
            ...(token ? { token } : {}),
            reportDir,
            dotenvPrefix,
            note: { enabled: comment, id: commentId ?? defaultNoteId(context, inputs), maxParts: maxCommentParts },
            keep: [inputs.chart, inputs.output],
            log: options.log,
            ...(options.client ? { client: options.client } : {}),
        });
        return { report: run.report, ...(run.failure ? { failure: run.failure } : {}), published, context };
    }
    finally {
        // The review's scratch folder (and the conversion in it, which holds Secret values): its files are copied.
        await run.discard();
    }
}

// EXTERNAL MODULE: ./actions/helm-migrate/cli/review.ts
var cli_review = __webpack_require__(192);
;// CONCATENATED MODULE: ./actions/helm-migrate/cli/run-migrate-review.ts











/** The review's fail-on verdict as the paragraph the command ends with (exit 3). */
function failureError(failure, chart) {
    return /^Parity failure/.test(failure)
        ? new errors/* MmfError */.H0('E_PARITY', failure, {
            file: chart,
            hint: 'the report (REVIEW.md) lists the differing resources and field paths',
        })
        : new errors/* MmfError */.H0('E_DIFFERENCE', failure, {
            file: chart,
            hint: 'the report (REVIEW.md) lists the changed resources; with fail-on parity-failure they are reported without failing',
        });
}
/** Empty strings (an unset component input) mean "not given". */
const given = (value) => (value?.trim() ? value.trim() : undefined);
/** What `mmf migrate review` does once its flags are parsed (loaded only when it runs). */
async function runMigrateReview(flags, cmd, io, state) {
    const chart = given(flags.chart);
    if (!chart)
        throw new errors/* MmfError */.H0('E_USAGE', 'missing --chart <dir|tgz>', {
            hint: 'mmf migrate review --mode validate --chart charts/my-service --env prod=charts/my-service/values-prod.yaml',
        });
    const log = (0,tool_flags/* stderrLogger */.D7)(io);
    const tools = (0,tool_flags/* toolOptions */.Py)(flags, log);
    const kustomizeVersion = given(flags.kustomizeVersion);
    const release = given(flags.release);
    const baseRef = given(flags.baseRef);
    const baseEnvironment = given(flags.baseEnv);
    const review = {
        mode: flags.mode,
        chart,
        environments: [...flags.env, ...(flags.environments ?? [])],
        output: given(flags.output) ?? 'k8s',
        ...(release ? { release } : {}),
        ...(baseEnvironment ? { baseEnvironment } : {}),
        namespace: given(flags.namespace) ?? 'default',
        hookMode: flags.hooks,
        failOn: flags.failOn,
        ...(baseRef ? { baseRef } : {}),
        helm: tools.helm,
        kustomize: { ...tools.kustomize, ...(kustomizeVersion ? { kustomizeVersion } : {}) },
    };
    const reportDir = given(flags.reportDir);
    let failure;
    let publishError;
    let result;
    let text = '';
    if (flags.gitlab) {
        const run = await runGitLabReview({
            ...review,
            comment: flags.comment,
            ...(given(flags.commentId) ? { commentId: given(flags.commentId) } : {}),
            maxCommentParts: flags.maxCommentParts,
            reportDir: reportDir ?? cli_review/* DEFAULT_REPORT_DIR */.dw,
            dotenvPrefix: flags.dotenvPrefix,
        }, { log });
        failure = run.failure;
        publishError = run.published.error;
        result = run.report.result;
        text = renderJobLog(run.report, run.published);
    }
    else {
        const run = await (0,run_review.runReview)({
            ...review,
            workspace: process.cwd(),
            scratchRoot: process.env.TMPDIR || (0,external_node_os_.tmpdir)(),
            log,
        });
        try {
            failure = run.failure;
            result = run.report.result;
            if (reportDir) {
                const folder = await (0,report_files/* writeReportFolder */.aF)(run.report, {
                    dir: reportDir,
                    projectDir: process.cwd(),
                    dotenvPrefix: flags.dotenvPrefix,
                    keep: [chart, review.output],
                });
                log.info(`report files: ${folder.markdown}, ${folder.junit}, ${folder.codequality}, ${folder.dotenv}`);
            }
            text = (0,render_text/* renderReportText */.U)(run.report);
        }
        finally {
            await run.discard();
        }
    }
    const failed = failure ? failureError(failure, chart) : undefined;
    // The review's verdict goes into the envelope; a refused note is said after it.
    const exitCode = failed?.exitCode ?? publishError?.exitCode ?? 0;
    const reported = failed ?? publishError;
    (0,report_output/* printOutput */.jP)(io, state, (0,help/* commandPath */.pM)(cmd), { result, exitCode, text: () => text, ...(reported ? { failure: reported } : {}) }, flags);
    if (failed && publishError)
        io.stderr(publishError.format() + '\n');
}


/***/ })

};
