// ESLint rule `mmf/layering`: keeps the layers of actions/ honest (docs/ARCHITECTURE.md).
//   kernel/ and <capability>/core/  pure: no fs, processes, network or @actions/*; import only kernel/ (and own core/)
//   platform/                       the world: imports kernel/ and platform/
//   runtime/                        front-end plumbing: imports kernel/, platform/, runtime/
//   <capability>/                   imports the layers above, its own files, and other capabilities via index.ts;
//                                   does its I/O through platform/ (no fs, processes or network of its own)
//   entries/                        composes capabilities (via index.ts) and runtime/; nothing imports an entry
import { dirname, relative, resolve, sep } from 'node:path';

const ACTIONS = resolve(dirname(new URL(import.meta.url).pathname), '..', '..', 'actions');
const LAYERS = new Set(['kernel', 'platform', 'runtime', 'entries']);
const WORLD = new Set([
  'fs',
  'fs/promises',
  'child_process',
  'net',
  'http',
  'https',
  'http2',
  'dgram',
  'tls',
  'dns',
  'worker_threads',
  'cluster',
]);

const WORLD_PACKAGES = [/^@actions\//, /^@octokit\//, /^undici$/, /^commander$/];

/** Where a file under actions/ sits: { layer, capability?, core }. */
function place(absolute) {
  const parts = relative(ACTIONS, absolute).split(sep);
  if (parts[0] === '..' || parts.length < 2) return undefined;
  const [top, second] = parts;
  if (LAYERS.has(top)) return { layer: top, core: false };
  return {
    layer: 'capability',
    capability: top,
    core: second === 'core',
    index: parts.length === 2 && /^index\.[jt]s$/.test(second),
  };
}

function isWorld(spec) {
  const bare = spec.replace(/^node:/, '');
  return WORLD.has(bare) || (spec.startsWith('node:') && WORLD.has(bare.split('/')[0]));
}

function check(from, spec) {
  const pure = from.layer === 'kernel' || from.core;
  if (!spec.startsWith('.')) {
    if (pure && isWorld(spec)) return `${describe(from)} is pure: ${spec} belongs in actions/platform/`;
    if (from.layer === 'capability' && isWorld(spec))
      return `${describe(from)} does its I/O through actions/platform/: ${spec} belongs in actions/platform/`;
    if (pure && WORLD_PACKAGES.some((re) => re.test(spec)))
      return `${describe(from)} is pure: ${spec} belongs in actions/platform/ or actions/runtime/`;
    if (from.layer === 'platform' && /^@actions\/(core|github)$/.test(spec))
      return `actions/platform/ does not know front ends: ${spec} belongs in actions/runtime/`;
    return undefined;
  }
  return undefined;
}

function checkTarget(from, to) {
  if (!to) return undefined;
  if (to.layer === 'entries' && from.layer !== 'entries')
    return 'nothing imports an entry (actions/entries/)';
  if (from.layer === 'kernel')
    return to.layer === 'kernel'
      ? undefined
      : `actions/kernel/ imports only actions/kernel/, not ${describe(to)}`;
  if (from.core) {
    if (to.layer === 'kernel' || (to.capability === from.capability && to.core)) return undefined;
    return `${describe(from)} is pure: it imports only actions/kernel/ and its own core/, not ${describe(to)}`;
  }
  if (from.layer === 'platform')
    return ['kernel', 'platform'].includes(to.layer)
      ? undefined
      : `actions/platform/ imports only kernel/ and platform/, not ${describe(to)}`;
  if (from.layer === 'runtime')
    return ['kernel', 'platform', 'runtime'].includes(to.layer)
      ? undefined
      : `actions/runtime/ may not import ${describe(to)}`;
  if (to.layer === 'capability' && to.capability !== from.capability && !to.index)
    return `use the ${to.capability} capability only through actions/${to.capability}/index.ts`;
  return undefined;
}

function describe(p) {
  if (p.layer !== 'capability') return `actions/${p.layer}/`;
  return p.core ? `actions/${p.capability}/core/` : `actions/${p.capability}/`;
}

export default {
  meta: { type: 'problem', docs: { description: 'keep the layers of actions/ apart' }, schema: [] },
  create(context) {
    const filename = resolve(context.filename ?? context.getFilename());
    const from = place(filename);
    if (!from) return {};
    const visit = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      let problem = check(from, spec);
      if (!problem && spec.startsWith('.'))
        problem = checkTarget(from, place(resolve(dirname(filename), spec)));
      if (problem) context.report({ node: source, message: problem });
    };
    return {
      ImportDeclaration: visit,
      ExportNamedDeclaration: visit,
      ExportAllDeclaration: visit,
      ImportExpression: visit,
    };
  },
};
