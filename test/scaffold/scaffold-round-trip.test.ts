/**
 * Round trip: a scaffolded service's prod overlay, built by kustomize and
 * packed as a tiny Helm chart (Chart.yaml + the built YAML as its only
 * template), converts back through helm-to-kustomize at parity with both
 * supported Helm versions. The scaffold's output is plain Kubernetes that
 * the migration path understands in both directions.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKustomization } from '../../actions/platform/kustomize/kustomize-build.js';
import { convertChart } from '../../actions/helm-migrate/convert-chart.js';
import { scaffoldService } from '../../actions/scaffold/scaffold-service.js';
import { kubectlTool } from '../support/build-plan.js';
import { convertOptions } from '../support/convert-options.js';
import { HELMS } from '../support/tools.js';
import { scaffoldOptions } from './scaffold-support.js';

/** Template text that renders to `yaml` exactly: every `{{` becomes a Go template printing it. */
function escapeForHelm(yaml: string): string {
  return yaml.replaceAll('{{', '{{ "{{" }}');
}

let work: string;
let scaffold: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-scaffold-round-trip-'));
  scaffold = join(work, 'scaffold');
  await scaffoldService(
    scaffoldOptions(scaffold, {
      image: 'ghcr.io/acme/orders:1.4.2',
      overlays: ['prod'],
      components: ['istio', 'migration-job'],
    }),
  );
});
afterAll(() => rm(work, { recursive: true, force: true }));

test('escaping keeps template delimiters literal', () => {
  expect(escapeForHelm('a: "{{ .x }}"\n')).toBe('a: "{{ "{{" }} .x }}"\n');
});

describe.each(HELMS)(
  'the prod overlay, packed as a chart, converts back ($label)',
  ({ label, helm, kubectl }) => {
    test('at parity, resource for resource', async () => {
      const { manifests } = await buildKustomization(
        await kubectlTool(kubectl),
        join(scaffold, 'overlays', 'prod'),
      );
      const chart = join(work, `chart-${label.replace(/\W+/g, '-')}`, 'orders');
      await mkdir(join(chart, 'templates'), { recursive: true });
      await writeFile(
        join(chart, 'Chart.yaml'),
        'apiVersion: v2\nname: orders\nversion: 0.1.0\nappVersion: "1.4.2"\ntype: application\n',
      );
      await writeFile(join(chart, 'templates', 'prod.yaml'), escapeForHelm(manifests));
      const result = await convertChart(
        convertOptions({
          chart,
          output: join(chart, '..', 'kustomize'),
          environments: ['prod'],
          release: 'orders',
          namespace: 'shop',
          tools: { helm, kubectl },
        }),
      );
      const [prod] = result.report.environments;
      expect(prod?.parity?.identical).toBe(true);
      expect(result.exitCode).toBe(0);
      const kinds = (manifests.match(/^kind: .+$/gm) ?? []).length;
      expect(kinds).toBeGreaterThan(15);
      expect(prod?.renderedResources).toBe(kinds);
    });
  },
);
