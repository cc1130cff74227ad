#!/usr/bin/env node
// Writes the Inputs and Outputs tables of an action's README.md from its action.yml, between the
// markers `<!-- action-inputs:start -->` / `<!-- action-inputs:end -->` and
// `<!-- action-outputs:start -->` / `<!-- action-outputs:end -->`; the rest of the README is prose
// written by hand. Every <folder>/action.yml has a README.md with the markers.
//
// Usage: node scripts/generate-action-readme.mjs [--check] [--root DIR]
//   --check  change nothing; list the READMEs that are not what this writes, and exit 1 if any
//   --root   repository root (default: this one)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, root: { type: 'string' } },
});
const root = resolve(values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..'));

/** One table cell: the description on one line, `|` escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

function inputsTable(inputs) {
  const rows = Object.entries(inputs ?? {}).map(([name, spec]) => {
    const fallback = spec.default ? `\`${spec.default}\`` : spec.required ? '(required)' : '(empty)';
    return `| \`${name}\` | ${fallback} | ${cell(spec.description)} |`;
  });
  return ['| name | default | description |', '| --- | --- | --- |', ...rows].join('\n');
}

function outputsTable(outputs) {
  const rows = Object.entries(outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`,
  );
  return ['| name | description |', '| --- | --- |', ...rows].join('\n');
}

function replaceBetween(text, marker, body, file) {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file}: missing ${start} … ${end}`);
  return `${text.slice(0, from + start.length)}\n\n${body}\n\n${text.slice(to)}`;
}

const stale = [];
let done = 0;
for (const entry of readdirSync(root, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const actionFile = join(root, entry.name, 'action.yml');
  const readmeFile = join(root, entry.name, 'README.md');
  if (!existsSync(actionFile)) continue;
  if (!existsSync(readmeFile)) throw new Error(`${entry.name}/action.yml has no README.md beside it`);
  const readme = readFileSync(readmeFile, 'utf8');
  const action = parse(readFileSync(actionFile, 'utf8'));
  const relative = `${entry.name}/README.md`;
  let next = replaceBetween(readme, 'action-inputs', inputsTable(action.inputs), relative);
  next = replaceBetween(next, 'action-outputs', outputsTable(action.outputs), relative);
  done += 1;
  if (next === readme) continue;
  if (values.check) stale.push(relative);
  else writeFileSync(readmeFile, next);
}

if (stale.length) {
  for (const file of stale)
    console.error(`${file}: not what its action.yml gives; run node scripts/generate-action-readme.mjs`);
  process.exit(1);
}
console.log(`generate-action-readme: ${done} README(s) ${values.check ? 'current' : 'written'}`);
