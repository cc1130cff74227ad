/**
 * The README's commands run as written. Its first lines are the setup and
 * main job (`npm ci`, `npm run demo`) and the test command (`npm test`);
 * every ```sh block after them is run with bash, in order, from a scratch
 * copy of the checkout (package.json, dist/, the example chart and the
 * sample inputs, committed on a `main` branch), with `mmf` put on the PATH
 * the way the README says: `npm link`, into a private npm prefix. A ```json
 * block right after a block is the exact JSON it prints.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { REPO_ROOT } from '../support/run-cli.js';

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

interface Block {
  info: string;
  body: string;
}

/** Top-level fenced blocks (the README nests none). */
function blocks(markdown: string): Block[] {
  return [...markdown.matchAll(/^```([^\n`]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    info: (m[1] as string).trim(),
    body: m[2] as string,
  }));
}

const all = blocks(README);
const shell = all.flatMap((block, i) =>
  block.info === 'sh'
    ? [{ script: block.body, json: all[i + 1]?.info === 'json' ? all[i + 1] : undefined }]
    : [],
);

const helm4 = join(REPO_ROOT, '.tools', 'helm4');
let scratch: string;
let prefix: string;

function git(...args: string[]): void {
  const run = spawnSync('git', ['-c', 'user.name=readme', '-c', 'user.email=readme@example.com', ...args], {
    cwd: scratch,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
}

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'mmf-readme-'));
  scratch = join(root, 'checkout');
  prefix = join(root, 'npm-prefix');
  for (const path of ['package.json', 'examples', join('docs', 'examples')])
    cpSync(join(REPO_ROOT, path), join(scratch, path), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'dist'), join(scratch, 'dist'));
  git('init', '-q', '-b', 'main');
  git('add', 'package.json', 'examples', 'docs');
  git('commit', '-q', '--no-gpg-sign', '-m', 'checkout');
});

afterAll(() => {
  if (scratch) rmSync(join(scratch, '..'), { recursive: true, force: true });
});

function run(script: string): { stdout: string; context: string } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: [join(prefix, 'bin'), helm4, process.env['PATH'] ?? ''].join(delimiter),
    MMF_HELM: join(helm4, 'helm'),
    MMF_KUBECTL: join(helm4, 'kubectl'),
    // `npm link` as written, into a private prefix, without network, scripts or audit.
    npm_config_prefix: prefix,
    npm_config_offline: 'true',
    npm_config_ignore_scripts: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  for (const name of ['NODE_OPTIONS', 'MMF_KUSTOMIZE', 'RUNNER_TOOL_CACHE', 'GITHUB_ACTIONS', 'COLUMNS'])
    delete env[name];
  const result = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], {
    cwd: scratch,
    env,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const context = `${script}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
  if (result.status !== 0)
    throw new Error(`exit ${String(result.status ?? result.signal)} from:\n${context}`);
  return { stdout: result.stdout, context };
}

describe('README.md', () => {
  test('starts with the setup and main job (npm ci, npm run demo) and the test command (npm test)', () => {
    expect(README).toMatch(
      /^# mmf\/actions\n\n[^\n]+\n\n```sh\nnpm ci\nnpm run demo\n```\n\nRun all tests: `npm test`\n/,
    );
    expect(shell[0]?.script).toBe('npm ci\nnpm run demo\n');
  });

  test('every command uses the example chart, and there is a block per command', () => {
    const commands = shell
      .slice(1)
      .map((b) => b.script)
      .join('\n');
    for (const command of [
      'npm link',
      'mmf migrate helm-to-kustomize',
      'mmf migrate validate-migration',
      'mmf diff',
      'mmf scaffold service',
      'mmf migrate generate-overlay',
      'mmf migrate config',
      'mmf infra config',
    ])
      expect(commands).toContain(command);
    for (const m of commands.matchAll(/--(?:chart|original-path|values)[ =](\S+)/g))
      expect(m[1]).toMatch(/^examples\/marty-service(\/|$)/);
    expect(commands).not.toMatch(/charts\/user-service/);
  });

  test('the blocks run as written, in order: npm run demo, npm link, then every mmf command', () => {
    // npm ci is what set up this checkout; the demo runs in the copy.
    const demo = run('npm run demo');
    expect(demo.stdout).toContain('parity: 3/3 environments');

    for (const block of shell.slice(1)) {
      const { stdout, context } = run(block.script);
      if (/mmf migrate (helm-to-kustomize|validate-migration)/.test(block.script) && !block.json)
        expect({ context, parity: stdout.includes('parity: 3/3 environments') }).toEqual({
          context,
          parity: true,
        });
      if (block.json) expect(JSON.parse(stdout)).toEqual(JSON.parse(block.json.body));
      if (block.script.includes('mmf --version')) expect(stdout.trim()).toMatch(/(^|\n)\d+\.\d+\.\d+$/);
    }
    // `npm link` put mmf into the prefix's bin/, pointing at the committed bundle.
    const linked = spawnSync(join(prefix, 'bin', 'mmf'), ['--version'], { encoding: 'utf8' });
    expect(linked.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
