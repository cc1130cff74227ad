// Benchmark of the semantic diff (issue: diff two sets of 5,000 resources
// with 500 changes and render the PR comment). Prints the time of diffing and
// rendering against the time of merely parsing both sets, from one run.
import { diffManifests } from '../../actions/kernel/diff/semantic-diff.js';
import { parseManifests, ScopeResolver } from '../../actions/kernel/k8s/manifest.js';
import { renderReviewMarkdown } from '../../actions/kernel/review/render-review-markdown.js';
import { splitComment } from '../../actions/kernel/review/split-comment.js';
import { toYamlStream } from '../../actions/kernel/yaml-codec.js';

const COUNT = 5000;
const CHANGES = 500;

function deployment(i: number, changed: boolean) {
  const name = `svc-${String(i).padStart(4, '0')}`;
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': 'shop' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'shop', labels: { ...labels, 'helm.sh/chart': 'shop-1.0.0' } },
    spec: {
      replicas: changed ? 3 : 2,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels, annotations: { 'checksum/config': changed ? 'b'.repeat(64) : 'a'.repeat(64) } },
        spec: {
          containers: [
            {
              name: 'app',
              image: `registry.example.com/shop/${name}:${changed ? '1.1.0' : '1.0.0'}`,
              env: [
                { name: 'LOG_LEVEL', value: changed ? 'debug' : 'info' },
                { name: 'PORT', value: '8080' },
                ...(changed ? [{ name: 'FEATURE_X', value: 'true' }] : []),
              ],
              ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
              resources: {
                requests: { cpu: '100m', memory: '128Mi' },
                limits: { cpu: '500m', memory: '256Mi' },
              },
            },
          ],
        },
      },
    },
  };
}

function configMap(i: number, changed: boolean) {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `cfg-${String(i).padStart(4, '0')}`, namespace: 'shop' },
    data: { 'app.yaml': `server:\n  port: 8080\n  timeout: ${changed ? 60 : 30}s\n`, REGION: 'eu-west-1' },
  };
}

const left: unknown[] = [];
const right: unknown[] = [];
for (let i = 0; i < COUNT; i++) {
  const make = i % 2 ? configMap : deployment;
  const changed = i % (COUNT / CHANGES) === 0;
  left.push(make(i, false));
  right.push(make(i, changed));
}
const leftText = toYamlStream(left);
const rightText = toYamlStream(right);

const ms = (start: number) => performance.now() - start;
const parse = (text: string, label: string) =>
  parseManifests(text, label, { defaultNamespace: 'shop', scopes: new ScopeResolver() });

const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// Warm-up, not measured.
diffManifests(
  { label: 'a', resources: parse(leftText, 'a') },
  { label: 'b', resources: parse(rightText, 'b') },
);

const times = { parse: [] as number[], diff: [] as number[], render: [] as number[] };
let diff: ReturnType<typeof diffManifests> | undefined;
let parts: string[] = [];
for (let i = 0; i < REPEAT; i++) {
  let start = performance.now();
  const l = parse(leftText, 'left');
  const r = parse(rightText, 'right');
  times.parse.push(ms(start));

  start = performance.now();
  diff = diffManifests({ label: 'left', resources: l }, { label: 'right', resources: r });
  times.diff.push(ms(start));

  // The PR comment shows every change with its unified diff.
  start = performance.now();
  const report = { subject: 'bench', mode: 'diff' as const, sections: [{ name: 'prod', diff }], notes: [] };
  const blocks = renderReviewMarkdown(report, 'helm-migrate diff: bench');
  ({ parts } = splitComment([blocks.header, ...blocks.resources], {
    id: 'bench/job/chart',
    title: 'helm-migrate diff: bench',
  }));
  times.render.push(ms(start));
}
const parseMs = median(times.parse);
const diffMs = median(times.diff);
const renderMs = median(times.render);
const result = diff as NonNullable<typeof diff>;

const f = (n: number) => `${Math.round(n)} ms`;
console.log(`\nsemantic diff: ${COUNT} resources per side, ${CHANGES} changed (median of ${REPEAT})`);
console.log(
  `  parse both sets:         ${f(parseMs)}  (${(leftText.length + rightText.length) / 1e6} MB of YAML)`,
);
console.log(
  `  diff:                    ${f(diffMs)}  -> ${result.changes.length} changed resources, ${result.unchanged} unchanged`,
);
console.log(
  `  render comment + split:  ${f(renderMs)}  -> ${parts.length} part(s), largest ${Math.max(...parts.map((p) => p.length))} characters`,
);
const ratio = (diffMs + renderMs) / parseMs;
console.log(
  `  (diff + render) / parse = ${ratio.toFixed(2)} (target <= 1.3) ${ratio <= 1.3 ? 'ok' : 'MISS'}`,
);
