import { FileNamer } from '../../kernel/k8s/file-names.js';
import { isObject, type JsonObject } from '../../kernel/json.js';
import { toYaml } from '../../kernel/yaml-codec.js';
import type { ClassifiedOutput } from './cluster-config.js';
import { isDns1123Label, isDns1123Subdomain, toDns1123Label } from '../../kernel/k8s/names.js';

/** The annotation EKS reads to give a ServiceAccount's pods an IAM role (IRSA). */
export const IRSA_ANNOTATION = 'eks.amazonaws.com/role-arn';
export const IRSA_DIR = 'irsa';

export interface IrsaBinding {
  serviceAccount: string;
  namespace?: string;
  roleArn: string;
  output: string;
  /** The map key the binding came from, for map outputs. */
  key?: string;
  /** How the ServiceAccount name was worked out when it is not written in the output as is. */
  guessedFrom?: string;
}

export interface IrsaPlan {
  bindings: IrsaBinding[];
  skipped: { output: string; reason: string }[];
}

const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const ROLE_ARN_OUTPUT = /_role_arns?$/i;
/** Roles of the cluster itself or its nodes: never a ServiceAccount's. */
const NODE_OR_CLUSTER_ROLE =
  /(^|_)(cluster|nodes?|node_groups?|workers?|fargate|fargate_profile|karpenter_node)(_iam)?_role_arns?$/i;

/**
 * Finds IRSA role ARNs among the outputs:
 * - `<service>_irsa_role_arn` / `<service>_role_arn` holding one role ARN:
 *   ServiceAccount `<service>` with "_" as "-" (external_dns_irsa_role_arn ->
 *   external-dns), reported as guessed;
 * - a map output (`service_irsa_role_arns`, `*_role_arns`, or any output with
 *   "irsa" in its name) of `{ "<serviceaccount>" | "<namespace>/<serviceaccount>": "<role ARN>" }`.
 * Cluster and node roles are recognised and left alone; sensitive outputs are
 * never written to tracked files, so they give no binding.
 */
export function findIrsaBindings(outputs: readonly ClassifiedOutput[]): IrsaPlan {
  const plan: IrsaPlan = { bindings: [], skipped: [] };
  const seen = new Map<string, IrsaBinding>();
  const add = (binding: IrsaBinding, where: string) => {
    const id = `${binding.namespace ?? ''}/${binding.serviceAccount}`;
    const first = seen.get(id);
    if (first) {
      if (first.roleArn !== binding.roleArn)
        plan.skipped.push({
          output: where,
          reason: `ServiceAccount ${id.replace(/^\//, '')} already gets a role from ${first.key ? `${first.output}["${first.key}"]` : first.output}`,
        });
      return;
    }
    seen.set(id, binding);
    plan.bindings.push(binding);
  };

  for (const output of outputs) {
    const irsaNamed = /irsa/i.test(output.name);
    if (!irsaNamed && !ROLE_ARN_OUTPUT.test(output.name)) continue;
    // Cluster and node roles stay in the ConfigMap only.
    if (!irsaNamed && NODE_OR_CLUSTER_ROLE.test(output.name)) continue;
    const value = output.value;
    if (value === null) continue;
    if (output.secret) {
      plan.skipped.push({
        output: output.name,
        reason: 'sensitive: no ServiceAccount annotation written (the role ARN is only in the Secret)',
      });
      continue;
    }
    if (typeof value === 'string') {
      if (!ROLE_ARN.test(value)) {
        if (ROLE_ARN_OUTPUT.test(output.name))
          plan.skipped.push({ output: output.name, reason: 'value is not an IAM role ARN' });
        continue;
      }
      const stem = output.name.replace(/(_irsa)?(_iam)?_role_arns?$/i, '').replace(/_irsa$/i, '');
      const serviceAccount = toDns1123Label(stem);
      if (!stem || !serviceAccount) {
        plan.skipped.push({
          output: output.name,
          reason:
            'cannot tell the ServiceAccount from the output name; use a map of ServiceAccount to role ARN',
        });
        continue;
      }
      add(
        { serviceAccount, roleArn: value, output: output.name, guessedFrom: 'the output name' },
        output.name,
      );
    } else if (isObject(value)) {
      const arns = Object.values(value).some((v) => typeof v === 'string' && ROLE_ARN.test(v));
      if (!arns && !ROLE_ARN_OUTPUT.test(output.name)) continue;
      bindMap(output.name, value, add, plan);
    } else if (Array.isArray(value)) {
      plan.skipped.push({
        output: output.name,
        reason: 'a list of role ARNs does not say which ServiceAccount each is for; output a map instead',
      });
    }
  }
  return plan;
}

function bindMap(
  output: string,
  map: JsonObject,
  add: (binding: IrsaBinding, where: string) => void,
  plan: IrsaPlan,
): void {
  for (const [key, arn] of Object.entries(map)) {
    const where = `${output}["${key}"]`;
    if (typeof arn !== 'string' || !ROLE_ARN.test(arn)) {
      plan.skipped.push({ output: where, reason: 'value is not an IAM role ARN' });
      continue;
    }
    const slash = key.indexOf('/');
    const namespace = slash < 0 ? undefined : key.slice(0, slash);
    const rawName = slash < 0 ? key : key.slice(slash + 1);
    if (namespace !== undefined && !isDns1123Label(namespace)) {
      plan.skipped.push({ output: where, reason: `"${namespace}" is not a valid namespace` });
      continue;
    }
    const serviceAccount = isDns1123Subdomain(rawName) ? rawName : toDns1123Label(rawName);
    if (!serviceAccount) {
      plan.skipped.push({ output: where, reason: 'the key is not a valid ServiceAccount name' });
      continue;
    }
    add(
      {
        serviceAccount,
        ...(namespace ? { namespace } : {}),
        roleArn: arn,
        output,
        key,
        ...(serviceAccount !== rawName ? { guessedFrom: `the key "${rawName}"` } : {}),
      },
      where,
    );
  }
}

/**
 * A Kustomize Component (`irsa/`) with one strategic-merge patch per
 * ServiceAccount, each with a `target`, so that an overlay including the
 * component annotates the ServiceAccounts it has and ignores the others.
 */
export function renderIrsaComponent(bindings: readonly IrsaBinding[]): Map<string, string> {
  const files = new Map<string, string>();
  if (!bindings.length) return files;
  const namer = new FileNamer();
  const patches: JsonObject[] = [];
  for (const b of bindings) {
    const file = namer.nameFor({
      group: '',
      version: 'v1',
      kind: 'ServiceAccount',
      namespace: b.namespace ?? '',
      name: b.serviceAccount,
    });
    files.set(
      `${IRSA_DIR}/${file}`,
      toYaml({
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: {
          name: b.serviceAccount,
          ...(b.namespace ? { namespace: b.namespace } : {}),
          annotations: { [IRSA_ANNOTATION]: b.roleArn },
        },
      }),
    );
    patches.push({
      path: file,
      target: {
        version: 'v1',
        kind: 'ServiceAccount',
        // Kustomize matches target names as anchored regular expressions.
        name: b.serviceAccount.replace(/\./g, '\\.'),
        ...(b.namespace ? { namespace: b.namespace } : {}),
      },
    });
  }
  files.set(
    `${IRSA_DIR}/kustomization.yaml`,
    '# IRSA role ARNs from Terraform (mmf infra config). Add this folder to the\n' +
      '# `components:` of an overlay: each ServiceAccount it holds gets its role.\n' +
      toYaml({ apiVersion: 'kustomize.config.k8s.io/v1alpha1', kind: 'Component', patches }),
  );
  return files;
}
