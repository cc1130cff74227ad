/**
 * serveGitRepos (test/support/git-http.ts): the real `git http-backend` behind node:http, driven
 * by the real git client (asynchronously: the server shares this process's event loop).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GitHttpServer, serveGitRepos } from '../support/git-http.js';
import { type BareRepository, createBareRepository, gitAsync, scratchDir } from '../support/git-repos.js';

let root: string;
let repo: BareRepository;
let server: GitHttpServer;
let work: string;

beforeAll(async () => {
  root = scratchDir('git-http-');
  work = scratchDir('git-http-work-');
  repo = createBareRepository(root, 'mmf/components', [
    { files: { 'README.md': '# components\n', 'templates/hello.yml': 'v: 1.0.0\n' }, tags: ['1.0.0'] },
    {
      files: { 'templates/hello.yml': 'v: 1.1.0\n', 'templates/other/template.yml': 'o: 1\n' },
      tags: [{ name: '1.1.0', message: 'Release 1.1.0' }],
    },
  ]);
  server = await serveGitRepos({ root });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

const remote = () => `${server.url}/mmf/components.git`;

describe('serveGitRepos', () => {
  it('lists tags with git ls-remote, peeling the annotated one', async () => {
    const before = server.requestCount;
    const out = await gitAsync(work, ['ls-remote', '--tags', remote()]);
    expect(out.split('\n').map((l) => l.split('\t').reverse().join(' '))).toEqual([
      `refs/tags/1.0.0 ${repo.tags['1.0.0']}`,
      expect.stringMatching(/^refs\/tags\/1\.1\.0 [0-9a-f]{40}$/),
      `refs/tags/1.1.0^{} ${repo.tags['1.1.0']}`,
    ]);
    expect(server.requestCount).toBeGreaterThan(before);
    expect(server.requests.at(-1)).toMatchObject({ service: 'git-upload-pack', status: 200 });
  });

  it('clones a tag, including a partial sparse clone as gitlab-ci-local does it', async () => {
    const full = join(work, 'full');
    await gitAsync(work, ['clone', '-q', '--branch', '1.0.0', remote(), full]);
    expect(readFileSync(join(full, 'templates/hello.yml'), 'utf8')).toBe('v: 1.0.0\n');
    expect(await gitAsync(full, ['rev-parse', 'HEAD'])).toBe(repo.tags['1.0.0']);

    const sparse = join(work, 'sparse');
    await gitAsync(work, [
      'clone',
      '-q',
      '--branch',
      '1.1.0',
      '-n',
      '--depth=1',
      '--filter=tree:0',
      remote(),
      sparse,
    ]);
    await gitAsync(sparse, [
      'sparse-checkout',
      'set',
      '--no-cone',
      'templates/hello.yml',
      'templates/hello/template.yml',
    ]);
    await gitAsync(sparse, ['checkout', '-q']);
    expect(readFileSync(join(sparse, 'templates/hello.yml'), 'utf8')).toBe('v: 1.1.0\n');
    expect(() => readFileSync(join(sparse, 'templates/other/template.yml'))).toThrow();
  });

  it('answers 404 for a repository that does not exist and refuses pushes by default', async () => {
    await expect(gitAsync(work, ['ls-remote', `${server.url}/mmf/nope.git`])).rejects.toThrow(/not found/);
    expect(server.requests.at(-1)).toMatchObject({ path: '/mmf/nope.git/info/refs', status: 404 });

    const clone = join(work, 'push-refused');
    await gitAsync(work, ['clone', '-q', remote(), clone]);
    await gitAsync(clone, ['tag', 'not-allowed']);
    await expect(gitAsync(clone, ['push', '-q', 'origin', 'not-allowed'])).rejects.toThrow();
    expect(await gitAsync(work, ['--git-dir', repo.path, 'tag', '--list'])).toBe('1.0.0\n1.1.0');
  });

  it('accepts pushes with allowPush', async () => {
    const pushable = await serveGitRepos({ root, allowPush: true });
    try {
      const clone = join(work, 'push-allowed');
      await gitAsync(work, ['clone', '-q', `${pushable.url}/mmf/components.git`, clone]);
      writeFileSync(join(clone, 'templates/hello.yml'), 'v: 2.0.0\n');
      await gitAsync(clone, ['commit', '-q', '-am', 'v2']);
      await gitAsync(clone, ['tag', '2.0.0']);
      await gitAsync(clone, ['push', '-q', 'origin', 'main', '2.0.0']);
      expect(pushable.requests.some((r) => r.service === 'git-receive-pack' && r.status === 200)).toBe(true);
      expect(await gitAsync(work, ['--git-dir', repo.path, 'tag', '--list'])).toBe('1.0.0\n1.1.0\n2.0.0');
    } finally {
      await pushable.close();
      await gitAsync(work, ['--git-dir', repo.path, 'tag', '-d', '2.0.0']);
    }
  });
});
