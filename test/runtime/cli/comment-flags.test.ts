/**
 * The GitLab note flags `mmf ci report|run` and `mmf migrate review` share
 * (runtime/cli/comment-flags.ts): parsing, defaults, the messages of bad
 * values, and the help of both commands.
 */
import { Command } from 'commander';
import { MMF_COMMANDS } from '../../../actions/entries/commands.js';
import { addGitLabNoteFlags, type GitLabNoteFlags } from '../../../actions/runtime/cli/comment-flags.js';
import { runCli } from '../../../actions/runtime/cli/run-cli.js';

function parse(args: readonly string[]): GitLabNoteFlags {
  const command = addGitLabNoteFlags(new Command('x'), 'the job name').exitOverride();
  command.configureOutput({ writeErr: () => undefined });
  return command.parse(args, { from: 'user' }).opts<GitLabNoteFlags>();
}

async function mmf(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), columns: 200 },
    MMF_COMMANDS,
  );
  return { code, stdout, stderr };
}

test('defaults: a note, keyed by default, in at most 2 parts', () => {
  expect(parse([])).toEqual({ comment: true, maxCommentParts: 2 });
});

test('parses true/false, a key and a part count from 1 to 50', () => {
  expect(parse(['--comment', 'false', '--comment-id', 'cart', '--max-comment-parts', '50'])).toEqual({
    comment: false,
    commentId: 'cart',
    maxCommentParts: 50,
  });
  expect(parse(['--comment', 'true', '--max-comment-parts', '1'])).toMatchObject({
    comment: true,
    maxCommentParts: 1,
  });
});

test.each([
  [['--comment', 'yes'], "option '--comment <true|false>' argument 'yes' is invalid. Give true or false."],
  [['--comment', 'TRUE'], "option '--comment <true|false>' argument 'TRUE' is invalid. Give true or false."],
  [
    ['--max-comment-parts', '0'],
    "option '--max-comment-parts <n>' argument '0' is invalid. Give a whole number from 1 to 50.",
  ],
  [
    ['--max-comment-parts', '51'],
    "option '--max-comment-parts <n>' argument '51' is invalid. Give a whole number from 1 to 50.",
  ],
  [
    ['--max-comment-parts', '1.5'],
    "option '--max-comment-parts <n>' argument '1.5' is invalid. Give a whole number from 1 to 50.",
  ],
])('%j is refused: %s', (args, message) => {
  expect(() => parse(args)).toThrow(`error: ${message}`);
});

test.each([
  ['ci report', 'the job name'],
  ['ci run', 'the job name'],
  ['migrate review', 'job, chart, mode and output'],
])('mmf %s --help lists the three flags, with its own default key', async (command, key) => {
  const { code, stdout } = await mmf([...command.split(' '), '--help']);
  expect(code).toBe(0);
  const lines = stdout.split('\n').filter((l) => /^ {2}--(comment|comment-id|max-comment-parts) /.test(l));
  expect(lines.map((l) => l.trim().replace(/ {2,}/, ' | '))).toEqual([
    '--comment <true|false> | --gitlab: write the sticky merge request note (default: true)',
    `--comment-id <key> | --gitlab: key of the sticky note (default: ${key})`,
    '--max-comment-parts <n> | --gitlab: most notes one report may take (default: 2)',
  ]);
});

test('a bad value on either command is the same usage error (exit 1, E_USAGE)', async () => {
  for (const command of [
    ['ci', 'report'],
    ['migrate', 'review', '--chart', 'c'],
  ]) {
    const run = await mmf([...command, '--max-comment-parts', '0', '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      exitCode: 1,
      error: {
        code: 'E_USAGE',
        message:
          "option '--max-comment-parts <n>' argument '0' is invalid. Give a whole number from 1 to 50.",
      },
    });
  }
});
