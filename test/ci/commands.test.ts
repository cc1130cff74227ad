/**
 * Named commands: the `name: command` lines, the small quoting rule that
 * splits a line into arguments (no shell), real processes run with and
 * without `sh -c`, their logs, exit codes and timing; `mmf ci run` end to end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLines } from '../../actions/ci/core/command-lines.js';
import { runNamedCommand } from '../../actions/platform/process/run-named-command.js';
import { splitCommandLine } from '../../actions/platform/process/split-argv.js';
import { mmf, mmfJson, workspace } from './support.js';

describe('command lines', () => {
  test('name: command, comments and blank lines skipped, the rest of the line is the command', () => {
    expect(
      parseCommandLines(
        [
          '# checks',
          'lint: uv run ruff check',
          '',
          'type-check:  npx tsc --noEmit ',
          'url: curl http://127.0.0.1:8080/x',
        ],
        false,
      ),
    ).toEqual([
      { name: 'lint', command: 'uv run ruff check', shell: false },
      { name: 'type-check', command: 'npx tsc --noEmit', shell: false },
      { name: 'url', command: 'curl http://127.0.0.1:8080/x', shell: false },
    ]);
  });

  test.each([
    ['uv run ruff', /"uv run ruff" is not "name: command"/],
    ['lint:', /"lint:" is not "name: command"/],
    ['my lint: x', /is not "name: command"/],
  ])('%s is a usage error', (line, message) => {
    expect(() => parseCommandLines([line], false)).toThrow(message);
  });

  test('names are unique', () => {
    expect(() => parseCommandLines(['a: x', 'a: y'], false)).toThrow(/the name "a" is used twice/);
  });
});

describe('splitCommandLine', () => {
  test.each([
    ['uv run pytest -q', ['uv', 'run', 'pytest', '-q']],
    ['  python3  -c \'print("a b")\'  ', ['python3', '-c', 'print("a b")']],
    ['echo "say \\"hi\\" \\\\ \\n"', ['echo', 'say "hi" \\ \\n']],
    ['echo a\\ b \\$HOME', ['echo', 'a b', '$HOME']],
    ["pytest 'tests/test_x.py::test[1]' -k 'a or b'", ['pytest', 'tests/test_x.py::test[1]', '-k', 'a or b']],
    ['printf "%s" ""', ['printf', '%s', '']],
    ['go test "./..." -run "Test*"', ['go', 'test', './...', '-run', 'Test*']],
  ])('%s', (line, argv) => {
    expect(splitCommandLine(line, 'x')).toEqual(argv);
  });

  test.each([
    ['npm test | tee log', '"|" is shell syntax'],
    ['npm test && npm run lint', '"&" is shell syntax'],
    ['pytest > out.txt', '">" is shell syntax'],
    ['echo $HOME', '"$" is shell syntax'],
    ['pytest tests/*', '"*" is shell syntax'],
    ['CI=1 npm test', '"CI=1" sets an environment variable, which needs a shell'],
    ["echo 'open", 'a single quote is not closed'],
    ['echo "open', 'a double quote is not closed'],
    ['   ', 'it is empty'],
  ])('%s is refused: %s', (line, why) => {
    expect(() => splitCommandLine(line, 'test')).toThrow(
      `command "test": ${why}; commands run without a shell`,
    );
  });
});

describe('runNamedCommand (real processes)', () => {
  const dir = workspace({ 'data.txt': 'hello\n' });
  const logDir = join(dir, 'logs');
  const node = JSON.stringify(process.execPath);

  test('spawned without a shell: arguments arrive exactly, metacharacters inside quotes stay literal', async () => {
    const run = await runNamedCommand(
      {
        name: 'args',
        command: `${node} -e "console.log(JSON.stringify(process.argv.slice(1)))" 'a b' '$HOME' '*'`,
        shell: false,
      },
      { cwd: dir, logDir },
    );
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputTail)).toEqual(['a b', '$HOME', '*']);
    expect(run.argv[0]).toBe(process.execPath);
    expect(run.durationMs).toBeGreaterThanOrEqual(0);
  });

  test('shell: true runs sh -c (pipes and globs work); the log holds the command, stdout, stderr and the exit', async () => {
    const run = await runNamedCommand(
      { name: 'count lines', command: 'cat *.txt | wc -l; echo oops >&2; exit 3', shell: true },
      { cwd: dir, logDir },
    );
    expect(run.exitCode).toBe(3);
    expect(run.argv).toEqual(['sh', '-c', 'cat *.txt | wc -l; echo oops >&2; exit 3']);
    expect(run.log).toBe(join(logDir, 'count_lines.log'));
    const log = readFileSync(run.log, 'utf8');
    expect(log).toMatch(
      /^\$ sh -c "cat \*\.txt \| wc -l; echo oops >&2; exit 3"\n\s*1\noops\n\n\[exit 3 after \d+\.\d s\]\n$/,
    );
    expect(run.outputTail).toMatch(/1\noops$/);
  });

  test('a program that does not exist exits 127, as in a shell; long output keeps its last lines in the tail', async () => {
    const missing = await runNamedCommand(
      { name: 'missing', command: 'no-such-program-mmf --x', shell: false },
      { cwd: dir, logDir },
    );
    expect(missing.exitCode).toBe(127);
    expect(missing.outputTail).toBe('no-such-program-mmf: command not found');
    const long = await runNamedCommand(
      {
        name: 'long',
        command: `${node} -e "for (let i = 1; i <= 500; i++) console.log('line ' + i)"`,
        shell: false,
      },
      { cwd: dir, logDir, tailLines: 3 },
    );
    expect(long.outputTail).toBe('… (497 lines before)\nline 498\nline 499\nline 500');
    expect(readFileSync(long.log, 'utf8')).toContain('line 1\n');
  });
});

describe('mmf ci run', () => {
  test('runs every command (even after a failure), then reports; a failed command fails its gate with exit 3', async () => {
    const dir = workspace({});
    const writeJunit = `${JSON.stringify(process.execPath)} -e "require('fs').writeFileSync('junit.xml', '<testsuite name=\\"s\\"><testcase classname=\\"c\\" name=\\"t\\"/></testsuite>')"`;
    const run = await mmfJson<{
      commands: Array<{ name: string; exitCode: number; log: string }>;
      gates: Array<{ name: string; ok: boolean; actual: number }>;
      tests: { total: number };
    }>(
      'ci',
      'run',
      '--workspace',
      dir,
      '--log-dir',
      join(dir, 'logs'),
      '--command',
      'lint: false',
      '--command',
      `test: ${writeJunit}`,
      '--junit',
      'junit.xml',
      '--max-failures',
      '0',
    );
    expect(run.code).toBe(3);
    expect(run.envelope).toMatchObject({ command: 'ci run', ok: false, exitCode: 3 });
    const { result } = run.envelope;
    expect(result.commands.map((c) => [c.name, c.exitCode, c.log])).toEqual([
      ['lint', 1, join(dir, 'logs', 'lint.log')],
      ['test', 0, join(dir, 'logs', 'test.log')],
    ]);
    expect(result.gates.map((g) => [g.name, g.ok, g.actual])).toEqual([
      ['command:lint', false, 1],
      ['command:test', true, 0],
      ['max-failures', true, 0],
    ]);
    expect(result.tests.total).toBe(1);
    expect(run.stderr).toContain('Running lint: false');
  });

  test('after a failed command a missing report is a warning (the command fails the run), not E_REPORT_NOT_FOUND', async () => {
    const dir = workspace({});
    const run = await mmf(
      'ci',
      'run',
      '--workspace',
      dir,
      '--command',
      'test: false',
      '--junit',
      'junit.xml',
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('note: no test report matches --junit junit.xml');
    expect(run.stdout).toMatch(/command:test\s+exit 0\s+exit 1\s+FAIL: test exited 1/);
  });

  test('every command line is checked before the first one runs', async () => {
    const dir = workspace({});
    const run = await mmf(
      'ci',
      'run',
      '--workspace',
      dir,
      '--command',
      'touch: touch ran.txt',
      '--command',
      'bad: echo a | b',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'error[E_USAGE]: command "bad": "|" is shell syntax; commands run without a shell',
    );
    await expect(import('node:fs').then((fs) => fs.existsSync(join(dir, 'ran.txt')))).resolves.toBe(false);
  });

  test('--shell runs them through sh; no --command is a usage error', async () => {
    const dir = workspace({});
    const ok = await mmf('ci', 'run', '--workspace', dir, '--shell', '--command', 'piped: echo a | grep a');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/piped\s+sh -c echo a \| grep a\s+0/);
    const none = await mmf('ci', 'run', '--workspace', dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('error[E_USAGE]: missing --command <name: command>');
  });
});
