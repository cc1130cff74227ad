import { openChart } from '../platform/helm/chart-source.js';
import { checkValuesFiles } from '../platform/helm/values-files.js';
import { StagedOutput } from '../platform/fs/staged-output.js';
import type { EnvironmentSpec } from './core/environments.js';
import type { ConversionStart, ConvertOptions, ConvertResult } from './convert-chart.js';

/**
 * The converter once helm may be starting (convertChart): checks the values
 * files, the chart and the output, then lets the early renders read them (or
 * stops them unread) and hands over to convert-stages.ts, which loads while
 * helm renders.
 */
export async function runConversion(
  options: ConvertOptions,
  envs: EnvironmentSpec[],
  start: ConversionStart,
): Promise<ConvertResult> {
  const { log } = options;
  const { started, tools, toolLog, slots } = start;
  // Values files, the chart and both tools are checked at once; failures are reported in this order.
  const values = checkValuesFiles(envs.flatMap((e) => e.valuesFiles));
  const opened = openChart(options.chart);
  for (const p of [values, opened]) p.catch(() => undefined);
  // The early renders read the chart only once these checks pass; otherwise they are stopped unread.
  let valuesTexts: string[];
  try {
    valuesTexts = await values;
  } catch (err) {
    await start.stopEarly();
    await opened.then(
      (c) => c.cleanup(),
      () => undefined,
    );
    throw err;
  }
  const chart = await opened.catch(async (err: unknown) => {
    await start.stopEarly();
    throw err;
  });
  let staged: StagedOutput | undefined;
  try {
    staged = await StagedOutput.open(
      options.output,
      options.force,
      [options.chart, ...envs.flatMap((e) => e.valuesFiles)],
      { warn: log.warn },
    );
    toolLog.release();
    const { helm, kustomize } = await tools;
    log.info(
      `Chart ${chart.name} ${chart.version}: ${envs.length} environment(s), helm ${helm.version}${kustomize ? `, kustomize ${kustomize.version}` : ''}`,
    );
    const release = options.release ?? chart.name;
    // The early renders are used when they render what this would: the same folder and release.
    let early = await start.early;
    if (early && (early.chartDir !== chart.dir || early.release !== release)) {
      await start.stopEarly();
      early = undefined;
    }
    early?.open();
    // The rest of the converter loads while helm renders.
    const { convertRendered } = await import('./convert-stages.js');
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
  } finally {
    await start.stopEarly(); // stops them unread if an error came before they were let in
    await staged?.discard();
    await chart.cleanup();
  }
}
