/**
 * An environment's two renders are the same request: whichever finishes first
 * is read first (render-environments.ts). When it shows that no second render
 * is needed, the other one is stopped, not awaited, even when that other one
 * is the first render started.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertChart } from '../../actions/helm-migrate/convert-chart.js';
import { convertOptions } from '../support/convert-options.js';
import { HELMS } from '../support/tools.js';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-render-order-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** A Secret with a generated password where `generate` is on (dev), none in prod. */
async function chart(dir: string): Promise<string> {
  await mkdir(join(dir, 'templates'), { recursive: true });
  await writeFile(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: order\nversion: 0.1.0\n');
  await writeFile(join(dir, 'values.yaml'), 'generate: false\nlevel: info\n');
  await writeFile(join(dir, 'values-dev.yaml'), 'generate: true\nlevel: debug\n');
  await writeFile(join(dir, 'values-prod.yaml'), 'generate: false\nlevel: warn\n');
  await writeFile(
    join(dir, 'templates', 'secret.yaml'),
    '{{- if .Values.generate }}\napiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}-auth\n' +
      'stringData:\n  password: {{ randAlphaNum 12 | quote }}\n{{- end }}\n',
  );
  await writeFile(
    join(dir, 'templates', 'configmap.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-settings\n' +
      'data:\n  level: {{ .Values.level | quote }}\n',
  );
  return dir;
}

/**
 * helm, except that prod's first render (the one not run at the second
 * render's nice value, 15) never finishes: it records its pid and sleeps.
 */
async function slowFirstHelm(helm: string, pids: string): Promise<string> {
  const path = join(work, 'helm.sh');
  await writeFile(
    path,
    '#!/bin/sh\n' +
      'if [ "$1" = template ]; then\n' +
      '  sleep 0.3 # mmf sets the nice value just after the start\n' +
      '  case "$*" in *values-prod.yaml*) if [ "$(nice)" -lt 15 ]; then\n' +
      `    echo $$ >> '${pids}'\n` +
      '    exec sleep 100\n' +
      '  fi ;; esac\n' +
      'fi\n' +
      `exec '${helm}' "$@"\n`,
  );
  await chmod(path, 0o755);
  return path;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.each(HELMS)('render order with $label', ({ label, helm, kubectl }) => {
  test('the render that finishes first decides; the other, not needed, is stopped', async () => {
    const root = join(work, label.replace(/\W+/g, '-'));
    const dir = await chart(join(root, 'chart'));
    const pids = join(root, 'slow.pids');
    const result = await convertChart(
      convertOptions({
        chart: dir,
        output: join(root, 'out'),
        environments: ['dev', 'prod'].map((e) => `${e}=${join(dir, `values-${e}.yaml`)}`),
        release: 'order',
        namespace: 'apps',
        tools: { helm: await slowFirstHelm(helm, pids), kubectl },
      }),
    );
    expect(result.exitCode).toBe(0);
    expect(result.report.render.renderedTwice).toEqual(['dev']);
    expect(result.report.environments.map((e) => [e.name, e.parity?.identical])).toEqual([
      ['dev', true],
      ['prod', true],
    ]);
    // prod's slow first render was started, and is gone: stopped, not awaited (it would sleep 100 s).
    const slow = (await readFile(pids, 'utf8')).trim().split('\n').map(Number);
    expect(slow).toHaveLength(1);
    expect(alive(slow[0] as number)).toBe(false);
  }, 60_000);
});
