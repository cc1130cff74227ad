/**
 * GitHub's published REST description (@octokit/openapi, api.github.com.deref.json), loaded once per
 * process and turned into a router plus lazily compiled Ajv validators.
 *
 * The dereferenced file is ~73 MB; parsing it takes ~0.5 s. Only `paths` and the `pull-request-*`
 * webhooks are kept afterwards. Validators are compiled per operation on first use (a few ms to
 * ~0.25 s each for the largest response schema, pulls/get), then reused.
 *
 * OpenAPI 3.0 schemas are converted to JSON Schema for Ajv: `nullable: true` becomes a `null` type /
 * enum member, annotation keywords (description, example, x-*, discriminator) are dropped.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

// ---------------------------------------------------------------------------------------------
// The subset of OpenAPI 3.0 this module reads.

export type JsonSchema = { [key: string]: unknown };

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

export interface OpenApiMediaType {
  schema?: JsonSchema;
}

export interface OpenApiOperation {
  operationId: string;
  summary?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, OpenApiMediaType> };
  responses?: Record<string, { description?: string; content?: Record<string, OpenApiMediaType> }>;
  externalDocs?: { url?: string };
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options' | 'trace';
const METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'];

export interface Operation {
  method: HttpMethod;
  /** The path template as GitHub writes it, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  template: string;
  operationId: string;
  /** `externalDocs.url`, used as `documentation_url` in error bodies. */
  documentationUrl: string;
  raw: OpenApiOperation;
}

export type RouteMatch =
  | { kind: 'ok'; operation: Operation; params: Record<string, string> }
  | { kind: 'no-path' }
  | { kind: 'no-method'; template: string; allowed: string[] }
  | { kind: 'bad-encoding' };

/** One problem found while validating, already phrased for a human. */
export interface SchemaProblem {
  /** Where: `path.issue_number`, `query.per_page`, `body/output/annotations`, `response/user/login`… */
  at: string;
  message: string;
}

export interface ParamsResult {
  /** Path and query parameters, coerced to their schema types, defaults applied (e.g. per_page: 30). */
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  problems: SchemaProblem[];
}

// ---------------------------------------------------------------------------------------------
// Loading (module-level cache).

let cached: Promise<GitHubSpec> | undefined;

/** Where the description lives (resolved through node_modules, not hard-coded). */
export function specFile(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
}

/** Loads and indexes the description once per process (per Jest module registry). */
export function loadGitHubSpec(): Promise<GitHubSpec> {
  cached ??= (async () => {
    const started = performance.now();
    const text = await readFile(specFile(), 'utf8');
    const doc = JSON.parse(text) as {
      info?: { version?: string };
      paths: Record<string, Record<string, unknown>>;
      'x-webhooks'?: Record<string, Record<string, unknown>>;
    };
    const webhooks: Record<string, Record<string, unknown>> = {};
    for (const [name, item] of Object.entries(doc['x-webhooks'] ?? {})) {
      if (name.startsWith('pull-request-') || name.startsWith('check-run-')) webhooks[name] = item;
    }
    const spec = new GitHubSpec(doc.paths, webhooks, doc.info?.version ?? 'unknown');
    spec.loadMs = performance.now() - started;
    return spec;
  })();
  cached.catch(() => (cached = undefined));
  return cached;
}

// ---------------------------------------------------------------------------------------------
// OpenAPI 3.0 schema -> JSON Schema (Ajv).

const ANNOTATIONS = new Set([
  'description',
  'example',
  'examples',
  'title',
  'externalDocs',
  'readOnly',
  'writeOnly',
  'deprecated',
  'xml',
  'discriminator',
]);
const VERBATIM = new Set(['enum', 'required', 'const', 'default']);

export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const s = schema as JsonSchema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(s)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(
        Object.entries(value as JsonSchema).map(([name, sub]) => [name, toJsonSchema(sub)]),
      );
    } else if (VERBATIM.has(key)) {
      out[key] = value;
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  if (s.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (Array.isArray(out.type)) {
      if (!out.type.includes('null')) out.type = [...out.type, 'null'];
    } else {
      return { anyOf: [{ type: 'null' }, out] };
    }
  }
  return out;
}

/**
 * GitHub documents some limits only in prose: every `per_page` says "(max 100)". Real GitHub
 * silently clamps larger values to 100, which hides a missing pagination loop, so the fake turns
 * the documented maximum into a schema `maximum` and rejects the request instead.
 */
function parameterSchema(p: OpenApiParameter): JsonSchema {
  const schema = (toJsonSchema(p.schema ?? {}) as JsonSchema) ?? {};
  const max = /\(max (\d+)\)/.exec(p.description ?? '');
  if (max && (schema.type === 'integer' || schema.type === 'number') && schema.maximum === undefined) {
    schema.maximum = Number(max[1]);
    if (schema.minimum === undefined) schema.minimum = 1;
  }
  return schema;
}

function formatProblems(where: string, errors: ErrorObject[] | null | undefined): SchemaProblem[] {
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const e of errors ?? []) {
    const at = `${where}${e.instancePath}`;
    let message = e.message ?? 'is invalid';
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'enum' && Array.isArray(params.allowedValues)) {
      message = `${JSON.stringify(dataAt(e))} is not one of ${JSON.stringify(params.allowedValues)}`;
    } else if (e.keyword === 'additionalProperties') {
      message = `unexpected property ${JSON.stringify(params.additionalProperty)}`;
    } else if (e.keyword === 'required') {
      message = `missing required property ${JSON.stringify(params.missingProperty)}`;
    }
    const key = `${at}: ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ at, message });
  }
  return problems;
}

function dataAt(e: ErrorObject): unknown {
  return (e as ErrorObject & { data?: unknown }).data;
}

// ---------------------------------------------------------------------------------------------
// Router.

interface TrieNode {
  literal: Map<string, TrieNode>;
  /** Whole-segment parameter, e.g. `{owner}` (names differ between templates; see `names`). */
  param?: TrieNode;
  /** Segments mixing text and parameters, e.g. `{base}...{head}`. */
  patterns: { regex: RegExp; node: TrieNode }[];
  /** Set when a template ends here. */
  template?: string;
  /** The template's parameter names, in path order. */
  names?: string[];
  methods?: Map<HttpMethod, Operation>;
}

const newNode = (): TrieNode => ({ literal: new Map(), patterns: [] });

interface CompiledOperation {
  params: ValidateFunction;
  pathNames: Set<string>;
  queryNames: Set<string>;
  arrayQuery: Set<string>;
  body?: {
    validate: ValidateFunction;
    required: boolean;
    /** Top-level property names the schema knows (undefined when it allows anything). */
    knownKeys?: Set<string>;
  };
  responses: Map<string, ValidateFunction | null>;
}

export class GitHubSpec {
  /** Milliseconds spent reading + parsing the description (first load only). */
  loadMs = 0;
  /** Milliseconds spent compiling validators so far. */
  compileMs = 0;
  readonly operations = new Map<string, Operation>();
  private readonly root = newNode();
  private readonly compiled = new Map<string, CompiledOperation>();
  private readonly webhookValidators = new Map<string, ValidateFunction>();
  /** Validates bodies and responses. */
  private readonly ajv: Ajv;
  /** Validates path/query parameters: coerces strings, applies defaults. */
  private readonly ajvParams: Ajv;

  constructor(
    paths: Record<string, Record<string, unknown>>,
    private readonly webhooks: Record<string, Record<string, unknown>>,
    readonly version: string,
  ) {
    const logger = { log() {}, warn() {}, error: console.error };
    this.ajv = new Ajv({ strict: false, allErrors: true, verbose: true, logger });
    this.ajvParams = new Ajv({
      strict: false,
      allErrors: true,
      verbose: true,
      coerceTypes: true,
      useDefaults: true,
      logger,
    });
    for (const ajv of [this.ajv, this.ajvParams]) {
      addFormats.default(ajv);
      // Formats GitHub uses that ajv-formats does not define: accept anything.
      for (const f of ['timestamp', 'repo.nwo', 'binary']) ajv.addFormat(f, true);
    }
    for (const [template, item] of Object.entries(paths)) this.addTemplate(template, item);
  }

  private addTemplate(template: string, item: Record<string, unknown>): void {
    let node = this.root;
    const names: string[] = [];
    for (const segment of template.split('/').slice(1)) {
      const whole = /^\{([^{}]+)\}$/.exec(segment);
      if (whole) {
        names.push(whole[1]!);
        node = node.param ??= newNode();
      } else if (segment.includes('{')) {
        const source = segment
          .split(/(\{[^{}]+\})/)
          .map((part) => {
            const m = /^\{([^{}]+)\}$/.exec(part);
            if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            names.push(m[1]!);
            return '(.+?)';
          })
          .join('');
        const existing = node.patterns.find((p) => p.regex.source === `^${source}$`);
        if (existing) node = existing.node;
        else {
          const entry = { regex: new RegExp(`^${source}$`), node: newNode() };
          node.patterns.push(entry);
          node = entry.node;
        }
      } else {
        let next = node.literal.get(segment);
        if (!next) node.literal.set(segment, (next = newNode()));
        node = next;
      }
    }
    node.template = template;
    node.names = names;
    node.methods ??= new Map();
    for (const method of METHODS) {
      const raw = item[method] as OpenApiOperation | undefined;
      if (!raw) continue;
      const op: Operation = {
        method,
        template,
        operationId: raw.operationId,
        documentationUrl: raw.externalDocs?.url ?? 'https://docs.github.com/rest',
        raw,
      };
      node.methods.set(method, op);
      this.operations.set(raw.operationId, op);
    }
  }

  /** Finds the operation for a request path (raw, still percent-encoded). Literal segments win. */
  match(method: string, rawPath: string): RouteMatch {
    const rawSegments = rawPath.split('/').slice(1);
    let segments: string[];
    try {
      segments = rawSegments.map((s) => decodeURIComponent(s));
    } catch {
      return { kind: 'bad-encoding' };
    }
    const values: string[] = [];
    const found = this.walk(this.root, segments, 0, values);
    if (!found) return { kind: 'no-path' };
    const params: Record<string, string> = {};
    found.names?.forEach((name, i) => (params[name] = values[i]!));
    const op = found.methods?.get(method.toLowerCase() as HttpMethod);
    if (!op) {
      return {
        kind: 'no-method',
        template: found.template!,
        allowed: [...(found.methods?.keys() ?? [])].map((m) => m.toUpperCase()),
      };
    }
    return { kind: 'ok', operation: op, params };
  }

  /** Depth-first, literal segments before mixed patterns before whole-segment parameters. */
  private walk(node: TrieNode, segments: string[], i: number, values: string[]): TrieNode | null {
    if (i === segments.length) return node.template ? node : null;
    const segment = segments[i]!;
    const literal = node.literal.get(segment);
    if (literal) {
      const hit = this.walk(literal, segments, i + 1, values);
      if (hit) return hit;
    }
    if (segment === '') return null;
    const mark = values.length;
    for (const p of node.patterns) {
      const m = p.regex.exec(segment);
      if (!m) continue;
      values.push(...m.slice(1));
      const hit = this.walk(p.node, segments, i + 1, values);
      if (hit) return hit;
      values.length = mark;
    }
    if (node.param) {
      values.push(segment);
      const hit = this.walk(node.param, segments, i + 1, values);
      if (hit) return hit;
      values.length = mark;
    }
    return null;
  }

  operation(operationId: string): Operation {
    const op = this.operations.get(operationId);
    if (!op) throw new Error(`unknown operationId ${operationId}`);
    return op;
  }

  private compile(op: Operation): CompiledOperation {
    let c = this.compiled.get(op.operationId);
    if (c) return c;
    const started = performance.now();
    const pathProps: JsonSchema = {};
    const queryProps: JsonSchema = {};
    const pathRequired: string[] = [];
    const queryRequired: string[] = [];
    const arrayQuery = new Set<string>();
    for (const p of op.raw.parameters ?? []) {
      const schema = parameterSchema(p);
      if (p.in === 'path') {
        pathProps[p.name] = schema;
        pathRequired.push(p.name);
      } else if (p.in === 'query') {
        queryProps[p.name] = schema;
        if (p.required) queryRequired.push(p.name);
        if (schema.type === 'array') arrayQuery.add(p.name);
      }
    }
    const params = this.ajvParams.compile({
      type: 'object',
      properties: {
        path: { type: 'object', properties: pathProps, required: pathRequired },
        query: { type: 'object', properties: queryProps, required: queryRequired },
      },
    });
    c = {
      params,
      pathNames: new Set(Object.keys(pathProps)),
      queryNames: new Set(Object.keys(queryProps)),
      arrayQuery,
      responses: new Map(),
    };
    const json = op.raw.requestBody?.content?.['application/json']?.schema;
    if (json) {
      c.body = {
        validate: this.ajv.compile(toJsonSchema(json) as JsonSchema),
        required: op.raw.requestBody?.required === true,
        knownKeys: knownTopLevelKeys(json),
      };
    }
    this.compileMs += performance.now() - started;
    this.compiled.set(op.operationId, c);
    return c;
  }

  /** Whether the operation takes a JSON request body (and whether it is required). */
  bodyInfo(op: Operation): { accepted: boolean; required: boolean; contentTypes: string[] } {
    const content = op.raw.requestBody?.content ?? {};
    return {
      accepted: op.raw.requestBody !== undefined,
      required: op.raw.requestBody?.required === true,
      contentTypes: Object.keys(content),
    };
  }

  /**
   * Validates path and query parameters. `query` values are strings (or string arrays for repeated
   * keys) as they came off the wire; unknown query parameters are reported (GitHub ignores them
   * silently, which hides typos such as `perPage`).
   */
  validateParams(
    op: Operation,
    pathParams: Record<string, string>,
    query: Record<string, string | string[]>,
  ): ParamsResult {
    const c = this.compile(op);
    const problems: SchemaProblem[] = [];
    const q: Record<string, unknown> = {};
    for (const [rawName, value] of Object.entries(query)) {
      const name = rawName.endsWith('[]') ? rawName.slice(0, -2) : rawName;
      if (!c.queryNames.has(name)) {
        problems.push({ at: `query.${rawName}`, message: 'is not a parameter of this operation' });
        continue;
      }
      if (c.arrayQuery.has(name)) q[name] = Array.isArray(value) ? value : [value];
      else if (Array.isArray(value)) {
        problems.push({ at: `query.${rawName}`, message: 'was given more than once' });
        q[name] = value[value.length - 1];
      } else q[name] = value;
    }
    const data = { path: { ...pathParams }, query: q };
    if (!c.params(data)) {
      problems.push(
        ...formatProblems('', c.params.errors).map((p) => ({
          at: p.at
            .replace(/^\/(path|query)\/?/, '$1.')
            .replace(/\//g, '.')
            .replace(/\.$/, ''),
          message: p.message,
        })),
      );
    }
    return { path: data.path, query: data.query, problems };
  }

  /** Validates a parsed JSON request body. `strictKeys` also reports top-level keys the schema lacks. */
  validateBody(op: Operation, body: unknown, strictKeys: boolean): SchemaProblem[] {
    const c = this.compile(op);
    if (!c.body) return [];
    const problems: SchemaProblem[] = [];
    if (!c.body.validate(body)) problems.push(...formatProblems('body', c.body.validate.errors));
    if (strictKeys && c.body.knownKeys && body && typeof body === 'object' && !Array.isArray(body)) {
      for (const key of Object.keys(body)) {
        if (!c.body.knownKeys.has(key)) {
          problems.push({
            at: `body/${key}`,
            message: 'is not in the request schema (GitHub would silently ignore it)',
          });
        }
      }
    }
    return problems;
  }

  /**
   * Validates a response body against the documented schema for `status`. Returns null when the
   * description documents no JSON body for that status (nothing to check), or the problems found.
   */
  validateResponse(op: Operation, status: number, body: unknown): SchemaProblem[] | null {
    const c = this.compile(op);
    const key = String(status);
    let validate = c.responses.get(key);
    if (validate === undefined) {
      const started = performance.now();
      const response = op.raw.responses?.[key] ?? op.raw.responses?.default;
      const schema = response?.content?.['application/json']?.schema;
      validate = schema ? this.ajv.compile(toJsonSchema(schema) as JsonSchema) : null;
      c.responses.set(key, validate);
      this.compileMs += performance.now() - started;
    }
    if (!validate) {
      if (!op.raw.responses?.[key] && !op.raw.responses?.default) {
        return [{ at: 'response', message: `status ${status} is not documented for ${op.operationId}` }];
      }
      return null;
    }
    return validate(body) ? [] : formatProblems('response', validate.errors);
  }

  /** Validates a webhook payload, e.g. `validateWebhook('pull-request-opened', payload)`. */
  validateWebhook(name: string, payload: unknown): SchemaProblem[] {
    let validate = this.webhookValidators.get(name);
    if (!validate) {
      const item = this.webhooks[name] as { post?: OpenApiOperation } | undefined;
      const schema = item?.post?.requestBody?.content?.['application/json']?.schema;
      if (!schema)
        throw new Error(`webhook ${name} is not in the description (kept: pull-request-*, check-run-*)`);
      const started = performance.now();
      validate = this.ajv.compile(toJsonSchema(schema) as JsonSchema);
      this.compileMs += performance.now() - started;
      this.webhookValidators.set(name, validate);
    }
    return validate(payload) ? [] : formatProblems('payload', validate.errors);
  }
}

/** Top-level property names of an object schema, across allOf/anyOf/oneOf; undefined if open-ended. */
function knownTopLevelKeys(schema: JsonSchema): Set<string> | undefined {
  const keys = new Set<string>();
  const visit = (s: JsonSchema): boolean => {
    if (s.additionalProperties !== undefined && s.additionalProperties !== false) {
      // `additionalProperties: true` inside anyOf branches (checks/update) only relaxes the branch.
      if (s === schema) return false;
    }
    if (s.type !== undefined && s.type !== 'object') return false;
    for (const k of Object.keys((s.properties as JsonSchema | undefined) ?? {})) keys.add(k);
    for (const comb of ['allOf', 'anyOf', 'oneOf'] as const) {
      for (const sub of (s[comb] as JsonSchema[] | undefined) ?? []) if (!visit(sub)) return false;
    }
    return true;
  };
  if (!visit(schema) || keys.size === 0) return undefined;
  return keys;
}
