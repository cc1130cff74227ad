/**
 * JUnit XML of the tools the ci capability reads, from committed fixtures
 * written from the formats' schemas (Surefire 3.0 XSD, Gradle's writer) and
 * inline documents for the xUnit-style variants; real pytest, jest-junit and
 * go test output is covered by real-tools.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGoTestJson } from '../../actions/ci/core/tests/parse-go-test-json.js';
import { parseJunit } from '../../actions/ci/core/tests/parse-junit.js';
import { parseTestReport } from '../../actions/ci/core/tests/parse-test-report.js';
import { collapseReruns, summarizeTests } from '../../actions/ci/core/tests/summarize-tests.js';
import { MmfError } from '../../actions/kernel/errors.js';
import { FIXTURES } from './support.js';

const SUREFIRE = join(FIXTURES, 'java-shop', 'service', 'target', 'surefire-reports');
const read = (name: string) => readFileSync(join(SUREFIRE, name), 'utf8');
const byName = <T extends { name: string }>(list: T[], name: string) => {
  const found = list.find((c) => c.name === name);
  if (!found) throw new Error(`no case ${name} in ${list.map((c) => c.name).join(', ')}`);
  return found;
};

describe('Maven Surefire (surefire-test-report-3.0.xsd)', () => {
  const cases = parseJunit(read('TEST-com.acme.shop.CartTest.xml'), 'CartTest.xml');

  test('every case with its outcome; flakyFailure/flakyError are flaky passes, rerunFailure after a failure is a failure', () => {
    expect(cases.map((c) => [c.name, c.outcome, c.flaky, c.reruns])).toEqual([
      ['addsItems', 'passed', false, 0],
      ['appliesDiscount', 'passed', true, 1],
      ['totalsTax', 'failed', false, 2],
      ['checksOut', 'error', false, 0],
      ['legacyCoupons', 'skipped', false, 0],
      ['recoversFromTimeout', 'passed', true, 1],
    ]);
    expect(summarizeTests(cases)).toEqual({
      total: 6,
      passed: 3,
      failed: 2,
      errors: 1,
      skipped: 1,
      flaky: 2,
      durationMs: 12 + 51 + 21 + 4 + 0 + 1204,
    });
  });

  test('messages, types, traces and output come from the right elements', () => {
    const tax = byName(cases, 'totalsTax');
    expect(tax).toMatchObject({
      suite: 'com.acme.shop.CartTest',
      classname: 'com.acme.shop.CartTest',
      message: 'expected: <108> but was: <107>',
      type: 'org.opentest4j.AssertionFailedError',
      report: 'CartTest.xml',
    });
    // The final failure's trace, not the reruns' repeats of it.
    expect(tax.details?.match(/AssertionFailedError: expected/g)).toHaveLength(1);
    expect(tax.details).toContain('at com.acme.shop.CartTest.totalsTax(CartTest.java:27)');
    const checkout = byName(cases, 'checksOut');
    expect(checkout).toMatchObject({ message: 'Connection refused', type: 'java.net.ConnectException' });
    expect(checkout.output).toBe('charging 100 cents at http://127.0.0.1:9');
    const flaky = byName(cases, 'appliesDiscount');
    expect(flaky.message).toBe('expected: <100> but was: <0>');
    expect(flaky.details).toContain('CartTest.java:20');
    // Output captured inside the flaky run is that run's, not the test's.
    expect(flaky.output).toBeUndefined();
    expect(byName(cases, 'legacyCoupons').message).toBe('coupons v1 retired');
    expect(byName(cases, 'recoversFromTimeout').durationMs).toBe(1204);
  });
});

describe('Gradle with the test-retry plugin (a retried case written twice)', () => {
  const raw = parseJunit(read('TEST-com.acme.shop.PaymentClientTest.xml'), 'Payment.xml');

  test('the raw report has the case twice, failed then passed', () => {
    expect(raw.map((c) => [c.name, c.outcome])).toEqual([
      ['refusesEmptyEndpoint()', 'passed'],
      ['reachesSandbox()', 'failed'],
      ['reachesSandbox()', 'passed'],
    ]);
  });

  test('collapseReruns makes it one flaky, passed case that keeps the failure message', () => {
    const cases = collapseReruns(raw);
    expect(cases).toHaveLength(2);
    expect(byName(cases, 'reachesSandbox()')).toMatchObject({
      outcome: 'passed',
      flaky: true,
      reruns: 1,
      message: 'java.net.SocketTimeoutException: Read timed out',
      durationMs: 53,
    });
    expect(summarizeTests(cases)).toMatchObject({ total: 2, passed: 2, failed: 0, flaky: 1 });
  });

  test('repeats that all failed (or all passed) stay separate cases: they may be different tests', () => {
    const twiceFailed = collapseReruns([
      ...parseJunit(
        '<testsuite name="s"><testcase classname="c" name="t"><failure message="a"/></testcase><testcase classname="c" name="t"><failure message="b"/></testcase></testsuite>',
        'r.xml',
      ),
    ]);
    expect(twiceFailed.map((c) => c.outcome)).toEqual(['failed', 'failed']);
  });
});

describe('xUnit-style variants', () => {
  test('nested suites take the innermost name; file/line attributes on the case or its suite; error vs failure', () => {
    const cases = parseJunit(
      `<?xml version="1.0"?>
<testsuites name="all">
  <testsuite name="unit" tests="3">
    <testsuite name="Api\\UserTest" file="tests/Api/UserTest.php" tests="3">
      <testcase name="testCreates" class="Api\\UserTest" file="tests/Api/UserTest.php" line="14" time="0.25"/>
      <testcase name="testRejects" classname="Api.UserTest" line="29" time="1,234.5">
        <failure type="PHPUnit\\Framework\\ExpectationFailedException">Failed asserting that false is true.
tests/Api/UserTest.php:31</failure>
        <system-out>created user 7</system-out>
        <system-err>deprecated: dynamic property</system-err>
      </testcase>
      <testcase name="testDeletes" classname="Api.UserTest"><error message="boom"/></testcase>
    </testsuite>
    <testcase name="top" classname="unit.Top"><skipped/></testcase>
  </testsuite>
</testsuites>`,
      'phpunit.xml',
    );
    expect(cases.map((c) => [c.suite, c.name, c.outcome])).toEqual([
      ['Api\\UserTest', 'testCreates', 'passed'],
      ['Api\\UserTest', 'testRejects', 'failed'],
      ['Api\\UserTest', 'testDeletes', 'error'],
      ['unit', 'top', 'skipped'],
    ]);
    expect(cases[0]).toMatchObject({
      classname: 'Api\\UserTest',
      file: 'tests/Api/UserTest.php',
      line: 14,
      durationMs: 250,
    });
    // No message attribute: the first line of the text; the suite's file is the case's.
    expect(cases[1]).toMatchObject({
      message: 'Failed asserting that false is true.',
      file: 'tests/Api/UserTest.php',
      line: 29,
      durationMs: 1234500,
      output: 'created user 7\ndeprecated: dynamic property',
    });
    expect(cases[2]?.message).toBe('boom');
  });

  test('a lone <testsuite> root (Surefire, go-junit-report) and entities in attributes and CDATA', () => {
    const [c] = parseJunit(
      '<testsuite name="example.com/shop/cart"><testcase classname="example.com/shop/cart" name="TestTotal/with_&quot;tax&quot;" time="0.00"><failure message="Failed" type=""><![CDATA[    cart_test.go:21: got 107 & want 108]]></failure></testcase></testsuite>',
      'go.xml',
    );
    expect(c).toMatchObject({
      name: 'TestTotal/with_"tax"',
      outcome: 'failed',
      message: 'Failed',
      details: 'cart_test.go:21: got 107 & want 108',
      durationMs: 0,
    });
  });

  test('a rerunFailure with no final failure means a later run passed (flaky)', () => {
    const [c] = parseJunit(
      '<testsuite name="s"><testcase name="t" classname="c"><rerunError message="first run: NPE" type="java.lang.NullPointerException"/></testcase></testsuite>',
      'r.xml',
    );
    expect(c).toMatchObject({ outcome: 'passed', flaky: true, reruns: 1, message: 'first run: NPE' });
  });

  test('other roots and broken files are E_REPORT_PARSE naming the file', () => {
    const err = (text: string) => {
      try {
        parseTestReport(text, 'reports/x.xml');
      } catch (e) {
        return e as MmfError;
      }
      throw new Error('no error');
    };
    expect(err('<coverage line-rate="1"/>').message).toMatch(
      /root element is <coverage>, not <testsuites> or <testsuite>/,
    );
    expect(err('<testsuite><testcase name="a">').message).toMatch(/not well-formed XML: .*unclosed tag/);
    expect(err('<testsuite>&nbsp;</testsuite>').message).toMatch(/undefined entity/);
    expect(err('').message).toBe('the test report is empty');
    expect(err('PASS src/a.test.js').message).toMatch(/not a test report this reads/);
    expect(err('<x/>').file).toBe('reports/x.xml');
    expect(parseTestReport('<testsuite/>', 'r.xml')).toEqual([]);
    expect(err('<x/>').code).toBe('E_REPORT_PARSE');
  });
});

describe('go test -json', () => {
  const events = (list: object[]) => list.map((e) => JSON.stringify(e)).join('\n');

  test('tests and subtests with their output; framing lines dropped; skips with their reason', () => {
    const cases = parseGoTestJson(
      events([
        { Action: 'start', Package: 'example.com/shop/cart' },
        { Action: 'run', Package: 'example.com/shop/cart', Test: 'TestTotal' },
        {
          Action: 'output',
          Package: 'example.com/shop/cart',
          Test: 'TestTotal',
          Output: '=== RUN   TestTotal\n',
        },
        {
          Action: 'output',
          Package: 'example.com/shop/cart',
          Test: 'TestTotal',
          Output: '    cart_test.go:12: got 3, want 4\n',
        },
        {
          Action: 'output',
          Package: 'example.com/shop/cart',
          Test: 'TestTotal',
          Output: '--- FAIL: TestTotal (0.00s)\n',
        },
        { Action: 'fail', Package: 'example.com/shop/cart', Test: 'TestTotal', Elapsed: 0.01 },
        {
          Action: 'output',
          Package: 'example.com/shop/cart',
          Test: 'TestTotal/empty',
          Output: '    --- PASS: TestTotal/empty (0.00s)\n',
        },
        { Action: 'pass', Package: 'example.com/shop/cart', Test: 'TestTotal/empty', Elapsed: 0 },
        {
          Action: 'output',
          Package: 'example.com/shop/cart',
          Test: 'TestLater',
          Output: '    cart_test.go:30: needs a database\n',
        },
        { Action: 'skip', Package: 'example.com/shop/cart', Test: 'TestLater', Elapsed: 0 },
        { Action: 'output', Package: 'example.com/shop/cart', Output: 'FAIL\n' },
        { Action: 'fail', Package: 'example.com/shop/cart', Elapsed: 0.02 },
        { Action: 'skip', Package: 'example.com/shop/docs' },
      ]) + '\nnot json: go: downloading nothing\n',
      'go-test.json',
    );
    expect(cases.map((c) => [c.suite, c.name, c.outcome])).toEqual([
      ['example.com/shop/cart', 'TestTotal', 'failed'],
      ['example.com/shop/cart', 'TestTotal/empty', 'passed'],
      ['example.com/shop/cart', 'TestLater', 'skipped'],
    ]);
    expect(cases[0]).toMatchObject({
      classname: 'example.com/shop/cart',
      message: 'cart_test.go:12: got 3, want 4',
      details: '    cart_test.go:12: got 3, want 4',
      durationMs: 10,
    });
    expect(cases[2]?.message).toBe('cart_test.go:30: needs a database');
  });

  test('a package that fails with no failing test (build error) is one failed case', () => {
    const cases = parseGoTestJson(
      events([
        { Action: 'output', Package: 'example.com/shop/pay', Output: '# example.com/shop/pay\n' },
        { Action: 'output', Package: 'example.com/shop/pay', Output: 'pay.go:9:2: undefined: fmt\n' },
        { Action: 'fail', Package: 'example.com/shop/pay', Elapsed: 0 },
      ]),
      'go-test.json',
    );
    expect(cases).toEqual([
      expect.objectContaining({ name: '(package)', outcome: 'failed', message: '# example.com/shop/pay' }),
    ]);
    expect(cases[0]?.details).toContain('pay.go:9:2: undefined: fmt');
  });

  test('a broken line or no events at all is E_REPORT_PARSE', () => {
    expect(() => parseGoTestJson('{"Action":"run"\n', 'g.json')).toThrow(
      /line 1 is not a go test -json event/,
    );
    expect(() => parseGoTestJson('ok  example.com/x 0.1s\n', 'g.json')).toThrow(/no go test -json events/);
  });
});
