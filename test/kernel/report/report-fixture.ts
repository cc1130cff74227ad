import type { ActionReport } from '../../../actions/kernel/report/action-report.js';

/** A report with one of everything, and text that tries to break out of every surface. */
export function sampleReport(overrides: Partial<ActionReport> = {}): ActionReport {
  return {
    capability: 'helm-migrate',
    title: 'helm-migrate diff: charts/a_b',
    subject: 'charts/a_b',
    conclusion: 'failure',
    headline: 'Parity failure: <b>not</b> the same',
    summary: [
      { label: 'environments', value: 2 },
      { label: 'coverage', value: 87.5, unit: ' %' },
    ],
    sections: [
      {
        id: 'environments',
        title: '',
        blocks: [
          {
            kind: 'table',
            columns: ['environment', 'parity'],
            rows: [
              ['dev', '✅ identical'],
              ['pr|od', '❌ differs'],
            ],
          },
        ],
      },
      {
        id: 'env:prod',
        title: 'prod',
        conclusion: 'failure',
        blocks: [
          {
            kind: 'details',
            summary: 'ConfigMap/<x>: changed',
            blocks: [
              { kind: 'table', columns: ['field', 'after'], rows: [[{ code: 'data.a`b' }, 'x | y']] },
              { kind: 'code', language: 'diff', text: '-a: 1\n+a: ```2```\n' },
            ],
          },
        ],
      },
    ],
    annotations: [
      {
        path: 'charts/a/values.yaml',
        startLine: 3,
        level: 'notice',
        title: 'dev: ConfigMap/x changed',
        message: 'data.a changed',
        rule: 'resource-change',
      },
      {
        path: 'charts/a/values.yaml',
        startLine: 3,
        level: 'failure',
        title: 'prod: ConfigMap/x changed',
        message: 'data.b changed',
        rule: 'parity',
      },
      {
        path: 'charts/a/templates/cm.yaml',
        startLine: 7,
        endLine: 9,
        level: 'warning',
        title: 'prod: Secret/s changed',
        message: '',
        rule: 'parity',
      },
    ],
    cases: [
      { suite: 'helm-migrate parity', name: 'dev', status: 'passed', durationMs: 1200 },
      {
        suite: 'helm-migrate parity',
        name: 'prod',
        status: 'failed',
        message: 'differs: 1 changed',
        details: 'changed: ConfigMap/<x>\u0007',
      },
      { suite: 'other', name: 'skip-me', status: 'skipped', message: 'not run' },
    ],
    files: [],
    outputs: { parity: 'false', 'changed-resources': '1', 'report-path': '/tmp/r/review.json' },
    notes: ['Secret values are git-ignored; placeholders were used.'],
    result: { nested: ['value'] },
    ...overrides,
  };
}
