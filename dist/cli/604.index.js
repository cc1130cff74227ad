export const id = 604;
export const ids = [604];
export const modules = {

/***/ 7604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runHelmToKustomize: () => (/* binding */ runHelmToKustomize)
});

// EXTERNAL MODULE: ./actions/helm-migrate/convert-chart.ts + 11 modules
var convert_chart = __webpack_require__(2295);
// EXTERNAL MODULE: ./actions/kernel/errors.ts
var errors = __webpack_require__(5067);
;// CONCATENATED MODULE: ./actions/helm-migrate/cli/format-summary.ts

/** The human summary printed at the end of a conversion. */
function formatConvertSummary(result) {
    const { report } = result;
    const lines = [
        `Wrote ${result.output}: base (${report.base.environment ? `from ${report.base.environment}, ` : ''}${report.base.resources} resources) + ${report.environments.length} overlay(s)`,
    ];
    for (const env of report.environments) {
        const verdict = env.parity ? (env.parity.identical ? 'identical' : 'DIFFERS') : 'not validated';
        lines.push(`  ${env.name}: ${env.renderedResources} resources, overlay ${env.overlay.lines} lines (${Math.round(env.overlayRatio * 1000) / 10}% of render), ${verdict}`);
        const p = env.parity;
        if (p && !p.identical) {
            for (const r of p.missing)
                lines.push(`    missing: ${r}`);
            for (const r of p.unexpected)
                lines.push(`    unexpected: ${r}`);
            for (const c of p.changed)
                for (const f of c.fields)
                    lines.push(`    ${c.resource}: ${f.path} ${f.change}`);
        }
    }
    if (report.hooks.length)
        lines.push(`Hooks: ${report.hooks.map((h) => `${h.resource} (${h.action})`).join(', ')}`);
    if (report.volatile.length) {
        // One entry per resource and paths, with the environments where they are volatile.
        const envsOf = new Map();
        for (const v of report.volatile) {
            const key = `${v.resource} ${v.paths.join(', ')}`;
            envsOf.set(key, [...(envsOf.get(key) ?? []), v.environment]);
        }
        lines.push(`Volatile fields: ${[...envsOf].map(([k, envs]) => `${k} (${envs.join(', ')})`).join('; ')}`);
    }
    if (report.secrets.length)
        lines.push(`Secrets: ${report.secrets.length} secretGenerator(s); values in git-ignored overlays/*/secrets/`);
    for (const w of report.warnings)
        lines.push(`warning: ${w}`);
    lines.push(`Report: ${result.output}/MIGRATION_REPORT.md`);
    if (report.parity)
        lines.push(`parity: ${report.parity.identicalEnvironments}/${report.parity.environments} environments`);
    return lines.join('\n') + '\n';
}
/** The E_PARITY error printed on stderr when --validate found differences (exit 3). */
function parityError(result) {
    const differing = result.report.environments
        .filter((e) => e.parity && !e.parity.identical)
        .map((e) => e.name);
    const total = result.report.environments.length;
    return new errors/* MmfError */.H0('E_PARITY', `${differing.length} of ${total} environments differ from helm template: ${differing.join(', ')}`, {
        file: result.output,
        hint: `${result.output}/MIGRATION_REPORT.md ("Parity") lists the differing resources and field paths`,
    });
}

// EXTERNAL MODULE: ./actions/runtime/cli/help.ts
var help = __webpack_require__(6941);
// EXTERNAL MODULE: ./actions/runtime/cli/report-output.ts
var report_output = __webpack_require__(6560);
// EXTERNAL MODULE: ./actions/runtime/cli/tool-flags.ts + 1 modules
var tool_flags = __webpack_require__(2483);
;// CONCATENATED MODULE: ./actions/helm-migrate/cli/run-helm-to-kustomize.ts





/** What `mmf migrate helm-to-kustomize` does once its flags are parsed (loaded only when it runs). */
async function runHelmToKustomize(flags, cmd, io, state) {
    const log = (0,tool_flags/* stderrLogger */.D7)(io);
    const result = await (0,convert_chart/* convertChart */.g)({
        chart: flags.chart,
        output: flags.output,
        environments: flags.env,
        ...(flags.baseEnv !== undefined ? { baseEnvironment: flags.baseEnv } : {}),
        ...(flags.release ? { release: flags.release } : {}),
        namespace: flags.namespace,
        validate: Boolean(flags.validate),
        force: Boolean(flags.force),
        hookMode: flags.hooks,
        ...(flags.kubeVersion ? { kubeVersion: flags.kubeVersion } : {}),
        apiVersions: flags.apiVersions,
        tools: (0,tool_flags/* toolOptions */.Py)(flags, log),
        log,
    });
    const { output, timings, report } = result;
    (0,report_output/* printOutput */.jP)(io, state, (0,help/* commandPath */.pM)(cmd), {
        result: { output, timings, report },
        exitCode: result.exitCode,
        text: () => formatConvertSummary(result),
        ...(result.exitCode !== 0 ? { failure: parityError(result) } : {}),
    }, flags);
}


/***/ })

};
