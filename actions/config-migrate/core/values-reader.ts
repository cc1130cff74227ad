/**
 * Typed, recorded reads of merged Helm values. Every key the configuration
 * migrator reads is recorded with what it was used for, so the report can
 * say where each key went and list, exactly, the keys nobody read.
 */
import { MmfError } from '../../kernel/errors.js';
import { formatPath, isObject, jsonText, type JsonObject, type JsonValue } from '../../kernel/json.js';
import { DURATION } from '../../kernel/k8s/mesh-policies.js';

export type ComponentName = 'service-mesh' | 'observability' | 'security';
export const COMPONENTS: readonly ComponentName[] = ['service-mesh', 'observability', 'security'];

export interface KeyUse {
  /** Dotted values path, e.g. serviceMesh.istio.mtls.mode. */
  key: string;
  /** The component the key feeds; "shared" for names and ports several components use. */
  component: ComponentName | 'shared';
  /** What it became, e.g. "PeerAuthentication spec.mtls.mode". */
  use: string;
  /** False when the key was understood but its feature is off (e.g. serviceMesh.enabled: false). */
  applied: boolean;
  /** The scalar value, for the report (the migrator never reads secret values). */
  value?: string | number | boolean;
  /** The last values file that set the key. */
  from?: string;
}

export interface Purpose {
  component: KeyUse['component'];
  use: string;
  applied?: boolean;
}

export type Path = readonly string[];

export class ValuesReader {
  readonly uses: KeyUse[] = [];
  /** Every path read, present or not, and all their prefixes (formatted). */
  readonly probed = new Set<string>();

  constructor(
    private readonly root: JsonObject,
    /** The last values file that set a path. */
    readonly originOf: (path: Path) => string | undefined,
  ) {}

  /** The raw value at path (not recorded); intermediate non-mappings are an input error. */
  peek(path: Path): JsonValue | undefined {
    let cur: JsonValue = this.root;
    for (let i = 0; i < path.length; i++) {
      if (!isObject(cur)) {
        throw this.invalid(path.slice(0, i), 'must be a mapping of keys', cur);
      }
      const next: JsonValue | undefined = cur[path[i] as string];
      if (next === undefined || next === null) return undefined;
      cur = next;
    }
    return cur;
  }

  has(path: Path): boolean {
    return this.peek(path) !== undefined;
  }

  /** Reads a value of any type, recording it. */
  any(path: Path, purpose: Purpose): JsonValue | undefined {
    for (let i = 1; i <= path.length; i++) this.probed.add(formatPath(path.slice(0, i)));
    const value = this.peek(path);
    if (value !== undefined) {
      const use: KeyUse = {
        key: formatPath(path),
        component: purpose.component,
        use: purpose.use,
        applied: purpose.applied ?? true,
      };
      // Short one-line scalars only: the report shows modes, ports and intervals, not documents.
      if (typeof value === 'number' || typeof value === 'boolean') use.value = value;
      else if (typeof value === 'string' && value.length <= 80 && !value.includes('\n')) use.value = value;
      const from = this.originOf(path);
      if (from) use.from = from;
      this.uses.push(use);
    }
    return value;
  }

  bool(path: Path, purpose: Purpose): boolean | undefined {
    const v = this.any(path, purpose);
    if (v === undefined || typeof v === 'boolean') return v;
    throw this.invalid(path, 'must be true or false', v, 'write true or false without quotes');
  }

  string(path: Path, purpose: Purpose, allowed?: readonly string[]): string | undefined {
    const v = this.any(path, purpose);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw this.invalid(path, 'must be a string', v);
    if (allowed && !allowed.includes(v)) throw this.invalid(path, `must be one of ${allowed.join(', ')}`, v);
    return v;
  }

  /** An Istio/Prometheus duration: 10s, 500ms, 1m30s. */
  duration(path: Path, purpose: Purpose): string | undefined {
    const v = this.string(path, purpose);
    if (v !== undefined && !DURATION.test(v))
      throw this.invalid(path, 'must be a duration such as 10s or 500ms', v);
    return v;
  }

  /** A whole number within bounds. */
  int(path: Path, purpose: Purpose, min: number, max: number): number | undefined {
    const v = this.any(path, purpose);
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      throw this.invalid(path, `must be a whole number from ${min} to ${max}`, v);
    return v;
  }

  /** A port number, or a named port when `named` is allowed. */
  port(path: Path, purpose: Purpose, named = false): number | string | undefined {
    const v = this.any(path, purpose);
    if (v === undefined) return undefined;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535) return v;
    if (named && typeof v === 'string' && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v) && v.length <= 15)
      return v;
    if (typeof v === 'string' && /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 65535) return Number(v);
    throw this.invalid(path, named ? 'must be a port number or a port name' : 'must be a port number', v);
  }

  object(path: Path, purpose: Purpose): JsonObject | undefined {
    const v = this.any(path, purpose);
    if (v === undefined || isObject(v)) return v;
    throw this.invalid(path, 'must be a mapping of keys', v);
  }

  stringMap(path: Path, purpose: Purpose): Record<string, string> | undefined {
    const v = this.object(path, purpose);
    if (v === undefined) return undefined;
    const out: Record<string, string> = {};
    for (const [k, item] of Object.entries(v)) {
      if (typeof item !== 'string') throw this.invalid([...path, k], 'must be a string (quote it)', item);
      out[k] = item;
    }
    return out;
  }

  /** A list whose items are mappings. */
  objectList(path: Path, purpose: Purpose): JsonObject[] | undefined {
    const v = this.any(path, purpose);
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every(isObject)) throw this.invalid(path, 'must be a list of mappings', v);
    return v as JsonObject[];
  }

  stringList(path: Path, purpose: Purpose, allowed?: readonly string[]): string[] | undefined {
    const v = this.any(path, purpose);
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && (!allowed || allowed.includes(s))))
      throw this.invalid(
        path,
        allowed ? `must be a list of ${allowed.join(', ')}` : 'must be a list of strings',
        v,
      );
    return v as string[];
  }

  invalid(path: Path, problem: string, value: JsonValue, hint?: string): MmfError {
    const shown = jsonText(value);
    return new MmfError(
      'E_INPUT_INVALID',
      `values key ${formatPath(path)} ${problem}, not ${shown.length > 60 ? `${shown.slice(0, 60)}…` : shown}`,
      { ...(this.originOf(path) ? { file: this.originOf(path) as string } : {}), ...(hint ? { hint } : {}) },
    );
  }
}
