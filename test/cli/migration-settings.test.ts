/**
 * The bundled CLI on the example chart: `validate-migration` takes the
 * conversion's settings from the tree's migration-report.json (flags
 * override them) and refuses a missing tree before rendering; `--base-env`
 * writes the base from one environment; MIGRATION_REPORT.md points at the
 * user documentation of the parity rules.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, runCli, runMigrate } from '../support/run-cli.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'marty-service');
const envFlags = (names: readonly string[]) =>
  names.flatMap((e) => ['--env', `${e}=${join(EXAMPLE, `values-${e}.yaml`)}`]);
const ENVS = envFlags(['dev', 'staging', 'prod']);

let work: string;
let tree: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-settings-'));
  tree = join(work, 'argocd');
  // Converted with settings that differ from every default: validating without them would fail.
  const run = await runMigrate([
    '--chart',
    EXAMPLE,
    ...ENVS,
    '--release',
    'user-service',
    '--namespace',
    'marty',
    '--hooks',
    'argocd',
    '--output',
    tree,
  ]);
  expect(run.stderr).not.toContain('error[');
  expect(run.code).toBe(0);
});
afterAll(() => rm(work, { recursive: true, force: true }));

const validate = (args: readonly string[], env?: Record<string, string | undefined>) =>
  runCli(['migrate', 'validate-migration', '--original-path', EXAMPLE, ...args], env ? { env } : {});

describe('validate-migration and migration-report.json', () => {
  test('reads release, namespace, hooks mode and environments from the tree: parity 3/3 with no flags', async () => {
    const run = await validate(['--migrated-path', tree]);
    expect(run.stderr).not.toContain('error[');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('parity: 3/3 environments');
    expect(run.stderr).toContain(
      `Using from ${join(tree, 'migration-report.json')} (flags override it): release user-service; namespace marty; hooks argocd; environments dev, staging, prod`,
    );
  });

  test('flags override it: --hooks keep and --namespace other make differences (exit 3); --env picks one environment', async () => {
    const hooks = await validate(['--migrated-path', tree, '--hooks', 'keep']);
    expect(hooks.code).toBe(3);
    expect(hooks.stderr).toContain(
      '(flags override it): release user-service; namespace marty; environments',
    );
    expect(hooks.stderr).not.toContain('hooks argocd');
    const namespace = await validate(['--migrated-path', tree, '--namespace', 'other']);
    expect(namespace.code).toBe(3);
    expect(namespace.stderr).toMatch(/error\[E_PARITY\]: .*: 3 of 3 environments differ/);
    const one = await validate(['--migrated-path', tree, ...envFlags(['prod']), '--json']);
    expect(one.code).toBe(0);
    const envelope = JSON.parse(one.stdout);
    expect(envelope).toMatchObject({ command: 'migrate validate-migration', ok: true, error: null });
    expect(envelope.result.sections.map((s: { name: string }) => s.name)).toEqual(['prod']);
  });

  test('a tree without the report uses the defaults (and so differs here)', async () => {
    const copy = join(work, 'no-report');
    await runMigrate(['--chart', EXAMPLE, ...ENVS, '--namespace', 'marty', '--output', copy]);
    await rm(join(copy, 'migration-report.json'));
    const run = await validate(['--migrated-path', copy, ...ENVS]);
    expect(run.stderr).not.toContain('Using from');
    expect(run.code).toBe(3); // rendered in namespace "default", converted for "marty"
  });

  test('a report it cannot use is E_INPUT_INVALID naming the file and the field', async () => {
    const broken = join(work, 'broken');
    await runMigrate(['--chart', EXAMPLE, '--output', broken]);
    const file = join(broken, 'migration-report.json');
    const report = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...report, namespace: 42 }));
    const run = await validate(['--migrated-path', broken]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error[E_INPUT_INVALID]: ${file}: "namespace" is not a non-empty string`);
  });

  test('a missing --migrated-path flag or tree is an input error (exit 1) found before rendering', async () => {
    // With no helm at all, anything that got as far as rendering would fail with E_TOOL_NOT_FOUND (exit 2).
    const noHelm = { MMF_HELM: '/nonexistent/helm', PATH: '/nonexistent' };
    const flag = await validate([], noHelm);
    expect(flag).toMatchObject({ code: 1, stdout: '' });
    expect(flag.stderr).toMatch(
      /^error\[E_USAGE\]: missing --migrated-path <dir>\n {2}hint: mmf migrate validate-migration/,
    );
    const missing = join(work, 'no-such-tree');
    const path = await validate(['--migrated-path', missing, '--json'], noHelm);
    expect(path.code).toBe(1);
    expect(JSON.parse(path.stdout)).toMatchObject({
      ok: false,
      error: { code: 'E_PATH_NOT_FOUND', message: `${missing}: the migrated tree does not exist` },
    });
    const file = await validate(['--migrated-path', join(tree, 'migration-report.json')], noHelm);
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('the migrated tree is not a folder');
  });
});

describe('--base-env', () => {
  test('writes the base from prod: parity 3/3, prod overlay holds only its Secrets, the reports say so', async () => {
    const out = join(work, 'base-prod');
    const run = await runMigrate([
      '--chart',
      EXAMPLE,
      ...ENVS,
      '--release',
      'user-service',
      '--namespace',
      'marty',
      '--base-env',
      'prod',
      '--output',
      out,
      '--validate',
      '--json',
    ]);
    expect(run.stderr).not.toContain('error[');
    expect(run.code).toBe(0);
    const { result } = JSON.parse(run.stdout);
    expect(result.report.parity.identical).toBe(true);
    expect(result.report.base.environment).toBe('prod');
    const prod = result.report.environments.find((e: { name: string }) => e.name === 'prod');
    expect(prod.overlay.addedResources).toEqual([]);
    expect(prod.overlay.removedResources).toEqual([]);
    expect(prod.overlay.strategicMergePatches).toBe(0);
    // Every resource prod renders and keeps, Secrets aside, is in the base: more than the default 9.
    expect(result.report.base.resources).toBeGreaterThan(9);
    const kustomization = await readFile(join(out, 'overlays', 'prod', 'kustomization.yaml'), 'utf8');
    expect(kustomization).not.toMatch(/^(images|replicas|labels):/m);
    expect(await readFile(join(out, 'MIGRATION_REPORT.md'), 'utf8')).toContain(
      'written from environment `prod` (`--base-env`)',
    );
  });

  test('the text summary names the environment the base came from', async () => {
    const run = await runMigrate([
      '--chart',
      EXAMPLE,
      ...envFlags(['dev', 'prod']),
      '--base-env',
      'dev',
      '--output',
      join(work, 'base-dev'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote \S+: base \(from dev, \d+ resources\) \+ 2 overlay\(s\)$/m);
  });
});

test('MIGRATION_REPORT.md cites the parity rules users can read, never an internal file', async () => {
  const out = join(work, 'report');
  expect(
    (await runMigrate(['--chart', EXAMPLE, ...envFlags(['dev']), '--output', out, '--validate'])).code,
  ).toBe(0);
  const report = await readFile(join(out, 'MIGRATION_REPORT.md'), 'utf8');
  expect(report).toContain('([parity rules](https://github.com/mmf/actions/blob/v1/docs/PARITY.md))');
  expect(report).not.toMatch(/design\.md/i);
});
