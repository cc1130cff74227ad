/**
 * One contract for every `mmf` command, checked over the whole command tree
 * (so commands added later are held to it too):
 * - `--help` wraps at the terminal width at word boundaries, marks required
 *   options "(required)", lists the command's exit codes, and names no file
 *   users do not have; `mmf --help` lists every command with a one-line summary;
 * - `--json` prints one envelope `{command, ok, exitCode, result, error}` on
 *   stdout, for results, usage errors, MmfErrors and unexpected errors alike;
 *   two output formats at once are a usage error.
 * In process through run-cli.ts, with every capability registered (entries/commands.ts).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { buildMmfProgram, MMF_COMMANDS } from '../../actions/entries/commands.js';
import { MmfError } from '../../actions/kernel/errors.js';
import { commandPath, exitCodesOf, isRequired } from '../../actions/runtime/cli/help.js';
import type { RegisterCommands } from '../../actions/runtime/cli/program.js';
import { runCli } from '../../actions/runtime/cli/run-cli.js';
import { REPO_ROOT } from '../support/run-cli.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function mmf(
  args: readonly string[],
  columns?: number,
  registrations: readonly RegisterCommands[] = MMF_COMMANDS,
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    ...(columns ? { columns } : {}),
  };
  const code = await runCli(args, io, registrations);
  return { code, stdout, stderr };
}

function leaves(command: Command): Command[] {
  return command.commands.flatMap((c) => (c.commands.length ? leaves(c) : [c]));
}
function groups(command: Command): Command[] {
  return command.commands.filter((c) => c.commands.length).flatMap((c) => [c, ...groups(c)]);
}

const program = buildMmfProgram({ stdout: () => {}, stderr: () => {} }, { exitCode: 0 });
const LEAVES = leaves(program).map((c) => ({ path: commandPath(c), command: c }));
const ALL = [
  { path: '', command: program },
  ...groups(program).map((c) => ({ path: commandPath(c), command: c })),
  ...LEAVES,
];
const words = (path: string) => (path ? path.split(' ') : []);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-contract-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('--help of every command', () => {
  test('the tree has the commands the README documents', () => {
    expect(LEAVES.map((l) => l.path)).toEqual(
      expect.arrayContaining([
        'migrate helm-to-kustomize',
        'migrate validate-migration',
        'migrate generate-overlay',
        'migrate config',
        'diff',
        'scaffold service',
        'infra config',
      ]),
    );
  });

  test.each(ALL.map((c) => [c.path || 'mmf', c]))(
    '%s: wraps at 60 and 100 columns, lists exit codes, names no internal file',
    async (_name, { path, command }) => {
      for (const columns of [60, 100]) {
        const run = await mmf([...words(path), '--help'], columns);
        expect(run).toMatchObject({ code: 0, stderr: '' });
        const long = run.stdout.split('\n').filter((l) => l.length > columns);
        expect(long).toEqual([]);
        expect(run.stdout).toMatch(/^Exit codes:\n {2}0 {2}\S/m);
        expect(run.stdout).toMatch(/^ {2}1 {2}usage or input error/m);
        expect(run.stdout).not.toMatch(/design\.md/i);
      }
      // Paragraphs only: a line break inside a description would break mid-sentence when wrapped.
      expect(command.description()).not.toMatch(/[^\n]\n[^\n]/);
    },
  );

  test.each(LEAVES.map((c) => [c.path, c]))(
    '%s: its own exit codes, a one-line summary, and "(required)" after each required option',
    async (_name, { path, command }) => {
      const codes = exitCodesOf(command);
      expect(Object.keys(codes ?? {})).toEqual(expect.arrayContaining(['0', '1']));
      expect(command.summary()).toMatch(/^[^\n]{10,90}$/);
      const run = await mmf([...words(path), '--help'], 200);
      for (const [code, meaning] of Object.entries(codes ?? {}))
        expect(run.stdout).toContain(`  ${code}  ${meaning}`);
      for (const option of command.options.filter((o) => !o.hidden)) {
        const line = run.stdout.split('\n').find((l) => l.startsWith(`  ${option.flags} `)) ?? '';
        expect({ option: option.flags, required: line.includes('(required)') }).toEqual({
          option: option.flags,
          required: isRequired(option),
        });
      }
    },
  );

  test('mmf --help lists every runnable command with its one-line summary', async () => {
    const run = await mmf(['--help'], 200);
    for (const { path, command } of LEAVES)
      expect(run.stdout).toMatch(new RegExp(`^ {2}${path} .*\\s{2}${escape(command.summary())}$`, 'm'));
    expect(run.stdout).toContain('With --json, every command prints one JSON document');
  });

  test('the help of a command with required options shows its example, wrapped so it still pastes', async () => {
    const run = await mmf(['migrate', 'helm-to-kustomize', '--help'], 60);
    const example = run.stdout.slice(run.stdout.indexOf('Example:\n') + 'Example:\n'.length);
    expect(example.split('\n')[0]).toMatch(/^ {2}mmf migrate helm-to-kustomize( \S.*)? \\$/);
    expect(example.replace(/ \\\n +/g, ' ').trim()).toMatch(
      /^mmf migrate helm-to-kustomize --chart examples\/marty-service .* --validate$/,
    );
  });
});

describe('one spelling per concept, old spellings as hidden aliases', () => {
  const option = (command: Command, long: string) => command.options.find((o) => o.long === long);
  const at = (path: string) => (LEAVES.find((l) => l.path === path) as { command: Command }).command;

  test('every command that writes somewhere takes --output, and --output-path as a hidden alias', () => {
    const writers = LEAVES.filter(({ command }) => option(command, '--output'));
    expect(writers.map((w) => w.path).sort()).toEqual([
      'infra config',
      'migrate config',
      'migrate generate-overlay',
      'migrate helm-to-kustomize',
      'migrate review',
      'scaffold service',
    ]);
    for (const { command } of writers) expect(option(command, '--output-path')?.hidden).toBe(true);
  });

  test.each([
    ['migrate helm-to-kustomize', '--env', []],
    ['migrate validate-migration', '--env', []],
    ['migrate generate-overlay', '--env', ['--environment']],
    ['scaffold service', '--env', ['--overlays']],
    ['migrate generate-overlay', '--service-name', []],
    ['migrate config', '--service-name', []],
    ['scaffold service', '--service-name', ['--name']],
    ['migrate helm-to-kustomize', '--chart', ['--helm-chart-path']],
  ])('%s: %s (old spellings %j hidden)', (path, canonical, aliases) => {
    const command = at(path);
    expect(option(command, canonical)?.hidden).toBeFalsy();
    for (const alias of aliases) expect(option(command, alias)?.hidden).toBe(true);
    // No other visible spelling of the same thing.
    const visible = command.options.filter((o) => !o.hidden).map((o) => o.long);
    for (const other of [
      '--environment',
      '--environments',
      '--overlays',
      '--name',
      '--service',
      '--output-path',
    ])
      if (!(path === 'infra config' && other === '--name')) expect(visible).not.toContain(other);
  });
});

describe('--kube-version on every command that has it', () => {
  test.each(
    LEAVES.filter(({ command }) => command.options.some((o) => o.long === '--kube-version')).map((l) => [
      l.path,
    ]),
  )('%s --kube-version latest: E_USAGE before anything runs', async (path) => {
    const run = await mmf([...words(path), '--kube-version', 'latest', '--json']);
    expect(run.code).toBe(1);
    expect(envelope(run)).toMatchObject({
      command: path,
      error: {
        code: 'E_USAGE',
        message: expect.stringContaining("argument 'latest' is invalid. Give a Kubernetes version"),
      },
    });
    expect(await readdir(work)).toEqual([]);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The envelope, and nothing else, on stdout. */
function envelope(run: Run): Record<string, unknown> {
  const parsed = JSON.parse(run.stdout) as Record<string, unknown>;
  expect(Object.keys(parsed)).toEqual(['command', 'ok', 'exitCode', 'result', 'error']);
  expect(run.stdout).toBe(JSON.stringify(parsed, null, 2) + '\n');
  expect(parsed.exitCode).toBe(run.code);
  expect(parsed.ok).toBe(run.code === 0);
  return parsed;
}

/**
 * Commands whose every input has a default and that write nothing: they run
 * as they are (`mmf release plan` plans the repository of the current folder,
 * as its documented contract says), so they have no missing input to report.
 */
const RUN_WITHOUT_INPUT = ['release plan'];

describe('--json: one envelope for every command', () => {
  test.each(RUN_WITHOUT_INPUT.map((path) => [path]))(
    '%s needs no input: no required option, and --json runs it (an ok envelope)',
    async (path) => {
      const { command } = LEAVES.find((l) => l.path === path) as { command: Command };
      expect(command.options.filter((o) => isRequired(o))).toEqual([]);
      const run = await mmf([...words(path), '--json']);
      expect(envelope(run)).toMatchObject({ command: path, ok: true, error: null });
      expect(await readdir(work)).toEqual([]);
    },
  );

  test.each(LEAVES.filter((c) => !RUN_WITHOUT_INPUT.includes(c.path)).map((c) => [c.path, c]))(
    '%s --json without its required input: the E_USAGE envelope on stdout, the paragraph on stderr',
    async (_name, { path }) => {
      const run = await mmf([...words(path), '--json']);
      expect(run.code).toBe(1);
      const env = envelope(run);
      expect(env).toMatchObject({ command: path, result: null, error: { code: 'E_USAGE' } });
      const error = env.error as { message: string; hint: string | null };
      expect(run.stderr).toContain(`error[E_USAGE]: ${error.message}`);
      expect(error.message).toMatch(/^missing (--[a-z-]+|required argument)/);
      expect(await readdir(work)).toEqual([]);
    },
  );

  test.each([
    [['diff', 'a', '--json', '--markdown'], "option '--json' cannot be used with option '--markdown'"],
    [['diff', 'a', '--unified', '--json'], "option '--json' cannot be used with option '--unified'"],
    [['diff', 'a', '--markdown', '--unified'], "option '--markdown' cannot be used with option '--unified'"],
    [
      [
        'migrate',
        'validate-migration',
        '--original-path',
        'a',
        '--migrated-path',
        'b',
        '--markdown',
        '--json',
      ],
      "option '--json' cannot be used with option '--markdown'",
    ],
  ])('%j: two output formats are a usage error (exit 1)', async (args, message) => {
    const run = await mmf(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error[E_USAGE]: ${message}`);
    if (args.includes('--json')) expect(envelope(run)).toMatchObject({ error: { code: 'E_USAGE', message } });
    else expect(run.stdout).toBe('');
  });

  test('a result: ok, exit code 0, the command path and its result', async () => {
    const output = join(work, 'infra');
    const run = await mmf([
      'infra',
      'config',
      '--terraform-outputs',
      join(REPO_ROOT, 'docs', 'examples', 'terraform-outputs.json'),
      '--output-path', // the old spelling of --output
      output,
      '--json',
    ]);
    expect(run.code).toBe(0);
    const env = envelope(run);
    expect(env).toMatchObject({ command: 'infra config', ok: true, error: null });
    expect((env.result as { files: string[] }).files).toContain('cluster.yaml');
    expect(await readdir(output)).toContain('cluster.yaml');
    await rm(output, { recursive: true });
  });

  test('an MmfError from the command: its code, file-qualified message and hint', async () => {
    const missing = join(work, 'no-such-outputs.json');
    const run = await mmf([
      'infra',
      'config',
      '--terraform-outputs',
      missing,
      '--output',
      join(work, 'x'),
      '--json',
    ]);
    expect(run.code).toBe(1);
    expect(envelope(run)).toMatchObject({
      command: 'infra config',
      result: null,
      error: { code: 'E_INPUT_INVALID', message: `${missing}: Terraform outputs file does not exist` },
    });
    expect(await readdir(work)).toEqual([]);
  });

  test('usage errors of the root and of a group, and an unknown command', async () => {
    expect(envelope(await mmf(['--json']))).toMatchObject({ command: '', error: { code: 'E_USAGE' } });
    expect(envelope(await mmf(['migrate', '--json']))).toMatchObject({ command: 'migrate' });
    const unknown = await mmf(['migrate', 'nope', '--json']);
    expect(envelope(unknown)).toMatchObject({ command: 'migrate', error: { code: 'E_USAGE' } });
  });

  test('an unexpected failure (a bug): E_UNEXPECTED, exit 1, the stack only with --debug', async () => {
    const failing: RegisterCommands = ({ root }) => {
      root
        .command('boom')
        .option('--json')
        .exitOverride()
        .action(() => {
          throw new TypeError('cannot read x of undefined');
        });
    };
    const run = await mmf(['boom', '--json'], undefined, [failing]);
    expect(run.code).toBe(1);
    expect(envelope(run)).toMatchObject({
      command: 'boom',
      result: null,
      error: { code: 'E_UNEXPECTED', message: 'unexpected failure: cannot read x of undefined' },
    });
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect((await mmf(['boom', '--debug'], undefined, [failing])).stderr).toMatch(/^\s+at /m);
  });

  test('a failed check next to its result: E_PARITY-like failures keep the result', async () => {
    const checking: RegisterCommands = ({ root, io, state }) => {
      root
        .command('check')
        .option('--json')
        .exitOverride()
        .action(async (flags: { json?: boolean }, cmd: Command) => {
          const { printOutput } = await import('../../actions/runtime/cli/report-output.js');
          printOutput(
            io,
            state,
            commandPath(cmd),
            {
              result: { environments: 2 },
              exitCode: 3,
              text: () => 'differs\n',
              failure: new MmfError('E_PARITY', '1 of 2 environments differ: prod', { file: 'k8s' }),
            },
            flags,
          );
        });
    };
    const run = await mmf(['check', '--json'], undefined, [checking]);
    expect(run.code).toBe(3);
    expect(envelope(run)).toEqual({
      command: 'check',
      ok: false,
      exitCode: 3,
      result: { environments: 2 },
      error: { code: 'E_PARITY', message: 'k8s: 1 of 2 environments differ: prod', hint: null },
    });
    expect(run.stderr).toBe('error[E_PARITY]: k8s: 1 of 2 environments differ: prod\n');
    const text = await mmf(['check'], undefined, [checking]);
    expect(text).toMatchObject({ code: 3, stdout: 'differs\n' });
  });
});
