/**
 * Bad input to `mmf ci report`: XML with DTD entities (external entities are
 * never read, expansion bombs never expand), files over the size limit, globs
 * that match nothing under each if-no-files-found mode, paths and symbolic
 * links that leave the workspace, and settings that cannot work. Each is one
 * error with its code and exit status, naming the file.
 */
import { execFileSync } from 'node:child_process';
import { constants, openSync, closeSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCiReport } from '../../actions/ci/index.js';
import { mmf, mmfJson, workspace } from './support.js';

const SECRET = 'TOP-SECRET-7f3a9c';
const JUNIT = '<testsuite name="s"><testcase classname="c" name="ok"/></testsuite>\n';
const LCOV = 'SF:a.py\nDA:1,1\nend_of_record\n';

describe('XML with a DOCTYPE that declares entities', () => {
  test('an external file:// entity is refused before any element is read, and the file is never opened', async () => {
    const outside = workspace({}, 'mmf-ci-secret-');
    const secret = join(outside, 'secret.txt');
    writeFileSync(secret, SECRET);
    // A FIFO: a reader that opened it would still be blocked in open() (no writer), which we can detect.
    const fifo = join(outside, 'entity.fifo');
    execFileSync('mkfifo', [fifo]);
    const dir = workspace({
      'reports/xxe.xml': `<?xml version="1.0"?>\n<!DOCTYPE testsuite [\n  <!ENTITY secret SYSTEM "file://${secret}">\n  <!ENTITY pipe SYSTEM "file://${fifo}">\n]>\n<testsuite name="&secret;"><testcase classname="c" name="&pipe;"><failure message="&secret;"/></testcase></testsuite>\n`,
    });
    const run = await mmf(
      'ci',
      'report',
      '--workspace',
      dir,
      '--junit',
      'reports/*.xml',
      '--max-failures',
      '0',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error\[E_REPORT_XML_DOCTYPE\]: reports\/xxe\.xml: line 5: the document declares a DOCTYPE with an internal subset/,
    );
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    // Nobody is waiting to read the FIFO: opening its write end without blocking finds no reader.
    expect(() => openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)).toThrow(/ENXIO/);
  });

  test('a DOCTYPE naming only an external DTD (as JaCoCo writes) is read without ever loading that DTD', async () => {
    const outside = workspace({}, 'mmf-ci-dtd-');
    const fifo = join(outside, 'report.dtd');
    execFileSync('mkfifo', [fifo]);
    const doctype = `<!DOCTYPE testsuite SYSTEM "file://${fifo}">`;
    const dir = workspace({
      'plain.xml': `<?xml version="1.0"?>\n${doctype}\n${JUNIT}`,
      'uses-entity.xml': `<?xml version="1.0"?>\n${doctype}\n<testsuite name="&fromDtd;"/>\n`,
    });
    const plain = await mmf('ci', 'report', '--workspace', dir, '--junit', 'plain.xml');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/Tests: 1, Failed: 0/);
    const entity = await mmf('ci', 'report', '--workspace', dir, '--junit', 'uses-entity.xml');
    expect(entity.code).toBe(1);
    expect(entity.stderr).toMatch(
      /^error\[E_REPORT_PARSE\]: uses-entity\.xml: not well-formed XML: .*undefined entity/,
    );
    expect(() => openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK)).toThrow(/ENXIO/);
  });

  test('a billion-laughs entity bomb is refused at once, nothing expands', async () => {
    const levels = Array.from({ length: 10 }, (_, i) =>
      i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
    ).join('\n');
    const dir = workspace({
      'cov.xml': `<?xml version="1.0"?>\n<!DOCTYPE coverage [\n${levels}\n]>\n<coverage><sources><source>&lol9;</source></sources></coverage>\n`,
    });
    const run = await mmf('ci', 'report', '--workspace', dir, '--coverage', 'cov.xml');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error\[E_REPORT_XML_DOCTYPE\]: cov\.xml: line \d+: the document declares a DOCTYPE/,
    );
    expect(run.stderr).toContain('hint: write the report without a DOCTYPE');
    expect(run.stdout).toBe('');
  });

  test('an entity used without a DOCTYPE is a parse error, not an expansion', async () => {
    const dir = workspace({ 'j.xml': '<testsuite name="&lol9;"/>' });
    const run = await mmf('ci', 'report', '--workspace', dir, '--junit', 'j.xml');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error\[E_REPORT_PARSE\]: j\.xml: not well-formed XML: 1:\d+: undefined entity/,
    );
  });
});

describe('size limits', () => {
  test('a report over --max-report-size is E_INPUT_TOO_LARGE before it is read', async () => {
    const dir = workspace({ 'big.info': `SF:a.py\n${'DA:1,1\n'.repeat(200_000)}end_of_record\n` });
    const run = await mmf(
      'ci',
      'report',
      '--workspace',
      dir,
      '--coverage',
      'big.info',
      '--max-report-size',
      '1',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^error\[E_INPUT_TOO_LARGE\]: big\.info: the file is 1 MiB, which is over the limit of 1 MiB/,
    );
    const ok = await mmf(
      'ci',
      'report',
      '--workspace',
      dir,
      '--coverage',
      'big.info',
      '--max-report-size',
      '2',
    );
    expect(ok.code).toBe(0);
  });

  test('a FIFO where a report was expected is refused, not waited on', async () => {
    const dir = workspace({});
    execFileSync('mkfifo', [join(dir, 'junit.xml')]);
    const run = await mmf('ci', 'report', '--workspace', dir, '--junit', 'junit.xml');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error\[E_INPUT_INVALID\]: junit\.xml: is not a regular file/);
  });
});

describe('a glob that matches nothing', () => {
  const dir = workspace({ 'reports/junit.xml': JUNIT });
  const args = [
    'ci',
    'report',
    '--workspace',
    dir,
    '--junit',
    'reports/*.xml',
    '--junit',
    'missing/**/*.xml',
  ];

  test('error (the default): E_REPORT_NOT_FOUND, exit 1, naming the pattern', async () => {
    const run = await mmf(...args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `error[E_REPORT_NOT_FOUND]: no test report matches --junit missing/**/*.xml (in ${dir})`,
    );
    expect(run.stdout).toBe('');
  });

  test('warn: a warning on stderr and a note in the report; the other pattern is still read', async () => {
    const run = await mmf(...args, '--if-no-files-found', 'warn');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: no test report matches --junit missing/**/*.xml');
    expect(run.stdout).toContain('note: no test report matches --junit missing/**/*.xml');
    expect(run.stdout).toMatch(/Tests: 1, Failed: 0/);
  });

  test('ignore: silent', async () => {
    const run = await mmfJson<{ tests: { total: number } }>(...args, '--if-no-files-found', 'ignore');
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('missing');
    expect(run.envelope.result.tests.total).toBe(1);
  });

  test('an unknown mode is a usage error', async () => {
    const run = await mmf(...args, '--if-no-files-found', 'maybe');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /error\[E_USAGE\]: option '--if-no-files-found <mode>' argument 'maybe' is invalid/,
    );
  });
});

describe('paths outside the workspace', () => {
  const outside = workspace({ 'junit.xml': JUNIT, 'lcov.info': LCOV }, 'mmf-ci-outside-');
  const dir = workspace({ 'in/junit.xml': JUNIT });
  symlinkSync(join(outside, 'junit.xml'), join(dir, 'in', 'escape.xml'));
  symlinkSync(outside, join(dir, 'linked-dir'));
  symlinkSync(join(dir, 'in', 'junit.xml'), join(dir, 'in', 'inside-link.xml'));

  test.each([
    ['../x/junit.xml', /is outside the workspace/],
    [join(outside, 'junit.xml'), /is outside the workspace/],
    ['in/../../junit.xml', /is outside the workspace/],
  ])('%s is E_PATH_OUTSIDE_WORKSPACE', async (pattern, message) => {
    const run = await mmf('ci', 'report', '--workspace', dir, '--junit', pattern);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error\[E_PATH_OUTSIDE_WORKSPACE\]: /);
    expect(run.stderr).toMatch(message);
  });

  test('a symbolic link that escapes is refused, naming the link and its target; one that stays inside is read', async () => {
    const run = await mmf('ci', 'report', '--workspace', dir, '--junit', 'in/*.xml');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `error[E_PATH_OUTSIDE_WORKSPACE]: in/escape.xml: is a symbolic link to ${join(outside, 'junit.xml')}, which is outside the workspace`,
    );
    const inside = await mmfJson<{ reports: { junit: string[] } }>(
      'ci',
      'report',
      '--workspace',
      dir,
      '--junit',
      'in/inside-link.xml',
      'in/junit.xml',
    );
    expect(inside.code).toBe(0);
    // The link and its target are one file, read once.
    expect(inside.envelope.result.reports.junit).toEqual(['in/inside-link.xml']);
  });

  test('a symlinked folder named as the base of a glob is refused; ** walks do not follow symlinked folders', async () => {
    const named = await mmf('ci', 'report', '--workspace', dir, '--coverage', 'linked-dir/*.info');
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('E_PATH_OUTSIDE_WORKSPACE]: linked-dir: is a symbolic link to');
    const walked = await mmf('ci', 'report', '--workspace', dir, '--coverage', '**/*.info');
    expect(walked.code).toBe(1);
    expect(walked.stderr).toContain(
      'error[E_REPORT_NOT_FOUND]: no coverage report matches --coverage **/*.info',
    );
  });
});

describe('settings that cannot work are usage errors, before anything is read', () => {
  const dir = workspace({ 'j.xml': JUNIT, 'l.info': LCOV });
  test.each([
    [[], /nothing to report: give --junit <glob> and\/or --coverage <glob>/],
    [
      ['--junit', 'j.xml', '--min-changed-lines-coverage', '80'],
      /--min-changed-lines-coverage needs --base-ref/,
    ],
    [['--junit', 'j.xml', '--min-coverage', '80'], /--min-coverage needs coverage reports/],
    [['--coverage', 'l.info', '--max-failures', '0'], /--max-failures needs test reports/],
    [
      ['--coverage', 'l.info', '--min-coverage', '101'],
      /--min-coverage must be a percentage from 0 to 100, not "101"/,
    ],
    [
      ['--junit', 'j.xml', '--max-failures', '1.5'],
      /--max-failures must be a whole number, 0 or more, not "1.5"/,
    ],
    [
      ['--coverage', 'l.info', '--max-report-size', '0'],
      /--max-report-size must be a positive number of MiB/,
    ],
  ])('%j', async (extra, message) => {
    const run = await mmf('ci', 'report', '--workspace', dir, ...extra);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error\[E_USAGE\]: /);
    expect(run.stderr).toMatch(message);
  });

  test('--base-ref outside a git repository is E_BASE_REF', async () => {
    await expect(
      runCiReport({
        workspace: dir,
        junit: [],
        coverage: ['l.info'],
        baseRef: 'main',
        gates: {},
        ifNoFilesFound: 'error',
      }),
    ).rejects.toMatchObject({ code: 'E_BASE_REF', exitCode: 1 });
  });
});

test('the FIFO helper really detects a waiting reader (so the XXE check above can fail)', () => {
  const dir = workspace({});
  const fifo = join(dir, 'probe.fifo');
  execFileSync('mkfifo', [fifo]);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    closeSync(writer);
  } finally {
    closeSync(reader);
  }
});
