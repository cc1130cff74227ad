export const id = 303;
export const ids = [303];
export const modules = {

/***/ 8303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runConversion: () => (/* binding */ runConversion)
/* harmony export */ });
/* harmony import */ var _platform_helm_chart_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2323);
/* harmony import */ var _platform_helm_values_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3677);
/* harmony import */ var _platform_fs_staged_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8905);



/**
 * The converter once helm may be starting (convertChart): checks the values
 * files, the chart and the output, then lets the early renders read them (or
 * stops them unread) and hands over to convert-stages.ts, which loads while
 * helm renders.
 */
async function runConversion(options, envs, start) {
    const { log } = options;
    const { started, tools, toolLog, slots } = start;
    // Values files, the chart and both tools are checked at once; failures are reported in this order.
    const values = (0,_platform_helm_values_files_js__WEBPACK_IMPORTED_MODULE_1__/* .checkValuesFiles */ .G0)(envs.flatMap((e) => e.valuesFiles));
    const opened = (0,_platform_helm_chart_source_js__WEBPACK_IMPORTED_MODULE_0__/* .openChart */ .x)(options.chart);
    for (const p of [values, opened])
        p.catch(() => undefined);
    // The early renders read the chart only once these checks pass; otherwise they are stopped unread.
    let valuesTexts;
    try {
        valuesTexts = await values;
    }
    catch (err) {
        await start.stopEarly();
        await opened.then((c) => c.cleanup(), () => undefined);
        throw err;
    }
    const chart = await opened.catch(async (err) => {
        await start.stopEarly();
        throw err;
    });
    let staged;
    try {
        staged = await _platform_fs_staged_output_js__WEBPACK_IMPORTED_MODULE_2__/* .StagedOutput */ .WZ.open(options.output, options.force, [options.chart, ...envs.flatMap((e) => e.valuesFiles)], { warn: log.warn });
        toolLog.release();
        const { helm, kustomize } = await tools;
        log.info(`Chart ${chart.name} ${chart.version}: ${envs.length} environment(s), helm ${helm.version}${kustomize ? `, kustomize ${kustomize.version}` : ''}`);
        const release = options.release ?? chart.name;
        // The early renders are used when they render what this would: the same folder and release.
        let early = await start.early;
        if (early && (early.chartDir !== chart.dir || early.release !== release)) {
            await start.stopEarly();
            early = undefined;
        }
        early?.open();
        // The rest of the converter loads while helm renders.
        const { convertRendered } = await Promise.all(/* import() */[__webpack_require__.e(291), __webpack_require__.e(335), __webpack_require__.e(94)]).then(__webpack_require__.bind(__webpack_require__, 2094));
        const result = await convertRendered({
            options,
            envs,
            chart,
            valuesTexts,
            staged,
            helm,
            kustomize,
            release,
            slots,
            ...(early ? { started: early } : {}),
            startedAt: started,
        });
        staged = undefined; // committed
        return result;
    }
    finally {
        await start.stopEarly(); // stops them unread if an error came before they were let in
        await staged?.discard();
        await chart.cleanup();
    }
}


/***/ })

};
