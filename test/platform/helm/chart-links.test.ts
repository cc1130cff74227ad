/**
 * Charts and values files from a pull request are untrusted: a symbolic link
 * that leads outside the chart (or a device file or FIFO) is refused before
 * helm runs, with E_CHART_SYMLINK naming the link and where it points, never
 * what is there; links inside the chart keep working and helm's own notice
 * about them reaches the user.
 */
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MmfError } from '../../../actions/kernel/errors.js';
import { openChart } from '../../../actions/platform/helm/chart-source.js';
import { renderChart } from '../../../actions/platform/helm/helm-render.js';
import { checkValuesFile } from '../../../actions/platform/helm/values-files.js';
import { runCommand } from '../../../actions/platform/process/run-command.js';
import type { HelmTool } from '../../../actions/platform/tools/resolve-tool.js';
import { HELMS } from '../../support/tools.js';

const TOKEN = 'ghs_chartLinkToken0123456789abcdef';
let work: string;
let savedToken: string | undefined;

async function rejection(promise: Promise<unknown>): Promise<MmfError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(MmfError);
    return err as MmfError;
  }
  throw new Error('expected a rejection');
}

/** A chart whose one template shows `.Files.Get "<file>"` for each file. */
async function chart(dir: string, files: string[] = []): Promise<string> {
  await mkdir(join(dir, 'templates'), { recursive: true });
  await writeFile(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: linked\nversion: 0.1.0\n');
  const data = files.map((f, i) => `  f${i}: {{ .Files.Get ${JSON.stringify(f)} | quote }}`).join('\n');
  await writeFile(
    join(dir, 'templates', 'cm.yaml'),
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: linked\ndata:\n  fixed: "yes"\n${data}\n`,
  );
  return dir;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-chart-links-'));
  savedToken = process.env.GITHUB_TOKEN;
  process.env.GITHUB_TOKEN = TOKEN;
});

afterAll(async () => {
  if (savedToken === undefined) delete process.env.GITHUB_TOKEN;
  else process.env.GITHUB_TOKEN = savedToken;
  await rm(work, { recursive: true, force: true });
});

describe('symbolic links in a chart folder', () => {
  it('refuses a link to /proc/self/environ, naming the link and its target, not the content', async () => {
    const dir = await chart(join(work, 'environ'), ['environ']);
    await symlink('/proc/self/environ', join(dir, 'environ'));
    const err = await rejection(openChart(dir));
    expect(err.code).toBe('E_CHART_SYMLINK');
    expect(err.exitCode).toBe(1);
    expect(err.file).toBe(join(dir, 'environ'));
    expect(err.message).toContain('/proc/self/environ');
    expect(err.format()).not.toContain(TOKEN);
    expect(err.format()).not.toContain('PATH=');
  });

  it('refuses a linked folder that leads outside, wherever it sits in the chart', async () => {
    const outside = join(work, 'outside-secrets');
    await mkdir(outside, { recursive: true });
    await writeFile(join(outside, 'kubeconfig'), 'token: do-not-read\n');
    const dir = await chart(join(work, 'deep'), ['files/conf/kubeconfig']);
    await mkdir(join(dir, 'files'), { recursive: true });
    await symlink('../../outside-secrets', join(dir, 'files', 'conf'));
    const err = await rejection(openChart(dir));
    expect(err.code).toBe('E_CHART_SYMLINK');
    expect(err.file).toBe(join(dir, 'files', 'conf'));
    expect(err.message).toContain(outside);
    expect(err.format()).not.toContain('do-not-read');
  });

  it('refuses a dangling link whose path leads outside, and a FIFO', async () => {
    const dangling = await chart(join(work, 'dangling'));
    await symlink('/nonexistent/mmf/secret', join(dangling, 'gone'));
    expect((await rejection(openChart(dangling))).code).toBe('E_CHART_SYMLINK');
    const fifo = await chart(join(work, 'fifo'));
    expect((await runCommand('mkfifo', [join(fifo, 'pipe')])).exitCode).toBe(0);
    const err = await rejection(openChart(fifo));
    expect(err).toMatchObject({ code: 'E_CHART_SYMLINK', file: join(fifo, 'pipe') });
    expect(err.message).toContain('FIFO');
  });

  it('refuses an escaping link inside a packaged chart and removes the unpacked copy', async () => {
    const stage = join(work, 'stage');
    const dir = await chart(join(stage, 'linked'), ['environ']);
    await symlink('/proc/self/environ', join(dir, 'environ'));
    const tgz = join(work, 'linked-0.1.0.tgz');
    expect((await runCommand('tar', ['-czf', tgz, '-C', stage, 'linked'])).exitCode).toBe(0);
    const temp = join(work, 'tmp-tgz');
    await mkdir(temp);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      const err = await rejection(openChart(tgz));
      expect(err.code).toBe('E_CHART_SYMLINK');
      expect(err.file).toBe(join(tgz, 'linked', 'environ'));
      expect(err.message).toContain('/proc/self/environ');
      expect(err.message).not.toContain(temp);
    } finally {
      process.env.TMPDIR = saved;
    }
    expect((await readdir(temp)).filter((n) => n.startsWith('mmf-chart-'))).toEqual([]);
  });

  describe.each(HELMS)('$label', ({ helm: path }) => {
    const helm = (version: string): HelmTool => ({
      name: 'helm',
      kind: 'helm',
      path,
      version,
      source: 'option',
    });

    it('keeps links inside the chart working, and passes on helm’s notice about them', async () => {
      const dir = await chart(join(work, `inside-${path.length}-${Math.random()}`), ['data/inner.txt']);
      await mkdir(join(dir, 'real'));
      await writeFile(join(dir, 'real', 'inner.txt'), 'inner content\n');
      await symlink('real', join(dir, 'data'));
      const info = await openChart(dir);
      const rendered = await renderChart(helm('v?'), {
        chartDir: info.dir,
        chartLabel: 'charts/linked',
        release: 'r',
        namespace: 'default',
        valuesFiles: [],
      });
      expect(rendered.manifests).toContain('inner content');
      expect(rendered.notices.length).toBeGreaterThan(0);
      expect(rendered.notices.join('\n')).toMatch(/symbolic link/);
      expect(rendered.notices.join('\n')).toContain('charts/linked/data');
    });

    it('gives helm no token even when a template reads its own environment', async () => {
      // This chart is rendered without openChart's check, as if a link had slipped through:
      // helm's own /proc/self/environ holds only the minimal child environment.
      const dir = await chart(join(work, `bypass-${path.length}-${Math.random()}`), [
        'environ',
        '/proc/self/environ',
        '../../../../../proc/self/environ',
      ]);
      await symlink('/proc/self/environ', join(dir, 'environ'));
      const rendered = await renderChart(helm('v?'), {
        chartDir: dir,
        chartLabel: dir,
        release: 'r',
        namespace: 'default',
        valuesFiles: [],
      });
      expect(rendered.manifests).toContain('HELM_CONFIG_HOME'); // the link was read ...
      expect(rendered.manifests).not.toContain(TOKEN); // ... and held no token
      expect(rendered.manifests).not.toContain('GITHUB_TOKEN');
    });
  });
});

describe('values files', () => {
  it('refuses a values file in the workspace that links outside it', async () => {
    const workspace = join(work, 'ws');
    await mkdir(workspace, { recursive: true });
    await symlink('/proc/self/environ', join(workspace, 'values-prod.yaml'));
    const err = await rejection(checkValuesFile(join(workspace, 'values-prod.yaml'), workspace));
    expect(err.code).toBe('E_CHART_SYMLINK');
    expect(err.message).toContain('/proc/self/environ');
    expect(err.format()).not.toContain(TOKEN);
  });

  it('refuses one that passes through a linked folder, and accepts links that stay inside', async () => {
    const workspace = join(work, 'ws2');
    const outside = join(work, 'ws2-outside');
    await mkdir(join(workspace, 'env'), { recursive: true });
    await mkdir(outside, { recursive: true });
    await writeFile(join(outside, 'values.yaml'), 'a: 1\n');
    await symlink(outside, join(workspace, 'linked'));
    const err = await rejection(checkValuesFile(join(workspace, 'linked', 'values.yaml'), workspace));
    expect(err.code).toBe('E_CHART_SYMLINK');
    expect(err.message).toContain('passes through');
    await writeFile(join(workspace, 'env', 'real.yaml'), 'a: 2\n');
    await symlink('env/real.yaml', join(workspace, 'values-dev.yaml'));
    await expect(checkValuesFile(join(workspace, 'values-dev.yaml'), workspace)).resolves.toBeUndefined();
    // A file the user names outside the workspace is their own choice.
    await expect(checkValuesFile(join(outside, 'values.yaml'), workspace)).resolves.toBeUndefined();
  });

  it('refuses a chart path in the workspace that is a link leading outside it', async () => {
    const workspace = join(work, 'ws3');
    await mkdir(workspace, { recursive: true });
    const real = await chart(join(work, 'ws3-real-chart'));
    await symlink(real, join(workspace, 'chart'));
    const err = await rejection(openChart(join(workspace, 'chart'), { root: workspace }));
    expect(err.code).toBe('E_CHART_SYMLINK');
    expect(err.message).toContain(real);
  });
});
