import semver from 'semver';
import { MmfError } from '../../kernel/errors.js';
import { isObject, type JsonValue } from '../../kernel/json.js';
import { parseAllDocuments } from 'yaml';
import { DEFAULT_VERSION_RULES, type VersionRules } from './next-version.js';
import { checkTagFormat } from './tag-format.js';

/** Where `mmf release` looks for its configuration, relative to the repository root. */
export const RELEASE_CONFIG_FILE = '.mmf/release.yml';

export interface ReleasePackage {
  name: string;
  /** Repository-relative POSIX path; `.` is the whole repository. */
  path: string;
  tagFormat: string;
  /** Move `v1` and `v1.2` (in the package's tag format) on each final release. */
  floatingTags: boolean;
  /** Image repositories (without tag or digest) whose pushed digest gets this package's version. */
  images: readonly string[];
  /** Paths of other packages inside this one: their commits are theirs, not this package's. */
  excludePaths: readonly string[];
}

export interface ReleaseConfig {
  packages: readonly ReleasePackage[];
  rules: VersionRules;
}

const TOP_KEYS = new Set([
  'packages',
  'tag-format',
  'floating-tags',
  'initial-version',
  'bump-minor-pre-major',
  'bump-patch-for-minor-pre-major',
]);
const PACKAGE_KEYS = new Set(['name', 'path', 'tag-format', 'floating-tags', 'images']);
const NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const IMAGE = /^[a-z0-9][a-z0-9.:-]*(?:\/[a-z0-9._-]+)+$|^[a-z0-9._-]+$/;

function fail(origin: string, message: string, hint?: string): never {
  throw new MmfError('E_RELEASE_CONFIG', message, { file: origin, ...(hint ? { hint } : {}) });
}

function unknownKeys(
  value: Record<string, unknown>,
  allowed: Set<string>,
  where: string,
  origin: string,
): void {
  const extra = Object.keys(value).filter((k) => !allowed.has(k));
  if (extra.length)
    fail(
      origin,
      `${where} has unknown key${extra.length > 1 ? 's' : ''} ${extra.join(', ')}`,
      `allowed: ${[...allowed].join(', ')}`,
    );
}

function str(value: JsonValue | undefined, where: string, origin: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !value.trim()) fail(origin, `${where} must be a non-empty string`);
  return value.trim();
}

function bool(value: JsonValue | undefined, where: string, origin: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') fail(origin, `${where} must be true or false`);
  return value;
}

/** YAML 1.2 (so `path: .` stays a string), one document, few aliases, small. */
function readYaml(text: string, origin: string): JsonValue {
  if (text.length > 256 * 1024) fail(origin, 'is larger than 256 KiB');
  const docs = parseAllDocuments(text, { version: '1.2', uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [docs];
  if (list.length > 1) fail(origin, 'must hold one YAML document');
  const doc = list[0];
  if (!doc) return {};
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0];
    fail(
      origin,
      `invalid YAML${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${error.message.split('\n')[0] ?? ''}`,
    );
  }
  try {
    return (doc.toJS({ maxAliasCount: 100 }) as JsonValue) ?? {};
  } catch (err) {
    return fail(origin, `invalid YAML: ${(err as Error).message.split('\n')[0] ?? ''}`);
  }
}

/** `services/api/` → `services/api`; refuses absolute paths and `..`. */
export function normalisePackagePath(path: string, origin: string): string {
  const clean = path.replace(/\\/g, '/').replace(/\/+$/, '').replace(/^\.\//, '') || '.';
  if (clean.startsWith('/') || /^[A-Za-z]:/.test(clean) || clean.split('/').includes('..'))
    fail(origin, `package path "${path}" must be relative to the repository and stay inside it`);
  return clean;
}

const inside = (child: string, parent: string) => parent === '.' || child.startsWith(`${parent}/`);

/** The configuration of a repository without `.mmf/release.yml`: one package, the whole repository, tags `v1.2.3`. */
export function defaultReleaseConfig(name: string): ReleaseConfig {
  return {
    packages: [
      { name, path: '.', tagFormat: 'v{version}', floatingTags: false, images: [], excludePaths: [] },
    ],
    rules: DEFAULT_VERSION_RULES,
  };
}

/** Reads `.mmf/release.yml` (text); every mistake is an E_RELEASE_CONFIG naming the file and key. */
export function parseReleaseConfig(text: string, origin: string, defaultName: string): ReleaseConfig {
  const root = readYaml(text, origin);
  if (!isObject(root)) fail(origin, 'must be a mapping (packages:, tag-format: …)');
  unknownKeys(root, TOP_KEYS, 'the file', origin);

  const initialVersion =
    str(root['initial-version'], 'initial-version', origin) ?? DEFAULT_VERSION_RULES.initialVersion;
  if (semver.valid(initialVersion) !== initialVersion || semver.prerelease(initialVersion))
    fail(origin, `initial-version "${initialVersion}" must be a final semver version such as 1.0.0 or 0.1.0`);
  const rules: VersionRules = {
    initialVersion,
    bumpMinorPreMajor: bool(root['bump-minor-pre-major'], 'bump-minor-pre-major', origin, false),
    bumpPatchForMinorPreMajor: bool(
      root['bump-patch-for-minor-pre-major'],
      'bump-patch-for-minor-pre-major',
      origin,
      false,
    ),
  };
  const defaultFormat = str(root['tag-format'], 'tag-format', origin) ?? 'v{version}';
  checkTagFormat(defaultFormat, origin);
  const defaultFloating = bool(root['floating-tags'], 'floating-tags', origin, false);

  const list: JsonValue = root['packages'] ?? [{ path: '.' }];
  if (!Array.isArray(list) || list.length === 0)
    fail(origin, 'packages must be a non-empty list of {path, name, tag-format}');
  const packages = list.map((entry, i): ReleasePackage => {
    const where = `packages[${i}]`;
    if (!isObject(entry)) fail(origin, `${where} must be a mapping with path (and name, tag-format)`);
    unknownKeys(entry, PACKAGE_KEYS, where, origin);
    const rawPath = str(entry['path'], `${where}.path`, origin);
    if (!rawPath)
      fail(
        origin,
        `${where}.path is required`,
        'the folder the package lives in, e.g. services/api, or . for the whole repository',
      );
    const path = normalisePackagePath(rawPath, origin);
    const name =
      str(entry['name'], `${where}.name`, origin) ?? (path === '.' ? defaultName : path.split('/').pop()!);
    if (!NAME.test(name))
      fail(origin, `${where}.name "${name}" may hold only letters, digits, ".", "-", "_" and "/"`);
    const tagFormat = str(entry['tag-format'], `${where}.tag-format`, origin) ?? defaultFormat;
    checkTagFormat(tagFormat, origin);
    const imagesValue = entry['images'] ?? [];
    if (!Array.isArray(imagesValue) || imagesValue.some((x) => typeof x !== 'string' || !IMAGE.test(x)))
      fail(
        origin,
        `${where}.images must be a list of image repositories without tag or digest, e.g. ghcr.io/acme/api`,
      );
    return {
      name,
      path,
      tagFormat,
      floatingTags: bool(entry['floating-tags'], `${where}.floating-tags`, origin, defaultFloating),
      images: imagesValue as string[],
      excludePaths: [],
    };
  });

  const seen = new Map<string, string>();
  for (const p of packages) {
    const prev = seen.get(p.name);
    if (prev !== undefined) fail(origin, `two packages are named "${p.name}" (${prev} and ${p.path})`);
    seen.set(p.name, p.path);
  }
  const paths = packages.map((p) => p.path);
  if (new Set(paths).size !== paths.length) fail(origin, 'two packages have the same path');
  const tags = packages.map((p) => p.tagFormat.replace(/\{name\}/g, p.name));
  if (new Set(tags).size !== tags.length)
    fail(
      origin,
      'two packages would share their tags',
      'give packages in one repository distinct tag formats, e.g. {name}@{version}',
    );

  return {
    rules,
    packages: packages.map((p) => ({
      ...p,
      excludePaths: paths.filter((other) => other !== p.path && inside(other, p.path)),
    })),
  };
}
