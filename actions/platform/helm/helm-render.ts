import { MmfError, oneParagraph } from '../../kernel/errors.js';
import type { HelmTool } from '../tools/resolve-tool.js';
import { runCommand } from '../process/run-command.js';

export interface RenderRequest {
  chartDir: string;
  /** Shown in messages instead of a temporary unpack folder. */
  chartLabel: string;
  release: string;
  namespace: string;
  valuesFiles: readonly string[];
  kubeVersion?: string;
  apiVersions?: readonly string[];
}

export interface RenderResult {
  manifests: string;
  durationMs: number;
  /** What helm said on stderr while succeeding that the user should see (e.g. "found symbolic link"), temp paths replaced. */
  notices: string[];
}

/** `helm template` with CRDs, as argv. */
export function helmTemplateArgs(request: RenderRequest): string[] {
  const args = [
    'template',
    request.release,
    request.chartDir,
    '--namespace',
    request.namespace,
    '--include-crds',
  ];
  for (const file of request.valuesFiles) args.push('--values', file);
  if (request.kubeVersion) args.push('--kube-version', request.kubeVersion);
  for (const api of request.apiVersions ?? []) args.push('--api-versions', api);
  return args;
}

/** How a render that may turn out not to be needed runs. */
export interface RenderPriority {
  /** A nice value (default 10 for a gated render, else none). */
  niceness?: number;
  /** Stops helm, read or not, when aborted; the render then fails. */
  signal?: AbortSignal;
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
export async function renderChart(
  helm: HelmTool,
  request: RenderRequest,
  gate?: Promise<void>,
  priority: RenderPriority = {},
): Promise<RenderResult> {
  if (priority.signal?.aborted)
    throw new Error(`the render of ${request.chartLabel} was stopped: not needed`);
  const args = helmTemplateArgs(request);
  if (gate) args.splice(args.indexOf('--include-crds') + 1, 0, '--values', '-');
  const niceness = priority.niceness ?? (gate ? 10 : undefined);
  const result = await runCommand(helm.path, args, {
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
  if (
    /missing in charts\/ directory|dependency build|found in (Chart|requirements)\.yaml, but missing/i.test(
      message,
    )
  ) {
    throw new MmfError('E_DEPENDENCIES_MISSING', message, {
      file: request.chartLabel,
      hint: `run \`helm dependency build ${request.chartLabel}\`, then convert again`,
    });
  }
  throw new MmfError('E_TEMPLATE', `helm ${helm.version} could not render the chart: ${message}`, {
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
export function helmNotices(stderr: string, chartDir: string, chartLabel: string): string[] {
  return [
    ...new Set(
      stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => /symbolic link/i.test(line))
        .map((line) => `helm: ${line.split(chartDir).join(chartLabel)}`),
    ),
  ];
}

/** helm's stderr without the "Error:" prefix, usage noise and temp paths. */
export function cleanHelmError(stderr: string, chartDir: string, chartLabel: string): string {
  const text = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(
      (line) => line && !/^(Use "helm|WARNING: .*(kubeconfig|group-readable|world-readable))/.test(line),
    )
    .map((line) =>
      line
        .replace(/^Error:\s*/, '')
        .replace(/\s*Use --debug flag to render out invalid YAML\.?$/, '')
        .split(chartDir)
        .join(chartLabel),
    )
    .join(' ')
    .trim();
  return oneParagraph(text);
}
