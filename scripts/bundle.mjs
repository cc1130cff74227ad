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
const EXPECTED = new Set(['index.js', 'licenses.txt', 'package.json']);
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
  // ncc copies files it believes the code reads (e.g. a path.resolve(x, 'report.json') that matches a
  // file on this machine) next to the bundle; such a bundle depends on the build machine: refuse it.
  const emitted = readdirSync(tmp, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(tmp.length + 1))
    // Code split off by a dynamic import() (libraries loaded on first use): <id>.index.js.
    .filter((file) => !EXPECTED.has(file) && !/^\d+\.index\.js$/.test(file));
  if (emitted.length) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(
      `ncc emitted files besides the bundle for ${source}: ${emitted.join(', ')}. Build such paths from variables, not a literal file name ncc can resolve.`,
    );
  }
  const bundle = join(tmp, 'index.js');
  if (name === 'cli' && !readFileSync(bundle, 'utf8').startsWith('#!')) {
    writeFileSync(bundle, '#!/usr/bin/env node\n' + readFileSync(bundle, 'utf8'));
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(dirname(out), { recursive: true });
  renameSync(tmp, out);
  console.log(`bundled ${source} -> dist/${name}/index.js`);
}
