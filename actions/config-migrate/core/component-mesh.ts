/** The service-mesh component: Istio or Linkerd policies for mTLS, retries, timeouts and circuit breaking. */
import type { JsonObject } from '../../kernel/json.js';
import {
  deploymentPatch,
  manifestYaml,
  selectorLabels,
  serviceAnnotationPatch,
} from '../../kernel/k8s/kustomization.js';
import { ComponentBuilder } from './component-plan.js';
import type { ConfigSettings } from './config-settings.js';
import {
  ISTIO_POD_LABELS,
  LINKERD_POD_ANNOTATIONS,
  isServerPort,
  istioPolicies,
  linkerdPolicies,
  linkerdServiceAnnotations,
  type MeshPort,
} from '../../kernel/k8s/mesh-policies.js';

export function planMeshComponent(s: ConfigSettings): ComponentBuilder | undefined {
  const mesh = s.mesh;
  if (!mesh) return undefined;
  const c = new ComponentBuilder('service-mesh');
  const selector = selectorLabels(s.selectorName);
  if (mesh.type === 'istio') {
    const scraped = s.monitors.length > 0;
    const metrics = s.ports.find((p) => p.role === 'metrics');
    for (const object of istioPolicies({
      serviceName: s.serviceName,
      selector,
      mtlsMode: mesh.mtlsMode,
      tlsMode: mesh.tlsMode,
      traffic: mesh.traffic,
      permissivePorts: scraped && typeof metrics?.targetPort === 'number' ? [metrics.targetPort] : [],
    })) {
      const kind = String(object.kind);
      c.addResource(`${kind.toLowerCase()}.yaml`, manifestYaml(object), [`${kind}/${s.serviceName}`]);
    }
    if (mesh.inject)
      c.addPatch(
        { path: 'deployment-mesh.yaml' },
        manifestYaml(deploymentPatch(s.serviceName, { labels: ISTIO_POD_LABELS })),
        'sidecar.istio.io/inject label on the pods',
      );
  } else {
    const ports: MeshPort[] = s.ports
      .map((p) => ({ role: p.role, port: p.targetPort }))
      .filter((p) => isServerPort(p.port));
    const objects = linkerdPolicies({
      serviceName: s.serviceName,
      selector,
      ports: ports.length ? ports : [{ role: 'http', port: 'http' }],
    });
    c.addResource(
      'linkerd-policy.yaml',
      manifestYaml(objects),
      objects.map((o) => `${String(o.kind)}/${String((o.metadata as JsonObject).name)}`),
    );
    if (mesh.inject)
      c.addPatch(
        { path: 'deployment-mesh.yaml' },
        manifestYaml(deploymentPatch(s.serviceName, { annotations: LINKERD_POD_ANNOTATIONS })),
        'linkerd.io/inject annotation on the pods',
      );
    c.addPatch(
      { path: 'service-mesh.yaml' },
      manifestYaml(serviceAnnotationPatch(s.serviceName, linkerdServiceAnnotations(mesh.traffic))),
      'Linkerd retry, timeout and failure-accrual annotations on the Service',
    );
  }
  return c;
}
