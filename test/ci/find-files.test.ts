/** Report globs: workspace-relative patterns, `**`, dot files, sorted and unique, skipped folders. */
import { findFiles } from '../../actions/platform/fs/find-files.js';
import { workspace } from './support.js';

const dir = workspace({
  'reports/junit-unit.xml': 'x',
  'reports/junit-e2e.xml': 'x',
  'reports/nested/deep/junit-api.xml': 'x',
  'services/cart/.reports/junit.xml': 'x',
  'services/pay/coverage.out': 'x',
  'node_modules/lib/junit.xml': 'x',
  '.git/junit.xml': 'x',
  'README.md': 'x',
});
const find = (patterns: string[]) =>
  findFiles(patterns, {
    workspace: dir,
    what: 'test report',
    option: '--junit',
    ifNoFilesFound: 'error',
  }).then((r) => r.files.map((f) => f.path));

test.each([
  [['reports/*.xml'], ['reports/junit-e2e.xml', 'reports/junit-unit.xml']],
  [
    ['reports/**/*.xml'],
    ['reports/junit-e2e.xml', 'reports/junit-unit.xml', 'reports/nested/deep/junit-api.xml'],
  ],
  [
    ['**/junit*.xml'],
    [
      'reports/junit-e2e.xml',
      'reports/junit-unit.xml',
      'reports/nested/deep/junit-api.xml',
      'services/cart/.reports/junit.xml',
    ],
  ],
  [
    ['services/*/{.reports/junit.xml,coverage.out}'],
    ['services/cart/.reports/junit.xml', 'services/pay/coverage.out'],
  ],
  [['./reports/junit-unit.xml', 'reports/junit-?nit.xml'], ['reports/junit-unit.xml']],
  [[`${dir}/reports/junit-e2e.xml`], ['reports/junit-e2e.xml']],
  [['node_modules/**/junit.xml'], ['node_modules/lib/junit.xml']],
])('%j → %j', async (patterns, expected) => {
  await expect(find(patterns)).resolves.toEqual(expected);
});

test('** does not enter node_modules or .git unless the pattern names them', async () => {
  const all = await find(['**/*.xml']);
  expect(all.some((p) => p.startsWith('node_modules/') || p.startsWith('.git/'))).toBe(false);
});

test('a folder named exactly is not a report', async () => {
  await expect(find(['reports'])).rejects.toMatchObject({ code: 'E_INPUT_INVALID', file: 'reports' });
});
