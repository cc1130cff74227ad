import { createHmac, randomBytes } from 'node:crypto';
import { clone, isObject, type JsonObject, type JsonValue } from '../json.js';
import type { Resource } from '../k8s/manifest.js';
import { decodeSecretData, isSecret } from '../k8s/secret-generators.js';

/**
 * Replaces every value that must never be shown: all Secret data (as
 * "<secret: N bytes, sha256 prefix>" so changes stay detectable without the
 * value) and any value whose key, or env var name, matches `sensitiveKeys`.
 * Runs on the data before any diff or rendering sees it.
 */
export function redactResource(resource: Resource, sensitiveKeys: readonly RegExp[]): Resource {
  const object = clone(resource.object);
  redactInPlace(object, isSecret(resource) ? decodeSecretData(resource.object) : undefined, sensitiveKeys);
  return { ...resource, object };
}

/**
 * redactResource on an object the caller owns (a copy it just made): `secret`
 * is the decoded data of a Secret, whose values become fingerprints.
 */
export function redactInPlace(
  object: JsonObject,
  secret: Map<string, Buffer> | undefined,
  sensitiveKeys: readonly RegExp[],
): void {
  if (secret) {
    delete object.stringData;
    if (secret.size) object.data = Object.fromEntries([...secret].map(([k, v]) => [k, secretToken(v)]));
    else delete object.data;
  }
  if (sensitiveKeys.length) redactValues(object, sensitiveKeys);
}

// A key of this process only: fingerprints tell equal from different values within one report,
// but cannot be recomputed from a guess (an unkeyed hash of "password123" could).
const FINGERPRINT_KEY = randomBytes(32);

/** A stand-in that changes when the value changes but reveals nothing usable. */
export function secretToken(value: Buffer): string {
  const digest = createHmac('sha256', FINGERPRINT_KEY).update(value).digest('hex').slice(0, 12);
  return `<redacted: ${value.length} bytes, fingerprint ${digest}>`;
}

const isToken = (v: unknown) => typeof v === 'string' && v.startsWith('<redacted: ');

function redactValues(value: JsonValue, keys: readonly RegExp[]): void {
  if (Array.isArray(value)) {
    for (const item of value) redactValues(item, keys);
    return;
  }
  if (!isObject(value)) return;
  // env: [{name: DB_PASSWORD, value: ...}] carries the key in a sibling field.
  if (
    typeof value.name === 'string' &&
    'value' in value &&
    !isToken(value.value) &&
    keys.some((k) => k.test(value.name as string))
  ) {
    value.value = redactScalar(value.value);
  }
  for (const [k, v] of Object.entries(value)) {
    if (
      k !== 'name' &&
      (typeof v === 'string' || typeof v === 'number') &&
      !isToken(v) &&
      keys.some((re) => re.test(k))
    ) {
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
