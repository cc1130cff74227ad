// `npm run bench`: what users wait for, measured against the tools themselves.
//
// For each small, real-shaped chart of 3+ environments (scripts/bench/charts/
// and the repository's example chart), one run measures, several times and
// interleaved so both see the same machine load:
//   tools     the unavoidable work, run one after another: per environment one
//             `helm template` and one `kubectl kustomize overlays/<env>` of the
//             converter's output, with the same binaries the converter uses;
//   convert   `node dist/cli/index.js migrate helm-to-kustomize ... --validate`,
//             the whole process from spawn to exit.
// It prints each chart's median convert / median tools and the median of those
// ratios (and, for information, the same against the tools run with the Go
// settings mmf gives them), then runs the semantic diff benchmark
// (scripts/bench/diff-bench.ts) and prints its (diff + render) / parse. A missed target prints MISS but the
// script still exits 0; only a converter failure or a parity difference exits 1.
//
// This sandbox sets NODE_EXTRA_CA_CERTS (a CA bundle for its proxy); Node 20 parses that bundle at
// every start, before any of mmf's code runs (nodejs/node#40524), which hosted GitHub and GitLab
// runners, where the variable is unset, never pay. So the converter runs without it, and, when it is
// set, a second time with it (`conv+CA`, `ratio+CA`, for information); BENCH_KEEP_EXTRA_CA=1 keeps it
// for the judged runs too.
//
// BENCH_HELM=3|4 (default 4) picks .tools/helm3 or .tools/helm4 and its kubectl;
// BENCH_REPEAT (default 5) sets the repetitions; BENCH_CLI points at another
// bundle (to compare two builds in one run); BENCH_CHARTS=a,b runs only those;
// BENCH_LARGE=1 adds the generated 40-service chart (scripts/bench/chart.mjs),
// which is not counted in the median.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENVIRONMENTS, NAMESPACE, RELEASE, generateChart } from './bench/chart.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = 1.0;
const TARGET_TWICE = 1.2;
const DIFF_TARGET = 1.3;

const helmMajor = process.env.BENCH_HELM ?? '4';
if (helmMajor !== '3' && helmMajor !== '4') fail(`BENCH_HELM must be 3 or 4, not "${helmMajor}"`);
const repeat = Number(process.env.BENCH_REPEAT ?? 5);
if (!Number.isInteger(repeat) || repeat < 1) fail(`BENCH_REPEAT must be a positive integer`);
const helm = join(root, '.tools', `helm${helmMajor}`, 'helm');
const kubectl = join(root, '.tools', `helm${helmMajor}`, 'kubectl');
const cli = resolve(process.env.BENCH_CLI ?? join(root, 'dist', 'cli', 'index.js'));
for (const file of [helm, kubectl, cli]) {
  if (!existsSync(file)) fail(`missing ${file} (run npm install / npm run bundle)`);
}

const bench = (name) => join(root, 'scripts', 'bench', 'charts', name);
const CHARTS = [
  {
    name: 'orders-api',
    what: 'Marty generic service shape, hooks, no random values',
    dir: bench('orders-api'),
    release: 'orders',
    envs: ['dev', 'staging', 'prod'],
    twice: false,
  },
  {
    name: 'notify-worker',
    what: 'random values only in Helm test hooks',
    dir: bench('notify-worker'),
    release: 'notify',
    envs: ['dev', 'qa', 'staging', 'prod'],
    twice: false,
  },
  {
    name: 'session-store',
    what: 'generated password and certificate: needs the second render',
    dir: bench('session-store'),
    release: 'sessions',
    envs: ['dev', 'staging', 'prod'],
    twice: true,
  },
  {
    name: 'marty-service',
    what: 'examples/marty-service: random session key, needs the second render',
    dir: join(root, 'examples', 'marty-service'),
    release: 'user-service',
    envs: ['dev', 'staging', 'prod'],
    twice: true,
  },
].map((c) => ({ ...c, namespace: 'marty', values: (env) => [join(c.dir, `values-${env}.yaml`)] }));

/** Spawns a command, collects its output, and times it from spawn to close. */
function run(file, args, env = process.env) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { env, cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolvePromise({
        code: code ?? (signal ? 128 : 1),
        ms: performance.now() - started,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

async function mustRun(file, args, what, env) {
  const result = await run(file, args, env);
  if (result.code !== 0) fail(`${what} failed (exit ${result.code}):\n${result.stderr.trim()}`);
  return result;
}

function fail(message) {
  console.error(`\nBENCH FAILED: ${message}`);
  process.exit(1);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (n) => `${Math.round(n)} ms`;
const pad = (s, n) => String(s).padStart(n);

const work = mkdtempSync(join(tmpdir(), 'mmf-bench-'));
const childEnv = { ...process.env, MMF_HELM: helm, MMF_KUBECTL: kubectl };
delete childEnv.MMF_KUSTOMIZE;
const extraCa = process.env.NODE_EXTRA_CA_CERTS;
const withCaEnv = extraCa && process.env.BENCH_KEEP_EXTRA_CA !== '1' ? { ...childEnv } : undefined;
if (withCaEnv) delete childEnv.NODE_EXTRA_CA_CERTS;

// The Go runtime settings mmf gives helm and kustomize when the user sets none
// (actions/platform/process/child-env.ts): the tools are also timed with them,
// to show how much of the difference is the settings rather than running side by side.
const MMF_GO_RUNTIME = { GOGC: '400', GOMEMLIMIT: '1GiB', GOMAXPROCS: '1' };
const userSetsGo = Object.keys(MMF_GO_RUNTIME).some((name) => process.env[name] !== undefined);
const tunedEnv = userSetsGo ? process.env : { ...process.env, ...MMF_GO_RUNTIME };

/** One `helm template` and one kustomize build per environment, one after another. */
async function toolsOnce(chart, output, env = process.env) {
  let total = 0;
  for (const name of chart.envs) {
    const args = ['template', chart.release, chart.dir, '--namespace', chart.namespace, '--include-crds'];
    for (const file of chart.values(name)) args.push('--values', file);
    total += (await mustRun(helm, args, `helm template (${chart.name} ${name})`, env)).ms;
  }
  for (const name of chart.envs)
    total += (
      await mustRun(
        kubectl,
        ['kustomize', join(output, 'overlays', name)],
        `kustomize (${chart.name} ${name})`,
        env,
      )
    ).ms;
  return total;
}

async function convertOnce(chart, output, env = childEnv) {
  const args = [cli, 'migrate', 'helm-to-kustomize', '--chart', chart.dir, '--output', output];
  for (const env of chart.envs) args.push('--env', `${env}=${chart.values(env).join(',')}`);
  args.push('--release', chart.release, '--namespace', chart.namespace, '--validate', '--force');
  const result = await run(process.execPath, args, env);
  let report;
  try {
    report = JSON.parse(readFileSync(join(output, 'migration-report.json'), 'utf8'));
  } catch {
    report = undefined;
  }
  const differing = (report?.environments ?? []).filter((e) => !e.parity?.identical);
  if (result.code !== 0 || !report || differing.length) {
    console.error(`\n${chart.name}: converter exit code ${result.code}`);
    console.error(`--- converter output ---\n${(result.stdout + result.stderr).trim().slice(0, 4000)}`);
    for (const e of differing)
      console.error(`--- parity ${e.name} ---\n${JSON.stringify(e.parity, null, 2)}`);
    console.error(`\noutput kept in ${work}`);
    keep = true;
    fail(`the converter did not reach parity on ${chart.name}`);
  }
  return { ms: result.ms, report };
}

async function measure(chart) {
  const output = join(work, chart.name);
  // Warm-up, not measured: binaries, chart and bundle into the page cache, and an output to build.
  await convertOnce(chart, output);
  await toolsOnce(chart, output);
  const tools = [];
  const tuned = [];
  const convert = [];
  const convertCa = [];
  let report;
  for (let i = 0; i < repeat; i++) {
    // Alternate the order so neither side always runs right after the other.
    if (i % 2) tools.push(await toolsOnce(chart, output));
    const c = await convertOnce(chart, output);
    convert.push(c.ms);
    report = c.report;
    if (!(i % 2)) tools.push(await toolsOnce(chart, output));
    tuned.push(await toolsOnce(chart, output, tunedEnv));
    if (withCaEnv) convertCa.push((await convertOnce(chart, output, withCaEnv)).ms);
  }
  return {
    tools: median(tools),
    tuned: median(tuned),
    convert: median(convert),
    ...(withCaEnv ? { convertCa: median(convertCa) } : {}),
    report,
  };
}

let keep = false;
try {
  const helmVersion = (await mustRun(helm, ['version', '--template', '{{.Version}}'], 'helm version')).stdout;
  const kubectlVersion = JSON.parse(
    (await mustRun(kubectl, ['version', '--client', '-o', 'json'], 'kubectl version')).stdout,
  );
  console.log(`helm:      ${helmVersion.trim()} (${helm})`);
  console.log(
    `kustomize: kubectl ${kubectlVersion.clientVersion?.gitVersion} kustomize (${kubectlVersion.kustomizeVersion}) (${kubectl})`,
  );
  console.log(`converter: ${cli}`);
  if (extraCa) {
    const start = async (env) => {
      const times = [];
      for (let i = 0; i < 5; i++) times.push((await mustRun(process.execPath, ['-e', '0'], 'node', env)).ms);
      return ms(median(times));
    };
    const without = { ...process.env };
    delete without.NODE_EXTRA_CA_CERTS;
    console.log(
      `node:      starts in ${await start(without)}, ${await start(process.env)} with this machine's NODE_EXTRA_CA_CERTS; ` +
        (withCaEnv
          ? 'convert runs without it, as on hosted runners (conv+CA: with it, for information)'
          : 'kept (BENCH_KEEP_EXTRA_CA=1)'),
    );
  }
  // Ratios mean what they say only on an otherwise idle machine: the converter runs tools side by side.
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`machine:   ${availableParallelism()} CPUs, load average ${load}`);
  console.log(
    `${repeat} repetitions per chart, medians; tools = one helm template + one kustomize build per env, sequential`,
  );
  console.log(
    userSetsGo
      ? 'tools* = tools again (your GOGC/GOMEMLIMIT/GOMAXPROCS apply to both, so mmf adds no settings)'
      : `tools* = tools with the Go settings mmf gives them (${Object.entries(MMF_GO_RUNTIME)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')}); the target is judged on tools`,
  );

  const only = process.env.BENCH_CHARTS?.split(',').filter(Boolean);
  const charts = only ? CHARTS.filter((c) => only.includes(c.name)) : CHARTS;
  if (process.env.BENCH_LARGE === '1') {
    const { chart, values, services } = generateChart(join(work, 'large-chart'));
    charts.push({
      name: 'large-generated',
      what: `${services} services, not counted in the median`,
      dir: chart,
      release: RELEASE,
      namespace: NAMESPACE,
      envs: ENVIRONMENTS,
      values: (env) => [values[env]],
      twice: false,
      extra: true,
    });
  }

  console.log('');
  console.log(
    `${'chart'.padEnd(16)} ${pad('envs', 4)} ${pad('res', 4)} ${pad('renders', 7)} ${pad('tools', 8)} ${pad('tools*', 8)} ${pad('convert', 8)} ${pad('ratio', 6)} ${pad('ratio*', 6)}${withCaEnv ? ` ${pad('conv+CA', 8)} ${pad('ratio+CA', 8)}` : ''}  target`,
  );
  const rows = [];
  for (const chart of charts) {
    const m = await measure(chart);
    const ratio = m.convert / m.tools;
    const renderedTwice =
      m.report.render?.renderedTwice?.length ?? (m.report.render?.twice ? chart.envs.length : 0);
    const target = chart.twice ? TARGET_TWICE : TARGET;
    const resources = Math.max(...m.report.environments.map((e) => e.renderedResources));
    const caRatio = m.convertCa === undefined ? undefined : m.convertCa / m.tools;
    rows.push({ chart, ratio, tunedRatio: m.convert / m.tuned, caRatio, target });
    const ca = caRatio === undefined ? '' : ` ${pad(ms(m.convertCa), 8)} ${pad(caRatio.toFixed(2), 8)}`;
    console.log(
      `${chart.name.padEnd(16)} ${pad(chart.envs.length, 4)} ${pad(resources, 4)} ${pad(`${chart.envs.length + renderedTwice}`, 7)} ${pad(ms(m.tools), 8)} ${pad(ms(m.tuned), 8)} ${pad(ms(m.convert), 8)} ${pad(ratio.toFixed(2), 6)} ${pad((m.convert / m.tuned).toFixed(2), 6)}${ca}  <= ${target} ${ratio <= target ? 'ok' : 'MISS'}   (${chart.what})`,
    );
  }
  const counted = rows.filter((r) => !r.chart.extra);
  const overall = median(counted.map((r) => r.ratio));
  console.log('');
  console.log(
    `median convert / tools over ${counted.length} charts = ${overall.toFixed(2)} (target <= ${TARGET}) ${overall <= TARGET ? 'ok' : 'MISS'}`,
  );
  console.log(
    `median convert / tools* over ${counted.length} charts = ${median(counted.map((r) => r.tunedRatio)).toFixed(2)} (for information)`,
  );
  if (withCaEnv)
    console.log(
      `median conv+CA / tools over ${counted.length} charts = ${median(counted.map((r) => r.caRatio)).toFixed(2)} (with NODE_EXTRA_CA_CERTS, for information)`,
    );

  // The semantic diff benchmark, on the TypeScript sources.
  const diff = await mustRun(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'bench', 'diff-bench.ts')],
    'diff benchmark',
  );
  process.stdout.write(diff.stdout);
  const diffRatio = Number(/\(diff \+ render\) \/ parse = ([\d.]+)/.exec(diff.stdout)?.[1]);
  console.log('');
  console.log(
    `summary: converter median ${overall.toFixed(2)} (<= ${TARGET}); diff ${diffRatio.toFixed(2)} (<= ${DIFF_TARGET})`,
  );
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
