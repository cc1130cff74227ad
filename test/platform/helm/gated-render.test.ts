/**
 * A render started before its chart is checked (renderChart with a gate):
 * helm starts at once but reads nothing of the chart or its values files
 * until the gate opens, renders exactly what an ungated render does once it
 * opens, and is stopped unread when the gate is rejected.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderChart, type RenderRequest } from '../../../actions/platform/helm/helm-render.js';
import { runCommand } from '../../../actions/platform/process/run-command.js';
import type { HelmTool } from '../../../actions/platform/tools/resolve-tool.js';
import { HELMS } from '../../support/tools.js';

let work: string;
let request: RenderRequest;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-gated-render-'));
  const chart = join(work, 'chart');
  await mkdir(join(chart, 'templates'), { recursive: true });
  await writeFile(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: gated\nversion: 0.1.0\n');
  await writeFile(join(chart, 'values.yaml'), 'greeting: hello\nreplicas: 1\n');
  await writeFile(
    join(chart, 'templates', 'cm.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n' +
      '  greeting: {{ .Values.greeting | quote }}\n  replicas: {{ .Values.replicas | quote }}\n',
  );
  await writeFile(join(work, 'prod.yaml'), 'greeting: bonjour\n');
  request = {
    chartDir: chart,
    chartLabel: 'chart',
    release: 'rel',
    namespace: 'ns',
    valuesFiles: [join(work, 'prod.yaml')],
  };
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const tool = (path: string): HelmTool => ({
  name: 'helm',
  kind: 'helm',
  path,
  version: 'v0',
  source: 'path',
});

describe.each(HELMS)('a gated render with $label', ({ helm }) => {
  it('renders what an ungated render does, once the gate opens, timed from then', async () => {
    const plain = await renderChart(tool(helm), request);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const gated = renderChart(tool(helm), request, gate);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const opened = performance.now();
    open();
    const result = await gated;
    expect(result.manifests).toBe(plain.manifests);
    expect(result.manifests).toContain('greeting: "bonjour"');
    expect(result.durationMs).toBeLessThanOrEqual(performance.now() - opened + 1);
  });
});

describe('the gate', () => {
  /** A stand-in helm that records its arguments, then reads stdin and records that it got past it. */
  async function recordingHelm(name: string): Promise<{ path: string; log: string }> {
    const path = join(work, `${name}.sh`);
    const log = join(work, `${name}.log`);
    await writeFile(
      path,
      // `read` is a shell builtin: killing the shell leaves no child holding the pipes.
      `#!/bin/sh\nprintf '%s\\n' "$@" > '${log}'\nIFS= read -r line\nprintf '%s\\n' "$line" > '${log}.stdin'\n` +
        `echo read-the-chart >> '${log}'\n`,
    );
    await chmod(path, 0o755);
    return { path, log };
  }

  it('gives helm its stdin as the first values file, before the user values', async () => {
    const fake = await recordingHelm('args');
    await renderChart(tool(fake.path), request, Promise.resolve());
    const args = (await readFile(fake.log, 'utf8')).trim().split('\n');
    expect(args.slice(args.indexOf('--include-crds') + 1, args.indexOf('--include-crds') + 5)).toEqual([
      '--values',
      '-',
      '--values',
      join(work, 'prod.yaml'),
    ]);
    expect(await readFile(`${fake.log}.stdin`, 'utf8')).toBe('{}\n');
    expect(args).toContain('read-the-chart');
  });

  it('rejected: helm is killed while it waits, so it never gets past its stdin', async () => {
    const fake = await recordingHelm('stopped');
    let stop!: (err: Error) => void;
    const gate = new Promise<void>((_, reject) => (stop = reject));
    const render = renderChart(tool(fake.path), request, gate);
    // Wait until the stand-in has started and is blocked on its stdin.
    for (let i = 0; i < 200 && !existsSync(fake.log); i++) await new Promise((r) => setTimeout(r, 10));
    expect(existsSync(fake.log)).toBe(true);
    stop(new Error('the chart was refused'));
    await expect(render).rejects.toThrow();
    expect(await readFile(fake.log, 'utf8')).not.toContain('read-the-chart');
  });

  it('stopped by its signal after the gate opened: helm is killed, running or not, and the render fails', async () => {
    const dir = await mkdtemp(join(work, 'dropped-'));
    const path = join(dir, 'helm');
    const log = join(dir, 'log');
    // Reads its input, says so, then would render for ten minutes.
    await writeFile(path, `#!/bin/sh\nIFS= read -r line\necho read > '${log}'\nexec sleep 600\n`);
    await chmod(path, 0o755);
    const stop = new AbortController();
    const render = renderChart(tool(path), request, Promise.resolve(), { niceness: 15, signal: stop.signal });
    for (let i = 0; i < 300 && !existsSync(log); i++) await new Promise((r) => setTimeout(r, 10));
    expect(existsSync(log)).toBe(true);
    stop.abort();
    // Settles long before the ten minutes are up (the test's timeout would fail it otherwise).
    await expect(render).rejects.toThrow(/could not render/);
    // Already aborted (e.g. while it waited for a tool slot): never started.
    await rm(log);
    await expect(renderChart(tool(path), request, undefined, { signal: stop.signal })).rejects.toThrow(
      /stopped: not needed/,
    );
    expect(existsSync(log)).toBe(false);
  });

  it('runCommand without input gives the child an empty stdin at once', async () => {
    const result = await runCommand('/bin/sh', ['-c', 'cat; echo done']);
    expect(result.stdout).toBe('done\n');
  });

  (process.platform === 'linux' ? it : it.skip)(
    'runCommand with niceness: the child runs at that nice value',
    async () => {
      // The shell waits for its input, so the `cut` it then starts comes after the renice.
      const niceOf = async (niceness?: number) =>
        (
          await runCommand('/bin/sh', ['-c', "read -r go; cut -d' ' -f19 /proc/self/stat"], {
            input: Promise.resolve('go\n'),
            ...(niceness ? { niceness } : {}),
          })
        ).stdout.trim();
      const own = Number(await niceOf());
      expect(Number(await niceOf(10))).toBe(Math.max(10, own));
    },
  );

  it('runCommand with input: the child reads it when it is known', async () => {
    let give!: (text: string) => void;
    const input = new Promise<string>((resolve) => (give = resolve));
    const running = runCommand('/bin/sh', ['-c', 'cat; echo " end"'], { input });
    setTimeout(() => give('late input'), 50);
    expect((await running).stdout).toBe('late input end\n');
  });
});
