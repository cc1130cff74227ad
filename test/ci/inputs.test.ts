/**
 * actions/ci/inputs.ts reads every input of ci/action.yml (the runner passes
 * them as INPUT_<NAME> variables) into one typed object, with the defaults of
 * action.yml and clear errors for values that cannot work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadCiInputs } from '../../actions/ci/index.js';
import { REPO_ROOT } from './support.js';

const readCiInputs = await loadCiInputs();

const action = parse(readFileSync(join(REPO_ROOT, 'ci', 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
};
const variable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** The environment the runner gives the action: every input at its action.yml default, then `given`. */
function withInputs(given: Record<string, string>) {
  for (const [name, spec] of Object.entries(action.inputs))
    process.env[variable(name)] = name === 'token' ? '' : spec.default;
  for (const [name, value] of Object.entries(given)) process.env[variable(name)] = value;
}
afterEach(() => {
  for (const name of Object.keys(action.inputs)) delete process.env[variable(name)];
});

test('the defaults of action.yml: max-failures 0 only where there are test reports', () => {
  withInputs({ coverage: 'coverage/lcov.info' });
  expect(readCiInputs()).toEqual({
    junit: [],
    coverage: ['coverage/lcov.info'],
    commands: [],
    shell: false,
    gates: {},
    ifNoFilesFound: 'error',
    workingDirectory: '.',
    maxReportMib: 256,
    token: '',
    comment: true,
    checkRun: true,
    commentId: '.',
  });
  withInputs({ junit: 'reports/*.xml' });
  expect(readCiInputs().gates).toEqual({ maxFailures: 0 });
});

test('every input, as a workflow would set it', () => {
  withInputs({
    commands: '# checks\nlint: uv run ruff check\n\ntest: uv run pytest --junitxml=reports/junit.xml\n',
    shell: 'true',
    junit: 'reports/junit.xml\n  services/*/reports/*.xml  \n',
    coverage: 'reports/coverage.xml',
    'base-ref': 'main',
    'min-coverage': '80',
    'min-changed-lines-coverage': '90.5',
    'max-failures': '',
    'fail-on-flaky': 'true',
    'if-no-files-found': 'warn',
    'working-directory': 'services/cart',
    'max-report-size': '32',
    comment: 'false',
    'comment-id': 'cart',
    'check-run': 'no',
  });
  expect(readCiInputs()).toEqual({
    junit: ['reports/junit.xml', 'services/*/reports/*.xml'],
    coverage: ['reports/coverage.xml'],
    commands: [
      { name: 'lint', command: 'uv run ruff check', shell: true },
      { name: 'test', command: 'uv run pytest --junitxml=reports/junit.xml', shell: true },
    ],
    shell: true,
    baseRef: 'main',
    gates: { minCoverage: 80, minChangedLinesCoverage: 90.5, failOnFlaky: true },
    ifNoFilesFound: 'warn',
    workingDirectory: 'services/cart',
    maxReportMib: 32,
    token: '',
    comment: false,
    checkRun: false,
    commentId: 'cart',
  });
});

test.each([
  ['min-coverage', 'eighty', /input min-coverage must be a percentage from 0 to 100, not "eighty"/],
  ['max-failures', '-1', /input max-failures must be a whole number, 0 or more, not "-1"/],
  ['fail-on-flaky', 'sometimes', /input fail-on-flaky must be true or false, not "sometimes"/],
  ['if-no-files-found', 'skip', /input if-no-files-found must be one of error, warn, ignore, not "skip"/],
  ['max-report-size', '0', /input max-report-size must be a positive number of MiB, not "0"/],
  ['commands', 'just run the tests', /commands: "just run the tests" is not "name: command"/],
])('%s: %s is a usage error', (name, value, message) => {
  withInputs({ junit: 'r.xml', [name]: value });
  expect(() => readCiInputs()).toThrow(message);
});
