/**
 * The converter starts helm before it has checked the chart (start-renders.ts):
 * those renders wait at their gate, read the chart only once every check
 * passed, and are stopped unread when a check fails. With the release taken
 * from Chart.yaml or given, the result is the same as without them.
 */
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { convertChart } from '../../actions/helm-migrate/convert-chart.js';
import { startEarlyRenders } from '../../actions/helm-migrate/start-renders.js';
import { MmfError } from '../../actions/kernel/errors.js';
import { convertOptions } from '../support/convert-options.js';
import { HELMS } from '../support/tools.js';

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-early-renders-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function chart(dir: string): Promise<string> {
  await mkdir(join(dir, 'templates'), { recursive: true });
  await writeFile(
    join(dir, 'Chart.yaml'),
    'apiVersion: v2\nname: "early"  # the release by default\nversion: 0.1.0\n',
  );
  await writeFile(join(dir, 'values.yaml'), 'size: small\n');
  await writeFile(
    join(dir, 'templates', 'cm.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-settings\ndata:\n  size: {{ .Values.size | quote }}\n',
  );
  await writeFile(join(dir, 'values-prod.yaml'), 'size: large\n');
  return dir;
}

/** A helm stand-in: answers `version`, and for `template` records that it started, then that it read its stdin. */
async function recordingHelm(log: string): Promise<string> {
  const path = join(work, 'helm.sh');
  await writeFile(
    path,
    '#!/bin/sh\n' +
      'if [ "$1" = version ]; then echo v3.18.0; exit 0; fi\n' +
      `echo started >> '${log}'\n` +
      'IFS= read -r line\n' +
      `echo read-the-chart >> '${log}'\n` +
      'exit 1\n',
  );
  await chmod(path, 0o755);
  return path;
}

describe('early renders', () => {
  it('a chart refused for a symbolic link: helm, started early, is stopped before it read anything', async () => {
    const dir = await chart(join(work, 'linked'));
    await symlink('/etc/hostname', join(dir, 'templates', 'hostname.txt'));
    const log = join(work, 'helm.log');
    const helm = await recordingHelm(log);
    const cwd = process.cwd();
    process.chdir(work); // the chart lies inside the workspace, where a link out is refused
    let error: unknown;
    try {
      await convertChart(
        convertOptions(
          {
            chart: 'linked',
            output: join(work, 'out-linked'),
            environments: ['dev=linked/values.yaml', 'prod=linked/values-prod.yaml'],
            release: 'early',
            namespace: 'apps',
            tools: { helm, kubectl: HELMS[1].kubectl },
          },
          { validate: false },
        ),
      );
    } catch (err) {
      error = err;
    } finally {
      process.chdir(cwd);
    }
    expect(error).toBeInstanceOf(MmfError);
    expect((error as MmfError).code).toBe('E_CHART_SYMLINK');
    // Under load the check can end before a stand-in got to say it started; it never reads on.
    const lines = existsSync(log) ? (await readFile(log, 'utf8')).trim().split('\n') : [];
    expect(lines.every((line) => line === 'started')).toBe(true);
    expect(await readdir(work)).not.toContain('out-linked');
  });

  it('startEarlyRenders: the renders start and wait; aborted, they exit without reading the chart', async () => {
    const dir = await chart(join(work, 'waiting'));
    const log = join(work, 'waiting.log');
    const helm = await recordingHelm(log);
    const abort = new AbortController();
    const early = await startEarlyRenders(
      { name: 'helm', kind: 'helm', path: helm, version: 'v3.18.0', source: 'path' },
      dir,
      { chartLabel: 'waiting', namespace: 'apps', apiVersions: [] },
      [
        { name: 'dev', valuesFiles: [] },
        { name: 'prod', valuesFiles: [join(dir, 'values-prod.yaml')] },
      ],
      abort.signal,
    );
    expect(early?.release).toBe('early'); // from Chart.yaml's name line
    expect([...(early?.first.keys() ?? [])]).toEqual(['dev', 'prod']);
    for (let i = 0; i < 300; i++) {
      if (existsSync(log) && (await readFile(log, 'utf8')).split('started').length === 3) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect((await readFile(log, 'utf8')).trim().split('\n')).toEqual(['started', 'started']);
    abort.abort();
    await early?.settled();
    expect((await readFile(log, 'utf8')).trim().split('\n')).toEqual(['started', 'started']);
  });

  it('startEarlyRenders starts nothing for a packaged chart or a Chart.yaml that is a link', async () => {
    const dir = await chart(join(work, 'linked-chart-yaml'));
    await rm(join(dir, 'Chart.yaml'));
    await writeFile(join(work, 'elsewhere.yaml'), 'name: elsewhere\nversion: 1.0.0\n');
    await symlink(join(work, 'elsewhere.yaml'), join(dir, 'Chart.yaml'));
    const helm = {
      name: 'helm',
      kind: 'helm',
      path: '/bin/false',
      version: 'v3.18.0',
      source: 'path',
    } as const;
    const target = { chartLabel: 'x', namespace: 'apps', apiVersions: [] };
    const envs = [{ name: 'dev', valuesFiles: [] }];
    const signal = new AbortController().signal;
    expect(await startEarlyRenders(helm, dir, target, envs, signal)).toBeUndefined();
    await writeFile(join(work, 'chart.tgz'), 'not really');
    expect(await startEarlyRenders(helm, join(work, 'chart.tgz'), target, envs, signal)).toBeUndefined();
  });

  it.each(HELMS)(
    'with the release from Chart.yaml ($label): the same tree and parity as a given release',
    async (tools) => {
      const dir = await chart(join(work, `plain-${tools.label.replace(/\W/g, '')}`));
      const envs = [`dev=${join(dir, 'values.yaml')}`, `prod=${join(dir, 'values-prod.yaml')}`];
      const target = { chart: dir, environments: envs, namespace: 'apps', tools };
      const implied = await convertChart(
        convertOptions(
          { ...target, release: 'early', output: join(dir, '..', `${tools.label}-implied`) },
          {
            release: undefined,
          },
        ),
      );
      const given = await convertChart(
        convertOptions({ ...target, release: 'early', output: join(dir, '..', `${tools.label}-given`) }),
      );
      expect(implied.exitCode).toBe(0);
      expect(implied.report.release).toBe('early');
      for (const env of ['dev', 'prod'])
        expect(await readFile(join(implied.output, 'overlays', env, 'kustomization.yaml'), 'utf8')).toBe(
          await readFile(join(given.output, 'overlays', env, 'kustomization.yaml'), 'utf8'),
        );
      expect(await readFile(join(implied.output, 'base', 'configmap-early-settings.yaml'), 'utf8')).toContain(
        'name: early-settings',
      );
    },
  );
});
