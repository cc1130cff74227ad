/**
 * Bad input to `mmf scaffold service`: one MmfError with the catalogued code
 * that names the flag or file at fault and says what to do, and nothing
 * written: no output folder, no staging folder, an existing folder untouched.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../actions/runtime/cli/run-cli.js';
import { registerScaffoldCli } from '../../actions/scaffold/index.js';
import type { ErrorCode } from '../../actions/kernel/errors.js';
import { scaffoldService, type ScaffoldServiceOptions } from '../../actions/scaffold/scaffold-service.js';
import { HELMS } from '../support/tools.js';
import { SCAFFOLD_DIR, scaffoldOptions } from './scaffold-support.js';

let work: string;
let output: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-scaffold-bad-'));
  output = join(work, 'out', 'orders');
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** Fails with `code`, a message matching `message`, and leaves `work` as it was. */
async function rejects(
  extra: Partial<ScaffoldServiceOptions>,
  code: ErrorCode,
  message: RegExp,
  hint?: RegExp,
): Promise<void> {
  const before = await readdir(work, { recursive: true });
  const failure = scaffoldService(scaffoldOptions(output, extra));
  await expect(failure).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  if (hint) await expect(failure).rejects.toMatchObject({ hint: expect.stringMatching(hint) });
  expect((await readdir(work, { recursive: true })).sort()).toEqual(before.sort());
}

test.each([
  [
    'My_Service',
    /--service-name "My_Service" may hold only lower-case letters, digits and "-"/,
    /such as my-service$/,
  ],
  ['orders.v2', /--service-name "orders.v2" may hold only/, /such as orders-v2$/],
  ['1orders', /--service-name "1orders" must start with a letter/, /such as orders$/],
  ['orders-', /must start and end with a letter or digit/, /such as orders$/],
  ['', /--service-name "" is empty/, /DNS-1123 label/],
  ['a'.repeat(64), /is 64 characters long \(at most 63\)/, /DNS-1123 label/],
])('name %j is refused (E_NAME_INVALID) before anything is written', async (name, message, hint) => {
  await rejects({ name }, 'E_NAME_INVALID', message, hint);
});

test('a name that fits a Service but not the CronJob built from it is refused with the length that fits', async () => {
  await rejects(
    { name: 'a'.repeat(50), overlays: ['background-services'] },
    'E_NAME_INVALID',
    /CronJob name would be 58 characters \(at most 52\)/,
    /at most 44 characters for --service-name/,
  );
  await expect(
    scaffoldService(scaffoldOptions(output, { name: 'a'.repeat(44), overlays: ['background-services'] })),
  ).resolves.toBeDefined();
});

test('an existing non-empty output folder is refused and left as it was (E_OUTPUT_NOT_EMPTY)', async () => {
  await mkdir(output, { recursive: true });
  await writeFile(join(output, 'deployment.yaml'), 'mine\n');
  await rejects({}, 'E_OUTPUT_NOT_EMPTY', /output directory is not empty/);
  expect(await readdir(output)).toEqual(['deployment.yaml']);
  expect(await readFile(join(output, 'deployment.yaml'), 'utf8')).toBe('mine\n');
  // --force replaces it with the scaffold.
  await scaffoldService(scaffoldOptions(output, { force: true }));
  expect((await readdir(output)).sort()).toEqual(['README.md', 'base', 'components', 'overlays']);
  expect((await readdir(work)).sort()).toEqual(['out']);
});

test('an unknown overlay is refused, listing the available ones (E_USAGE)', async () => {
  await rejects(
    { overlays: ['dev', 'staging'] },
    'E_USAGE',
    /unknown overlay "staging" in --env/,
    /available overlays: background-services, database-services\/postgres-overlay, dev, marty-services, prod, service-mesh\/istio, service-mesh\/linkerd$/,
  );
});

test('an unknown component is refused, listing the available ones (E_USAGE)', async () => {
  await rejects(
    { components: ['istio', 'kafka', 'redis'] },
    'E_USAGE',
    /unknown components "kafka", "redis" in --components/,
    /available components: istio, linkerd, migration-job, podmonitor, postgres, pvc, servicemonitor$/,
  );
});

test.each([
  [{ components: ['istio', 'linkerd'] }, /overlay dev would combine components istio and linkerd/],
  [
    { overlays: ['service-mesh/istio'], components: ['linkerd'] },
    /combine components istio \(part of the overlay\) and linkerd/,
  ],
  [
    { overlays: ['prod'], components: ['podmonitor'] },
    /servicemonitor \(part of the overlay\) and podmonitor/,
  ],
  [{ overlays: [] }, /--env names no overlay/],
])('components that cannot be combined are refused: %j', async (extra, message) => {
  await rejects(extra, 'E_USAGE', message);
});

test.each([
  ['ghcr.io/acme/orders', /has no tag or digest/],
  ['ghcr.io/acme/orders:latest', /uses the tag latest/],
  ['GHCR.io/Acme/Orders:1.0', /is not an image reference/],
  ['orders:1.0 --privileged', /is not an image reference/],
])('image %j is refused (E_USAGE)', async (image, message) => {
  await rejects({ image }, 'E_USAGE', message);
});

test.each([
  [80, /--port 80 is not a port from 1024 to 65535/, /cannot bind ports below 1024/],
  [70000, /--port 70000/, /--port 8080/],
  [9090, /--port 9090 is already the grpc port/, /another port/],
  [8081, /--port 8081 is already the metrics port/, /another port/],
])('port %d is refused (E_USAGE)', async (port, message, hint) => {
  await rejects({ port }, 'E_USAGE', message, hint);
});

test('templates that keep the placeholder where it cannot be renamed are refused (E_INPUT_INVALID)', async () => {
  const templates = join(work, 'templates');
  await cp(SCAFFOLD_DIR, templates, { recursive: true });
  await writeFile(
    join(templates, 'base', 'configmap.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  mmf-service: yes\n',
  );
  output = join(work, 'out');
  const failure = scaffoldService(scaffoldOptions(output, { templates }));
  await expect(failure).rejects.toMatchObject({ code: 'E_INPUT_INVALID', file: 'base/configmap.yaml' });
  expect((await readdir(work)).sort()).toEqual(['templates']);
});

test('with --validate, an overlay kustomize cannot build fails the run and writes nothing', async () => {
  const templates = join(work, 'templates');
  await cp(SCAFFOLD_DIR, templates, { recursive: true });
  const prod = join(templates, 'overlays', 'prod', 'kustomization.yaml');
  await writeFile(
    prod,
    (await readFile(prod, 'utf8')).replace('- path: patch-hpa.yaml', '- path: missing.yaml'),
  );
  const failure = scaffoldService(
    scaffoldOptions(output, { templates, validate: true, kustomizePath: HELMS[0].kubectl }),
  );
  await expect(failure).rejects.toMatchObject({
    code: 'E_TOOL_FAILED',
    file: join(output, 'overlays', 'prod'),
    message: expect.stringMatching(/missing\.yaml/),
  });
  expect((await readdir(work)).sort()).toEqual(['templates']);
});

describe('the command line (actions/scaffold/cli.ts)', () => {
  async function run(
    args: string[],
  ): Promise<{ error?: unknown; stdout: string; stderr: string; exitCode: number }> {
    const io = { out: '', err: '' };
    let error: unknown;
    const exitCode = await runCli(
      ['scaffold', 'service', ...args],
      {
        stdout: (t) => (io.out += t),
        stderr: (t) => (io.err += t),
        onError: (e) => (error = e),
      },
      [registerScaffoldCli],
    );
    return { ...(error ? { error } : {}), stdout: io.out, stderr: io.err, exitCode };
  }

  test.each([
    [['--output', 'x'], 'E_USAGE', /missing --service-name/],
    [['--service-name', 'orders'], 'E_USAGE', /missing --output/],
    [['--name', 'orders'], 'E_USAGE', /missing --output/],
    [
      ['--service-name', 'orders', '--output', 'x', '--port', 'http'],
      'E_USAGE',
      /--port "http" is not a number/,
    ],
    [['--service-name', 'My_Service', '--output', 'x'], 'E_NAME_INVALID', /--service-name "My_Service"/],
    [['--name', 'My_Service', '--output', 'x'], 'E_NAME_INVALID', /--service-name "My_Service"/],
    [['--service-name', 'orders', '--output', 'x', '--env', 'dev,qa'], 'E_USAGE', /unknown overlay "qa"/],
    [
      ['--service-name', 'orders', '--output', 'x', '--overlays', 'dev,qa'],
      'E_USAGE',
      /unknown overlay "qa"/,
    ],
  ])('%j fails with %s', async (args, code, message) => {
    const result = await run(args.map((a) => (a === 'x' ? join(work, 'x') : a)));
    expect(result.error).toMatchObject({ code, message: expect.stringMatching(message) });
    expect(await readdir(work)).toEqual([]);
  });

  test('comma-separated and repeated lists, old and new spellings mixed; --json reports what was written', async () => {
    const out = join(work, 'svc');
    const result = await run([
      '--name',
      'orders',
      '--output',
      out,
      '--templates',
      SCAFFOLD_DIR,
      '--env',
      'dev,prod',
      '--overlays',
      'background-services',
      '--components',
      'migration-job',
      '--validate',
      '--kustomize',
      HELMS[1].kubectl,
      '--json',
    ]);
    expect(result.error).toBeUndefined();
    const envelope = JSON.parse(result.stdout);
    expect(envelope).toMatchObject({ command: 'scaffold service', ok: true, exitCode: 0, error: null });
    const report = envelope.result;
    expect(report.overlays.map((o: { name: string }) => o.name)).toEqual([
      'dev',
      'prod',
      'background-services',
    ]);
    expect(report.components).toEqual(['migration-job', 'podmonitor', 'servicemonitor']);
    expect(report.validation.overlays).toEqual([
      { name: 'dev', resources: expect.any(Number) },
      { name: 'prod', resources: expect.any(Number) },
      { name: 'background-services', resources: expect.any(Number) },
    ]);
    expect(result.stderr).toMatch(/kustomize build .*overlays\/prod: \d+ resources/);
  });
});
