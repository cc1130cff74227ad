import { parseConventionalCommit, type RawCommit } from '../../actions/release/core/conventional-commit.js';
import { bumpFor, selectReleaseCommits } from '../../actions/release/core/release-commits.js';
import { DEFAULT_VERSION_RULES, nextVersion } from '../../actions/release/core/next-version.js';
import { checkTagFormat, floatingTags, formatTag, parseTag } from '../../actions/release/core/tag-format.js';
import { parseReleaseConfig } from '../../actions/release/core/release-config.js';
import { MmfError } from '../../actions/kernel/errors.js';

let n = 0;
const raw = (message: string, parents = 1): RawCommit => {
  n++;
  return {
    hash: n.toString(16).padStart(8, '0') + 'b'.repeat(32),
    parents: Array.from({ length: parents }, (_, i) => `${i}`.repeat(40)),
    date: '2024-05-01T12:00:00Z',
    message,
  };
};
const parse = (message: string, parents = 1) => parseConventionalCommit(raw(message, parents));

describe('conventional commits (conventional-commits-parser 6.4.0 underneath)', () => {
  it('reads type, scope, subject and a trailing pull request number', () => {
    expect(parse('feat(api): add search (#12)')).toMatchObject({
      type: 'feat',
      scope: 'api',
      subject: 'add search',
      breaking: false,
      changeRequest: { sigil: '#', number: 12 },
    });
    expect(parse('Fix(UI): Case kept in subject')).toMatchObject({
      type: 'fix',
      scope: 'UI',
      subject: 'Case kept in subject',
    });
    expect(parse('update readme')).toMatchObject({ type: null, subject: 'update readme' });
  });

  it('knows `!` and both BREAKING CHANGE footer spellings', () => {
    expect(parse('feat(api)!: drop v1')).toMatchObject({ breaking: true, breakingNotes: ['drop v1'] });
    expect(parse('fix: x\n\nBREAKING CHANGE: the flag is gone')).toMatchObject({
      breaking: true,
      breakingNotes: ['the flag is gone'],
    });
    expect(parse('fix: x\n\nBREAKING-CHANGE: dash form')).toMatchObject({
      breaking: true,
      breakingNotes: ['dash form'],
    });
    expect(parse('chore!: drop node 18\n\nBREAKING CHANGE: needs node 20\nsecond line')).toMatchObject({
      type: 'chore',
      breaking: true,
      breakingNotes: ['needs node 20\nsecond line'],
    });
    // A body that only mentions the words is not a footer.
    expect(parse('fix: x\n\nthis is not a breaking change: really').breaking).toBe(false);
  });

  it('recognises git-style and conventional reverts', () => {
    const target = 'f'.repeat(40);
    expect(parse(`Revert "feat: shiny"\n\nThis reverts commit ${target}.`)).toMatchObject({
      type: 'revert',
      subject: 'feat: shiny',
      reverts: target,
    });
    expect(parse(`revert: feat: shiny\n\nThis reverts commit ${target.slice(0, 9)}.`)).toMatchObject({
      type: 'revert',
      reverts: target.slice(0, 9),
    });
  });

  it('reads merge commits of GitHub and GitLab', () => {
    expect(parse('Merge pull request #31 from acme/feature\n\nfeat: the PR title', 2)).toMatchObject({
      merge: true,
      type: 'feat',
      subject: 'the PR title',
      changeRequest: { sigil: '#', number: 31 },
    });
    expect(
      parse("Merge branch 'x' into 'main'\n\nfix: title\n\nSee merge request grp/proj!44", 2),
    ).toMatchObject({
      type: 'fix',
      changeRequest: { sigil: '!', number: 44 },
    });
  });
});

describe('which commits make a release', () => {
  it('cancels a commit and its revert in the same range, keeps a revert of an older release', () => {
    const feat = parse('feat: shiny');
    const revert = parse(`Revert "feat: shiny"\n\nThis reverts commit ${feat.hash.slice(0, 10)}.`);
    const oldRevert = parse(`Revert "fix: old"\n\nThis reverts commit ${'e'.repeat(40)}.`);
    const docs = parse('docs: words');
    const out = selectReleaseCommits([docs, oldRevert, revert, feat]);
    expect(out.included).toEqual([oldRevert]);
    expect(out.cancelled).toEqual([{ commit: feat, revert }]);
    expect(out.ignored).toEqual([docs]);
    expect(bumpFor(out.included)).toBe('patch');
  });

  it('restores the original when the revert is itself reverted', () => {
    const feat = parse('feat: shiny');
    const revert = parse(`Revert "feat: shiny"\n\nThis reverts commit ${feat.hash}.`);
    const again = parse(`Revert "Revert "feat: shiny""\n\nThis reverts commit ${revert.hash}.`);
    expect(selectReleaseCommits([again, revert, feat]).included).toEqual([feat]);
  });

  it('bumps major for any breaking change, minor for a feature, patch for fixes and perf', () => {
    expect(bumpFor([parse('fix: a'), parse('feat: b')])).toBe('minor');
    expect(bumpFor([parse('perf: a')])).toBe('patch');
    expect(bumpFor([parse('docs!: a'), parse('fix: b')])).toBe('major');
    expect(bumpFor([parse('docs: a'), parse('chore: b')])).toBeNull();
  });
});

describe('next version', () => {
  const rules = DEFAULT_VERSION_RULES;
  it('follows semver from the last final release', () => {
    expect(nextVersion('1.2.3', '1.2.3', 'patch', rules)).toEqual({ version: '1.2.4', bump: 'patch' });
    expect(nextVersion('1.2.3', '1.2.3', 'minor', rules).version).toBe('1.3.0');
    expect(nextVersion('1.2.3', '1.2.3', 'major', rules).version).toBe('2.0.0');
    expect(nextVersion(null, null, 'patch', rules).version).toBe('1.0.0');
    expect(nextVersion(null, null, 'minor', { ...rules, initialVersion: '0.1.0' }).version).toBe('0.1.0');
  });

  it('0.x: release-please defaults (breaking → 1.0.0), and the two opt-in rules', () => {
    expect(nextVersion('0.4.2', '0.4.2', 'major', rules)).toEqual({ version: '1.0.0', bump: 'major' });
    expect(nextVersion('0.4.2', '0.4.2', 'minor', rules).version).toBe('0.5.0');
    const pre = { ...rules, bumpMinorPreMajor: true, bumpPatchForMinorPreMajor: true };
    expect(nextVersion('0.4.2', '0.4.2', 'major', pre)).toEqual({ version: '0.5.0', bump: 'minor' });
    expect(nextVersion('0.4.2', '0.4.2', 'minor', pre)).toEqual({ version: '0.4.3', bump: 'patch' });
    expect(nextVersion('1.4.2', '1.4.2', 'major', pre).version).toBe('2.0.0');
  });

  it('pre-release channels count up, switch upwards, and promote', () => {
    expect(nextVersion('1.2.3', '1.2.3', 'minor', rules, 'rc').version).toBe('1.3.0-rc.1');
    expect(nextVersion('1.2.3', '1.3.0-rc.1', 'minor', rules, 'rc').version).toBe('1.3.0-rc.2');
    expect(nextVersion('1.2.3', '1.3.0-rc.9', 'patch', rules, 'rc').version).toBe('1.3.0-rc.10');
    expect(nextVersion('1.2.3', '1.3.0-beta.3', 'minor', rules, 'rc').version).toBe('1.3.0-rc.1');
    expect(nextVersion('1.2.3', '1.3.0-rc.2', 'major', rules, 'rc').version).toBe('2.0.0-rc.1');
    expect(nextVersion('1.2.3', '1.3.0-rc.2', 'patch', rules)).toEqual({ version: '1.3.0', bump: 'patch' });
    expect(nextVersion(null, '1.0.0-rc.1', 'minor', rules).version).toBe('1.0.0');
    expect(() => nextVersion('1.2.3', '1.2.3', 'minor', rules, '42')).toThrow(/not a semver identifier/);
  });
});

describe('tag formats', () => {
  it('formats and parses each documented format, and nothing else', () => {
    const cases: Array<[string, string, string]> = [
      ['v{version}', 'x', 'v1.2.3'],
      ['{name}@{version}', 'api', 'api@1.2.3'],
      ['{name}/v{version}', 'mmf-py', 'mmf-py/v1.2.3'],
    ];
    for (const [format, name, tag] of cases) {
      expect(formatTag({ format, name }, '1.2.3')).toBe(tag);
      expect(parseTag({ format, name }, tag)).toBe('1.2.3');
      expect(parseTag({ format, name }, `${tag}-rc.1`)).toBe('1.2.3-rc.1');
    }
    expect(parseTag({ format: 'v{version}', name: 'x' }, 'api/v1.2.3')).toBeNull();
    expect(parseTag({ format: '{name}@{version}', name: 'api' }, 'api-gw@1.2.3')).toBeNull();
    expect(parseTag({ format: 'v{version}', name: 'x' }, 'v1')).toBeNull();
    expect(parseTag({ format: 'v{version}', name: 'x' }, 'v01.2.3')).toBeNull();
    expect(floatingTags({ format: '{name}@{version}', name: 'api' }, '2.4.1')).toEqual(['api@2', 'api@2.4']);
    expect(floatingTags({ format: 'v{version}', name: 'x' }, '2.4.1-rc.1')).toEqual([]);
    expect(() => checkTagFormat('release-{name}', 'cfg')).toThrow(/must contain \{version\} exactly once/);
    expect(() => checkTagFormat('{pkg}@{version}', 'cfg')).toThrow(/unknown placeholder/);
  });
});

describe('.mmf/release.yml', () => {
  const err = (text: string) => {
    try {
      parseReleaseConfig(text, '.mmf/release.yml', 'repo');
    } catch (e) {
      expect(e).toBeInstanceOf(MmfError);
      expect((e as MmfError).code).toBe('E_RELEASE_CONFIG');
      return (e as MmfError).format();
    }
    throw new Error('no error');
  };

  it('reads packages with defaults and nested exclusions', () => {
    const config = parseReleaseConfig(
      'tag-format: "{name}@{version}"\ninitial-version: 0.1.0\npackages:\n  - path: .\n  - path: services/api/\n    floating-tags: true\n    images: [ghcr.io/acme/api]\n',
      '.mmf/release.yml',
      'mono',
    );
    expect(config.rules).toEqual({
      initialVersion: '0.1.0',
      bumpMinorPreMajor: false,
      bumpPatchForMinorPreMajor: false,
    });
    expect(config.packages).toEqual([
      {
        name: 'mono',
        path: '.',
        tagFormat: '{name}@{version}',
        floatingTags: false,
        images: [],
        excludePaths: ['services/api'],
      },
      {
        name: 'api',
        path: 'services/api',
        tagFormat: '{name}@{version}',
        floatingTags: true,
        images: ['ghcr.io/acme/api'],
        excludePaths: [],
      },
    ]);
  });

  it('names the file and the key for every mistake', () => {
    expect(err('packages:\n  - path: ../x\n')).toBe(
      'error[E_RELEASE_CONFIG]: .mmf/release.yml: package path "../x" must be relative to the repository and stay inside it',
    );
    expect(err('packages:\n  - path: a\n    tag: v{version}\n')).toContain('packages[0] has unknown key tag');
    expect(err('packages:\n  - path: a\n  - path: b\n')).toContain('two packages would share their tags');
    expect(err('initial-version: one\n')).toContain('initial-version "one" must be a final semver version');
    expect(err('packages: [\n')).toContain('invalid YAML at line');
    expect(err('packages:\n  - path: a\n    images: ["ghcr.io/acme/api:1.0"]\n')).toContain(
      'images must be a list of image repositories',
    );
  });
});
