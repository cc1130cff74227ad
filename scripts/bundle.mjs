// Rebuilds dist/: one ncc bundle per entry point (the CLI, each action, and the umbrella dispatcher).
// CI runs it again and fails when dist/ differs from what is committed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// actions/entries/<name>.ts -> dist/<name>/index.js; the umbrella action's dispatcher is dist/main.
const entries = readdirSync(join(root, 'actions', 'entries'))
  .filter((file) => file.endsWith('.ts') && file !== 'commands.ts')
  .map((file) => file.replace(/\.ts$/, ''))
  .map((stem) => ({ name: stem === 'umbrella' ? 'main' : stem, source: `actions/entries/${stem}.ts` }));
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
for (const { name, source } of entries) {
  const out = join(root, 'dist', name);
  const tmp = join(root, 'dist', `.${name}.tmp`);
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [ncc, 'build', source, '-o', tmp, '--target', 'es2022', '--quiet', '--license', 'licenses.txt'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const bundle = join(tmp, 'index.js');
  if (name === 'cli' && !readFileSync(bundle, 'utf8').startsWith('#!')) {
    writeFileSync(bundle, '#!/usr/bin/env node\n' + readFileSync(bundle, 'utf8'));
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(dirname(out), { recursive: true });
  renameSync(tmp, out);
  console.log(`bundled ${source} -> dist/${name}/index.js`);
}
