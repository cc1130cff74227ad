// Benchmark of the ci capability's readers (issue: parse 50,000 JUnit test
// cases and a 20 MB LCOV file, and the changed-lines join over a 5,000-file
// diff), each against the bare work on the same bytes: an XML tokenise by
// the same strict parser (saxes, no handlers) and a line split. Prints the
// ratios from one run; the median of several rounds after a warm-up.
import { SaxesParser } from 'saxes';
import type { FileCoverage } from '../../actions/ci/core/coverage/line-coverage.js';
import { parseLcov } from '../../actions/ci/core/coverage/parse-lcov.js';
import { changedLinesCoverage } from '../../actions/ci/core/diff/changed-lines-coverage.js';
import { parseUnifiedDiff } from '../../actions/ci/core/diff/parse-unified-diff.js';
import { parseJunit } from '../../actions/ci/core/tests/parse-junit.js';
import { collapseReruns, summarizeTests } from '../../actions/ci/core/tests/summarize-tests.js';

const ROUNDS = 7;

function median(fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] as number;
}

function junitXml(cases: number): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="all">\n'];
  for (let s = 0; s < cases / 100; s++) {
    parts.push(`<testsuite name="shop.module${s}" tests="100" failures="1" skipped="1" time="1.5">\n`);
    for (let i = 0; i < 100; i++) {
      const attrs = `classname="shop.module${s}.TestCart" name="test_case_${i}[a &amp; b]" time="0.0${i % 10}"`;
      if (i === 7)
        parts.push(
          `  <testcase ${attrs}><failure message="assert 1 == 2" type="AssertionError">Traceback (most recent call last):\n  File "tests/test_module${s}.py", line 17, in test_case_7\n    assert 1 == 2\nAssertionError</failure><system-out>captured &lt;output&gt;</system-out></testcase>\n`,
        );
      else if (i === 9) parts.push(`  <testcase ${attrs}><skipped message="not on linux"/></testcase>\n`);
      else parts.push(`  <testcase ${attrs}/>\n`);
    }
    parts.push('</testsuite>\n');
  }
  parts.push('</testsuites>\n');
  return parts.join('');
}

function lcov(targetBytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let f = 0; size < targetBytes; f++) {
    const record = [`TN:\nSF:src/module${f}/file${f}.ts\nFN:1,f${f}\nFNDA:3,f${f}\n`];
    for (let l = 1; l <= 400; l++) record.push(`DA:${l},${(l * f) % 7}\n`);
    record.push('LF:400\nLH:343\nBRF:0\nBRH:0\nend_of_record\n');
    const text = record.join('');
    parts.push(text);
    size += text.length;
  }
  return parts.join('');
}

function diffAndCoverage(files: number): { diff: string; coverage: Map<string, FileCoverage> } {
  const parts: string[] = [];
  const coverage = new Map<string, FileCoverage>();
  for (let f = 0; f < files; f++) {
    const path = `services/s${f % 50}/pkg${f}/file${f}.go`;
    parts.push(
      `diff --git a/${path} b/${path}\nindex 1111111..2222222 100644\n--- a/${path}\n+++ b/${path}\n`,
    );
    for (let h = 0; h < 4; h++) {
      const start = 20 + h * 40;
      parts.push(`@@ -${start},2 +${start},6 @@ func f${h}() {\n-\told()\n-\told()\n`);
      for (let l = 0; l < 6; l++) parts.push(`+\tnewLine${l}(x, y)\n`);
    }
    const lines = new Map<number, number>();
    for (let l = 1; l <= 200; l++) if (l % 5 !== 0) lines.set(l, l % 3 === 0 ? 0 : 2);
    coverage.set(path, { path, lines, inWorkspace: true, reports: ['cover.out'] });
  }
  return { diff: parts.join(''), coverage };
}

const mb = (text: string) => (text.length / (1024 * 1024)).toFixed(1);
const rows: Array<[string, string, number, number]> = [];

const xml = junitXml(50_000);
const junit = median(() => summarizeTests(collapseReruns(parseJunit(xml, 'junit.xml'))));
const tokenise = median(() => new SaxesParser().write(xml).close());
rows.push([`JUnit XML, 50,000 cases (${mb(xml)} MB)`, 'saxes tokenise, no handlers', junit, tokenise]);

const lcovText = lcov(20 * 1024 * 1024);
const lcovParse = median(() => parseLcov(lcovText, 'lcov.info'));
const lcovSplit = median(() => lcovText.split('\n').length);
rows.push([`LCOV (${mb(lcovText)} MB)`, 'line split', lcovParse, lcovSplit]);

const { diff, coverage } = diffAndCoverage(5_000);
const join = median(() => changedLinesCoverage(parseUnifiedDiff(diff), coverage));
const diffSplit = median(() => diff.split('\n').length);
rows.push([`changed-lines join, 5,000-file diff (${mb(diff)} MB)`, 'line split', join, diffSplit]);

console.log(`ci readers (median of ${ROUNDS} rounds, Node ${process.version})`);
for (const [what, baseline, ms, base] of rows)
  console.log(
    `  ${what}: ${ms.toFixed(1)} ms; ${baseline} ${base.toFixed(1)} ms; ratio ${(ms / base).toFixed(2)}`,
  );
