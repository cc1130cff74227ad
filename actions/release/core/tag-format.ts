import semver from 'semver';
import { MmfError } from '../../kernel/errors.js';

/**
 * A package's tag format: `v{version}` (1.2.3 → v1.2.3), `{name}@{version}` (api@1.2.3),
 * `{name}/v{version}` (api/v1.2.3). `{version}` appears once; `{name}` is the package's name.
 */
export interface TagFormat {
  format: string;
  name: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// git check-ref-format: no spaces, ~ ^ : ? * [ \, no "..", no "@{", no leading "-" or trailing "." / ".lock".
const BAD_REF = /[\s~^:?*[\\]|\.\.|@\{|^-|\.$|\.lock$|^\/|\/$|\/\//;

export function checkTagFormat(format: string, origin: string): void {
  const count = format.split('{version}').length - 1;
  if (count !== 1) {
    throw new MmfError('E_RELEASE_CONFIG', `tag-format "${format}" must contain {version} exactly once`, {
      file: origin,
      hint: 'examples: v{version}, {name}@{version}, {name}/v{version}',
    });
  }
  const rest = format.replace('{version}', '').replace(/\{name\}/g, '');
  if (/[{}]/.test(rest)) {
    throw new MmfError(
      'E_RELEASE_CONFIG',
      `tag-format "${format}" has an unknown placeholder (only {name} and {version} exist)`,
      { file: origin },
    );
  }
}

/** The tag of a version, e.g. `api@1.3.0`; the result is checked to be a valid git tag name. */
export function formatTag(tag: TagFormat, version: string): string {
  const name = tag.format.replace(/\{name\}/g, tag.name).replace('{version}', version);
  if (BAD_REF.test(name)) {
    throw new MmfError(
      'E_RELEASE_CONFIG',
      `tag "${name}" (from tag-format "${tag.format}") is not a valid git tag name`,
      {
        hint: 'package names in tags may hold letters, digits, ".", "-", "_" and "/"',
      },
    );
  }
  return name;
}

/** The version a tag names, or null when the tag is not of this format (or its version is not semver). */
export function parseTag(tag: TagFormat, ref: string): string | null {
  const [before, after] = tag.format.replace(/\{name\}/g, tag.name).split('{version}') as [string, string];
  const match = new RegExp(`^${escape(before)}(.+)${escape(after)}$`).exec(ref);
  if (!match) return null;
  const version = match[1] as string;
  return semver.valid(version) === version ? version : null;
}

/**
 * The floating tags a final release moves: `v1` and `v1.2` for `v{version}`, `api@1` and `api@1.2`
 * for `{name}@{version}`. None for a pre-release.
 */
export function floatingTags(tag: TagFormat, version: string): string[] {
  if (semver.prerelease(version)) return [];
  const v = semver.parse(version) as semver.SemVer;
  return [formatTag(tag, `${v.major}`), formatTag(tag, `${v.major}.${v.minor}`)];
}
