/**
 * End-to-end tests of the bundled GitHub Action dist/helm-migrate/index.js (and the umbrella
 * dist/main/index.js), run as child processes the way the Actions runner runs them, against the
 * local GitHub fake that validates every request against GitHub's OpenAPI description.
 * See harness.ts for how a run is set up.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GitHubServer, type StoredComment, startGitHubServer } from '../support/github/server.js';
import {
  CANARY,
  CHART,
  COMMENT_LIMIT,
  HELM,
  HELM_MIGRATE,
  KUBECTL,
  MARKER,
  OWNER,
  REPO,
  ROOT,
  SCRATCH,
  SMALL_BASE,
  TOKEN,
  UMBRELLA,
  VALUES_DEV,
  type ChartValues,
  base64Needles,
  chartRepo,
  diffInputs,
  validateInputs,
  expectExit,
  expectNoValidationErrors,
  openFence,
  ourComments,
  prComments,
  prEvent,
  requestsOf,
  runAction,
  seedPr,
  timings,
  useServer,
  valuesYaml,
  walk,
} from './harness.js';

let server: GitHubServer;

beforeAll(async () => {
  server = await startGitHubServer({ token: TOKEN });
  useServer(server);
  for (const f of [HELM_MIGRATE, UMBRELLA, HELM, KUBECTL])
    if (!existsSync(f)) throw new Error(`missing ${f}`);
});

afterAll(async () => {
  await server?.close();
  console.log(`helm-migrate e2e runs:\n  ${timings.join('\n  ')}`);
  rmSync(SCRATCH, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

describe('validate mode on examples/marty-service', () => {
  const PR = 101;
  const marty = (out: string) => ({
    mode: 'validate',
    chart: 'examples/marty-service',
    environments: [
      'dev=examples/marty-service/values-dev.yaml',
      'staging=examples/marty-service/values-staging.yaml',
      'prod=examples/marty-service/values-prod.yaml',
    ].join('\n'),
    release: 'user-service',
    namespace: 'marty',
    output: out,
  });

  beforeAll(() => {
    server.reset();
    seedPr(PR);
  });

  it('creates one sticky comment and a check run, sets outputs and the job summary; a rerun reuses the comment', async () => {
    const human = server.seedComment({
      owner: OWNER,
      repo: REPO,
      issue_number: PR,
      body: `LGTM, but see ${MARKER}"x" part="1" --> quoted`,
      user: { login: 'octocat' },
    });
    const missing = join(SCRATCH, 'no-such-k8s-dir');
    const first = await runAction({
      label: 'validate-1',
      cwd: ROOT,
      event: prEvent(PR),
      inputs: marty(missing),
    });
    expectExit(first, 0);
    expectNoValidationErrors();
    expect(existsSync(missing)).toBe(false);

    const ours = ourComments(PR);
    expect(ours).toHaveLength(1);
    const comment = ours[0] as StoredComment;
    expect(comment.body).toContain('helm-migrate validate');
    for (const env of ['dev', 'staging', 'prod']) expect(comment.body).toContain(`| ${env} | ✅ identical |`);

    const runs = server.checkRuns;
    expect(runs).toHaveLength(1);
    const run = runs[0]!;
    expect(run.conclusion).toBe('success');
    expect(run.status).toBe('completed');
    expect(run.name).toBe('helm-migrate: examples/marty-service');
    expect(run.output.summary).toContain(
      '| environment | parity | added | changed | removed | renamed | unchanged |',
    );
    for (const env of ['dev', 'staging', 'prod'])
      expect(run.output.summary).toContain(`| ${env} | ✅ identical |`);

    expect(first.outputs.parity).toBe('true');
    expect(first.outputs['changed-resources']).toBe('0');
    expect(first.outputs['report-path']).toBeTruthy();
    expect(existsSync(first.outputs['report-path']!)).toBe(true);
    expect(first.outputs['report-path']!.startsWith(first.runnerTemp)).toBe(true);
    const report = JSON.parse(readFileSync(first.outputs['report-path']!, 'utf8')) as {
      sections: { name: string; parity?: boolean }[];
    };
    expect(report.sections.map((s) => [s.name, s.parity])).toEqual([
      ['dev', true],
      ['staging', true],
      ['prod', true],
    ]);
    expect(first.outputs['comment-url']).toBe(
      `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${comment.id}`,
    );
    expect(first.summary).toContain('### helm-migrate validate: `examples/marty-service`');
    expect(first.summary).toContain('✅ Parity');
    for (const env of ['dev', 'staging', 'prod'])
      expect(first.summary).toContain(`| ${env} | ✅ identical |`);

    // Second run, same server and PR: the same comment is updated or left as it is.
    const before = server.requests.length;
    const second = await runAction({
      label: 'validate-2',
      cwd: ROOT,
      event: prEvent(PR),
      inputs: marty(missing),
    });
    expectExit(second, 0);
    expectNoValidationErrors();
    expect(requestsOf('issues/create-comment', before)).toHaveLength(0);
    expect(requestsOf('issues/delete-comment', before)).toHaveLength(0);
    const after = ourComments(PR);
    expect(after.map((c) => c.id)).toEqual([comment.id]);
    expect(prComments(PR)).toHaveLength(2); // ours + the human one
    expect(prComments(PR).find((c) => c.id === human.id)?.body).toBe(human.body);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(server.checkRuns.length).toBeGreaterThanOrEqual(1);
    expect(server.checkRuns.every((r) => r.conclusion === 'success')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------

describe('diff mode with a huge change', () => {
  const PR = 202;
  let repo: string;
  let baseSha: string;
  let hugeNames: string[];
  let firstCommentId: number;
  let partsBefore: number;

  beforeAll(() => {
    server.reset();
    seedPr(PR);
    ({ repo, sha: baseSha } = chartRepo('huge', SMALL_BASE));
  });

  it('splits the comment into numbered parts within GitHub limits and merges the annotations per line', async () => {
    const filler = 'x'.repeat(40);
    const extra = Array.from({ length: 400 }, (_, i) => ({
      name: `bulk-${String(i).padStart(3, '0')}`,
      data: Object.fromEntries(
        Array.from({ length: 12 }, (_, k) => [`KEY_${String(k).padStart(2, '0')}`, `${filler}-${i}-${k}`]),
      ),
    }));
    // One ConfigMap that alone is bigger than a comment part: it must be cut inside, fences kept balanced.
    const giant = {
      name: 'giant',
      data: Object.fromEntries(
        Array.from({ length: 1500 }, (_, k) => [`G_${String(k).padStart(4, '0')}`, `${filler}-${k}`]),
      ),
    };
    writeFileSync(
      join(repo, VALUES_DEV),
      valuesYaml({ ...SMALL_BASE, configMaps: [...SMALL_BASE.configMaps, ...extra, giant] }),
    );
    hugeNames = [...extra, giant].map((c) => `ConfigMap/orders-${c.name}`);

    const run = await runAction({
      label: 'diff-huge',
      cwd: repo,
      event: prEvent(PR),
      inputs: diffInputs(baseSha, { 'max-comment-parts': '50' }),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(run.outputs['changed-resources']).toBe(String(hugeNames.length));

    const parts = ourComments(PR);
    partsBefore = parts.length;
    const total = parts.reduce((n, c) => n + c.body.length, 0);
    expect(total).toBeGreaterThan(200_000);
    expect(parts.length).toBeGreaterThan(3);
    firstCommentId = parts[0]!.id;
    parts.forEach((c, i) => {
      expect(c.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
      expect(c.body).toContain(`Part ${i + 1} of ${parts.length}`);
      expect(c.body.startsWith(`${MARKER}`)).toBe(true);
      expect(c.body).toContain(`part="${i + 1}" -->`);
      if (openFence(c.body) !== undefined) throw new Error(`part ${i + 1} leaves a code fence open`);
      const opened = (c.body.match(/<details>/g) ?? []).length;
      const closed = (c.body.match(/<\/details>/g) ?? []).length;
      expect([i + 1, opened]).toEqual([i + 1, closed]);
    });
    const missing = hugeNames.filter(
      (n) => !parts.some((c) => c.body.includes(`${n} (namespace shop): added`)),
    );
    expect(missing).toEqual([]);
    // The giant ConfigMap was cut inside its block: continued in another part, every key kept.
    const giantParts = parts.filter((c) => c.body.includes('ConfigMap/orders-giant'));
    expect(giantParts.length).toBeGreaterThan(1);
    const allText = parts.map((c) => c.body).join('\n');
    const lost = Array.from(
      { length: 1500 },
      (_, k) => `+  G_${String(k).padStart(4, '0')}: ${filler}-${k}\n`,
    );
    expect(lost.filter((line) => !allText.includes(line))).toEqual([]);

    // Check run: every change comes from the values file, so the annotations merge into one on its line.
    const creates = requestsOf('checks/create');
    expect(creates).toHaveLength(1);
    for (const r of [...creates, ...requestsOf('checks/update')]) {
      const annotations = (r.body as { output?: { annotations?: unknown[] } }).output?.annotations ?? [];
      expect(annotations.length).toBeLessThanOrEqual(50);
    }
    const [checkRun] = server.checkRuns;
    expect(checkRun!.annotations.length).toBeLessThan(10);
    for (const a of checkRun!.annotations) {
      const file = join(repo, a.path);
      expect([a.path, existsSync(file) && statSync(file).isFile()]).toEqual([a.path, true]);
      expect(a.start_line).toBeGreaterThanOrEqual(1);
      expect(a.start_line).toBeLessThanOrEqual(readFileSync(file, 'utf8').split('\n').length);
    }
    // The values file is what changed (the template did not), so every annotation points at it.
    expect([...new Set(checkRun!.annotations.map((a) => a.path))]).toEqual([VALUES_DEV]);
    const keys = new Set(checkRun!.annotations.map((a) => `${a.path}:${a.start_line}`));
    expect(keys.size).toBe(checkRun!.annotations.length);
    expect(checkRun!.annotations[0]!.title).toMatch(/\(and \d+ more on this line\)$/);
    expect(checkRun!.output.summary!.length).toBeLessThanOrEqual(65_535);
    expect((checkRun!.output.text ?? '').length).toBeLessThanOrEqual(65_535);
  });

  it('shrinks back to one part: extra parts are deleted, the first is updated in place', async () => {
    expect(partsBefore).toBeGreaterThan(1);
    const small: ChartValues = {
      ...SMALL_BASE,
      configMaps: [
        { name: 'app-settings', data: { LOG_LEVEL: 'debug', FEATURE_X: 'off' } },
        SMALL_BASE.configMaps[1]!,
      ],
    };
    writeFileSync(join(repo, VALUES_DEV), valuesYaml(small));
    const before = server.requests.length;
    const run = await runAction({
      label: 'diff-shrink',
      cwd: repo,
      event: prEvent(PR),
      inputs: diffInputs(baseSha, { 'max-comment-parts': '50' }),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(run.outputs['changed-resources']).toBe('1');

    const deletes = server.requests.slice(before).filter((r) => r.method === 'DELETE');
    expect(deletes).toHaveLength(partsBefore - 1);
    expect(deletes.every((r) => r.operationId === 'issues/delete-comment' && r.status === 204)).toBe(true);
    expect(requestsOf('issues/create-comment', before)).toHaveLength(0);
    expect(requestsOf('issues/update-comment', before).map((r) => r.params.comment_id)).toEqual([
      String(firstCommentId),
    ]);
    const ours = ourComments(PR);
    expect(ours.map((c) => c.id)).toEqual([firstCommentId]);
    expect(ours[0]!.body).toContain('ConfigMap/orders-app-settings');
    expect(ours[0]!.body).not.toContain('orders-bulk-');
    expect(ours[0]!.body).not.toContain('Part 1 of');
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${firstCommentId}`);
  });
});

// ---------------------------------------------------------------------------------------------

describe('secret canary', () => {
  const PR = 303;

  beforeAll(() => {
    server.reset();
    seedPr(PR);
  });

  it('never reveals a Secret value anywhere, but names the changed keys', async () => {
    const { repo, sha } = chartRepo('canary', {
      ...SMALL_BASE,
      apiToken: CANARY,
      dbPassword: `db-${CANARY}`,
    });
    writeFileSync(
      join(repo, VALUES_DEV),
      valuesYaml({ ...SMALL_BASE, apiToken: `${CANARY}-rotated`, dbPassword: `db-${CANARY}-rotated` }),
    );
    const run = await runAction({
      label: 'diff-canary',
      cwd: repo,
      event: prEvent(PR),
      inputs: diffInputs(sha),
    });
    expectExit(run, 0);
    expectNoValidationErrors();

    const needles = [CANARY, ...base64Needles(CANARY)];
    const places: Record<string, string> = {
      requests: JSON.stringify(server.requests),
      comments: JSON.stringify(server.comments),
      checkRuns: JSON.stringify(server.checkRuns),
      stdout: run.stdout,
      stderr: run.stderr,
      summary: run.summary,
      outputs: readFileSync(run.outputFile, 'utf8'),
    };
    // RUNNER_TEMP and the run's TMPDIR (git worktrees, scratch files).
    for (const file of walk(run.dir)) places[file] = readFileSync(file, 'latin1');
    const leaks = Object.entries(places).flatMap(([where, text]) =>
      needles.filter((n) => text.includes(n)).map((n) => `${where}: ${n}`),
    );
    expect(leaks).toEqual([]);
    expect(walk(join(run.dir, 'runner-temp')).length).toBeGreaterThan(0); // the scan saw the report

    const [comment] = ourComments(PR);
    expect(comment).toBeDefined();
    expect(comment!.body).toContain('Secret/orders-credentials');
    expect(comment!.body).toMatch(/\| `api-token` \| changed \|/);
    expect(comment!.body).toMatch(/\| `db-password` \| changed \|/);
    expect(run.outputs['changed-resources']).toBe('1');
  });
});

// ---------------------------------------------------------------------------------------------

describe('fork pull request with a read-only token', () => {
  const PR = 404;

  beforeAll(() => {
    server.reset();
    seedPr(PR, true);
    server.simulateReadOnlyToken();
  });

  it('passes with parity, warns that it cannot comment, and keeps the full report in the job summary', async () => {
    const { repo } = chartRepo('fork-ok', SMALL_BASE);
    const run = await runAction({
      label: 'fork-validate',
      cwd: repo,
      event: prEvent(PR, { fork: true }),
      inputs: validateInputs(repo),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(run.stdout).toMatch(
      /^::warning::.*cannot comment.*pull requests from forks get a read-only GITHUB_TOKEN/m,
    );
    expect(run.stdout).toMatch(/^::warning::.*cannot create a check run.*pull requests from forks/m);
    expect(run.stdout).not.toMatch(/^::error::/m);
    expect(server.comments).toHaveLength(0);
    expect(server.checkRuns).toHaveLength(0);
    expect(requestsOf('issues/create-comment').every((r) => r.status === 403)).toBe(true);
    expect(run.summary).toContain('### helm-migrate validate: `charts/demo`');
    expect(run.summary).toContain('| dev | ✅ identical |');
    expect(run.summary).toContain('Not published: the token cannot comment on pull request #404');
    expect(run.summary).toContain('Not published: the token cannot create a check run');
    expect(run.outputs.parity).toBe('true');
    expect(run.outputs['comment-url']).toBe('');
  });

  it('fails on a parity failure and still reports it in the job summary', async () => {
    const { repo } = chartRepo('fork-parity', SMALL_BASE);
    // A committed Kustomize tree that does not render what Helm renders.
    const overlay = join(repo, 'k8s/overlays/dev');
    mkdirSync(overlay, { recursive: true });
    writeFileSync(join(overlay, 'kustomization.yaml'), 'resources:\n  - configmap.yaml\n');
    writeFileSync(
      join(overlay, 'configmap.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: orders-app-settings\n  namespace: shop\ndata:\n  LOG_LEVEL: warn\n',
    );
    const run = await runAction({
      label: 'fork-parity-failure',
      cwd: repo,
      event: prEvent(PR, { fork: true }),
      inputs: {
        mode: 'validate',
        chart: CHART,
        environments: `dev=${VALUES_DEV}`,
        release: 'orders',
        namespace: 'shop',
        output: 'k8s',
      },
    });
    expectExit(run, 1);
    expectNoValidationErrors();
    expect(run.stdout).toMatch(/^::error::Parity failure/m);
    expect(run.stdout).toMatch(/^::warning::.*cannot comment/m);
    expect(run.outputs.parity).toBe('false');
    expect(Number(run.outputs['changed-resources'])).toBeGreaterThan(0);
    expect(run.summary).toContain('❌ Parity failure');
    expect(run.summary).toContain('| dev | ❌ differs |');
    expect(run.summary).toContain('ConfigMap/orders-app-settings');
    expect(run.summary).toContain('Not published: the token cannot comment');
    expect(server.comments).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------------------------

describe('fail-on', () => {
  const PR = 505;
  let repo: string;
  let sha: string;

  beforeAll(() => {
    server.reset();
    seedPr(PR);
    ({ repo, sha } = chartRepo('fail-on', SMALL_BASE));
    writeFileSync(join(repo, VALUES_DEV), valuesYaml({ ...SMALL_BASE, replicas: 5 }));
  });

  it('difference: a diff with changes fails the step', async () => {
    const run = await runAction({
      label: 'fail-on-difference',
      cwd: repo,
      event: prEvent(PR),
      inputs: diffInputs(sha, { 'fail-on': 'difference' }),
    });
    expectExit(run, 1);
    expectNoValidationErrors();
    expect(run.stdout).toMatch(/^::error::1 resource\(s\) change \(fail-on: difference\)/m);
    expect(run.outputs['changed-resources']).toBe('1');
    expect(server.checkRuns.at(-1)?.conclusion).toBe('failure');
    // Only the values file changed, so the annotation points at it, not at the unchanged template.
    expect(server.checkRuns.at(-1)?.annotations.map((a) => a.path)).toEqual([VALUES_DEV]);
  });

  it('never: the same diff passes', async () => {
    const run = await runAction({
      label: 'fail-on-never',
      cwd: repo,
      event: prEvent(PR),
      inputs: diffInputs(sha, { 'fail-on': 'never' }),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(run.stdout).not.toMatch(/^::error::/m);
    expect(run.outputs['changed-resources']).toBe('1');
    expect(server.checkRuns.at(-1)?.conclusion).toBe('neutral');
    expect(ourComments(PR)).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------

describe('umbrella action dist/main/index.js', () => {
  const PR = 606;

  beforeAll(() => {
    server.reset();
    seedPr(PR);
  });

  it('command: helm-migrate behaves like the helm-migrate action', async () => {
    const { repo } = chartRepo('umbrella', SMALL_BASE);
    const run = await runAction({
      label: 'umbrella-helm-migrate',
      entry: UMBRELLA,
      cwd: repo,
      event: prEvent(PR),
      inputs: validateInputs(repo, { command: 'helm-migrate' }),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(run.outputs.parity).toBe('true');
    expect(run.outputs['changed-resources']).toBe('0');
    expect(existsSync(run.outputs['report-path']!)).toBe(true);
    expect(ourComments(PR)).toHaveLength(1);
    expect(run.outputs['comment-url']).toContain(`#issuecomment-${ourComments(PR)[0]!.id}`);
    expect(server.checkRuns.map((r) => [r.name, r.conclusion])).toEqual([
      ['helm-migrate: charts/demo', 'success'],
    ]);
    expect(run.summary).toContain('### helm-migrate validate: `charts/demo`');
  });

  it('a command that is not released yet (deploy) fails with a clear message naming those that are', async () => {
    const before = server.requests.length;
    const run = await runAction({
      label: 'umbrella-deploy',
      entry: UMBRELLA,
      cwd: SCRATCH,
      event: prEvent(PR),
      inputs: { command: 'deploy' },
    });
    expectExit(run, 1);
    expect(run.stdout).toMatch(/^::error::.*command "deploy" is not available.*ci.*helm-migrate.*release/m);
    expect(server.requests.length).toBe(before);
    expectNoValidationErrors();
  });
});

// ---------------------------------------------------------------------------------------------
// Regressions: each of these once failed (5xx losing the report, summary size in characters,
// environments new in the PR, namespaces in diff mode, comments of other authors).

describe('fixed issues (found by these tests)', () => {
  beforeEach(() => server.reset());

  it('a 502 on the comment is retried: the comment is posted and the step passes (it used to fail)', async () => {
    seedPr(701);
    const { repo } = chartRepo('api-502', SMALL_BASE);
    server.failWith((r) => r.method === 'POST' && /\/issues\/\d+\/comments$/.test(r.path), 502, undefined, {
      times: 1,
    });
    const run = await runAction({
      label: 'known-502',
      cwd: repo,
      event: prEvent(701),
      inputs: validateInputs(repo),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(requestsOf('issues/create-comment').map((r) => r.status)).toEqual([502, 201]);
    expect(ourComments(701)).toHaveLength(1);
    expect(run.summary).toContain('### helm-migrate validate: `charts/demo`');
    expect(run.outputs.parity).toBe('true');
    expect(run.stdout).not.toMatch(/^::(error|warning)::/m);
  });

  it('the job summary stays within 1 MiB in bytes (multi-byte content)', async () => {
    seedPr(702);
    const { repo, sha } = chartRepo('multibyte', SMALL_BASE);
    const wide = Array.from({ length: 330 }, (_, i) => ({ name: `mb-${i}`, data: { V: 'ä'.repeat(2000) } }));
    writeFileSync(
      join(repo, VALUES_DEV),
      valuesYaml({ ...SMALL_BASE, configMaps: [...SMALL_BASE.configMaps, ...wide] }),
    );
    const run = await runAction({
      label: 'known-multibyte',
      cwd: repo,
      event: prEvent(702),
      inputs: diffInputs(sha),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
  });

  it('diff: an environment added by the PR (values file new) is reported as added', async () => {
    seedPr(703);
    const { repo, sha } = chartRepo('new-env', SMALL_BASE);
    writeFileSync(join(repo, CHART, 'values-prod.yaml'), valuesYaml({ ...SMALL_BASE, replicas: 4 }));
    const run = await runAction({
      label: 'known-new-env',
      cwd: repo,
      event: prEvent(703),
      inputs: diffInputs(sha, { environments: `dev=${VALUES_DEV}\nprod=${CHART}/values-prod.yaml` }),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(run.outputs['changed-resources']).toBe('4');
  });

  it('diff: a migration PR (Helm at base, converted overlay at head) shows no changes', async () => {
    seedPr(704);
    const { repo, sha } = chartRepo('migration', SMALL_BASE);
    const convert = await runAction({
      label: 'known-migration-convert',
      cwd: repo,
      event: prEvent(704),
      inputs: {
        mode: 'convert',
        chart: CHART,
        environments: `dev=${VALUES_DEV}`,
        release: 'orders',
        namespace: 'shop',
        output: 'k8s',
        comment: 'false',
        'check-run': 'false',
      },
    });
    expectExit(convert, 0);
    expect(convert.outputs.parity).toBe('true');
    const run = await runAction({
      label: 'known-migration-diff',
      cwd: repo,
      event: prEvent(704),
      inputs: diffInputs(sha, { output: 'k8s' }),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    expect(ourComments(704)[0]?.body ?? '').not.toContain('`metadata.namespace` | added');
    expect(run.outputs['changed-resources']).toBe('0');
  });

  it('convert with base-env: the base is that environment, so its overlay needs no patches', async () => {
    const { repo } = chartRepo('base-env', SMALL_BASE);
    writeFileSync(join(repo, CHART, 'values-prod.yaml'), valuesYaml({ ...SMALL_BASE, replicas: 4 }));
    const run = await runAction({
      label: 'known-base-env',
      cwd: repo,
      event: prEvent(706),
      inputs: {
        mode: 'convert',
        chart: CHART,
        environments: `dev=${VALUES_DEV}\nprod=${CHART}/values-prod.yaml`,
        'base-env': 'prod',
        output: 'k8s',
        comment: 'false',
        'check-run': 'false',
      },
    });
    expectExit(run, 0);
    expect(run.outputs.parity).toBe('true');
    const kustomization = (env: string) =>
      readFileSync(join(repo, 'k8s', 'overlays', env, 'kustomization.yaml'), 'utf8');
    // The base has prod's 4 replicas; only dev changes them (to 2).
    expect(kustomization('prod')).not.toMatch(/^(replicas|patches):/m);
    expect(kustomization('dev')).toMatch(/^replicas:\n- name: demo-web\n {2}count: 2$/m);
  });

  it('someone else’s comment that starts with our marker is neither edited nor deleted', async () => {
    seedPr(705);
    const { repo } = chartRepo('spoof', SMALL_BASE);
    const id = `PR review/review/charts/demo/validate/${join(repo, 'nope')}`;
    const spoofs = [1, 9].map((part) =>
      server.seedComment({
        owner: OWNER,
        repo: REPO,
        issue_number: 705,
        body: `<!-- mmf-actions:review id="${id}" part="${part}" -->\nwritten by a person`,
        user: { login: 'octocat' },
      }),
    );
    const run = await runAction({
      label: 'known-spoof',
      cwd: repo,
      event: prEvent(705),
      inputs: validateInputs(repo),
    });
    expectExit(run, 0);
    expectNoValidationErrors();
    for (const s of spoofs) expect(server.comments.find((c) => c.id === s.id)?.body).toBe(s.body);
    expect(ourComments(705).filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
  });
});
