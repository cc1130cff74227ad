/**
 * Bad input to `mmf infra config`: exit 1, one `error[E_CODE]: <file>: <message>`
 * paragraph naming the file (and, for broken JSON, the line and column),
 * never a value from the input, nothing on stdout, and nothing written.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_TERRAFORM_OUTPUTS_BYTES } from '../../actions/infra/read-terraform-outputs.js';
import { runInfraCli } from './run-infra-cli.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'eks-outputs.json');

let work: string;
let out: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-infra-bad-'));
  out = join(work, 'new', 'infra'); // its parent does not exist either
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function input(name: string, content: string | Buffer): Promise<string> {
  const path = join(work, name);
  await writeFile(path, content);
  return path;
}

interface Expected {
  code: string;
  /** The file the error must name, right after the code. */
  file?: string;
  mentions: readonly string[];
  hint?: string;
  /** Text that must not appear anywhere in the output (values from the input). */
  secret?: string;
}

async function expectFailure(args: readonly string[], expected: Expected): Promise<void> {
  const before = (await readdir(work, { recursive: true })).sort();
  const run = await runInfraCli(['infra', 'config', ...args]);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  const start = lines.findIndex((l) => l.startsWith('error['));
  const paragraph = lines.slice(start);
  expect(paragraph[0]).toMatch(new RegExp(`^error\\[${expected.code}\\]: `));
  if (expected.file)
    expect(paragraph[0]?.startsWith(`error[${expected.code}]: ${expected.file}: `)).toBe(true);
  for (const m of expected.mentions) expect(paragraph[0]).toContain(m);
  if (expected.hint) {
    expect(paragraph[1]).toMatch(/^ {2}hint: /);
    expect(paragraph[1]).toContain(expected.hint);
  }
  expect(paragraph.length).toBeLessThanOrEqual(2);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  if (expected.secret) expect(run.stderr).not.toContain(expected.secret);
  expect((await readdir(work, { recursive: true })).sort()).toEqual(before); // nothing written, nothing left
}

const outputs = (body: Record<string, unknown>) => JSON.stringify(body, null, 2);

describe('invalid JSON', () => {
  it('names the file, the line and the column, without quoting the input', async () => {
    const path = await input(
      'outputs.json',
      '{\n  "db_password": {\n    "sensitive": true,\n    "type": "string",\n    "value": "s3cr3t-Value",\n  }\n}\n',
    );
    await expectFailure(['--terraform-outputs', path, '--output', out], {
      code: 'E_INPUT_INVALID',
      file: path,
      mentions: ['invalid JSON at line 5, column 28: trailing comma'],
      hint: 'terraform output -json > outputs.json',
      secret: 's3cr3t-Value',
    });
  });

  it.each([
    ['an empty file', '', 'line 1, column 1: unexpected end of input'],
    [
      'a truncated file',
      '{"vpc_id": {"sensitive": false, "value": "vpc-1"',
      'line 1, column 49: unexpected end of input',
    ],
    ['YAML instead of JSON', 'vpc_id:\n  value: vpc-1\n', 'line 1, column 1: expected a value'],
    ['single quotes', "{'vpc_id': 1}", 'line 1, column 2: expected a property name in double quotes'],
  ])('%s', async (_label, content, mention) => {
    const path = await input('outputs.json', content);
    await expectFailure(['--terraform-outputs', path, '--output', out], {
      code: 'E_INPUT_INVALID',
      file: path,
      mentions: [`invalid JSON at ${mention}`],
    });
  });

  // Terraform numbers are arbitrary-precision; a double would turn these into Infinity, 0 or a rounded value.
  it.each([
    ['1e400', 'is too large for a 64-bit float (it would become Infinity)'],
    ['-1e400', 'is too large for a 64-bit float (it would become Infinity)'],
    ['1e-400', 'is too small for a 64-bit float (it would become 0)'],
    ['0.10000000000000000001', 'has more digits than a 64-bit float holds (it would be rounded)'],
  ])('refuses the number %s, naming its place and never its digits', async (number, reason) => {
    const text = `{\n  "db_port": {"sensitive": true, "type": "number", "value": ${number}}\n}\n`;
    const path = await input('outputs.json', text);
    await expectFailure(['--terraform-outputs', path, '--output', out], {
      code: 'E_INPUT_INVALID',
      file: path,
      mentions: [`the number at line 2, column 61 ${reason}`],
      hint: 'tostring(',
      secret: number,
    });
  });

  it('refuses text that is not UTF-8', async () => {
    const path = await input('outputs.json', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    await expectFailure(['--terraform-outputs', path, '--output', out], {
      code: 'E_INPUT_INVALID',
      file: path,
      mentions: ['is not UTF-8 text'],
    });
  });
});

describe('JSON of the wrong shape', () => {
  it.each<[string, string, readonly string[], string?]>([
    ['an array', '[{"sensitive": false, "value": 1}]', ['found an array']],
    [
      'one output’s value (terraform output -json <name>)',
      '"https://x.eks.amazonaws.com"',
      ['found a string'],
      'without a name',
    ],
    ['null', 'null', ['found null']],
    ['no outputs at all', '{}', ['holds no outputs'], 'terraform apply'],
    [
      'an output without "value"',
      outputs({ vpc_id: { sensitive: false, type: 'string' } }),
      ['output "vpc_id" has no "value"'],
    ],
    [
      'an output that is not an object',
      outputs({ vpc_id: 'vpc-1' }),
      ['output "vpc_id" is a string, expected an object'],
    ],
    [
      'an output without "sensitive"',
      outputs({ db_password: { type: 'string', value: 'hunter2-value' } }),
      ['output "db_password" has no "sensitive" flag'],
    ],
    [
      'a non-boolean "sensitive"',
      outputs({ db_password: { sensitive: 'yes', value: 'hunter2-value' } }),
      ['non-boolean "sensitive" (a string)'],
    ],
    [
      'a name Terraform would not accept',
      outputs({ '1st output': { sensitive: false, value: 'x' } }),
      ['not a Terraform output name'],
    ],
    [
      'terraform show -json (state)',
      outputs({ format_version: '1.0', terraform_version: '1.9.0', values: {} }),
      ['`terraform show -json` output'],
    ],
    [
      'two outputs with the same key',
      outputs({ 'db-host': { sensitive: false, value: 'a' }, db_host: { sensitive: false, value: 'b' } }),
      ['outputs "db-host" and "db_host" would both be the key DB_HOST'],
    ],
  ])('%s', async (...row) => {
    // A rest parameter, so that jest does not take the optional hint for a `done` callback.
    const [, content, mentions, hint] = row;
    const path = await input('outputs.json', content);
    await expectFailure(['--terraform-outputs', path, '--output', out], {
      code: 'E_INPUT_INVALID',
      file: path,
      mentions,
      ...(hint ? { hint } : {}),
      secret: 'hunter2-value',
    });
  });
});

describe('the input file', () => {
  it('does not exist', async () => {
    const path = join(work, 'missing', 'outputs.json');
    await expectFailure(['--terraform-outputs', path, '--output', out], {
      code: 'E_INPUT_INVALID',
      file: path,
      mentions: ['does not exist'],
      hint: 'terraform output -json > outputs.json',
    });
  });

  it('is a directory', async () => {
    await mkdir(join(work, 'outputs.json'));
    await expectFailure(['--terraform-outputs', join(work, 'outputs.json'), '--output', out], {
      code: 'E_INPUT_INVALID',
      file: join(work, 'outputs.json'),
      mentions: ['is not a file'],
    });
  });

  it('is larger than the bound (checked before reading)', async () => {
    const path = await input('outputs.json', '{}');
    await truncate(path, MAX_TERRAFORM_OUTPUTS_BYTES + 1); // sparse: nothing is really written
    await expectFailure(['--terraform-outputs', path, '--output', out], {
      code: 'E_INPUT_TOO_LARGE',
      file: path,
      mentions: [`larger than ${MAX_TERRAFORM_OUTPUTS_BYTES} bytes`],
    });
  });

  it('is accepted as the UTF-16 that Windows PowerShell writes', async () => {
    const utf8 = await readFile(FIXTURE, 'utf8');
    const path = await input(
      'outputs.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]),
    );
    const run = await runInfraCli(['infra', 'config', '--terraform-outputs', path, '--output', out]);
    expect(run.stderr).not.toContain('error[');
    expect(run.code).toBe(0);
  });
});

describe('the output folder', () => {
  it('is not empty: refused, and left as it was', async () => {
    const path = join(work, 'outputs.json');
    await copyFile(FIXTURE, path);
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'keep.txt'), 'mine');
    await expectFailure(['--terraform-outputs', path, '--output', out], {
      code: 'E_OUTPUT_NOT_EMPTY',
      file: out,
      mentions: ['not empty'],
      hint: '--force',
    });
    expect(await readFile(join(out, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('holds the input: refused even with --force', async () => {
    const path = join(work, 'outputs.json');
    await copyFile(FIXTURE, path);
    await expectFailure(['--terraform-outputs', path, '--output', work, '--force'], {
      code: 'E_OUTPUT_NOT_EMPTY',
      file: work,
      mentions: ['refusing to replace a folder that holds', 'outputs.json'],
    });
  });
});

describe('names that are not DNS-1123', () => {
  it.each<[string, readonly string[], string, string?]>([
    [
      '--name',
      ['--name', 'Infra_Config'],
      '--name "Infra_Config" may hold only lower-case letters',
      'such as infra-config',
    ],
    ['--name', ['--name', '-infra'], '--name "-infra"', 'such as infra'],
    ['--name', ['--name', 'a'.repeat(56)], 'is 56 characters long (at most 55)'],
    [
      '--namespace',
      ['--namespace', 'Prod'],
      '--namespace "Prod" may hold only lower-case letters',
      'such as prod',
    ],
    ['--namespace', ['--namespace', 'my.ns'], '--namespace "my.ns"', 'such as my-ns'],
  ])('%s %j', async (...row) => {
    const [, flags, mention, hint] = row;
    const path = join(work, 'outputs.json');
    await copyFile(FIXTURE, path);
    await expectFailure(['--terraform-outputs', path, '--output', out, ...flags], {
      code: 'E_NAME_INVALID',
      mentions: [mention],
      ...(hint ? { hint } : {}),
    });
  });
});

describe('usage', () => {
  it.each([
    [['--output', 'x'], 'missing --terraform-outputs <file>'],
    [['--terraform-outputs', 'outputs.json'], 'missing --output <dir>'],
    [['--terraform-outputs', 'o.json', '--output', 'x', '--bogus'], "unknown option '--bogus'"],
  ])('%j', async (args, mention) => {
    await expectFailure(args, { code: 'E_USAGE', mentions: [mention] });
  });
});
