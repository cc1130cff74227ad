/**
 * The security component: ServiceAccount, Role/RoleBinding, NetworkPolicy,
 * securityContext patches and Pod Security Admission labels. Fields the
 * restricted Pod Security Standard requires and the values leave unset are
 * filled in (and reported); fields the values set are kept as they are.
 */
import { isObject, type JsonObject, type JsonValue } from '../../kernel/json.js';
import { toYaml } from '../../kernel/yaml-codec.js';
import { ComponentBuilder } from './component-plan.js';
import type { ConfigSettings, DefaultUse } from './config-settings.js';
import { deploymentPatch, manifestYaml, selectorLabels } from '../../kernel/k8s/kustomization.js';

export type PodSecurityLevel = 'restricted' | 'baseline' | 'privileged';

/** Capabilities the baseline Pod Security Standard allows adding. */
const BASELINE_CAPS = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/** Proxy ports a mesh's own scraping reaches on every pod. */
const MESH_METRICS_PORTS = { istio: [15020, 15090], linkerd: [4191] } as const;

export function planSecurityComponent(
  s: ConfigSettings,
  opts: { namespace?: string },
): { component: ComponentBuilder; level: PodSecurityLevel } | undefined {
  const sec = s.security;
  if (!sec) return undefined;
  const c = new ComponentBuilder('security');
  const selector = selectorLabels(s.selectorName);
  const d = (setting: string, value: string, why: string) =>
    s.defaults.push({ component: 'security', setting, value, why } satisfies DefaultUse);

  if (opts.namespace) {
    c.addResource(
      'namespace.yaml',
      manifestYaml({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: opts.namespace } }),
      [`Namespace/${opts.namespace}`],
    );
  }
  const sa = sec.serviceAccount;
  if (sa?.create) {
    const metadata: JsonObject = { name: sa.name, labels: { ...selector } };
    if (Object.keys(sa.annotations).length) metadata.annotations = { ...sa.annotations };
    c.addResource(
      'serviceaccount.yaml',
      manifestYaml({
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata,
        automountServiceAccountToken: sa.automount,
      }),
      [`ServiceAccount/${sa.name}`],
    );
  }
  if (sec.rbacRules) {
    const subject = sa?.name ?? s.serviceName;
    c.addResource(
      'role.yaml',
      manifestYaml([
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'Role',
          metadata: { name: s.serviceName, labels: { ...selector } },
          rules: sec.rbacRules,
        },
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'RoleBinding',
          metadata: { name: s.serviceName, labels: { ...selector } },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: s.serviceName },
          // No namespace: a RoleBinding's ServiceAccount subject defaults to the binding's namespace.
          subjects: [{ kind: 'ServiceAccount', name: subject }],
        },
      ]),
      [`Role/${s.serviceName}`, `RoleBinding/${s.serviceName}`],
    );
  }
  if (sec.networkPolicy) {
    const np = sec.networkPolicy;
    const spec: JsonObject = { podSelector: { matchLabels: { ...selector } }, policyTypes: np.policyTypes };
    if (np.ingress) spec.ingress = np.ingress;
    else if (np.policyTypes.includes('Ingress')) spec.ingress = defaultIngress(s);
    if (np.egress) spec.egress = np.egress;
    c.addResource(
      'networkpolicy.yaml',
      manifestYaml({
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: s.serviceName, labels: { ...selector } },
        spec,
      }),
      [`NetworkPolicy/${s.serviceName}`],
    );
  }

  const podSpec: JsonObject = {};
  if (sa) podSpec.serviceAccountName = sa.name;
  let pod: JsonObject | undefined;
  let container: JsonObject | undefined;
  if (sec.podSecurityContext || sec.securityContext) {
    pod = structuredClone(sec.podSecurityContext ?? {});
    container = structuredClone(sec.securityContext ?? {});
    if (pod.runAsNonRoot === undefined && container.runAsNonRoot === undefined) {
      pod.runAsNonRoot = true;
      d(
        'pod securityContext.runAsNonRoot',
        'true',
        'required by the restricted Pod Security Standard; the values leave it unset',
      );
    }
    if (pod.seccompProfile === undefined && container.seccompProfile === undefined) {
      pod.seccompProfile = { type: 'RuntimeDefault' };
      d(
        'pod securityContext.seccompProfile',
        'RuntimeDefault',
        'required by the restricted Pod Security Standard; the values leave it unset',
      );
    }
    if (container.allowPrivilegeEscalation === undefined) {
      container.allowPrivilegeEscalation = false;
      d(
        'container securityContext.allowPrivilegeEscalation',
        'false',
        'required by the restricted Pod Security Standard; the values leave it unset',
      );
    }
    const caps = isObject(container.capabilities) ? container.capabilities : {};
    if (caps.drop === undefined) {
      container.capabilities = { ...caps, drop: ['ALL'] };
      d(
        'container securityContext.capabilities.drop',
        '[ALL]',
        'required by the restricted Pod Security Standard; the values leave it unset',
      );
    }
    podSpec.securityContext = pod;
  }
  if (Object.keys(podSpec).length) {
    const what = [
      ...(podSpec.serviceAccountName ? ['serviceAccountName'] : []),
      ...(podSpec.securityContext ? ['pod securityContext'] : []),
    ].join(' and ');
    c.addPatch(
      { path: 'deployment-security.yaml' },
      manifestYaml(deploymentPatch(s.serviceName, { spec: podSpec })),
      what,
    );
  }
  if (container) {
    c.addPatch(
      {
        path: 'container-security-context.yaml',
        target: { group: 'apps', version: 'v1', kind: 'Deployment', name: s.serviceName },
      },
      // A JSON 6902 patch, so it reaches the first container whatever it is called.
      toYaml([{ op: 'add', path: '/spec/template/spec/containers/0/securityContext', value: container }]),
      'securityContext of the first container',
    );
  }
  const level = podSecurityLevel(pod, container);
  const labels: Record<string, string> = {
    'pod-security.kubernetes.io/enforce': level,
    'pod-security.kubernetes.io/enforce-version': 'latest',
    'pod-security.kubernetes.io/audit': 'restricted',
    'pod-security.kubernetes.io/warn': 'restricted',
  };
  c.addPatch(
    { path: 'namespace-pod-security.yaml', target: { kind: 'Namespace' } },
    manifestYaml({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'any-namespace', labels } }, [
      'Applies to every Namespace in the build (the target selects them; this name is ignored).',
    ]),
    `Pod Security Admission labels (enforce ${level}, audit and warn restricted) on every Namespace in the build`,
  );
  return { component: c, level };
}

/** Ingress to the service's own ports from anywhere, plus the mesh proxy's metrics port. */
function defaultIngress(s: ConfigSettings): JsonObject[] {
  const ports: JsonValue[] = [];
  const seen = new Set<string>();
  const add = (port: number | string) => {
    if (seen.has(String(port))) return;
    seen.add(String(port));
    ports.push({ protocol: 'TCP', port });
  };
  for (const p of s.ports) add(p.targetPort);
  if (s.mesh) for (const p of MESH_METRICS_PORTS[s.mesh.type]) add(p);
  return ports.length ? [{ ports }] : [];
}

/** The strictest Pod Security Standard the resulting pod and first container satisfy. */
export function podSecurityLevel(
  pod: JsonObject | undefined,
  container: JsonObject | undefined,
): PodSecurityLevel {
  if (!pod || !container) return 'baseline';
  if (container.privileged === true) return 'privileged';
  const caps = isObject(container.capabilities) ? container.capabilities : {};
  const added = Array.isArray(caps.add) ? caps.add.map(String) : [];
  if (added.some((cap) => !BASELINE_CAPS.has(cap))) return 'privileged';
  const dropped = Array.isArray(caps.drop) ? caps.drop.map(String) : [];
  const seccomp = (
    isObject(container.seccompProfile)
      ? container.seccompProfile
      : isObject(pod.seccompProfile)
        ? pod.seccompProfile
        : {}
  ).type;
  const nonRoot = container.runAsNonRoot ?? pod.runAsNonRoot;
  const user = container.runAsUser ?? pod.runAsUser;
  const restricted =
    nonRoot === true &&
    user !== 0 &&
    container.allowPrivilegeEscalation === false &&
    dropped.includes('ALL') &&
    added.every((cap) => cap === 'NET_BIND_SERVICE') &&
    (seccomp === 'RuntimeDefault' || seccomp === 'Localhost');
  return restricted ? 'restricted' : 'baseline';
}
