import { MmfError } from '../../kernel/errors.js';
import { environmentCaseClash } from '../../kernel/k8s/names.js';

export interface EnvironmentSpec {
  name: string;
  valuesFiles: string[];
}

const ENV_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;

/**
 * Parses `--env name=values.yaml[,more.yaml]` specs (also the multi-line
 * `environments` input of the actions). No spec means one env "default" with
 * the chart's own values.
 */
export function parseEnvironmentSpecs(specs: readonly string[]): EnvironmentSpec[] {
  const envs = specs.length
    ? specs.map((spec) => {
        const eq = spec.indexOf('=');
        const name = (eq < 0 ? spec : spec.slice(0, eq)).trim();
        const files =
          eq < 0
            ? []
            : spec
                .slice(eq + 1)
                .split(',')
                .map((f) => f.trim())
                .filter(Boolean);
        return { name, valuesFiles: files };
      })
    : [{ name: 'default', valuesFiles: [] }];
  const seen = new Set<string>();
  const folded = new Map<string, string>();
  for (const env of envs) {
    if (/\.ya?ml$/i.test(env.name)) {
      throw new MmfError('E_ENV_NAME', `environment name "${env.name}" looks like a values file`, {
        hint: `name the environment first: --env ${suggestName(env.name)}=${env.name}`,
      });
    }
    if (!ENV_NAME.test(env.name) || env.name.includes('..')) {
      throw new MmfError('E_ENV_NAME', `environment name "${env.name}" cannot be a folder name`, {
        hint: 'use letters, digits, ".", "_" and "-" (at most 63, starting and ending with a letter or digit), e.g. --env prod=values-prod.yaml',
      });
    }
    if (seen.has(env.name)) throw new MmfError('E_USAGE', `environment "${env.name}" is given twice`);
    seen.add(env.name);
    const other = folded.get(env.name.toLowerCase());
    if (other !== undefined) throw environmentCaseClash(other, env.name);
    folded.set(env.name.toLowerCase(), env.name);
  }
  return envs;
}

/** values-staging.yaml -> staging; anything else -> prod. */
function suggestName(file: string): string {
  const stem = /(?:^|[/\\])values[-_.]([A-Za-z0-9][A-Za-z0-9_-]*)\.ya?ml$/i.exec(file)?.[1];
  return stem ?? 'prod';
}
