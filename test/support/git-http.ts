/**
 * Serves the bare repositories under a folder over HTTP on 127.0.0.1 with the real
 * `git http-backend` (the CGI program git ships), so `git ls-remote`, `git clone --branch <tag>`,
 * partial clones (`--filter=tree:0`, as gitlab-ci-local uses) and, when asked, `git push` work
 * against `http://127.0.0.1:<port>/<group>/<project>.git` without any network.
 *
 *   const git = await serveGitRepos({ root });          // root/mmf/components.git, ...
 *   execFile('git', ['ls-remote', '--tags', `${git.url}/mmf/components.git`]);
 *   expect(git.requestCount).toBeGreaterThan(0);
 *   await git.close();
 *
 * Smart protocol only (v0/v1/v2; the `Git-Protocol` header is passed on): the dumb protocol's
 * plain file downloads are refused by http-backend for repositories without
 * `update-server-info`. There is no authentication: every repository under `root` is exported
 * (GIT_HTTP_EXPORT_ALL). Pushes are refused unless `allowPush` (http-backend then requires
 * http.receivepack, which this sets). Repositories are looked up exactly as named: a client
 * that leaves `.git` off the URL gets 404.
 *
 * Each request spawns one git process, asynchronously: the server shares the test's event loop,
 * so tests must not block it (no execFileSync of a git client talking to this server).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { gitProcessEnv } from './git-repos.js';

export interface GitHttpRequest {
  method: string;
  /** Path without the query string, e.g. `/mmf/components.git/info/refs`. */
  path: string;
  /** `git-upload-pack` (fetch, clone, ls-remote) or `git-receive-pack` (push); undefined otherwise. */
  service?: string;
  /** The `Git-Protocol` header (`version=2` for protocol v2), if any. */
  protocol?: string;
  /** HTTP status sent (0 until answered). */
  status: number;
}

export interface GitHttpServerOptions {
  /** Folder holding the bare repositories (`<root>/<group>/<project>.git`). */
  root: string;
  /** Accept `git push` (sets http.receivepack). Default false. */
  allowPush?: boolean;
}

export interface GitHttpServer {
  /** `http://127.0.0.1:<port>`; a repository is at `${url}/<group>/<project>.git`. */
  url: string;
  root: string;
  /** Every request, in arrival order. */
  readonly requests: GitHttpRequest[];
  /** `requests.length`. */
  readonly requestCount: number;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 with a random port. */
export async function serveGitRepos(options: GitHttpServerOptions): Promise<GitHttpServer> {
  const root = resolve(options.root);
  if (!existsSync(root)) throw new Error(`serveGitRepos: ${root} does not exist`);
  const requests: GitHttpRequest[] = [];
  const server = createServer((req, res) => {
    const record: GitHttpRequest = { method: req.method ?? 'GET', path: '', status: 0 };
    requests.push(record);
    handle(req, res, record, root, options.allowPush ?? false).catch((error: unknown) => {
      record.status = 500;
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`git http-backend failed: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    root,
    requests,
    get requestCount() {
      return requests.length;
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((err) => (err ? fail(err) : done()));
        server.closeAllConnections();
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  record: GitHttpRequest,
  root: string,
  allowPush: boolean,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let pathInfo: string;
  try {
    pathInfo = decodeURIComponent(url.pathname);
  } catch {
    pathInfo = url.pathname;
  }
  record.path = url.pathname;
  record.service =
    url.searchParams.get('service') ?? /\/(git-upload-pack|git-receive-pack)$/.exec(pathInfo)?.[1];
  const protocol = header(req, 'git-protocol');
  if (protocol !== undefined) record.protocol = protocol;

  if (pathInfo.split('/').includes('..')) {
    record.status = 400;
    res.writeHead(400, { 'content-type': 'text/plain' }).end('bad path\n');
    return;
  }

  const config: [string, string][] = [
    ['uploadpack.allowFilter', 'true'],
    ['uploadpack.allowAnySHA1InWant', 'true'],
    ['safe.directory', '*'],
  ];
  if (allowPush) config.push(['http.receivepack', 'true']);
  const env: Record<string, string> = {
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: pathInfo,
    REQUEST_METHOD: req.method ?? 'GET',
    QUERY_STRING: url.search.replace(/^\?/, ''),
    REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
    SERVER_PROTOCOL: `HTTP/${req.httpVersion}`,
    GIT_CONFIG_COUNT: String(config.length),
  };
  config.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = k;
    env[`GIT_CONFIG_VALUE_${i}`] = v;
  });
  const passOn: [string, string][] = [
    ['content-type', 'CONTENT_TYPE'],
    ['content-length', 'CONTENT_LENGTH'],
    ['content-encoding', 'HTTP_CONTENT_ENCODING'],
    ['git-protocol', 'GIT_PROTOCOL'],
  ];
  for (const [name, variable] of passOn) {
    const value = header(req, name);
    if (value !== undefined) env[variable] = value;
  }

  const child = spawn('git', ['http-backend'], { env: gitProcessEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  req.pipe(child.stdin);
  child.stdin.on('error', () => {}); // the backend may stop reading early (e.g. on a 403)

  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));

  // CGI output: header lines, a blank line, then the body (streamed as it comes).
  let head = Buffer.alloc(0);
  let headersDone = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersDone) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const crlf = head.indexOf('\r\n\r\n');
    const lf = head.indexOf('\n\n');
    const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf : lf;
    if (end < 0) return;
    const sep = end === crlf ? 4 : 2;
    const headers: Record<string, string> = {};
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split(/\r?\n/)) {
      const m = /^([^:]+):\s*(.*)$/.exec(line);
      if (!m) continue;
      if (m[1]!.toLowerCase() === 'status') status = Number.parseInt(m[2]!, 10) || 200;
      else headers[m[1]!] = m[2]!;
    }
    headersDone = true;
    record.status = status;
    res.writeHead(status, headers);
    res.write(head.subarray(end + sep));
  });

  await new Promise<void>((done) => {
    child.on('close', (code) => {
      if (!headersDone) {
        record.status = 502;
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.write(`git http-backend exited with ${code} before sending headers\n${stderr}`);
      }
      res.end();
      done();
    });
    child.on('error', (error) => {
      if (!headersDone) {
        record.status = 500;
        res.writeHead(500, { 'content-type': 'text/plain' });
      }
      res.end(`cannot run git http-backend: ${error.message}\n`);
      done();
    });
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
