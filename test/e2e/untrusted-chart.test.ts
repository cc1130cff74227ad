/**
 * A chart from a pull request tries to read the action's environment (which
 * holds the token): through `.Files.Get` of /proc/self/environ (helm keeps
 * .Files inside the chart) and through a symbolic link to it (refused with
 * E_CHART_SYMLINK before helm runs). The bundled action runs with the real
 * helm and kubectl, INPUT_TOKEN and a parent GITHUB_TOKEN set; neither token
 * appears in any output, file, comment or check run.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GitHubServer, startGitHubServer } from '../support/github/server.js';
import {
  HELM,
  HELM_MIGRATE,
  KUBECTL,
  SCRATCH,
  TOKEN,
  expectExit,
  expectNoValidationErrors,
  prEvent,
  runAction,
  seedPr,
  useServer,
  walk,
} from './harness.js';

const PARENT_TOKEN = 'ghs_parentEnvToken9876543210zyxwv';
const PR = 707;
let server: GitHubServer;

beforeAll(async () => {
  server = await startGitHubServer({ token: TOKEN });
  useServer(server);
  for (const f of [HELM_MIGRATE, HELM, KUBECTL]) if (!existsSync(f)) throw new Error(`missing ${f}`);
  server.reset();
  seedPr(PR);
});

afterAll(async () => {
  await server?.close();
  rmSync(SCRATCH, { recursive: true, force: true });
});

/** A workspace with a chart whose ConfigMap shows `.Files.Get` of each path; `link` adds charts/leaky/environ. */
function workspace(label: string, link: boolean): string {
  const ws = join(SCRATCH, `untrusted-${label}`);
  const chart = join(ws, 'charts', 'leaky');
  mkdirSync(join(chart, 'templates'), { recursive: true });
  writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: leaky\nversion: 0.1.0\n');
  const reads = ['environ', '/proc/self/environ', '../../../../../../proc/self/environ', '/proc/1/environ'];
  writeFileSync(
    join(chart, 'templates', 'configmap.yaml'),
    [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: leaky',
      'data:',
      ...reads.map((path, i) => `  read${i}: {{ .Files.Get ${JSON.stringify(path)} | quote }}`),
      '',
    ].join('\n'),
  );
  if (link) symlinkSync('/proc/self/environ', join(chart, 'environ'));
  return ws;
}

function leaks(run: Awaited<ReturnType<typeof runAction>>, ws: string): string[] {
  const places: Record<string, string> = {
    // `::add-mask::` hands the input token to the runner so it masks it; it is not a leak.
    stdout: run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: readFileSync(run.outputFile, 'utf8'),
    requests: JSON.stringify(server.requests),
    comments: JSON.stringify(server.comments),
    checkRuns: JSON.stringify(server.checkRuns),
  };
  for (const file of [...walk(ws), ...walk(run.dir)]) places[file] = readFileSync(file, 'latin1');
  return Object.entries(places).flatMap(([where, text]) =>
    [TOKEN, PARENT_TOKEN, 'GITHUB_TOKEN=', 'INPUT_TOKEN=']
      .filter((n) => text.includes(n))
      .map((n) => `${where}: ${n}`),
  );
}

describe('a chart that reads /proc/self/environ', () => {
  it('through .Files.Get gets nothing: helm keeps .Files inside the chart; no token anywhere', async () => {
    const ws = workspace('files-get', false);
    const run = await runAction({
      label: 'untrusted-files-get',
      cwd: ws,
      event: prEvent(PR),
      inputs: { mode: 'convert', chart: 'charts/leaky', output: 'k8s' },
      env: { GITHUB_TOKEN: PARENT_TOKEN },
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    const configMap = readFileSync(join(ws, 'k8s', 'base', 'configmap-leaky.yaml'), 'utf8');
    for (let i = 0; i < 4; i++) expect(configMap).toContain(`read${i}: ""`);
    expect(leaks(run, ws)).toEqual([]);
  });

  it('through a symbolic link is refused with E_CHART_SYMLINK before helm runs; no token anywhere', async () => {
    const ws = workspace('symlink', true);
    const run = await runAction({
      label: 'untrusted-symlink',
      cwd: ws,
      event: prEvent(PR),
      inputs: { mode: 'validate', chart: 'charts/leaky', output: 'k8s' },
      env: { GITHUB_TOKEN: PARENT_TOKEN },
    });
    expectExit(run, 1);
    expect(run.stdout).toContain(
      '::error::error[E_CHART_SYMLINK]: charts/leaky/environ: is a symbolic link to /proc/self/environ',
    );
    expect(run.stdout).not.toMatch(/rendered \w+ in/);
    expect(existsSync(join(ws, 'k8s'))).toBe(false);
    expect(leaks(run, ws)).toEqual([]);
  });
});
