/**
 * The helm-migrate component's template against GitLab's catalog rules and this repository's
 * contracts: the `spec:inputs` header (types, defaults, options, regex, descriptions), no global
 * keywords, every input used and every used input declared, the same input names and defaults
 * as the GitHub action, one `mmf` call whose flags the CLI has, report paths the CLI writes, and
 * the inputs table of docs/GITLAB.md.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { REPORT_FILE_NAMES } from '../../actions/runtime/gitlab/report-files.js';
import { ROOT, TEMPLATE, TEMPLATE_VERSION } from './support.js';

interface InputSpec {
  type?: 'string' | 'number' | 'boolean' | 'array';
  default?: unknown;
  description?: string;
  options?: unknown[];
  regex?: string;
}

const text = readFileSync(TEMPLATE, 'utf8');
const [header, body] = parseAllDocuments(text).map((d) => d.toJS() as Record<string, unknown>) as [
  { spec: { inputs: Record<string, InputSpec> } },
  Record<string, Record<string, unknown>>,
];
const inputs = header.spec.inputs;
const typeOf = (spec: InputSpec) => spec.type ?? 'string';
const action = parse(readFileSync(join(ROOT, 'helm-migrate', 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

it('has a spec header and one job, with no global keywords', () => {
  expect(Object.keys(header)).toEqual(['spec']);
  expect(Object.keys(body)).toEqual(['$[[ inputs.job-prefix ]]helm-migrate']);
  for (const global of [
    'default',
    'stages',
    'variables',
    'workflow',
    'include',
    'image',
    'services',
    'cache',
    'before_script',
    'after_script',
  ])
    expect(body).not.toHaveProperty(global);
});

it.each(Object.entries(inputs))(
  'input %s: typed, described, and its default fits its type, options and regex',
  (_name, spec) => {
    expect(['string', 'number', 'boolean', 'array']).toContain(typeOf(spec));
    expect(spec.description?.length).toBeGreaterThan(10);
    if (spec.options) {
      expect(typeOf(spec)).not.toBe('boolean');
      expect(spec.options.length).toBeLessThanOrEqual(50);
      if (spec.default !== undefined) expect(spec.options).toContain(spec.default);
    }
    if (spec.regex) {
      expect(typeOf(spec)).toBe('string');
      expect(spec.regex).not.toMatch(/^\/.*\/$/);
      if (spec.default !== undefined) expect(new RegExp(spec.regex).test(String(spec.default))).toBe(true);
    }
    if (spec.default !== undefined) {
      const actual = Array.isArray(spec.default) ? 'array' : typeof spec.default;
      expect(actual).toBe(typeOf(spec));
    }
  },
);

it('uses every input it declares and declares every input it uses', () => {
  const used = new Set(
    [...text.split('\n---\n')[1]!.matchAll(/\$\[\[\s*inputs\.([\w-]+)\s*\]\]/g)].map((m) => m[1]),
  );
  expect([...used].sort()).toEqual(Object.keys(inputs).sort());
  expect(
    Object.entries(inputs)
      .filter(([, s]) => s.default === undefined)
      .map(([n]) => n),
  ).toEqual(['chart']);
});

it('has the GitHub action’s inputs, by name and default, plus the GitLab ones', () => {
  const githubOnly = ['token', 'check-run', 'report'];
  const shared = Object.keys(action.inputs).filter((n) => !githubOnly.includes(n));
  expect(
    Object.keys(inputs)
      .filter((n) => !shared.includes(n))
      .sort(),
  ).toEqual(['gitlab-token', 'image', 'job-prefix', 'rules', 'stage'].sort());
  for (const name of shared) {
    expect(inputs).toHaveProperty(name);
    const github = action.inputs[name]?.default ?? '';
    const gitlab = inputs[name]!.default;
    if (name === 'chart')
      expect(gitlab).toBeUndefined(); // required in every mode the component has
    else if (name === 'environments') expect(gitlab).toEqual(github === '' ? [] : github.split('\n'));
    else if (name === 'mode') expect(inputs.mode!.options).toEqual(['convert', 'validate', 'diff']);
    else expect(String(gitlab)).toBe(github);
  }
});

it('runs in merge request pipelines and on the default branch, keeps its reports when it fails', () => {
  const job = body['$[[ inputs.job-prefix ]]helm-migrate']!;
  expect(job.rules).toBe('$[[ inputs.rules ]]');
  expect(inputs.rules!.default).toEqual([
    { if: '$CI_PIPELINE_SOURCE == "merge_request_event"' },
    { if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE != "merge_request_event"' },
  ]);
  expect(job.stage).toBe('$[[ inputs.stage ]]');
  expect(job.image).toBe('$[[ inputs.image ]]');
  const folder = 'mmf-report/$[[ inputs.job-prefix ]]helm-migrate';
  expect(job.artifacts).toEqual({
    when: 'always',
    paths: [`${folder}/`],
    reports: {
      codequality: `${folder}/${REPORT_FILE_NAMES.codequality}`,
      junit: `${folder}/${REPORT_FILE_NAMES.junit}`,
      dotenv: `${folder}/${REPORT_FILE_NAMES.dotenv}`,
    },
  });
  expect((job.variables as Record<string, string>).MMF_REPORT_DIR).toBe(folder);
  expect(inputs.image!.default).toBe(`registry.gitlab.com/mmf/mmf-actions/mmf:${TEMPLATE_VERSION}`);
});

it('calls mmf once, with flags the CLI has; free-form inputs only through variables', () => {
  const job = body['$[[ inputs.job-prefix ]]helm-migrate']!;
  const script = job.script as string[];
  expect(script).toHaveLength(1);
  expect(script[0]!.match(/\bmmf\b/g)).toHaveLength(1);
  const help = spawnSync(
    process.execPath,
    [join(ROOT, 'dist', 'cli', 'index.js'), 'migrate', 'review', '--help'],
    {
      encoding: 'utf8',
    },
  ).stdout;
  const flags = [...script[0]!.matchAll(/ (--[a-z-]+)/g)].map((m) => m[1]!);
  expect(flags.length).toBeGreaterThan(10);
  for (const flag of flags) expect(help).toContain(flag);
  // Strings a user writes freely reach the command as variables, never as shell text; in the
  // command line: typed inputs, inputs with options, and job-prefix (its regex allows no quote).
  const free = Object.entries(inputs).filter(
    ([n, s]) => typeOf(s) === 'string' && !s.options && n !== 'job-prefix',
  );
  for (const [name] of free) expect(script[0]).not.toContain(`$[[ inputs.${name} ]]`);
});

it('docs/GITLAB.md lists every input with its type and default', () => {
  const text = readFileSync(join(ROOT, 'docs', 'GITLAB.md'), 'utf8');
  // The Inputs section only (the command's options have a table of their own).
  const docs = text.slice(
    text.indexOf('\n## Inputs\n'),
    text.indexOf('\n## ', text.indexOf('\n## Inputs\n') + 1),
  );
  expect(docs).toContain('| input | type | default |');
  const rows = [...docs.matchAll(/^\| `([a-z-]+)` \| (\w+) \| ([^|]+) \|/gm)].map((m) => ({
    name: m[1]!,
    type: m[2]!,
    default: m[3]!.trim(),
  }));
  expect(rows.map((r) => r.name)).toEqual(Object.keys(inputs));
  for (const row of rows) {
    const spec = inputs[row.name]!;
    expect(row.type).toBe(typeOf(spec));
    if (spec.default === undefined) expect(row.default).toBe('(mandatory)');
    else if (row.name === 'rules') expect(row.default).toBe('merge request pipelines, default branch');
    else
      expect(row.default).toBe(
        `\`${Array.isArray(spec.default) ? JSON.stringify(spec.default) : spec.default === '' ? "''" : String(spec.default)}\``,
      );
  }
});
