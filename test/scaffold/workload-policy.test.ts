/** The policy checker used by the scaffold tests finds what it should. */
import type { JsonObject } from '../../actions/kernel/json.js';
import { imageIsPinned, policyProblems } from './workload-policy.js';

const labels = { 'app.kubernetes.io/name': 'web', 'app.kubernetes.io/instance': 'web' };

function deployment(container: JsonObject, extra: JsonObject = {}): JsonObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', labels },
    spec: {
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [container], ...extra } },
    },
  };
}

test('a bare container breaks every rule', () => {
  const problems = policyProblems(
    [deployment({ name: 'app', image: 'nginx', ports: [{ containerPort: 80 }] })],
    {
      prod: true,
    },
  );
  expect(problems).toEqual([
    'Deployment/web: mounts a service-account token',
    'Deployment/web container app: runAsNonRoot is not true',
    'Deployment/web container app: root filesystem is writable',
    'Deployment/web container app: allows privilege escalation',
    'Deployment/web container app: does not drop ALL capabilities',
    'Deployment/web container app: seccomp profile is not RuntimeDefault',
    'Deployment/web container app: no cpu requests',
    'Deployment/web container app: no memory requests',
    'Deployment/web container app: no cpu limits',
    'Deployment/web container app: no memory limits',
    'Deployment/web container app: unnamed port 80',
    'Deployment/web container app: no startupProbe',
    'Deployment/web container app: no readinessProbe',
    'Deployment/web container app: no livenessProbe',
    'Deployment/web container app: image nginx is not pinned (untagged or latest)',
    'Deployment/web: fewer than 2 replicas and no autoscaler keeping 2',
    'Deployment/web: no PodDisruptionBudget selects its pods',
  ]);
});

test('pod-level settings count for every container; an HPA and a PDB satisfy prod', () => {
  const probe = { httpGet: { path: '/', port: 'http' } };
  const web = deployment(
    {
      name: 'app',
      image: 'ghcr.io/acme/web:1.0.0',
      ports: [{ name: 'http', containerPort: 8080 }],
      securityContext: {
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
      },
      resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } },
      startupProbe: probe,
      readinessProbe: probe,
      livenessProbe: probe,
    },
    {
      automountServiceAccountToken: false,
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    },
  );
  const hpa = {
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web', labels },
    spec: { scaleTargetRef: { kind: 'Deployment', name: 'web' }, minReplicas: 2 },
  };
  const pdb = {
    kind: 'PodDisruptionBudget',
    metadata: { name: 'web', labels },
    spec: { selector: { matchLabels: labels } },
  };
  expect(policyProblems([web, hpa, pdb], { prod: true })).toEqual([]);
  expect(
    policyProblems([web, { ...hpa, spec: { ...hpa.spec, minReplicas: 1 } }, pdb], { prod: true }),
  ).toEqual(['Deployment/web: fewer than 2 replicas and no autoscaler keeping 2']);
});

test.each([
  ['ghcr.io/acme/web:1.0.0', true],
  ['localhost:5000/web:1.0.0', true],
  ['web@sha256:' + 'a'.repeat(64), true],
  ['localhost:5000/web', false],
  ['web:latest', false],
  ['web', false],
])('image %s pinned: %s', (image, pinned) => expect(imageIsPinned(image)).toBe(pinned));
