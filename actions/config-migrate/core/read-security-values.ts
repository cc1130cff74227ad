/** Reads the security settings: serviceAccount, rbac, networkPolicy, pod and container securityContext. */
import type { ConfigSettings, SecuritySettings } from './config-settings.js';
import { assertDnsLabel } from '../../kernel/k8s/names.js';
import type { ValuesReader } from './values-reader.js';

export function readSecurity(r: ValuesReader, settings: ConfigSettings): SecuritySettings | undefined {
  const sec: SecuritySettings = {};
  const u = (what: string, applied = true) => ({ component: 'security', use: what, applied }) as const;
  if (r.has(['serviceAccount'])) {
    const create = r.bool(['serviceAccount', 'create'], u('create the ServiceAccount')) ?? true;
    const name = r.string(
      ['serviceAccount', 'name'],
      u('ServiceAccount name and the pods’ serviceAccountName'),
    );
    const annotations = r.stringMap(
      ['serviceAccount', 'annotations'],
      u('ServiceAccount annotations (e.g. IRSA role)', create),
    );
    const automount = r.bool(['serviceAccount', 'automount'], u('automountServiceAccountToken', create));
    if (name) assertDnsLabel(name, 'values key serviceAccount.name');
    if (create || name) {
      sec.serviceAccount = {
        create,
        name: name || settings.serviceName,
        annotations: annotations ?? {},
        automount: automount ?? false,
      };
      if (create && automount === undefined)
        settings.defaults.push({
          component: 'security',
          setting: 'automountServiceAccountToken',
          value: 'false',
          why: 'serviceAccount.automount not set: no API token unless the service needs one',
        });
    }
  }
  const rbacCreate = r.bool(['rbac', 'create'], u('create the Role and RoleBinding'));
  const rules = r.objectList(['rbac', 'rules'], u('Role rules', rbacCreate !== false));
  if (rbacCreate !== false && rules?.length) sec.rbacRules = rules;
  else if (rbacCreate && !rules?.length)
    settings.notes.push(
      'rbac.create is true but rbac.rules is empty: no Role was generated (the ServiceAccount has no permissions).',
    );

  const npEnabled = r.bool(['networkPolicy', 'enabled'], u('create the NetworkPolicy'));
  const np = npEnabled ?? false;
  const policyTypes = r.stringList(['networkPolicy', 'policyTypes'], u('NetworkPolicy policyTypes', np), [
    'Ingress',
    'Egress',
  ]);
  const ingress = r.objectList(['networkPolicy', 'ingress'], u('NetworkPolicy ingress rules', np));
  const egress = r.objectList(['networkPolicy', 'egress'], u('NetworkPolicy egress rules', np));
  if (np) {
    const types = policyTypes ?? ['Ingress', ...(egress ? ['Egress'] : [])];
    sec.networkPolicy = {
      policyTypes: types,
      ...(ingress ? { ingress } : {}),
      ...(egress ? { egress } : {}),
    };
    if (!ingress && types.includes('Ingress'))
      settings.defaults.push({
        component: 'security',
        setting: 'NetworkPolicy ingress',
        value: 'the service ports from anywhere, plus mesh proxy metrics',
        why: 'networkPolicy.ingress not set',
      });
  }
  const pod = r.object(['podSecurityContext'], u('pod securityContext patch'));
  const container = r.object(['securityContext'], u('container securityContext patch'));
  if (pod) sec.podSecurityContext = pod;
  if (container) sec.securityContext = container;
  return Object.keys(sec).length ? sec : undefined;
}
