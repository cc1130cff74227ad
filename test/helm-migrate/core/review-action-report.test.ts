import type { ManifestDiff, ResourceChange } from '../../../actions/kernel/diff/diff-model.js';
import type { ReviewReport } from '../../../actions/kernel/review/review-report.js';
import { renderJUnit } from '../../../actions/kernel/report/render-junit.js';
import { renderReportMarkdown } from '../../../actions/kernel/report/render-markdown.js';
import { reviewActionReport } from '../../../actions/helm-migrate/core/review-action-report.js';
import {
  chooseBaseRef,
  failureMessage,
  planRun,
  reviewConclusion,
} from '../../../actions/helm-migrate/core/review-policy.js';

const change: ResourceChange = {
  id: { group: '', version: 'v1', kind: 'Secret', name: 'creds', namespace: 'shop' },
  resource: 'Secret/creds (namespace shop)',
  status: 'changed',
  fields: [{ path: 'data.api-token', change: 'changed', before: '<redacted>', after: '<redacted>' }],
  secretKeys: [{ key: 'api-token', status: 'changed', beforeBytes: 5, afterBytes: 9 }],
  unifiedDiff: '-a\n+b\n',
  sources: {},
};
const diff = (changes: ResourceChange[]): ManifestDiff => ({
  left: { label: 'helm', resources: 3 },
  right: { label: 'kustomize', resources: 3 },
  changes,
  unchanged: 3 - changes.length,
  ignoredResources: 0,
});
const review = (parityProd: boolean | undefined): ReviewReport => ({
  subject: 'charts/demo',
  mode: parityProd === undefined ? 'diff' : 'validate',
  sections: [
    { name: 'dev', diff: diff([]), ...(parityProd === undefined ? {} : { parity: true }) },
    { name: 'prod', diff: diff([change]), ...(parityProd === undefined ? {} : { parity: parityProd }) },
  ],
  notes: ['a note'],
});

describe('review policy', () => {
  test('fail-on decides the conclusion and the failure line', () => {
    expect(reviewConclusion(review(false), 'parity-failure')).toBe('failure');
    expect(reviewConclusion(review(false), 'never')).toBe('neutral');
    expect(reviewConclusion(review(true), 'parity-failure')).toBe('success');
    expect(reviewConclusion(review(undefined), 'parity-failure')).toBe('neutral');
    expect(reviewConclusion(review(undefined), 'difference')).toBe('failure');
    expect(failureMessage(review(undefined), 'difference')).toBe(
      '1 resource(s) change (fail-on: difference).',
    );
    expect(failureMessage(review(false), 'parity-failure')).toMatch(/^Parity failure: /);
    expect(failureMessage(review(undefined), 'parity-failure')).toBeUndefined();
  });

  test('base ref: the input, else the event, else the parent; validate without a tree converts into scratch', () => {
    expect(chooseBaseRef('main', 'abc')).toBe('main');
    expect(chooseBaseRef(undefined, 'abc')).toBe('abc');
    expect(chooseBaseRef(undefined, undefined)).toBe('HEAD^');
    expect(planRun('validate', false)).toEqual({ engineMode: 'convert', outputInScratch: true });
    expect(planRun('validate', true)).toEqual({ engineMode: 'validate', outputInScratch: false });
    expect(planRun('diff', false)).toEqual({ engineMode: 'diff', outputInScratch: false });
  });
});

describe('reviewActionReport', () => {
  const report = reviewActionReport(review(false), {
    mode: 'validate',
    chart: 'charts/demo',
    failOn: 'parity-failure',
    locations: [{ environment: 'prod', change, path: 'charts/demo/templates/secret.yaml', line: 4 }],
    files: [],
    reportPath: '/tmp/review.json',
  });

  test('verdict, numbers, one case per environment, annotations, outputs, the review as result', () => {
    expect(report).toMatchObject({
      capability: 'helm-migrate',
      title: 'helm-migrate validate: charts/demo',
      conclusion: 'failure',
      headline: 'Parity failure: Kustomize does not reproduce Helm in every environment.',
      outputs: { parity: 'false', 'changed-resources': '1', 'report-path': '/tmp/review.json' },
      notes: ['a note'],
    });
    expect(report.summary).toEqual([
      { label: 'environments', value: 2 },
      { label: 'changed resources', value: 1 },
      { label: 'parity', value: '1/2' },
    ]);
    expect(report.cases.map((c) => [c.suite, c.name, c.status])).toEqual([
      ['helm-migrate parity', 'dev', 'passed'],
      ['helm-migrate parity', 'prod', 'failed'],
    ]);
    expect(report.annotations).toEqual([
      {
        path: 'charts/demo/templates/secret.yaml',
        startLine: 4,
        level: 'failure',
        title: 'prod: Secret/creds (namespace shop) changed',
        message: 'data.api-token changed\nsecret key api-token changed',
        rule: 'parity',
      },
    ]);
    expect(report.result).toEqual(review(false));
  });

  test('the comment keeps its content: environment table, a section per changed environment, Secret keys only', () => {
    const md = renderReportMarkdown(report).join('\n');
    expect(md).toContain('| dev | ✅ identical | 0 | 0 | 0 | 0 | 3 |');
    expect(md).toContain('| prod | ❌ differs | 0 | 1 | 0 | 0 | 2 |');
    expect(md).toContain('#### ❌ prod');
    expect(md).toContain('<details><summary>✏️ prod: Secret/creds (namespace shop): changed</summary>');
    expect(md).toContain('| `api-token` | changed | 5 | 9 |');
    expect(md).toContain('<details><summary>Changes per kind</summary>');
    expect(renderJUnit(report)).toContain('<testcase classname="helm-migrate parity" name="prod"');
  });
});
