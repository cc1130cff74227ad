/**
 * Output is never lost or half-written, through the bundled CLI run as a
 * child process: SIGINT/SIGTERM while rendering, writing or validating remove
 * the staging folder (it holds Secret values), the lock and every temporary
 * folder, and exit 130/143; a second conversion into the same output while
 * one runs fails at once with E_OUTPUT_LOCKED; a stale lock is taken over.
 *
 * Phases are observed on the CLI's stderr progress lines, never by timing:
 * helm (or kubectl) is a wrapper around the real binary that holds the
 * `template` (or `kustomize`) call open until the process is stopped.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BUNDLE, CLI_HELMS, CLI_KUBECTL, cliEnv, REPO_ROOT, runMigrate } from '../support/run-cli.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'marty-service');
const ENVS = ['dev', 'prod'].flatMap((e) => ['--env', `${e}=${join(EXAMPLE, `values-${e}.yaml`)}`]);
const HELM = CLI_HELMS[1].helm;

let work: string;
beforeAll(async () => {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run npm run bundle`);
  work = await mkdtemp(join(tmpdir(), 'mmf-cli-interrupt-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** A wrapper that runs `real` for everything but `held`, which it holds open until killed. */
async function holding(name: string, real: string, held: string): Promise<string> {
  const path = join(work, `${name}-${Math.random().toString(36).slice(2)}`);
  await writeFile(path, `#!/bin/sh\nif [ "$1" = ${held} ]; then exec sleep 3600; fi\nexec '${real}' "$@"\n`);
  await chmod(path, 0o755);
  return path;
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  stderr: () => string;
  /** Resolves once stderr has a line matching `pattern`. */
  waitFor: (pattern: RegExp) => Promise<void>;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, [CLI_BUNDLE, 'migrate', 'helm-to-kustomize', ...args], {
    cwd: REPO_ROOT,
    env: cliEnv(HELM, env),
  });
  let err = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
    for (const w of waiters.splice(0)) (w.pattern.test(err) ? w.resolve : () => waiters.push(w))();
  });
  child.stdout.resume();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    stderr: () => err,
    waitFor: (pattern) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(err)) return resolve();
        waiters.push({ pattern, resolve });
        void done.then(() =>
          pattern.test(err) ? resolve() : reject(new Error(`exited before ${pattern}:\n${err}`)),
        );
      }),
    done,
  };
}

/** Everything in `dir`, recursively (relative paths). */
async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const)('%s', (signal, exitCode) => {
  it.each([
    ['rendering', /^Chart marty-service/m, 'helm'],
    ['writing', /^ {2}writing \d+ files/m, 'kubectl'],
    ['validation', /^ {2}validating: building/m, 'kubectl'],
  ] as const)(
    `during %s removes the staging folder, the lock and every temporary folder, and exits ${exitCode}`,
    async (phase, line, held) => {
      const root = await mkdtemp(join(work, `${phase}-${signal}-`));
      const childTmp = join(root, 'tmp');
      await mkdir(childTmp);
      const parent = join(root, 'project');
      await mkdir(parent);
      // A packaged chart, so an unpacked copy sits in TMPDIR while rendering.
      const tgz = join(root, 'marty-service.tgz');
      expect(spawnSync('tar', ['-czf', tgz, '-C', join(EXAMPLE, '..'), 'marty-service']).status).toBe(0);
      const env: Record<string, string> = { TMPDIR: childTmp };
      if (held === 'helm') env.MMF_HELM = await holding('helm', HELM, 'template');
      else env.MMF_KUBECTL = await holding('kubectl', CLI_KUBECTL, 'kustomize');
      const run = start(['--chart', tgz, ...ENVS, '--output', join(parent, 'k8s'), '--validate'], env);
      await run.waitFor(line);
      if (phase !== 'rendering') expect(run.stderr()).toMatch(/rendered prod/);
      run.child.kill(signal);
      const { code } = await run.done;
      expect([code, run.stderr()]).toEqual([exitCode, expect.stringContaining(`interrupted by ${signal}`)]);
      expect(await listing(parent)).toEqual([]); // no output, no staging folder, no lock
      expect(await listing(childTmp)).toEqual([]); // no unpacked chart, no private home
    },
  );
});

describe('the lock beside the output', () => {
  it('makes a second conversion into the same output fail at once with E_OUTPUT_LOCKED', async () => {
    const root = await mkdtemp(join(work, 'locked-'));
    const output = join(root, 'k8s');
    const first = start(['--chart', EXAMPLE, ...ENVS, '--output', output], {
      MMF_HELM: await holding('helm', HELM, 'template'),
      TMPDIR: root,
    });
    await first.waitFor(/^Chart marty-service/m);
    const second = await runMigrate(['--chart', EXAMPLE, ...ENVS, '--output', output, '--force']);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `error\\[E_OUTPUT_LOCKED\\]: ${output}: another run is writing this output \\(process ${first.child.pid}, since `,
      ),
    );
    expect(second.stderr).not.toContain('Using helm'); // refused before any tool was looked for
    first.child.kill('SIGTERM');
    expect((await first.done).code).toBe(143);
    expect((await readdir(root)).filter((n) => n.startsWith('.k8s.'))).toEqual([]);
  });

  it('takes over the stale lock of a process that no longer runs, says so, and converts', async () => {
    const root = await mkdtemp(join(work, 'stale-'));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid as number;
    await writeFile(
      join(root, '.k8s.mmf-lock'),
      JSON.stringify({ pid: dead, host: hostname(), since: '2024-05-01T10:00:00.000Z' }),
    );
    const run = await runMigrate(['--chart', EXAMPLE, ...ENVS, '--output', join(root, 'k8s')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `warning: took over the lock ${join(root, '.k8s.mmf-lock')} of process ${dead} (since 2024-05-01T10:00:00.000Z), which no longer runs`,
    );
    expect((await readdir(root)).sort()).toEqual(['k8s']);
  });
});

describe('the output folder inside the chart', () => {
  it('is refused with E_OUTPUT_INSIDE_INPUT, with or without --force, and nothing is written', async () => {
    const chart = join(await mkdtemp(join(work, 'inside-')), 'chart');
    await cp(EXAMPLE, chart, { recursive: true });
    const before = await listing(chart);
    for (const force of [[], ['--force']]) {
      const run = await runMigrate(['--chart', chart, '--output', join(chart, 'k8s'), ...force]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `error[E_OUTPUT_INSIDE_INPUT]: ${join(chart, 'k8s')}: is inside the input folder ${chart}`,
      );
      expect(await listing(chart)).toEqual(before);
    }
  });
});
