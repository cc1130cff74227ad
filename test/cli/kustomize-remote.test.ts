/**
 * Kustomize trees from a pull request, through the bundled CLI: a committed
 * tree (validate-migration) or a kustomization given to `mmf diff` whose base
 * loads a resource from a URL is refused with E_KUSTOMIZE_REMOTE, exit 1,
 * before kustomize runs: the loopback server the URL points at receives no
 * connection. `--allow-remote` lets the real kustomize fetch it (and the
 * server sees it, which shows the check above could fail).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT, runCli } from '../support/run-cli.js';

const EXAMPLE = join(REPO_ROOT, 'examples', 'marty-service');
let work: string;
let server: Server;
let url: string;
let connections = 0;

async function tree(root: string, files: Record<string, string>): Promise<string> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mmf-cli-remote-'));
  server = createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/yaml' })
      .end('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-the-network\n'),
  );
  server.on('connection', () => connections++);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/extra.yaml`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  await rm(work, { recursive: true, force: true });
});

beforeEach(() => {
  connections = 0;
});

describe('a kustomization that loads a remote resource', () => {
  it('validate-migration refuses the committed tree with E_KUSTOMIZE_REMOTE and connects nowhere', async () => {
    const k8s = await tree(join(work, 'committed'), {
      'overlays/default/kustomization.yaml': 'resources:\n  - ../../base\n',
      'base/kustomization.yaml': `resources:\n  - ${url}\n`,
    });
    const run = await runCli([
      'migrate',
      'validate-migration',
      '--original-path',
      EXAMPLE,
      '--migrated-path',
      k8s,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `error[E_KUSTOMIZE_REMOTE]: ${join(k8s, 'base', 'kustomization.yaml')}: resources[0] "${url}" is a remote resource: the build would fetch it over the network; nothing was built`,
    );
    expect(run.stderr).toContain('hint: vendor the remote content');
    expect(run.stdout).toBe('');
    expect(connections).toBe(0);
  });

  it('diff refuses it too; --allow-remote lets kustomize fetch it', async () => {
    const left = await tree(join(work, 'left'), {
      'kustomization.yaml': `resources:\n  - cm.yaml\n  - ${url}\n`,
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: local\n',
    });
    const right = await tree(join(work, 'right'), {
      'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: local\n',
    });
    const refused = await runCli(['diff', left, right]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `error[E_KUSTOMIZE_REMOTE]: ${join(left, 'kustomization.yaml')}: resources[1]`,
    );
    expect(connections).toBe(0);

    const allowed = await runCli(['diff', left, right, '--allow-remote']);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('from-the-network');
    expect(connections).toBeGreaterThan(0);
  });

  it('a GitHub shorthand base is refused without running git', async () => {
    const left = await tree(join(work, 'shorthand'), {
      'kustomization.yaml':
        'resources:\n  - github.com/kubernetes-sigs/kustomize/examples/multibases?ref=v1.0.6\n',
    });
    const run = await runCli(['diff', left, left]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error[E_KUSTOMIZE_REMOTE]');
    expect(run.stderr).toContain('github.com/kubernetes-sigs/kustomize/examples/multibases?ref=v1.0.6');
  });
});
