/**
 * The production defaults every scaffolded workload must keep, as a list of
 * problems (empty when all hold). `prod` adds the rules for production
 * overlays: pinned images, at least two replicas (or an autoscaler that
 * keeps two), and a PodDisruptionBudget covering the pods.
 */
import { getPath, isObject, type JsonObject, type JsonValue } from '../../actions/kernel/json.js';
import { nameOf } from './scaffold-support.js';

const POD_TEMPLATE: Record<string, string[]> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
const LONG_RUNNING = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

const obj = (value: JsonValue | undefined): JsonObject => (isObject(value) ? value : {});
const list = (value: JsonValue | undefined): JsonObject[] =>
  Array.isArray(value) ? value.filter(isObject) : [];

/** Tagged (not latest) or pinned by digest. */
export function imageIsPinned(image: string): boolean {
  if (image.includes('@sha256:')) return true;
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastPart.indexOf(':');
  return colon > 0 && lastPart.slice(colon + 1) !== 'latest';
}

function selects(selector: JsonObject, labels: JsonObject): boolean {
  const match = obj(selector.matchLabels);
  return Object.keys(match).length > 0 && Object.entries(match).every(([k, v]) => labels[k] === v);
}

export interface PolicyOptions {
  prod: boolean;
  /** The base alone: its images are logical names that overlays map, so they are not checked. */
  logicalImages?: boolean;
}

export function policyProblems(objects: readonly JsonObject[], opts: PolicyOptions): string[] {
  const problems: string[] = [];
  for (const object of objects) {
    const id = nameOf(object);
    const labels = obj(obj(object.metadata).labels);
    if (!labels['app.kubernetes.io/name'] || !labels['app.kubernetes.io/instance'])
      problems.push(`${id}: no app.kubernetes.io/name and instance labels`);
    const kind = String(object.kind);
    const path = POD_TEMPLATE[kind];
    if (!path) continue;
    const template = obj(getPath(object, path));
    const pod = obj(template.spec);
    const podSec = obj(pod.securityContext);
    if (pod.automountServiceAccountToken !== false) problems.push(`${id}: mounts a service-account token`);
    if (pod.hostNetwork || pod.hostPID || pod.hostIPC) problems.push(`${id}: shares a host namespace`);
    const containers = [
      ...list(pod.initContainers).map((c) => ({ c, init: true })),
      ...list(pod.containers).map((c) => ({ c, init: false })),
    ];
    if (!list(pod.containers).length) problems.push(`${id}: no containers`);
    for (const { c, init } of containers) {
      const cid = `${id} container ${String(c.name)}`;
      const sec = obj(c.securityContext);
      const seccomp = obj(sec.seccompProfile).type ?? obj(podSec.seccompProfile).type;
      if ((sec.runAsNonRoot ?? podSec.runAsNonRoot) !== true)
        problems.push(`${cid}: runAsNonRoot is not true`);
      if (sec.readOnlyRootFilesystem !== true) problems.push(`${cid}: root filesystem is writable`);
      if (sec.allowPrivilegeEscalation !== false) problems.push(`${cid}: allows privilege escalation`);
      if (sec.privileged === true) problems.push(`${cid}: privileged`);
      const caps = obj(sec.capabilities);
      if (!Array.isArray(caps.drop) || !caps.drop.includes('ALL'))
        problems.push(`${cid}: does not drop ALL capabilities`);
      if (Array.isArray(caps.add) && caps.add.length) problems.push(`${cid}: adds capabilities`);
      if (seccomp !== 'RuntimeDefault') problems.push(`${cid}: seccomp profile is not RuntimeDefault`);
      const resources = obj(c.resources);
      for (const kindOf of ['requests', 'limits'])
        for (const r of ['cpu', 'memory'])
          if (obj(resources[kindOf])[r] === undefined) problems.push(`${cid}: no ${r} ${kindOf}`);
      for (const port of list(c.ports))
        if (!port.name) problems.push(`${cid}: unnamed port ${String(port.containerPort)}`);
      if (LONG_RUNNING.has(kind) && !init)
        for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe'])
          if (!isObject(c[probe])) problems.push(`${cid}: no ${probe}`);
      if (opts.prod && !opts.logicalImages && !imageIsPinned(String(c.image)))
        problems.push(`${cid}: image ${String(c.image)} is not pinned (untagged or latest)`);
    }
    if (opts.prod && LONG_RUNNING.has(kind)) {
      const name = obj(object.metadata).name;
      const replicas = obj(object.spec).replicas;
      const hpa = objects.find(
        (o) =>
          o.kind === 'HorizontalPodAutoscaler' &&
          obj(obj(o.spec).scaleTargetRef).kind === kind &&
          obj(obj(o.spec).scaleTargetRef).name === name,
      );
      const minReplicas = hpa ? (obj(hpa.spec).minReplicas ?? 1) : undefined;
      if (
        !(typeof replicas === 'number' && replicas >= 2) &&
        !(typeof minReplicas === 'number' && minReplicas >= 2)
      )
        problems.push(`${id}: fewer than 2 replicas and no autoscaler keeping 2`);
      const podLabels = obj(obj(template.metadata).labels);
      if (
        !objects.some(
          (o) => o.kind === 'PodDisruptionBudget' && selects(obj(obj(o.spec).selector), podLabels),
        )
      )
        problems.push(`${id}: no PodDisruptionBudget selects its pods`);
    }
  }
  return problems;
}
