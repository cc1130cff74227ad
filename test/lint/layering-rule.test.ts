import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Linter, type Rule } from 'eslint';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const { default: layering } = (await import(
  pathToFileURL(join(root, 'scripts', 'eslint', 'layering.js')).href
)) as { default: Rule.RuleModule };

const linter = new Linter({ configType: 'flat', cwd: root });
const config = [
  {
    files: ['**/*.ts'],
    languageOptions: { ecmaVersion: 'latest' as const, sourceType: 'module' as const },
    plugins: { mmf: { rules: { layering } } },
    rules: { 'mmf/layering': 'error' as const },
  },
];

/** The layering messages for `code` as if it were the file at `path` (relative to the repository). */
function lint(path: string, code: string): string[] {
  return linter.verify(code, config, { filename: join(root, path) }).map((m) => m.message);
}

describe('mmf/layering: capabilities do their I/O through actions/platform/', () => {
  it('refuses fs, child_process and network modules in a capability file outside core/', () => {
    const messages = lint(
      'actions/overlay/some-run.ts',
      [
        "import { readFile } from 'node:fs/promises';",
        "import { spawn } from 'child_process';",
        "export const load = () => import('node:net');",
      ].join('\n'),
    );
    expect(messages).toEqual([
      'actions/overlay/ does its I/O through actions/platform/: node:fs/promises belongs in actions/platform/',
      'actions/overlay/ does its I/O through actions/platform/: child_process belongs in actions/platform/',
      'actions/overlay/ does its I/O through actions/platform/: node:net belongs in actions/platform/',
    ]);
  });

  it('leaves path, os and url alone, and lets platform/ and runtime/ touch the world', () => {
    const code =
      "import { join } from 'node:path';\nimport { tmpdir } from 'node:os';\nimport { readFile } from 'node:fs/promises';";
    expect(lint('actions/platform/fs/some-reader.ts', code)).toEqual([]);
    expect(lint('actions/runtime/cli/some-output.ts', code)).toEqual([]);
    expect(
      lint(
        'actions/scaffold/some-run.ts',
        "import { join } from 'node:path';\nimport { tmpdir } from 'node:os';",
      ),
    ).toEqual([]);
  });

  it('keeps calling core/ pure', () => {
    expect(lint('actions/infra/core/some-plan.ts', "import { stat } from 'node:fs/promises';")).toEqual([
      'actions/infra/core/ is pure: node:fs/promises belongs in actions/platform/',
    ]);
  });
});
