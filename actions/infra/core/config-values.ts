import { jsonText, type JsonValue } from '../../kernel/json.js';

/**
 * How an output value becomes one ConfigMap / Secret string:
 * - string: as is;
 * - number, bool: their text ("5432", "true"); integers beyond 2^53 exactly;
 * - comma-joined: a list, set or tuple of plain values (strings, numbers,
 *   bools) none of which contains a comma, e.g. subnet IDs or Kafka brokers
 *   ("b-1:9092,b-2:9092", what bootstrap.servers expects); an empty list is "";
 * - json: maps, objects, and lists holding anything else, as compact JSON in
 *   Terraform's key order.
 * null (an output of a resource that was not created) has no string: skipped.
 */
export type ValueFormat = 'string' | 'number' | 'bool' | 'comma-joined' | 'json';

export interface RenderedValue {
  text: string;
  format: ValueFormat;
}

export function renderValue(value: JsonValue): RenderedValue | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return { text: value, format: 'string' };
  if (typeof value === 'number' || typeof value === 'bigint')
    return { text: String(value), format: 'number' };
  if (typeof value === 'boolean') return { text: String(value), format: 'bool' };
  if (Array.isArray(value)) {
    const plain = value.every(
      (v) =>
        typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean',
    );
    const items = plain ? value.map((v) => String(v)) : [];
    if (plain && items.every((s) => !s.includes(',')))
      return { text: items.join(','), format: 'comma-joined' };
  }
  return { text: jsonText(value), format: 'json' };
}

/**
 * The ConfigMap / Secret key of an output: upper-case, "-" to "_", so that it
 * is both a valid ConfigMap key and an environment variable name for
 * `envFrom` (cluster_endpoint -> CLUSTER_ENDPOINT).
 */
export function configKey(outputName: string): string {
  const key = outputName.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return /^[0-9]/.test(key) ? `_${key}` : key;
}

/** Kubernetes' limit on a key (ConfigMap and Secret). */
export const MAX_KEY_LENGTH = 253;
/** Kubernetes' limit on the data of one ConfigMap or Secret. */
export const MAX_OBJECT_DATA_BYTES = 1024 * 1024;
