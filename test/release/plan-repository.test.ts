import { runReleasePlan } from '../../actions/release/index.js';
import type { PlannedRelease } from '../../actions/release/index.js';
import { MmfError } from '../../actions/kernel/errors.js';
import { git, makeRepo, removeRepo, writeConfig, type TestRepo } from './support/git-repo.js';

const MONOREPO = `
packages:
  - path: .
    name: platform
    tag-format: v{version}
  - path: services/api
    name: api
    tag-format: "{name}@{version}"
  - path: libs/py
    name: mmf-py
    tag-format: "{name}/v{version}"
  - path: services/worker
    name: worker
    tag-format: "{name}@{version}"
`;

const byName = (packages: readonly PlannedRelease[], name: string) => {
  const p = packages.find((x) => x.name === name);
  if (!p) throw new Error(`${name} not planned: ${packages.map((x) => x.name).join(', ')}`);
  return p;
};

describe('mmf release plan on a real monorepo', () => {
  let repo: TestRepo;
  const hashes: Record<string, string> = {};

  beforeAll(() => {
    repo = makeRepo();
    writeConfig(repo, MONOREPO);
    repo.commit('chore: initial layout', [
      '.mmf/release.yml',
      'README.md',
      'services/api/main.py',
      'libs/py/lib.py',
      'services/worker/w.go',
    ]);
    repo.tag('v1.4.0');
    repo.tag('api@2.1.0');
    repo.tag('mmf-py/v0.3.1');
    repo.tag('worker@1.0.0');
    // Since the tags:
    hashes.apiFeat = repo.commit('feat(api): search endpoint (#12)', ['services/api/search.py']);
    hashes.apiFix = repo.commit('fix(api): handle empty query', ['services/api/search.py']);
    hashes.pyBreaking = repo.commit('refactor(py)!: drop the sync client', ['libs/py/lib.py']);
    hashes.pyFeat = repo.commit('feat(py): async retries\n\nBREAKING-CHANGE: retries are on by default', [
      'libs/py/retry.py',
    ]);
    hashes.rootFix = repo.commit('fix: docs link in the root README', ['README.md']);
    hashes.workerFeat = repo.commit('feat(worker): batch mode', ['services/worker/batch.go']);
    hashes.revert = repo.commit(
      `Revert "feat(worker): batch mode"\n\nThis reverts commit ${hashes.workerFeat}.`,
      ['services/worker/batch.go'],
    );
    repo.commit('docs(api): explain search', ['services/api/README.md']);
  });
  afterAll(() => removeRepo(repo));

  it('plans only changed packages, each from its own tag format', async () => {
    const report = await runReleasePlan({ repo: repo.dir });
    const { packages, skipped } = report.result;
    expect(packages.map((p) => [p.name, p.current, p.next, p.bump])).toEqual([
      ['platform', '1.4.0', '1.4.1', 'patch'],
      ['api', '2.1.0', '2.2.0', 'minor'],
      ['mmf-py', '0.3.1', '1.0.0', 'major'],
    ]);
    expect(byName(packages, 'api').tag).toBe('api@2.2.0');
    expect(byName(packages, 'mmf-py').tag).toBe('mmf-py/v1.0.0');
    // The worker's feat and its revert cancel: nothing left to release.
    expect(skipped).toEqual([
      expect.objectContaining({
        name: 'worker',
        current: '1.0.0',
        reason: expect.stringContaining('2 commits since worker@1.0.0'),
      }),
    ]);
    expect(report.conclusion).toBe('success');
  });

  it('keeps commits of nested packages out of the root package', async () => {
    const { packages } = (await runReleasePlan({ repo: repo.dir })).result;
    const root = byName(packages, 'platform');
    expect(root.commits.map((c) => c.hash)).toEqual([hashes.rootFix]);
  });

  it('writes a grouped changelog with GitHub links', async () => {
    const { packages } = (
      await runReleasePlan({
        repo: repo.dir,
        links: { forge: 'github', webUrl: 'https://github.com', repository: 'acme/mono' },
      })
    ).result;
    const api = byName(packages, 'api').changelog;
    expect(api).toBe(
      [
        '## [2.2.0](https://github.com/acme/mono/compare/api@2.1.0...api@2.2.0) (2024-05-01)',
        '',
        '### Features',
        '',
        `* **api:** search endpoint ([#12](https://github.com/acme/mono/pull/12)) ([${hashes.apiFeat!.slice(0, 7)}](https://github.com/acme/mono/commit/${hashes.apiFeat}))`,
        '',
        '### Bug fixes',
        '',
        `* **api:** handle empty query ([${hashes.apiFix!.slice(0, 7)}](https://github.com/acme/mono/commit/${hashes.apiFix}))`,
        '',
      ].join('\n'),
    );
    const py = byName(packages, 'mmf-py').changelog;
    expect(py).toContain('### Breaking changes');
    expect(py).toContain('* **py:** retries are on by default');
    expect(py).toContain('* **py:** drop the sync client');
    expect(py).toContain('### Features');
  });

  it('applies the 0.x options: breaking → minor, feat → patch', async () => {
    writeConfig(repo, `bump-minor-pre-major: true\nbump-patch-for-minor-pre-major: true\n${MONOREPO}`);
    try {
      const { packages } = (await runReleasePlan({ repo: repo.dir })).result;
      expect(byName(packages, 'mmf-py')).toMatchObject({ current: '0.3.1', next: '0.4.0', bump: 'minor' });
    } finally {
      writeConfig(repo, MONOREPO);
    }
  });

  it('uses GitLab URL shapes for merge requests and commits', async () => {
    const other = makeRepo();
    try {
      other.commit('chore: start');
      other.tag('v1.0.0');
      const h = other.commit('feat: export to CSV (!7)');
      const { packages } = (
        await runReleasePlan({
          repo: other.dir,
          links: { forge: 'gitlab', webUrl: 'https://gitlab.example.com', repository: 'grp/sub/proj' },
        })
      ).result;
      expect(packages[0]!.changelog).toContain(
        `* export to CSV ([!7](https://gitlab.example.com/grp/sub/proj/-/merge_requests/7)) ([${h.slice(0, 7)}](https://gitlab.example.com/grp/sub/proj/-/commit/${h}))`,
      );
      expect(packages[0]!.changelog).toContain(
        '(https://gitlab.example.com/grp/sub/proj/-/compare/v1.0.0...v1.1.0)',
      );
    } finally {
      removeRepo(other);
    }
  });
});

describe('pre-release channels on a real repository', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = makeRepo();
    repo.commit('chore: start');
    repo.tag('v1.2.3');
  });
  afterEach(() => removeRepo(repo));

  it('goes 1.3.0-rc.1, rc.2, then promotes to 1.3.0 with every change since 1.2.3', async () => {
    const feat = repo.commit('feat: first feature');
    let plan = (await runReleasePlan({ repo: repo.dir, channel: 'rc' })).result.packages[0]!;
    expect([plan.current, plan.next, plan.prerelease, plan.floatingTags]).toEqual([
      '1.2.3',
      '1.3.0-rc.1',
      true,
      [],
    ]);
    repo.tag('v1.3.0-rc.1');

    // Nothing new since rc.1 (its tag is at HEAD): rc.1 again, so a rerun finishes it; no rc.2.
    expect(
      (await runReleasePlan({ repo: repo.dir, channel: 'rc' })).result.packages.map((p) => p.next),
    ).toEqual(['1.3.0-rc.1']);

    const fix = repo.commit('fix: a bug in the feature');
    plan = (await runReleasePlan({ repo: repo.dir, channel: 'rc' })).result.packages[0]!;
    expect([plan.current, plan.next, plan.previousTag]).toEqual(['1.3.0-rc.1', '1.3.0-rc.2', 'v1.3.0-rc.1']);
    expect(plan.commits.map((c) => c.hash)).toEqual([fix]); // rc.2's notes: since rc.1
    repo.tag('v1.3.0-rc.2');

    plan = (await runReleasePlan({ repo: repo.dir })).result.packages[0]!;
    expect([plan.current, plan.next, plan.bump, plan.prerelease, plan.previousTag]).toEqual([
      '1.3.0-rc.2',
      '1.3.0',
      'minor',
      false,
      'v1.2.3',
    ]);
    expect(plan.commits.map((c) => c.hash)).toEqual([fix, feat]);
  });

  it('starts a new major candidate when a breaking change lands after rc.1', async () => {
    repo.commit('feat: x');
    repo.tag('v1.3.0-rc.1');
    repo.commit('feat!: rename everything');
    const plan = (await runReleasePlan({ repo: repo.dir, channel: 'rc' })).result.packages[0]!;
    expect(plan.next).toBe('2.0.0-rc.1');
  });

  it('refuses a channel that sorts below the current candidate', async () => {
    repo.commit('feat: x');
    repo.tag('v1.3.0-rc.1');
    repo.commit('fix: y');
    const err = await runReleasePlan({ repo: repo.dir, channel: 'beta' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MmfError);
    expect((err as MmfError).code).toBe('E_RELEASE_VERSION');
    expect((err as MmfError).message).toBe(
      'the next beta pre-release would be 1.3.0-beta.1, which is not above the latest release 1.3.0-rc.1',
    );
  });

  it('ignores release tags that HEAD does not contain', async () => {
    git(repo.dir, 'checkout', '-q', '-b', 'other');
    repo.commit('feat: elsewhere');
    repo.tag('v9.0.0');
    git(repo.dir, 'checkout', '-q', 'main');
    repo.commit('fix: here');
    const plan = (await runReleasePlan({ repo: repo.dir })).result.packages[0]!;
    expect([plan.current, plan.next]).toEqual(['1.2.3', '1.2.4']);
  });
});

describe('merge commits on a real repository', () => {
  it('gives branch commits their pull request number and lets a conventional merge stand for free-form commits', async () => {
    const repo = makeRepo();
    try {
      repo.commit('chore: start');
      repo.tag('v1.0.0');
      git(repo.dir, 'checkout', '-q', '-b', 'feature');
      const fix = repo.commit('fix: branch commit', ['a.txt']);
      git(repo.dir, 'checkout', '-q', 'main');
      git(
        repo.dir,
        'merge',
        '-q',
        '--no-ff',
        '-m',
        'Merge pull request #31 from acme/feature\n\nfix: branch commit',
        'feature',
      );
      git(repo.dir, 'checkout', '-q', '-b', 'loose');
      repo.commit('wip', ['b.txt']);
      repo.commit('more wip', ['b.txt']);
      git(repo.dir, 'checkout', '-q', 'main');
      git(
        repo.dir,
        'merge',
        '-q',
        '--no-ff',
        '-m',
        "Merge branch 'loose' into 'main'\n\nfeat: loose work as one feature\n\nSee merge request acme/mono!44",
        'loose',
      );
      const plan = (await runReleasePlan({ repo: repo.dir })).result.packages[0]!;
      expect(plan.next).toBe('1.1.0');
      expect(plan.commits.map((c) => [c.type, c.subject])).toEqual([
        ['feat', 'loose work as one feature'],
        ['fix', 'branch commit'],
      ]);
      expect(plan.changelog).toContain(`* branch commit (#31) (${fix.slice(0, 7)})`);
      expect(plan.changelog).toContain('* loose work as one feature (!44)');
    } finally {
      removeRepo(repo);
    }
  });
});
