/**
 * Reports written during the test run by the real tools, on real git
 * repositories (a base commit, then a change with new code and tests):
 * - pytest --junitxml with coverage.py (Cobertura XML and LCOV) from Debian's python3;
 * - jest with jest-junit and Istanbul's lcov, json, json-summary and cobertura reporters;
 * - go test -json with -coverprofile (Debian's golang-go; a module with no dependencies, offline).
 * Each is read by `mmf ci report --base-ref main`, and the numbers are checked
 * against what the code written here makes them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CiResult } from '../../actions/ci/index.js';
import { GO, PYTHON, REPO_ROOT, commitChange, gitRepo, mmfJson, workspace } from './support.js';

interface Envelope {
  ok: boolean;
  exitCode: number;
  result: CiResult;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: undefined, JEST_WORKER_ID: undefined, ...env },
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return result;
}

const gate = (result: CiResult, name: string) => result.gates.find((g) => g.name === name);

describe('pytest and coverage.py', () => {
  test('JUnit XML, Cobertura XML and LCOV of a change: tests, coverage merged from both formats, changed lines', async () => {
    expect(PYTHON).toBeDefined(); // .ci/run installs python3-pytest and python3-coverage
    const python = PYTHON!.python;
    const dir = workspace({
      'shop/__init__.py': '',
      'shop/cart.py': 'def total(prices):\n    return sum(prices)\n',
      'tests/__init__.py': '',
      'tests/test_cart.py':
        'from shop.cart import total\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n',
    });
    gitRepo(dir);
    commitChange(dir, {
      'shop/cart.py': [
        'def total(prices):',
        '    return sum(prices)',
        '',
        '',
        'def discount(amount, percent):',
        '    if percent < 0:',
        '        raise ValueError("negative discount")',
        '    return amount - amount * percent // 100',
        '',
      ].join('\n'),
      'tests/test_cart.py': [
        'import pytest',
        '',
        'from shop.cart import discount, total',
        '',
        '',
        'def test_total():',
        '    assert total([1, 2]) == 3',
        '',
        '',
        'def test_discount():',
        '    assert discount(100, 10) == 91',
        '',
        '',
        '@pytest.mark.skip(reason="needs the pricing service")',
        'def test_pricing():',
        '    pass',
        '',
      ].join('\n'),
    });
    const env = { PYTHONDONTWRITEBYTECODE: '1', COVERAGE_FILE: join(dir, '.coverage') };
    const tests = run(
      python,
      [
        '-m',
        'coverage',
        'run',
        '--source=shop',
        '-m',
        'pytest',
        '-p',
        'no:cacheprovider',
        '-q',
        '--junitxml=reports/junit.xml',
      ],
      dir,
      env,
    );
    expect(tests.status).toBe(1); // one test fails, on purpose
    for (const format of [
      ['xml', '-o', 'reports/coverage.xml'],
      ['lcov', '-o', 'reports/coverage.lcov'],
    ])
      expect(run(python, ['-m', 'coverage', ...format], dir, env).status).toBe(0);

    const { envelope } = (await mmfJson(
      'ci',
      'report',
      '--workspace',
      dir,
      '--junit',
      'reports/junit.xml',
      '--coverage',
      'reports/coverage.xml',
      'reports/coverage.lcov',
      '--base-ref',
      'main',
      '--max-failures',
      '0',
      '--min-changed-lines-coverage',
      '70',
    )) as unknown as { envelope: Envelope };
    const result = envelope.result;
    expect(envelope.exitCode).toBe(3);
    expect(result.tests).toMatchObject({ total: 3, passed: 1, failed: 1, errors: 0, skipped: 1, flaky: 0 });
    expect(result.failures).toEqual([
      expect.objectContaining({
        classname: 'tests.test_cart',
        name: 'test_discount',
        file: 'tests/test_cart.py',
        line: 11,
        message: expect.stringContaining('assert 90 == 91'),
      }),
    ]);
    expect(result.reports.coverage).toEqual([
      { path: 'reports/coverage.lcov', format: 'lcov' },
      { path: 'reports/coverage.xml', format: 'cobertura' },
    ]);
    // def lines 1 and 5 run at import, 2 and 6 and 8 run in tests, the raise on 7 never does.
    expect(result.coverage.files.find((f) => f.path === 'shop/cart.py')).toEqual({
      path: 'shop/cart.py',
      lines: 6,
      covered: 5,
      percent: 83.33,
    });
    expect(result.changedLines).toMatchObject({
      baseRef: 'main',
      lines: 4,
      covered: 3,
      percent: 75,
      files: [{ path: 'shop/cart.py', changed: 6, lines: 4, covered: 3, uncovered: [[7, 7]] }],
      unmeasured: ['tests/test_cart.py'],
    });
    expect(gate(result, 'min-changed-lines-coverage')).toMatchObject({ ok: true, actual: 75, threshold: 70 });
    expect(gate(result, 'max-failures')).toMatchObject({ ok: false, actual: 1 });
  });
});

describe('jest with jest-junit and Istanbul coverage', () => {
  test('every Istanbul reporter jest writes, and the jest-junit report, of a change', async () => {
    const dir = workspace({
      'package.json': JSON.stringify({ name: 'shop-web', private: true }),
      'src/sum.js': 'function sum(a, b) {\n  return a + b;\n}\n\nmodule.exports = { sum };\n',
      'src/sum.test.js':
        "const { sum } = require('./sum');\n\ntest('adds', () => {\n  expect(sum(1, 2)).toBe(3);\n});\n",
      'jest.config.js': `module.exports = {
  testEnvironment: 'node',
  collectCoverage: true,
  coverageDirectory: 'reports/coverage',
  coverageReporters: ['lcovonly', 'json', 'json-summary', 'cobertura'],
  reporters: ['default', [${JSON.stringify(join(REPO_ROOT, 'node_modules', 'jest-junit'))}, { outputDirectory: 'reports', outputName: 'junit.xml' }]],
};
`,
    });
    writeFileSync(join(dir, '.gitignore'), 'reports/\n');
    gitRepo(dir);
    commitChange(dir, {
      'src/price.js': [
        'function price(cents, currency) {',
        '  if (cents < 0) {',
        "    throw new RangeError('negative price');",
        '  }',
        "  if (currency === 'EUR') {",
        '    return `€${(cents / 100).toFixed(2)}`;',
        '  }',
        '  return `${cents} ${currency}`;',
        '}',
        '',
        'module.exports = { price };',
        '',
      ].join('\n'),
      'src/price.test.js': [
        "const { price } = require('./price');",
        '',
        "describe('price', () => {",
        "  test('formats euros', () => {",
        "    expect(price(250, 'EUR')).toBe('€2.50');",
        '  });',
        '',
        "  test('formats other currencies', () => {",
        "    expect(price(250, 'USD')).toBe('$2.50');",
        '  });',
        '});',
        '',
      ].join('\n'),
    });
    const cache = workspace({}, 'mmf-ci-jest-cache-');
    const jest = run(
      process.execPath,
      [
        join(REPO_ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--ci',
        '--cacheDirectory',
        cache,
        '--rootDir',
        dir,
      ],
      dir,
    );
    expect(jest.status).toBe(1); // one test fails, on purpose

    const args = ['ci', 'report', '--workspace', dir, '--junit', 'reports/junit.xml', '--base-ref', 'main'];
    const results: Record<string, CiResult> = {};
    for (const [name, file] of [
      ['lcov', 'reports/coverage/lcov.info'],
      ['istanbul', 'reports/coverage/coverage-final.json'],
      ['cobertura', 'reports/coverage/cobertura-coverage.xml'],
    ] as const) {
      const { envelope } = (await mmfJson(...args, '--coverage', file)) as unknown as { envelope: Envelope };
      expect(envelope.exitCode).toBe(0); // no gate set
      expect(envelope.result.reports.coverage[0]?.format).toBe(name);
      results[name] = envelope.result;
    }
    for (const result of Object.values(results)) {
      expect(result.tests).toMatchObject({ total: 3, passed: 2, failed: 1, skipped: 0 });
      expect(result.failures).toEqual([
        expect.objectContaining({
          name: 'price formats other currencies',
          file: 'src/price.test.js',
          line: 9,
        }),
      ]);
      // Statements on lines 2, 3, 5, 6, 8 and 11 of price.js; only the throw on 3 never runs.
      expect(result.coverage).toMatchObject({ lines: 8, covered: 7, percent: 87.5 });
      expect(result.changedLines).toMatchObject({
        lines: 6,
        covered: 5,
        percent: 83.33,
        files: [{ path: 'src/price.js', uncovered: [[3, 3]] }],
        unmeasured: ['src/price.test.js'],
      });
    }
    // json-summary: the same totals, but no lines to join with the change.
    const { envelope } = (await mmfJson(
      ...args,
      '--coverage',
      'reports/coverage/coverage-summary.json',
    )) as unknown as {
      envelope: Envelope;
    };
    expect(envelope.result.coverage).toMatchObject({ lines: 8, covered: 7, percent: 87.5 });
    expect(envelope.result.changedLines).toMatchObject({
      lines: 0,
      percent: null,
      unmeasured: ['src/price.js', 'src/price.test.js'],
    });
  });
});

describe('go test -json and -coverprofile', () => {
  test('tests, subtests and skips; cover profile paths through go.mod; changed lines of a change', async () => {
    expect(GO).toBeDefined(); // .ci/run installs golang-go
    const dir = workspace({
      'go.mod': 'module example.com/shop\n\ngo 1.19\n',
      'cart/cart.go': [
        'package cart',
        '',
        '// Total adds up prices in cents.',
        'func Total(prices []int) int {',
        '\tsum := 0',
        '\tfor _, p := range prices {',
        '\t\tsum += p',
        '\t}',
        '\treturn sum',
        '}',
        '',
      ].join('\n'),
      'cart/cart_test.go': [
        'package cart',
        '',
        'import "testing"',
        '',
        'func TestTotal(t *testing.T) {',
        '\tif got := Total([]int{1, 2}); got != 3 {',
        '\t\tt.Fatalf("Total = %d, want 3", got)',
        '\t}',
        '}',
        '',
      ].join('\n'),
    });
    gitRepo(dir);
    commitChange(dir, {
      'cart/cart.go': [
        'package cart',
        '',
        '// Total adds up prices in cents.',
        'func Total(prices []int) int {',
        '\tsum := 0',
        '\tfor _, p := range prices {',
        '\t\tsum += p',
        '\t}',
        '\treturn sum',
        '}',
        '',
        '// WithTax adds percent tax, rounding down.',
        'func WithTax(cents, percent int) int {',
        '\tif percent < 0 {',
        '\t\tpanic("negative tax")',
        '\t}',
        '\treturn cents + cents*percent/100',
        '}',
        '',
      ].join('\n'),
      'cart/cart_test.go': [
        'package cart',
        '',
        'import "testing"',
        '',
        'func TestTotal(t *testing.T) {',
        '\tif got := Total([]int{1, 2}); got != 3 {',
        '\t\tt.Fatalf("Total = %d, want 3", got)',
        '\t}',
        '}',
        '',
        'func TestWithTax(t *testing.T) {',
        '\tt.Run("seven percent", func(t *testing.T) {',
        '\t\tif got := WithTax(100, 7); got != 108 {',
        '\t\t\tt.Errorf("WithTax(100, 7) = %d, want 108", got)',
        '\t\t}',
        '\t})',
        '\tt.Run("zero", func(t *testing.T) {',
        '\t\tif got := WithTax(100, 0); got != 100 {',
        '\t\t\tt.Errorf("got %d", got)',
        '\t\t}',
        '\t})',
        '}',
        '',
        'func TestLater(t *testing.T) {',
        '\tt.Skip("needs the tax service")',
        '}',
        '',
      ].join('\n'),
    });
    const home = workspace({}, 'mmf-ci-go-');
    mkdirSync(join(dir, 'reports'));
    const go = run(
      'go',
      ['test', '-json', '-covermode=count', '-coverprofile=reports/cover.out', './...'],
      dir,
      {
        GOPATH: join(home, 'gopath'),
        GOCACHE: join(home, 'gocache'),
        GOFLAGS: '-mod=mod',
        GOPROXY: 'off',
        GO111MODULE: 'on',
        GOTOOLCHAIN: 'local',
        CGO_ENABLED: '0',
        HOME: home,
      },
    );
    expect(go.status).toBe(1); // one subtest fails, on purpose
    writeFileSync(join(dir, 'reports', 'go-test.json'), go.stdout);

    const { envelope } = (await mmfJson(
      'ci',
      'report',
      '--workspace',
      dir,
      '--junit',
      'reports/go-test.json',
      '--coverage',
      'reports/cover.out',
      '--base-ref',
      'main',
      '--min-coverage',
      '80',
      '--min-changed-lines-coverage',
      '80',
    )) as unknown as { envelope: Envelope };
    const result = envelope.result;
    // TestWithTax fails because its subtest does: both are cases, as go-junit-report counts them.
    expect(result.tests).toMatchObject({ total: 5, passed: 2, failed: 2, skipped: 1 });
    expect(result.failures.map((f) => [f.name, f.file, f.line])).toEqual([
      ['TestWithTax', null, null],
      ['TestWithTax/seven_percent', 'cart/cart_test.go', 14],
    ]);
    // Total's blocks span lines 4-9; WithTax's 13-14, 14-15 (the panic, never run) and 17.
    expect(result.coverage).toMatchObject({ lines: 10, covered: 9, percent: 90 });
    expect(result.coverage.files.map((f) => f.path)).toEqual(['cart/cart.go']);
    expect(result.changedLines).toMatchObject({
      lines: 4,
      covered: 3,
      percent: 75,
      files: [{ path: 'cart/cart.go', changed: 8, uncovered: [[15, 15]] }],
    });
    expect(result.gates.map((g) => [g.name, g.ok])).toEqual([
      ['min-coverage', true],
      ['min-changed-lines-coverage', false],
    ]);
    expect(envelope.exitCode).toBe(3);
  });
});
