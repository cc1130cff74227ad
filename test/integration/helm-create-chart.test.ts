import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertChart } from '../../actions/helm-migrate/convert-chart.js';
import { convertOptions } from '../support/convert-options.js';
import { HELMS } from '../support/tools.js';

// The chart `helm create` writes is the most common starting point of real
// service charts, and nobody on this team wrote it: each Helm version's own.
const PROD_VALUES = `replicaCount: 3
image:
  tag: "1.27.2"
podAnnotations:
  prometheus.io/scrape: "true"
serviceAccount:
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/web
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: web.example.com
      paths:
        - path: /
          pathType: Prefix
  tls:
    - secretName: web-tls
      hosts: [web.example.com]
resources:
  limits: { cpu: 500m, memory: 256Mi }
  requests: { cpu: 100m, memory: 128Mi }
autoscaling:
  enabled: true
  minReplicas: 3
  maxReplicas: 12
  targetCPUUtilizationPercentage: 70
nodeSelector:
  kubernetes.io/os: linux
tolerations:
  - key: dedicated
    operator: Equal
    value: web
    effect: NoSchedule
`;

const STAGING_VALUES = `replicaCount: 2
image:
  tag: "1.27.2"
service:
  type: ClusterIP
  port: 8080
`;

describe.each(HELMS)('the chart `helm create` writes ($label)', ({ helm, kubectl }) => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'mmf-helm-create-'));
    execFileSync(helm, ['create', 'web'], { cwd: work });
    await writeFile(join(work, 'values-staging.yaml'), STAGING_VALUES);
    await writeFile(join(work, 'values-prod.yaml'), PROD_VALUES);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  test('converts dev/staging/prod at parity with small overlays', async () => {
    const result = await convertChart(
      convertOptions({
        chart: join(work, 'web'),
        output: join(work, 'out'),
        environments: [
          'dev',
          `staging=${join(work, 'values-staging.yaml')}`,
          `prod=${join(work, 'values-prod.yaml')}`,
        ],
        release: 'web',
        namespace: 'frontend',
        tools: { helm, kubectl },
      }),
    );
    expect(result.report.environments.map((e) => [e.name, e.parity?.identical])).toEqual([
      ['dev', true],
      ['staging', true],
      ['prod', true],
    ]);
    expect(result.exitCode).toBe(0);
    // staging and prod share the tag, so it is the base's; dev's chart-default tag is an images: entry.
    const dev = result.report.environments.find((e) => e.name === 'dev');
    expect(dev?.overlay.images).toEqual([
      { name: 'nginx', newTag: expect.stringMatching(/^\d+\.\d+\.\d+$/) },
    ]);
    expect(result.report.environments.every((e) => e.overlayRatio < 0.5)).toBe(true);
    expect(result.report.hooks.map((h) => h.action)).toEqual(['test-dropped']);
    const prod = result.report.environments.find((e) => e.name === 'prod');
    expect(prod?.overlay.addedResources).toEqual(
      expect.arrayContaining([
        'HorizontalPodAutoscaler/web (namespace frontend)',
        'Ingress/web (namespace frontend)',
      ]),
    );
  });
});
