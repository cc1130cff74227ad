/**
 * Keeps the GitHub Actions surface honest:
 * - scripts/lint-actions.mjs (actionlint + our own rules) passes on this repository and catches what it
 *   must on deliberately broken workflows and action files;
 * - the root action (action.yml) is what scripts/generate-root-action.mjs makes: `command` plus every
 *   command's inputs, without command defaults; its dispatcher bundle is small;
 * - the reusable workflow mirrors helm-migrate's inputs and splits compute (read) from publish (write).
 * The linter runs as a child process: actionlint's WASM runtime sets globals that stay out of jest.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LINTER = join(ROOT, 'scripts', 'lint-actions.mjs');
const CHECKOUT_V5 = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0';

interface InputSpec {
  description?: string;
  required?: boolean;
  default?: string;
}
interface ActionMetadata {
  name: string;
  inputs: Record<string, InputSpec>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
interface WorkflowInput {
  description?: string;
  type: 'string' | 'boolean' | 'number';
  required?: boolean;
  default?: string | boolean | number;
}
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
  strategy?: { matrix?: Record<string, unknown> };
}
interface Workflow {
  on: { workflow_call?: { inputs: Record<string, WorkflowInput>; secrets?: unknown } };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const readYaml = <T>(...path: string[]): T => parse(readFileSync(join(ROOT, ...path), 'utf8')) as T;

function lint(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [LINTER, '--root', root, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const problems = run.stdout.split('\n').filter(Boolean);
  return { code: run.status, problems, stdout: run.stdout, stderr: run.stderr };
}

/** A throw-away repository: files relative to its root. */
function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mmf-lint-actions-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  fixtures.push(root);
  return root;
}
const fixtures: string[] = [];
afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const GOOD_ACTION = `name: demo
description: A demo action.
inputs:
  chart-path:
    description: Where the chart is.
    required: true
  token:
    description: GitHub token.
    required: false
    default: \${{ github.token }}
outputs:
  parity:
    description: true or false.
runs:
  using: node24
  main: ../dist/demo/index.js
`;

const GOOD_WORKFLOW = `name: good
on: pull_request
permissions: {}
jobs:
  demo:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: ${CHECKOUT_V5}
        with:
          persist-credentials: false
      - uses: ./demo
        with:
          chart-path: charts/x
      - uses: mmf/actions/demo@v1
        with:
          chart-path: charts/x
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE"
`;

describe('scripts/lint-actions.mjs', () => {
  test('this repository lints clean', () => {
    const run = lint(ROOT);
    expect(run.problems).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/\d+ workflow\(s\), \d+ action file\(s\): no problems/);
  });

  test('a clean fixture passes; --require-dist wants the bundle runs.main names', () => {
    const root = fixture({ 'demo/action.yml': GOOD_ACTION, '.github/workflows/good.yml': GOOD_WORKFLOW });
    expect(lint(root)).toMatchObject({ code: 0, problems: [] });

    const missing = lint(root, '--require-dist');
    expect(missing.code).toBe(1);
    expect(missing.problems).toEqual([
      'demo/action.yml:16: runs.main `../dist/demo/index.js` does not exist: run `npm run bundle` and commit dist/ [runs]',
    ]);

    mkdirSync(join(root, 'dist', 'demo'), { recursive: true });
    writeFileSync(join(root, 'dist', 'demo', 'index.js'), '');
    expect(lint(root, '--require-dist')).toMatchObject({ code: 0, problems: [] });
  });

  test('an unpinned third-party action and ${{ }} in run: are flagged with file:line', () => {
    const root = fixture({
      'demo/action.yml': GOOD_ACTION,
      '.github/workflows/bad.yml': `name: bad
on: pull_request
jobs:
  review:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444
      - name: Greet
        run: |
          echo "reviewing"
          echo "\${{ github.event.pull_request.title }}"
      - uses: ./demo
        with:
          chart: charts/x
  shared:
    uses: someone/workflows/.github/workflows/build.yml@main
`,
    });
    const run = lint(root);
    expect(run.code).toBe(1);
    const at = (line: number, rule: string) =>
      run.problems.filter(
        (p) => p.startsWith(`.github/workflows/bad.yml:${line}: `) && p.endsWith(`[${rule}]`),
      );

    expect(at(1, 'permissions')).toHaveLength(1);
    expect(at(7, 'pin-sha')[0]).toContain(
      '`actions/checkout@v4` must be pinned to a full 40-character commit SHA',
    );
    expect(at(8, 'pin-comment')[0]).toContain('without a `# vX.Y.Z` comment');
    // ours points at the line of the expression, actionlint at the start of the script
    expect(at(12, 'run-expression')[0]).toContain(
      '`${{ github.event.pull_request.title }}` is expanded inside a run:',
    );
    expect(
      run.problems.some((p) => p.endsWith('[actionlint:expression]') && p.includes('potentially untrusted')),
    ).toBe(true);
    expect(at(13, 'action-inputs')).toEqual([
      '.github/workflows/bad.yml:13: required input `chart-path` of demo/action.yml is not given [action-inputs]',
    ]);
    expect(at(15, 'action-inputs')[0]).toContain('`chart` is not an input of demo/action.yml');
    expect(at(17, 'pin-sha')[0]).toContain('someone/workflows/.github/workflows/build.yml@main');
  });

  test('actionlint findings come through with their kind', () => {
    const root = fixture({
      '.github/workflows/typo.yml': `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo hi
        if: \${{ github.evnt_name == 'push' }}
`,
    });
    const run = lint(root);
    expect(run.code).toBe(1);
    expect(
      run.problems.some((p) =>
        /^\.github\/workflows\/typo\.yml:8: .*evnt_name.* \[actionlint:expression\]$/.test(p),
      ),
    ).toBe(true);
  });

  test('job.workflow_sha and friends (newer than actionlint 1.7.7) pass; a stale generated file is flagged', () => {
    const root = fixture({
      '.github/workflows/self.yml': `name: self
on: workflow_call
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: ${CHECKOUT_V5}
        with:
          repository: \${{ job.workflow_repository }}
          ref: \${{ job.workflow_sha }}
          persist-credentials: false
      - env:
          TYPO: \${{ job.workflow_shaa }}
        run: echo "$TYPO"
`,
      'action.yml': 'name: stale\n',
      'scripts/generate-root-action.mjs':
        "export async function generate() { return [{ path: 'action.yml', text: 'name: fresh\\n' }]; }\n",
    });
    const run = lint(root);
    expect(
      run.problems.filter((p) => p.includes('workflow_sha"') || p.includes('workflow_repository')),
    ).toEqual([]);
    expect(run.problems.some((p) => p.includes('workflow_shaa'))).toBe(true);
    expect(run.problems).toContain(
      'action.yml:1: differs from what scripts/generate-root-action.mjs makes of */action.yml: run it and commit the result [generated]',
    );
  });

  test('broken action metadata: every structural rule', () => {
    const root = fixture({
      'action.yml': `name: root
runs:
  using: node20
  main: lib/index.js
inputs:
  chartPath:
    required: maybe
    type: string
  repo:
    description: The repository.
    default: \${{ github.repository }}
  token:
    description: Token.
    default: \${{ github.token }}
outputs:
  result:
    value: x
`,
      'broken/action.yml': `name: broken
description: No runs.
`,
    });
    const run = lint(root);
    expect(run.code).toBe(1);
    expect(run.problems).toEqual([
      'action.yml:1: `description` is required and must be a non-empty string [action]',
      'action.yml:3: node actions run on `node24`, not `node20` [runs]',
      'action.yml:4: runs.main `lib/index.js` must point into dist/ (the committed bundle) [runs]',
      'action.yml:6: input `chartPath` is not kebab-case (e.g. `base-ref`) [inputs]',
      'action.yml:6: input `chartPath` has no description [inputs]',
      'action.yml:7: input `chartPath`: `required` must be true or false [inputs]',
      'action.yml:8: input `chartPath` has unknown key `type` [inputs]',
      'action.yml:11: input `repo`: default `${{ github.repository }}` expands an expression; only `${{ github.token }}` is allowed [inputs]',
      'action.yml:16: output `result` has no description [outputs]',
      'broken/action.yml:1: `runs` is required and must be a mapping [runs]',
    ]);
  });
});

describe('action metadata', () => {
  const umbrella = readYaml<ActionMetadata>('action.yml');
  const helmMigrate = readYaml<ActionMetadata>('helm-migrate', 'action.yml');
  const ci = readYaml<ActionMetadata>('ci', 'action.yml');

  test('helm-migrate runs the shared bundle on node24 (the codeql-action model)', () => {
    expect(helmMigrate.runs).toEqual({ using: 'node24', main: '../dist/helm-migrate/index.js' });
    expect(umbrella.runs).toEqual({ using: 'node24', main: 'dist/main/index.js' });
    expect(Object.keys(helmMigrate.inputs)).toEqual([
      'mode',
      'chart',
      'environments',
      'output',
      'release',
      'namespace',
      'base-env',
      'base-ref',
      'helm-version',
      'kustomize-version',
      'comment',
      'check-run',
      'comment-id',
      'max-comment-parts',
      'report',
      'fail-on',
      'hooks',
      'tool-source',
      'allow-remote',
      'token',
    ]);
    expect(Object.keys(helmMigrate.outputs)).toEqual([
      'parity',
      'changed-resources',
      'report-path',
      'report-bundle',
      'comment-url',
    ]);
    for (const [name, spec] of Object.entries(helmMigrate.inputs)) {
      expect([name, typeof spec.required]).toEqual([name, 'boolean']);
      if (!spec.required) expect([name, typeof spec.default]).toEqual([name, 'string']);
    }
  });

  test('the root action is generated: `command` plus every command input, none with a command default', () => {
    const generator = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts', 'generate-root-action.mjs'), '--check'],
      {
        encoding: 'utf8',
      },
    );
    expect([generator.status, generator.stderr]).toEqual([0, '']);
    const [first, ...rest] = Object.keys(umbrella.inputs);
    expect(first).toBe('command');
    expect(umbrella.inputs.command).toMatchObject({ required: true });
    expect(umbrella.inputs.command?.description).toContain('`ci`');
    expect(umbrella.inputs.command?.description).toContain('`helm-migrate`');
    // Every published command: a folder whose action.yml runs ../dist/<folder>/index.js, with its entry.
    const commands = readdirSync(ROOT, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .filter((name) => {
        try {
          statSync(join(ROOT, 'actions', 'entries', `${name}.ts`));
          return readYaml<ActionMetadata>(name, 'action.yml').runs?.main === `../dist/${name}/index.js`;
        } catch {
          return false;
        }
      })
      .sort()
      .map((name) => ({ name, meta: readYaml<ActionMetadata>(name, 'action.yml') }));
    expect(commands.map((c) => c.name)).toEqual(['ci', 'helm-migrate', 'release']);
    const union = (pick: (m: ActionMetadata) => object) => [
      ...new Set(commands.flatMap((c) => Object.keys(pick(c.meta)))),
    ];
    expect(rest).toEqual(union((m) => m.inputs));
    for (const name of rest) {
      const spec = umbrella.inputs[name] as InputSpec;
      const firstCommand = commands.find((c) => name in c.meta.inputs)?.name;
      expect([name, spec.required]).toEqual([name, false]);
      expect(spec.description?.startsWith(`${firstCommand}: `)).toBe(true);
      for (const c of commands.filter((c) => name in c.meta.inputs))
        expect(spec.description).toContain(`${c.name}: `);
      // only the token's expression (which the dispatcher cannot evaluate) keeps a default
      expect([name, spec.default]).toEqual([name, name === 'token' ? '${{ github.token }}' : undefined]);
    }
    expect(Object.keys(umbrella.outputs).sort()).toEqual(union((m) => m.outputs).sort());
  });

  test('the dispatcher is small and loads the command bundle instead of carrying a copy', () => {
    const size = statSync(join(ROOT, 'dist', 'main', 'index.js')).size;
    expect(size).toBeLessThan(50_000);
    // The helm-migrate bundle: its index.js and the chunks (<id>.index.js) it imports on use.
    const bundle = join(ROOT, 'dist', 'helm-migrate');
    const bundleSize = readdirSync(bundle)
      .filter((f) => f.endsWith('.js'))
      .reduce((sum, f) => sum + statSync(join(bundle, f)).size, 0);
    expect(size * 20).toBeLessThan(bundleSize);
  });

  test('each published action folder holds only action.yml and README.md', () => {
    for (const folder of ['helm-migrate', 'ci'])
      expect(readdirSync(join(ROOT, folder)).sort()).toEqual(['README.md', 'action.yml']);
  });

  test('ci runs the shared bundle; every input is documented with a string default', () => {
    expect(ci.runs).toEqual({ using: 'node24', main: '../dist/ci/index.js' });
    expect(Object.keys(ci.outputs)).toEqual([
      'tests',
      'failures',
      'skipped',
      'flaky',
      'coverage',
      'changed-lines-coverage',
      'verdict',
      'report-path',
      'report-bundle',
      'comment-url',
    ]);
    for (const [name, spec] of Object.entries(ci.inputs)) {
      expect([name, spec.required, typeof spec.default]).toEqual([name, false, 'string']);
      expect([name, typeof spec.description]).toEqual([name, 'string']);
    }
  });
});

describe('.github/workflows/reusable-helm-migrate.yml', () => {
  const action = readYaml<ActionMetadata>('helm-migrate', 'action.yml');
  const workflow = readYaml<Workflow>('.github', 'workflows', 'reusable-helm-migrate.yml');
  const inputs = workflow.on.workflow_call?.inputs ?? {};
  const compute = workflow.jobs.compute as Job;
  const publish = workflow.jobs.publish as Job & { needs?: string };
  const ACTION = './.mmf-actions/helm-migrate';

  test('mirrors the action inputs (less token and report, plus charts and runs-on) with matching types and defaults', () => {
    const mirrored = Object.keys(action.inputs).filter((name) => !['token', 'report'].includes(name));
    expect(Object.keys(inputs)).toEqual(['charts', 'runs-on', ...mirrored]);
    expect(inputs.charts).toMatchObject({ type: 'string', default: '' });
    expect(inputs['runs-on']).toMatchObject({ type: 'string', default: 'ubuntu-latest' });
    for (const name of mirrored) {
      const spec = action.inputs[name] as InputSpec;
      const boolean = spec.default === 'true' || spec.default === 'false';
      const expected = boolean ? { type: 'boolean', default: spec.default === 'true' } : { type: 'string' };
      expect({ name, ...inputs[name] }).toMatchObject({ name, ...expected, required: false });
      if (!boolean) expect([name, inputs[name]?.default]).toEqual([name, spec.default ?? '']);
      expect([name, typeof inputs[name]?.description]).toEqual([name, 'string']);
    }
    expect(workflow.on.workflow_call?.secrets).toEqual({
      token: expect.objectContaining({ required: false }),
    });
  });

  test('the compute job reads only, runs the action at the called commit with every input, and uploads the report', () => {
    expect(compute.permissions).toEqual({ contents: 'read' });
    const self = compute.steps.find((s) => s.with?.path === '.mmf-actions');
    expect(self?.with).toMatchObject({
      repository: '${{ job.workflow_repository }}',
      ref: '${{ job.workflow_sha }}',
      'persist-credentials': false,
    });
    const step = compute.steps.find((s) => s.uses === ACTION);
    const passed = Object.keys(action.inputs).filter((name) => name !== 'report');
    expect(Object.keys(step?.with ?? {})).toEqual(passed);
    expect(step?.with).toMatchObject({ comment: false, 'check-run': false, token: '${{ github.token }}' });
    for (const key of ['chart', 'environments', 'release', 'namespace', 'output'])
      expect(step?.with?.[key]).toBe(`\${{ matrix.${key} || inputs.${key} }}`);
    const upload = compute.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('${{ steps.migrate.outputs.report-bundle }}');
    const concurrency = (compute as unknown as { concurrency: { group: string } }).concurrency.group;
    expect(concurrency).toContain('${{ inputs.mode }}');
  });

  test('the publish job holds the write permissions, never checks out the repository, and publishes the bundle', () => {
    expect(publish.needs).toBe('compute');
    expect(publish.permissions).toEqual({ 'pull-requests': 'write', checks: 'write' });
    const checkouts = publish.steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.map((s) => s.with?.repository)).toEqual(['${{ job.workflow_repository }}']);
    const step = publish.steps.find((s) => s.uses === ACTION);
    expect(step?.with).toMatchObject({ mode: 'publish', token: '${{ secrets.token || github.token }}' });
    expect(String(step?.with?.report)).toContain('report-bundle.json');
  });

  test('least privilege, pinned actions, no expression in any run: script', () => {
    expect(workflow.permissions).toEqual({});
    const text = readFileSync(join(ROOT, '.github', 'workflows', 'reusable-helm-migrate.yml'), 'utf8');
    expect(text).toContain(`uses: ${CHECKOUT_V5}`);
    const steps = [...compute.steps, ...publish.steps];
    expect(steps.filter((s) => s.run !== undefined && s.run.includes('${{'))).toEqual([]);
    expect(steps.filter((s) => s.uses?.includes('@v1'))).toEqual([]);
  });
});

describe('.github/workflows/reusable-ci.yml', () => {
  const action = readYaml<ActionMetadata>('ci', 'action.yml');
  const workflow = readYaml<Workflow>('.github', 'workflows', 'reusable-ci.yml');
  const inputs = workflow.on.workflow_call?.inputs ?? {};
  const compute = workflow.jobs.compute as Job;
  const publish = workflow.jobs.publish as Job & { needs?: string };
  const ACTION = './.mmf-actions/ci';
  const NOT_MIRRORED = ['mode', 'token', 'report'];

  test('mirrors the action inputs (less mode, token and report, plus runs-on) with matching types and defaults', () => {
    const mirrored = Object.keys(action.inputs).filter((name) => !NOT_MIRRORED.includes(name));
    expect(Object.keys(inputs)).toEqual(['runs-on', ...mirrored]);
    for (const name of mirrored) {
      const spec = action.inputs[name] as InputSpec;
      const boolean = spec.default === 'true' || spec.default === 'false';
      const expected = boolean ? { type: 'boolean', default: spec.default === 'true' } : { type: 'string' };
      expect({ name, ...inputs[name] }).toMatchObject({ name, ...expected, required: false });
      if (!boolean) expect([name, inputs[name]?.default]).toEqual([name, spec.default ?? '']);
    }
    expect(workflow.on.workflow_call?.secrets).toEqual({
      token: expect.objectContaining({ required: false }),
    });
  });

  test('the compute job reads only, runs the action at the called commit with every input, and uploads the bundle', () => {
    expect(compute.permissions).toEqual({ contents: 'read' });
    const self = compute.steps.find((s) => s.with?.path === '.mmf-actions');
    expect(self?.with).toMatchObject({
      repository: '${{ job.workflow_repository }}',
      ref: '${{ job.workflow_sha }}',
    });
    const step = compute.steps.find((s) => s.uses === ACTION);
    const passed = Object.keys(action.inputs).filter((name) => !['mode', 'report'].includes(name));
    expect(Object.keys(step?.with ?? {})).toEqual(passed);
    expect(step?.with).toMatchObject({ comment: false, 'check-run': false, token: '${{ github.token }}' });
    for (const name of passed.filter((n) => !['comment', 'check-run', 'token'].includes(n)))
      expect([name, step?.with?.[name]]).toEqual([name, `\${{ inputs.${name} }}`]);
    const uploads = compute.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads[0]?.with).toMatchObject({
      name: 'mmf-ci-report-bundle',
      path: '${{ steps.ci.outputs.report-bundle }}',
    });
  });

  test('the publish job holds the write permissions, never checks out the repository, and publishes the bundle', () => {
    expect(publish.needs).toBe('compute');
    expect(publish.permissions).toEqual({ 'pull-requests': 'write', checks: 'write' });
    const checkouts = publish.steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.map((s) => s.with?.repository)).toEqual(['${{ job.workflow_repository }}']);
    const download = publish.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with?.name).toBe('mmf-ci-report-bundle');
    const step = publish.steps.find((s) => s.uses === ACTION);
    expect(step?.with).toMatchObject({ mode: 'publish', token: '${{ secrets.token || github.token }}' });
    expect(String(step?.with?.report)).toBe('${{ runner.temp }}/mmf-report/report-bundle.json');
  });

  test('least privilege, pinned actions, no expression in any run: script', () => {
    expect(workflow.permissions).toEqual({});
    const steps = [...compute.steps, ...publish.steps];
    expect(steps.filter((s) => s.run !== undefined)).toEqual([]);
    expect(steps.filter((s) => s.uses?.includes('@v1'))).toEqual([]);
  });
});

describe('.github/workflows/ci.yml dogfood', () => {
  test('calls the reusable workflow itself, granting what its publish job needs', () => {
    const ci = readYaml<{
      jobs: Record<
        string,
        { uses?: string; permissions?: Record<string, string>; with?: Record<string, unknown> }
      >;
    }>('.github', 'workflows', 'ci.yml');
    const caller = Object.values(ci.jobs).find(
      (j) => j.uses === './.github/workflows/reusable-helm-migrate.yml',
    );
    expect(caller?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write' });
    expect(caller?.with).toMatchObject({ chart: 'examples/marty-service' });
  });

  test('runs ./helm-migrate in validate mode on examples/marty-service, dev/staging/prod', () => {
    const ci = readYaml<Workflow>('.github', 'workflows', 'ci.yml');
    const step = Object.values(ci.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses === './helm-migrate');
    expect(step?.with).toMatchObject({
      mode: 'validate',
      chart: 'examples/marty-service',
      release: 'user-service',
      namespace: 'marty',
    });
    const environments = String(step?.with?.environments).trim().split('\n');
    expect(environments).toEqual(
      ['dev', 'staging', 'prod'].map((e) => `${e}=examples/marty-service/values-${e}.yaml`),
    );
    for (const line of environments)
      expect(() => readFileSync(join(ROOT, line.split('=')[1] as string))).not.toThrow();
  });
});
