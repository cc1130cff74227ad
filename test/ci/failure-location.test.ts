/**
 * Where a failing test failed, as a workspace file and line, from report
 * attributes or the stack traces of each language; and the path mapping
 * beneath it (absolute paths, file:// URLs, Windows separators, suffixes,
 * Go modules).
 */
import { failureLocation } from '../../actions/ci/core/tests/failure-location.js';
import type { TestCaseResult } from '../../actions/ci/core/tests/test-case.js';
import { goModulePath } from '../../actions/ci/core/paths/go-modules.js';
import { PathResolver } from '../../actions/ci/core/paths/workspace-paths.js';

const resolver = new PathResolver({
  root: '/home/runner/work/shop/shop',
  aliases: ['/tmp/link-to-shop'],
  files: new Set([
    'tests/test_cart.py',
    'shop/cart.py',
    'web/src/cart.test.ts',
    'web/src/cart.ts',
    'services/pay/charge_test.go',
    'services/pay/go.mod',
    'service/src/test/java/com/acme/shop/CartTest.java',
    'service/src/main/java/com/acme/shop/Cart.java',
    'docs/index.js',
    'a/index.js',
  ]),
  goModules: [{ path: 'example.com/pay', dir: 'services/pay' }],
});

const failed = (fields: Partial<TestCaseResult>): TestCaseResult => ({
  suite: 's',
  classname: '',
  name: 't',
  outcome: 'failed',
  flaky: false,
  reruns: 0,
  report: 'reports/junit.xml',
  ...fields,
});

describe('failureLocation', () => {
  test('file and line attributes of the report win', () => {
    expect(
      failureLocation(
        failed({ file: 'tests/test_cart.py', line: 9, details: 'shop/cart.py:3: x' }),
        resolver,
      ),
    ).toEqual({
      path: 'tests/test_cart.py',
      line: 9,
    });
  });

  test('pytest (xunit2, no file attribute): the frame in the test module its classname names', () => {
    const details = [
      'def test_total():',
      '>       assert total([1, 2]) == 4',
      '',
      'tests/test_cart.py:12: ',
      '_ _ _ _',
      '',
      '    def total(items):',
      '>       raise ValueError("x")',
      'E       ValueError: x',
      '',
      'shop/cart.py:3: ValueError',
    ].join('\n');
    expect(failureLocation(failed({ classname: 'tests.test_cart', details }), resolver)).toEqual({
      path: 'tests/test_cart.py',
      line: 12,
    });
  });

  test('a Python traceback with absolute paths from another checkout folder, site-packages frames skipped', () => {
    const details = [
      'Traceback (most recent call last):',
      '  File "/usr/lib/python3/dist-packages/_pytest/python.py", line 195, in pytest_pyfunc_call',
      '  File "/builds/shop/shop/shop/cart.py", line 3, in total',
      'ValueError: x',
    ].join('\n');
    expect(failureLocation(failed({ classname: 'other.module', details }), resolver)).toEqual({
      path: 'shop/cart.py',
      line: 3,
    });
  });

  test('jest stack frames: absolute paths under the root, file:// URLs, node_modules and node: frames skipped', () => {
    const details = [
      'Error: expect(received).toBe(expected) // Object.is equality',
      '    at Object.toBe (/home/runner/work/shop/shop/node_modules/expect/build/index.js:220:22)',
      '    at total (file:///tmp/link-to-shop/web/src/cart.ts:8:11)',
      '    at Object.<anonymous> (/home/runner/work/shop/shop/web/src/cart.test.ts:14:5)',
      '    at node:internal/process/task_queues:95:5',
    ].join('\n');
    // The outermost workspace frame is cart.ts (code under test); with no file hint it is the first one found.
    expect(failureLocation(failed({ details }), resolver)).toEqual({ path: 'web/src/cart.ts', line: 8 });
    // jest-junit's file attribute (addFileAttribute) names the test file: its frame wins.
    expect(
      failureLocation(
        failed({ file: '/home/runner/work/shop/shop/web/src/cart.test.ts', details }),
        resolver,
      ),
    ).toEqual({
      path: 'web/src/cart.test.ts',
      line: 14,
    });
  });

  test('Go: file_test.go:N relative to the package folder of its import path', () => {
    expect(
      failureLocation(
        failed({ classname: 'example.com/pay', details: '    charge_test.go:21: got 3, want 4' }),
        resolver,
      ),
    ).toEqual({ path: 'services/pay/charge_test.go', line: 21 });
  });

  test('Java: at pkg.Class.method(File.java:N) through the package folders below any source root', () => {
    const details = [
      'org.opentest4j.AssertionFailedError: expected: <108> but was: <107>',
      '\tat org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)',
      '\tat com.acme.shop.Cart.totalWithTax(Cart.java:26)',
      '\tat com.acme.shop.CartTest.totalsTax(CartTest.java:27)',
    ].join('\n');
    expect(failureLocation(failed({ classname: 'com.acme.shop.CartTest', details }), resolver)).toEqual({
      path: 'service/src/test/java/com/acme/shop/CartTest.java',
      line: 27,
    });
    // Without a classname that names the test file, the first workspace frame.
    expect(failureLocation(failed({ classname: 'Suite', details }), resolver)).toEqual({
      path: 'service/src/main/java/com/acme/shop/Cart.java',
      line: 26,
    });
  });

  test('nothing in the workspace: no location; a file attribute alone gives line 1 of it', () => {
    expect(failureLocation(failed({ details: 'at x (/elsewhere/lib.js:1:1)' }), resolver)).toBeUndefined();
    expect(failureLocation(failed({ file: 'tests/test_cart.py' }), resolver)).toEqual({
      path: 'tests/test_cart.py',
      line: 1,
    });
  });
});

describe('PathResolver', () => {
  test.each([
    ['tests/test_cart.py', 'tests/test_cart.py'],
    ['./tests/../tests/test_cart.py', 'tests/test_cart.py'],
    ['/home/runner/work/shop/shop/shop/cart.py', 'shop/cart.py'],
    ['/tmp/link-to-shop/shop/cart.py', 'shop/cart.py'],
    ['file:///home/runner/work/shop/shop/web/src/cart.ts', 'web/src/cart.ts'],
    ['C:\\a\\shop\\web\\src\\cart.ts', 'web/src/cart.ts'],
    ['/other/checkout/shop/cart.py', 'shop/cart.py'],
    ['example.com/pay/charge_test.go', 'services/pay/charge_test.go'],
    ['Cart.java', 'service/src/main/java/com/acme/shop/Cart.java'],
  ])('%s → %s', (raw, expected) => {
    expect(resolver.resolve(raw)).toBe(expected);
  });

  test.each([
    ['index.js', 'two files are called that'],
    ['lib/index.js', 'only the name matches, not its folder'],
    [
      '/home/runner/work/shop/shop/node_modules/x/cart.py',
      'under the root but not a workspace file (ignored): never guessed',
    ],
    ['../outside.py', 'climbs out'],
  ])('%s is not resolved: %s', (raw) => {
    expect(resolver.resolve(raw)).toBeUndefined();
  });

  test('best keeps a readable path for files it cannot find', () => {
    expect(resolver.best('/home/runner/work/shop/shop/gen/api.py')).toBe('gen/api.py');
    expect(resolver.best('example.com/pay/gen.go')).toBe('services/pay/gen.go');
    expect(resolver.best('/elsewhere/x.py')).toBe('/elsewhere/x.py');
  });

  test('go.mod module lines, quoted or with comments', () => {
    expect(goModulePath('// shop\nmodule example.com/shop // the module\n\ngo 1.22\n')).toBe(
      'example.com/shop',
    );
    expect(goModulePath('module "example.com/quoted"\n')).toBe('example.com/quoted');
    expect(goModulePath('go 1.22\n')).toBeUndefined();
  });
});
