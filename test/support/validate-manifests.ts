/**
 * Schema validation of Kubernetes objects for tests: built-in kinds through
 * kubernetes-models, prometheus-operator and Istio kinds through their
 * @kubernetes-models packages, Linkerd policy kinds through schemas we wrote
 * from Linkerd's published CRDs (no model package exists). An object of a
 * kind without a schema is an error, so nothing passes unchecked.
 */
import { Ajv } from 'ajv';
import type { JsonObject } from '../../actions/kernel/json.js';

type Model = new (data: unknown) => { validate(): void };

const PACKAGES = ['kubernetes-models', '@kubernetes-models/prometheus-operator', '@kubernetes-models/istio'];
const cache = new Map<string, Model | undefined>();

async function modelFor(apiVersion: string, kind: string): Promise<Model | undefined> {
  const key = `${apiVersion}/${kind}`;
  if (cache.has(key)) return cache.get(key);
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  let found: Model | undefined;
  for (const pkg of PACKAGES) {
    const path = group ? `${pkg}/${group}/${version}` : `${pkg}/${version}`;
    const mod = (await import(path).catch(() => undefined)) as Record<string, Model> | undefined;
    if (mod?.[kind]) {
      found = mod[kind];
      break;
    }
  }
  cache.set(key, found);
  return found;
}

const labelSelector = {
  type: 'object',
  properties: {
    matchLabels: { type: 'object', additionalProperties: { type: 'string' } },
    matchExpressions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'operator'],
        properties: {
          key: { type: 'string' },
          operator: { enum: ['In', 'NotIn', 'Exists', 'DoesNotExist'] },
          values: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};
const metadata = {
  type: 'object',
  required: ['name'],
  properties: { name: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' } },
};

/** policy.linkerd.io kinds, written from Linkerd 2.14+ CRDs (Server v1beta1/v1beta2, ServerAuthorization v1beta1). */
const LINKERD_SCHEMAS: Record<string, object> = {
  'policy.linkerd.io/Server': {
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    properties: {
      metadata,
      spec: {
        type: 'object',
        required: ['port'],
        properties: {
          podSelector: labelSelector,
          port: {
            oneOf: [
              { type: 'integer', minimum: 1, maximum: 65535 },
              { type: 'string', pattern: '^[a-z]([-a-z0-9]*[a-z0-9])?$', maxLength: 15 },
            ],
          },
          proxyProtocol: { enum: ['unknown', 'HTTP/1', 'HTTP/2', 'gRPC', 'opaque', 'TLS'] },
          accessPolicy: { type: 'string' },
        },
        additionalProperties: false,
      },
    },
  },
  'policy.linkerd.io/ServerAuthorization': {
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    properties: {
      metadata,
      spec: {
        type: 'object',
        required: ['server', 'client'],
        properties: {
          server: {
            type: 'object',
            properties: { name: { type: 'string' }, selector: labelSelector },
            additionalProperties: false,
          },
          client: {
            type: 'object',
            properties: {
              unauthenticated: { type: 'boolean' },
              networks: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['cidr'],
                  properties: {
                    cidr: { type: 'string' },
                    except: { type: 'array', items: { type: 'string' } },
                  },
                },
              },
              meshTLS: {
                type: 'object',
                properties: {
                  unauthenticatedTLS: { type: 'boolean' },
                  identities: { type: 'array', items: { type: 'string' } },
                  serviceAccounts: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['name'],
                      properties: { name: { type: 'string' }, namespace: { type: 'string' } },
                      additionalProperties: false,
                    },
                  },
                },
                additionalProperties: false,
              },
            },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
    },
  },
};

const ajv = new Ajv({ allErrors: true, strict: false });

export interface SchemaProblem {
  resource: string;
  message: string;
}

/** Validates each object; returns the problems (empty when all are valid). */
export async function validateObjects(objects: readonly JsonObject[]): Promise<SchemaProblem[]> {
  const problems: SchemaProblem[] = [];
  for (const object of objects) {
    const apiVersion = String(object.apiVersion);
    const kind = String(object.kind);
    const name = String((object.metadata as JsonObject | undefined)?.name);
    const resource = `${apiVersion} ${kind}/${name}`;
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
    const linkerd = LINKERD_SCHEMAS[`${group}/${kind}`];
    if (linkerd) {
      const validate = ajv.compile(linkerd);
      if (!validate(object)) problems.push({ resource, message: ajv.errorsText(validate.errors) });
      continue;
    }
    const model = await modelFor(apiVersion, kind);
    if (!model) {
      problems.push({ resource, message: 'no schema for this kind' });
      continue;
    }
    try {
      new model(object).validate();
    } catch (err) {
      problems.push({ resource, message: (err as Error).message });
    }
  }
  return problems;
}
