import { renderCodeQuality } from '../../../actions/kernel/report/render-codequality.js';
import { renderDotenv } from '../../../actions/kernel/report/render-dotenv.js';
import { renderJUnit } from '../../../actions/kernel/report/render-junit.js';
import { renderReportMarkdown } from '../../../actions/kernel/report/render-markdown.js';
import { renderReportText } from '../../../actions/kernel/report/render-text.js';
import { sampleReport } from './report-fixture.js';

describe('renderReportMarkdown', () => {
  const blocks = renderReportMarkdown(sampleReport());

  test('head block: title with the subject as code, conclusion mark, headline escaped, metrics, notes', () => {
    const head = blocks[0] as string;
    expect(head).toMatch(/^### helm-migrate diff: `charts\/a_b`\n/);
    expect(head).toContain('❌ Parity failure: &lt;b&gt;not&lt;/b&gt; the same');
    expect(head).toContain('environments: **2** · coverage: **87.5 %**');
    expect(head).toContain('> Secret values are git-ignored');
  });

  test('one block per section block; a titled section puts its heading on its first block', () => {
    expect(blocks).toHaveLength(3);
    expect(blocks[1]).toContain(
      '| environment | parity |\n|---|---|\n| dev | ✅ identical |\n| pr\\|od | ❌ differs |',
    );
    expect(blocks[2]).toMatch(/^#### ❌ prod\n\n<details><summary>ConfigMap\/&lt;x&gt;: changed<\/summary>/);
    expect(blocks[2]).toContain('| `` data.a`b `` | x \\| y |');
    // the diff holds a run of three backticks, so the fence is four long
    expect(blocks[2]).toContain('````diff\n-a: 1\n+a: ```2```\n````');
    expect(blocks[2]?.trimEnd().endsWith('</details>')).toBe(true);
  });

  test('untitled sections without blocks add nothing', () => {
    const report = sampleReport({ sections: [{ id: 'x', title: 'empty', blocks: [] }] });
    expect(renderReportMarkdown(report)).toHaveLength(1);
  });
});

describe('renderReportText (code cells and untitled sections)', () => {
  test('code cells print as their text; an untitled section is not indented under a heading', () => {
    const text = renderReportText(sampleReport());
    expect(text).toContain('environment  parity');
    expect(text).toContain('data.a`b');
    expect(text).toContain('\nprod [FAILED]\n');
  });
});

describe('renderJUnit', () => {
  const xml = renderJUnit(sampleReport());

  test('one testsuite per suite, one testcase per case, counts and times', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="helm-migrate diff: charts/a_b" tests="3" failures="1" skipped="1" time="1.200">',
      ),
    ).toBe(true);
    expect(xml).toContain(
      '<testsuite name="helm-migrate parity" tests="2" failures="1" errors="0" skipped="0" time="1.200">',
    );
    expect(xml).toContain('<testcase classname="helm-migrate parity" name="dev" time="1.200"/>');
    expect(xml).toContain('<failure message="differs: 1 changed">changed: ConfigMap/&lt;x&gt;</failure>');
    expect(xml).toContain('<skipped message="not run"/>');
    expect(xml).not.toContain('\u0007');
  });
});

describe('renderCodeQuality', () => {
  test('severity by level, lines, stable fingerprints that ignore line and message', () => {
    const issues = renderCodeQuality(sampleReport());
    expect(issues.map((i) => [i.check_name, i.severity, i.location])).toEqual([
      ['resource-change', 'info', { path: 'charts/a/values.yaml', lines: { begin: 3 } }],
      ['parity', 'major', { path: 'charts/a/values.yaml', lines: { begin: 3 } }],
      ['parity', 'minor', { path: 'charts/a/templates/cm.yaml', lines: { begin: 7, end: 9 } }],
    ]);
    expect(issues[0]?.description).toBe('dev: ConfigMap/x changed: data.a changed');
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
    const moved = sampleReport();
    const again = renderCodeQuality({
      ...moved,
      annotations: moved.annotations.map((a) => ({
        ...a,
        startLine: a.startLine + 10,
        message: 'other words',
      })),
    });
    expect(again.map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
  });

  test('two findings that are the same thing still get distinct fingerprints', () => {
    const a = sampleReport().annotations[0]!;
    const issues = renderCodeQuality(sampleReport({ annotations: [a, { ...a, startLine: 9 }] }));
    expect(issues[0]?.fingerprint).not.toBe(issues[1]?.fingerprint);
  });
});

describe('renderDotenv', () => {
  test('names sanitised, values on one line', () => {
    const { text, omitted } = renderDotenv(
      { 'report-path': '/tmp/x', 'changed-resources': '3', '9lives': 'a\nb\r\nc' },
      { prefix: 'mmf_' },
    );
    expect(text).toBe('MMF_REPORT_PATH=/tmp/x\nMMF_CHANGED_RESOURCES=3\nMMF_9LIVES=a b c\n');
    expect(omitted).toEqual([]);
    expect(renderDotenv({ '9lives': 'x' }).text).toBe('_9LIVES=x\n');
  });

  test('stays within 5 KB: later variables are dropped and named, colliding names too', () => {
    const outputs: Record<string, string> = { a: 'x'.repeat(3000), b: 'y'.repeat(3000), c: 'z', C: 'dup' };
    const { text, omitted } = renderDotenv(outputs);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(5 * 1024);
    expect(text).toContain('A=');
    expect(text).toContain('C=z\n');
    expect(omitted).toEqual(['b', 'C']);
  });
});
