import type { ActionReport, ReportCase } from './action-report.js';

/** XML 1.0 forbids most control characters even as references; they are dropped. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(3);

function attributes(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xml(String(v))}"`)
    .join('');
}

function testcase(c: ReportCase): string {
  const open = `    <testcase${attributes({
    classname: c.suite,
    name: c.name,
    time: seconds(c.durationMs),
    file: c.file,
    line: c.line,
  })}`;
  if (c.status === 'passed') return `${open}/>`;
  const tag = c.status === 'failed' ? 'failure' : 'skipped';
  const message = attributes({ message: c.message ?? c.status });
  const body = c.details ? `${xml(c.details)}` : '';
  return `${open}>\n      <${tag}${message}${body ? `>${body}</${tag}>` : '/>'}\n    </testcase>`;
}

/**
 * JUnit XML (the dialect GitLab's `junit` report and most CI test widgets
 * read): one `<testsuite>` per case suite, in first-seen order, one
 * `<testcase>` per `cases` entry.
 */
export function renderJUnit(report: ActionReport): string {
  const suites = new Map<string, ReportCase[]>();
  for (const c of report.cases) suites.set(c.suite, [...(suites.get(c.suite) ?? []), c]);
  const count = (cases: readonly ReportCase[], status: ReportCase['status']) =>
    cases.filter((c) => c.status === status).length;
  const time = (cases: readonly ReportCase[]) => seconds(cases.reduce((n, c) => n + (c.durationMs ?? 0), 0));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({
      name: report.title,
      tests: report.cases.length,
      failures: count(report.cases, 'failed'),
      skipped: count(report.cases, 'skipped'),
      time: time(report.cases),
    })}>`,
  ];
  for (const [name, cases] of suites) {
    lines.push(
      `  <testsuite${attributes({
        name,
        tests: cases.length,
        failures: count(cases, 'failed'),
        errors: 0,
        skipped: count(cases, 'skipped'),
        time: time(cases),
      })}>`,
      ...cases.map(testcase),
      '  </testsuite>',
    );
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}
