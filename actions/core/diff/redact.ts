import { createHash } from 'node:crypto';
import { clone, isObject, type JsonObject, type JsonValue } from '../json.js';
import type { Resource } from '../manifest.js';
import { decodeSecretData, isSecret } from '../secret-generators.js';

/**
 * Replaces every value that must never be shown: all Secret data (as
 * "<secret: N bytes, sha256 prefix>" so changes stay detectable without the
 * value) and any value whose key, or env var name, matches `sensitiveKeys`.
 * Runs on the data before any diff or rendering sees it.
 */
export function redactResource(resource: Resource, sensitiveKeys: readonly RegExp[]): Resource {
  const object = clone(resource.object);
  if (isSecret(resource)) {
    const data = decodeSecretData(resource.object);
    delete object.stringData;
    if (data.size) object.data = Object.fromEntries([...data].map(([k, v]) => [k, secretToken(v)]));
    else delete object.data;
  }
  if (sensitiveKeys.length) redactValues(object, sensitiveKeys);
  return { ...resource, object };
}

/** A stand-in that changes when the value changes but reveals nothing usable. */
export function secretToken(value: Buffer): string {
  const digest = createHash('sha256').update('mmf-redaction').update(value).digest('hex').slice(0, 12);
  return `<redacted: ${value.length} bytes, fingerprint ${digest}>`;
}

function redactValues(value: JsonValue, keys: readonly RegExp[]): void {
  if (Array.isArray(value)) {
    for (const item of value) redactValues(item, keys);
    return;
  }
  if (!isObject(value)) return;
  // env: [{name: DB_PASSWORD, value: ...}] carries the key in a sibling field.
  if (typeof value.name === 'string' && 'value' in value && keys.some((k) => k.test(value.name as string))) {
    value.value = redactScalar(value.value);
  }
  for (const [k, v] of Object.entries(value)) {
    if (k !== 'name' && (typeof v === 'string' || typeof v === 'number') && keys.some((re) => re.test(k))) {
      (value as JsonObject)[k] = redactScalar(v);
    } else {
      redactValues(v, keys);
    }
  }
}

function redactScalar(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '<redacted>';
  return secretToken(Buffer.from(String(value), 'utf8'));
}
