import type { ConvertOptions } from '../../actions/helm-migrate/convert-chart.js';
import { silentLogger } from '../../actions/kernel/logger.js';

export interface ConvertTarget {
  chart: string;
  output: string;
  environments: readonly string[];
  release: string;
  namespace: string;
  /** The helm and kubectl pair of one Helm version (support/tools.ts HELMS). */
  tools: { helm: string; kubectl: string };
}

/** convertChart options as the integration tests use them: validated, silent, hooks kept. */
export function convertOptions(target: ConvertTarget, extra: Partial<ConvertOptions> = {}): ConvertOptions {
  return {
    chart: target.chart,
    output: target.output,
    environments: target.environments,
    release: target.release,
    namespace: target.namespace,
    validate: true,
    force: false,
    hookMode: 'keep',
    helmPath: target.tools.helm,
    kustomizePath: target.tools.kubectl,
    log: silentLogger,
    ...extra,
  };
}
