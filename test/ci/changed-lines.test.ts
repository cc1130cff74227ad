/**
 * Changed lines: the unified diff parser, the join with coverage and the
 * ranges of uncovered lines, and diffAgainstBase on real git repositories
 * (base commit, change commit; merge base; a subfolder workspace; renames,
 * deletions and odd file names; the errors of a missing ref or history).
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { changedLinesCoverage, uncoveredRanges } from '../../actions/ci/core/diff/changed-lines-coverage.js';
import { parseUnifiedDiff, unquoteGitPath } from '../../actions/ci/core/diff/parse-unified-diff.js';
import type { FileCoverage } from '../../actions/ci/core/coverage/line-coverage.js';
import { diffAgainstBase } from '../../actions/platform/git/diff-lines.js';
import { commitChange, git, gitRepo, workspace, writeFiles } from './support.js';

const numbered = (n: number, prefix = 'line') =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`).join('\n') + '\n';
const cov = (path: string, lines: Record<number, number>): FileCoverage => ({
  path,
  lines: new Map(Object.entries(lines).map(([l, h]) => [Number(l), h])),
  inWorkspace: true,
  reports: ['r'],
});

describe('parseUnifiedDiff', () => {
  test('new-side numbers of + lines, following hunk counts (an added "++ x" line is not a header)', () => {
    const diff = [
      'diff --git a/src/a.js b/src/a.js',
      'index 1..2 100644',
      '--- a/src/a.js',
      '+++ b/src/a.js',
      '@@ -3,0 +4,2 @@ function a() {',
      '++++ not a header',
      '+--- nor this',
      '@@ -10 +12 @@',
      '-old',
      '+new',
      '@@ -20,2 +21,0 @@',
      '-gone',
      '-gone too',
      'diff --git a/old.txt b/old.txt',
      'deleted file mode 100644',
      '--- a/old.txt',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git a/img.png b/img.png',
      'Binary files a/img.png and b/img.png differ',
      'diff --git "a/sp\\303\\251cial \\"name\\".py" "b/sp\\303\\251cial \\"name\\".py"',
      '--- "a/sp\\303\\251cial \\"name\\".py"',
      '+++ "b/sp\\303\\251cial \\"name\\".py"',
      '@@ -0,0 +1 @@',
      '+x = 1',
      '\\ No newline at end of file',
      '',
    ].join('\n');
    expect(Object.fromEntries(parseUnifiedDiff(diff))).toEqual({
      'src/a.js': [4, 5, 12],
      'spécial "name".py': [1],
    });
  });

  test('context lines (any --unified) advance the new-side count', () => {
    const diff = ['+++ b/x.py', '@@ -1,4 +1,5 @@', ' a', '-b', '+B', '+C', ' d', ' e', ''].join('\n');
    expect(parseUnifiedDiff(diff).get('x.py')).toEqual([2, 3]);
  });

  test('a hunk cut short or a broken header is E_REPORT_PARSE', () => {
    expect(() => parseUnifiedDiff('+++ b/x\n@@ -1,2 +1,2 @@\n+a\ndiff --git a/y b/y\n')).toThrow(
      /line 4: the hunk ends before/,
    );
    expect(() => parseUnifiedDiff('+++ b/x\n@@ -1 +one @@\n')).toThrow(/is not a hunk header/);
  });

  test('unquoteGitPath decodes C escapes and octal UTF-8 bytes', () => {
    expect(unquoteGitPath('"b/tab\\there"')).toBe('b/tab\there');
    expect(unquoteGitPath('"b/\\346\\227\\245.go"')).toBe('b/日.go');
    expect(unquoteGitPath('b/plain')).toBe('b/plain');
  });
});

describe('the changed-lines join', () => {
  test('only instrumented changed lines count; unmeasured files are listed; worst file first', () => {
    const changed = new Map([
      ['src/cart.js', [1, 2, 3, 4, 10]],
      ['src/pay.js', [5]],
      ['README.md', [1, 2]],
    ]);
    const coverage = new Map([
      ['src/cart.js', cov('src/cart.js', { 1: 1, 2: 0, 4: 0, 9: 0, 10: 3 })],
      ['src/pay.js', cov('src/pay.js', { 5: 0 })],
    ]);
    const result = changedLinesCoverage(changed, coverage);
    expect(result).toMatchObject({ lines: 5, covered: 2, percent: 40, unmeasured: ['README.md'] });
    expect(result.files.map((f) => [f.path, f.changed, f.lines, f.covered, f.percent, f.uncovered])).toEqual([
      ['src/pay.js', 1, 1, 0, 0, [{ start: 5, end: 5 }]],
      // 2 and 4 are uncovered with 3 (not instrumented) between: one range.
      ['src/cart.js', 5, 4, 2, 50, [{ start: 2, end: 4 }]],
    ]);
  });

  test('uncovered lines merge across changed lines no tool instruments, never across an instrumented or unchanged one', () => {
    const instrumented = new Map([
      [10, 0],
      [11, 0],
      [14, 0],
      [15, 2],
      [16, 0],
      [30, 0],
    ]);
    const changed = [10, 11, 12, 13, 14, 16, 30];
    expect(uncoveredRanges([10, 11, 14, 16, 30], instrumented, changed)).toEqual([
      { start: 10, end: 14 },
      { start: 16, end: 16 },
      { start: 30, end: 30 },
    ]);
  });

  test('a change with no instrumented line has no percentage (nothing to cover)', () => {
    const result = changedLinesCoverage(new Map([['docs/a.md', [1]]]), new Map());
    expect(result).toMatchObject({ lines: 0, covered: 0, percent: null, files: [] });
  });
});

describe('diffAgainstBase on real git repositories', () => {
  function repo() {
    const dir = workspace({
      'svc/src/cart.py': numbered(10),
      'svc/src/old_name.py': numbered(30, 'stable'),
      'svc/README.md': 'cart service\n',
      'other/x.py': numbered(3),
    });
    gitRepo(dir);
    return dir;
  }

  test('lines the change added, from the merge base: later commits on main do not count', async () => {
    const dir = repo();
    commitChange(dir, {
      'svc/src/cart.py': numbered(10).replace('line 3\n', 'line 3\nadded 4\nadded 5\n'),
      'svc/src/new.py': numbered(2),
    });
    // Meanwhile on main: a commit the change does not have.
    git(dir, 'checkout', '--quiet', 'main');
    writeFiles(dir, { 'svc/src/cart.py': 'rewritten on main\n' + numbered(10) });
    git(dir, 'commit', '--quiet', '-am', 'main moves on');
    git(dir, 'checkout', '--quiet', 'change');
    const base = await diffAgainstBase(dir, 'main');
    expect(base.baseRef).toBe('main');
    expect(base.mergeBase).toBe(git(dir, 'rev-parse', 'HEAD~1'));
    expect(Object.fromEntries(parseUnifiedDiff(base.diff))).toEqual({
      'svc/src/cart.py': [4, 5],
      'svc/src/new.py': [1, 2],
    });
  });

  test('a workspace in a subfolder: only its files, paths relative to it; a rename counts only edited lines', async () => {
    const dir = repo();
    git(dir, 'checkout', '--quiet', '-b', 'change');
    renameSync(join(dir, 'svc/src/old_name.py'), join(dir, 'svc/src/new_name.py'));
    writeFiles(dir, {
      'svc/src/new_name.py': numbered(30, 'stable').replace('stable 7\n', 'edited 7\n'),
      'other/x.py': numbered(5),
    });
    rmSync(join(dir, 'svc/README.md'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '--quiet', '-m', 'rename');
    const base = await diffAgainstBase(join(dir, 'svc'), 'main');
    expect(Object.fromEntries(parseUnifiedDiff(base.diff))).toEqual({ 'src/new_name.py': [7] });
  });

  test('a base that exists only as origin/<ref> is used as such', async () => {
    const dir = repo();
    git(dir, 'update-ref', 'refs/remotes/origin/release', git(dir, 'rev-parse', 'HEAD'));
    commitChange(dir, { 'svc/src/cart.py': numbered(11) });
    const base = await diffAgainstBase(dir, 'release');
    expect(base.baseRef).toBe('origin/release');
    expect(parseUnifiedDiff(base.diff).get('svc/src/cart.py')).toEqual([11]);
  });

  test('errors: no repository, a missing ref, unrelated history, a ref that looks like an option', async () => {
    const plain = workspace({ 'a.py': 'x\n' });
    await expect(diffAgainstBase(plain, 'main')).rejects.toMatchObject({
      code: 'E_BASE_REF',
      message: expect.stringMatching(/needs a git repository/),
    });
    const dir = repo();
    await expect(diffAgainstBase(dir, 'nope')).rejects.toMatchObject({
      code: 'E_BASE_REF',
      message: 'the base ref "nope" does not exist in this repository',
      hint: expect.stringContaining('fetch-depth: 0'),
    });
    git(dir, 'checkout', '--quiet', '--orphan', 'island');
    git(dir, 'commit', '--quiet', '-m', 'unrelated');
    await expect(diffAgainstBase(dir, 'main')).rejects.toMatchObject({
      code: 'E_BASE_REF',
      message: expect.stringMatching(/"main" and HEAD have no common ancestor in this clone/),
    });
    await expect(diffAgainstBase(dir, '--output=/tmp/x')).rejects.toMatchObject({ code: 'E_USAGE' });
  });
});
