import { mergeAnnotations } from '../../../actions/kernel/report/merge-annotations.js';
import { redactReport } from '../../../actions/kernel/report/redact-report.js';
import type { ReportAnnotation } from '../../../actions/kernel/report/action-report.js';
import { sampleReport } from './report-fixture.js';

describe('redactReport', () => {
  const SECRET = 'ghs_s3cr3tT0ken';

  test('every string, including the result, loses the secret and its base64 and URL encodings', () => {
    const b64 = Buffer.from(SECRET).toString('base64');
    const report = sampleReport({
      headline: `token ${SECRET} leaked`,
      notes: [`as base64: ${b64}`, `in a URL: ?t=${encodeURIComponent(SECRET + '/x')}`],
      outputs: { 'comment-url': `https://x/?t=${SECRET}` },
      result: { deep: [{ value: SECRET }] },
    });
    const redacted = redactReport(report, [SECRET]);
    const text = JSON.stringify(redacted);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(b64.replace(/=+$/, ''));
    expect(redacted.headline).toBe('token *** leaked');
    expect(redacted.result).toEqual({ deep: [{ value: '***' }] });
    expect(report.headline).toContain(SECRET); // a copy: the original is unchanged
  });

  test('no secret (or only very short ones) returns the report itself', () => {
    const report = sampleReport();
    expect(redactReport(report, [])).toBe(report);
    expect(redactReport(report, ['', 'ab'])).toBe(report);
  });
});

describe('mergeAnnotations', () => {
  const at = (line: number, level: ReportAnnotation['level'], i: number): ReportAnnotation => ({
    path: 'values.yaml',
    startLine: line,
    level,
    title: `change ${i}`,
    message: `field ${i}`,
    rule: 'resource-change',
  });

  test('400 findings on one line become one annotation, most severe level, every title counted', () => {
    const many = Array.from({ length: 400 }, (_, i) => at(1, i === 7 ? 'failure' : 'notice', i));
    const { annotations, omitted } = mergeAnnotations(many, 50);
    expect(omitted).toBe(0);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ level: 'failure', title: 'change 0 (and 399 more on this line)' });
    expect(annotations[0]?.message).toContain('change 399\nfield 399');
  });

  test('capped, failures first; what is left out is counted', () => {
    const list = [at(1, 'notice', 1), at(2, 'notice', 2), at(3, 'failure', 3), at(4, 'warning', 4)];
    const { annotations, omitted } = mergeAnnotations(list, 2);
    expect(annotations.map((a) => a.title)).toEqual(['change 3', 'change 4']);
    expect(omitted).toBe(2);
  });
});
