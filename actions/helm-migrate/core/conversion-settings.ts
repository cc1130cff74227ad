import { MmfError } from '../../kernel/errors.js';
import { isObject } from '../../kernel/json.js';
import { HOOK_MODES, type HookMode } from './hooks.js';

/** How a tree was converted, as its migration-report.json records it: what validating it again needs. */
export interface ConversionSettings {
  release?: string;
  namespace?: string;
  hookMode?: HookMode;
  /** `name=values.yaml[,…]` specs, as `--env` takes them. */
  environments?: string[];
  kubeVersion?: string;
  apiVersions?: string[];
}

const strings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/**
 * Reads the settings out of a parsed migration-report.json. Fields it does
 * not have are left out; a field of the wrong type is an input error naming
 * the file, since validating with a wrong release or namespace would report
 * differences that are not there.
 */
export function settingsFromReport(report: unknown, file: string): ConversionSettings {
  const wrong = (field: string, expected: string) =>
    new MmfError('E_INPUT_INVALID', `"${field}" is not ${expected}`, {
      file,
      hint: 'this file is written by mmf migrate helm-to-kustomize; convert again, or pass --release, --namespace, --hooks and --env',
    });
  if (!isObject(report) || report.schemaVersion !== 1)
    throw new MmfError('E_INPUT_INVALID', 'is not a migration report (schemaVersion 1)', {
      file,
      hint: 'pass --release, --namespace, --hooks and --env yourself, or convert again to rewrite it',
    });
  const settings: ConversionSettings = {};
  for (const field of ['release', 'namespace'] as const) {
    const value = report[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !value) throw wrong(field, 'a non-empty string');
    settings[field] = value;
  }
  if (report.hookMode !== undefined) {
    if (!(HOOK_MODES as readonly unknown[]).includes(report.hookMode))
      throw wrong('hookMode', `one of ${HOOK_MODES.join(', ')}`);
    settings.hookMode = report.hookMode as HookMode;
  }
  if (report.environments !== undefined) {
    const envs = report.environments;
    if (!Array.isArray(envs) || !envs.length) throw wrong('environments', 'a non-empty list');
    settings.environments = envs.map((env, i) => {
      if (!isObject(env) || typeof env.name !== 'string' || !strings(env.valuesFiles))
        throw wrong(`environments[${i}]`, 'an object with a name and valuesFiles');
      return env.valuesFiles.length ? `${env.name}=${env.valuesFiles.join(',')}` : env.name;
    });
  }
  const render = report.render;
  if (render !== undefined) {
    if (!isObject(render)) throw wrong('render', 'an object');
    if (render.kubeVersion !== undefined) {
      if (typeof render.kubeVersion !== 'string') throw wrong('render.kubeVersion', 'a string');
      settings.kubeVersion = render.kubeVersion;
    }
    if (render.apiVersions !== undefined) {
      if (!strings(render.apiVersions)) throw wrong('render.apiVersions', 'a list of strings');
      if (render.apiVersions.length) settings.apiVersions = render.apiVersions;
    }
  }
  return settings;
}
