import { isObject, type JsonObject, type JsonValue } from '../json.js';
import type { Resource } from './manifest.js';

export function isSecret(resource: Resource): boolean {
  return resource.id.group === '' && resource.id.kind === 'Secret';
}

/** Decoded Secret data: `data` (base64) merged with `stringData` (which wins), as raw bytes. */
export function decodeSecretData(object: JsonObject): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (isObject(object.data))
    for (const [k, v] of Object.entries(object.data))
      out.set(k, Buffer.from(typeof v === 'string' ? v : '', 'base64'));
  if (isObject(object.stringData))
    for (const [k, v] of Object.entries(object.stringData))
      out.set(k, Buffer.from(v === null ? '' : String(v), 'utf8'));
  return out;
}

export interface SecretFile {
  /** Path relative to the overlay folder. */
  path: string;
  content: Buffer;
}

export interface SecretGeneratorPlan {
  /** The kustomization `secretGenerator` entry. */
  entry: JsonObject;
  /** Git-ignored files holding the values. */
  files: SecretFile[];
  /** Key names and sizes only: safe for reports. */
  keys: { name: string; bytes: number }[];
  /** True when the rendered Secret had no `type`: the generator's default Opaque must be removed. */
  removeType: boolean;
}

const SIMPLE_VALUE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/**
 * A secretGenerator that reproduces a rendered Secret exactly: same name (no
 * hash suffix), type, labels, annotations and data. Values go to an env file
 * when every value is one line of printable ASCII, otherwise one file per key.
 */
export function planSecretGenerator(resource: Resource, stem: string): SecretGeneratorPlan {
  const object = resource.object;
  const meta = isObject(object.metadata) ? object.metadata : {};
  const data = [...decodeSecretData(object)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const entry: JsonObject = { name: resource.id.name };
  // Explicit even under a `namespace:` field: patches of the same overlay match on it.
  if (resource.id.namespace) entry.namespace = resource.id.namespace;
  if (typeof object.type === 'string') entry.type = object.type;
  const files: SecretFile[] = [];
  const simple = data.every(([, v]) => SIMPLE_VALUE.test(v.toString('latin1')) && isUtf8(v));
  if (data.length === 0) {
    // a generator with no sources still yields an empty Secret
  } else if (simple) {
    const path = `secrets/${stem}.env`;
    files.push({
      path,
      content: Buffer.from(data.map(([k, v]) => `${k}=${v.toString('utf8')}\n`).join(''), 'utf8'),
    });
    entry.envs = [path];
  } else {
    entry.files = data.map(([k]) => `${k}=secrets/${stem}/${k}`);
    for (const [k, v] of data) files.push({ path: `secrets/${stem}/${k}`, content: v });
  }
  const options: JsonObject = { disableNameSuffixHash: true };
  if (isObject(meta.labels) && Object.keys(meta.labels).length) options.labels = meta.labels as JsonValue;
  if (isObject(meta.annotations) && Object.keys(meta.annotations).length)
    options.annotations = meta.annotations as JsonValue;
  if (object.immutable === true) options.immutable = true;
  entry.options = options;
  return {
    entry,
    files,
    keys: data.map(([name, v]) => ({ name, bytes: v.length })),
    removeType: typeof object.type !== 'string',
  };
}

function isUtf8(buffer: Buffer): boolean {
  return Buffer.from(buffer.toString('utf8'), 'utf8').equals(buffer);
}

/** Tracked folder beside `secrets/` listing each Secret's keys without values. */
export const SECRET_KEYS_DIR = 'secrets.example';

/**
 * `secrets.example/<name>.env`: the keys a git-ignored Secret file must hold,
 * with empty values, so people (and CI) know what to provide.
 */
export function secretKeysFile(secretName: string, keys: readonly { name: string }[]): string {
  return [
    `# Keys of Secret ${secretName}. Put the values in ../secrets/ (git-ignored) or provide the Secret from your secret store.`,
    ...keys.map((k) => `${k.name}=`),
    '',
  ].join('\n');
}
