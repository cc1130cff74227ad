// Benchmark of `mmf migrate helm-to-kustomize` on a large generated chart
// (scripts/bench/chart.mjs: 40 services, 322 resources, 4 environments).
//
// One run measures, on the same machine and with a hot page cache:
//   T_tools   the unavoidable tool calls, run one after another: per environment
//             one `helm template` and one `kubectl kustomize overlays/<env>`
//             on the converter's output;
//   T_convert the converter with --validate, from spawn to exit.
// and prints overlay size / rendered size per environment (target well under
// 0.2) and T_convert / T_tools (target <= 1.5). A missed target prints MISS but
// still exits 0; only a converter failure or a parity difference exits 1.
//
// BENCH_HELM=3|4 picks .tools/helm3 or .tools/helm4 (default 4); kustomize is
// always `.tools/helm4/kubectl kustomize`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENVIRONMENTS, NAMESPACE, RELEASE, generateChart } from './bench/chart.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OVERLAY_TARGET = 0.2;
const SPEED_TARGET = 1.5;

const helmMajor = process.env.BENCH_HELM ?? '4';
if (helmMajor !== '3' && helmMajor !== '4') fail(`BENCH_HELM must be 3 or 4, not "${helmMajor}"`);
const helm = join(root, '.tools', `helm${helmMajor}`, 'helm');
const kubectl = join(root, '.tools', 'helm4', 'kubectl');
const cli = join(root, 'dist', 'cli', 'index.js');
for (const file of [helm, kubectl, cli]) {
  if (!existsSync(file)) fail(`missing ${file} (run npm install / npm run bundle)`);
}

/** Spawns a command, collects its output, and times it from spawn to close. */
function run(file, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      resolve({
        code: code ?? (signal ? 128 : 1),
        ms,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

async function mustRun(file, args, what) {
  const result = await run(file, args);
  if (result.code !== 0) fail(`${what} failed (exit ${result.code}):\n${result.stderr.trim()}`);
  return result;
}

function fail(message) {
  console.error(`\nBENCH FAILED: ${message}`);
  process.exit(1);
}

const ms = (n) => `${Math.round(n)} ms`;
const pad = (s, n) => String(s).padStart(n);

const work = mkdtempSync(join(tmpdir(), 'mmf-bench-'));
let keep = false;
try {
  const { chart, values, services } = generateChart(work);
  const output = join(work, 'out');
  const helmTemplateArgs = (env) => [
    'template',
    RELEASE,
    chart,
    '--namespace',
    NAMESPACE,
    '--include-crds',
    '--values',
    values[env],
  ];
  const kustomizeArgs = (env) => ['kustomize', join(output, 'overlays', env)];

  const helmVersion = (
    await mustRun(helm, ['version', '--template', '{{.Version}}'], 'helm version')
  ).stdout.trim();
  const kubectlVersion = (await mustRun(kubectl, ['version', '--client'], 'kubectl version')).stdout
    .trim()
    .split('\n')
    .join(', ');
  console.log(`helm:      ${helmVersion} (${helm})`);
  console.log(`kustomize: ${kubectlVersion} (${kubectl} kustomize)`);
  console.log(
    `chart:     ${services} services, ${ENVIRONMENTS.length} environments (${ENVIRONMENTS.join(', ')})`,
  );

  // Warm-up, not measured: both binaries and the chart into the page cache.
  await mustRun(helm, helmTemplateArgs(ENVIRONMENTS[0]), 'warm-up helm template');
  const warmup = join(work, 'warmup');
  mkdirSync(warmup);
  writeFileSync(join(warmup, 'kustomization.yaml'), 'resources:\n  - configmap.yaml\nnamePrefix: warm-\n');
  writeFileSync(
    join(warmup, 'configmap.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: up\ndata:\n  a: b\n',
  );
  await mustRun(kubectl, ['kustomize', warmup], 'warm-up kubectl kustomize');

  // Unavoidable tool calls, part 1: one helm template per environment.
  const helmMs = {};
  for (const env of ENVIRONMENTS)
    helmMs[env] = (await mustRun(helm, helmTemplateArgs(env), `helm template (${env})`)).ms;

  // The converter, timed from spawn to exit.
  const childEnv = { ...process.env, MMF_HELM: helm, MMF_KUBECTL: kubectl };
  delete childEnv.MMF_KUSTOMIZE;
  const convertArgs = [cli, 'migrate', 'helm-to-kustomize', '--chart', chart, '--output', output];
  for (const env of ENVIRONMENTS) convertArgs.push('--env', `${env}=${values[env]}`);
  convertArgs.push('--release', RELEASE, '--namespace', NAMESPACE, '--validate', '--json', '--force');
  const convert = await run(process.execPath, convertArgs, childEnv);

  let result;
  try {
    result = JSON.parse(convert.stdout).result; // the --json envelope: {command, ok, exitCode, result, error}
  } catch {
    result = undefined;
  }
  const environments = result?.report?.environments ?? [];
  const differing = environments.filter((e) => !e.parity?.identical);
  if (
    convert.code !== 0 ||
    !result ||
    result.exitCode !== 0 ||
    differing.length ||
    environments.length !== 4
  ) {
    keep = true;
    console.error(
      `\nconverter exit code ${convert.code}${result ? `, report exitCode ${result.exitCode}` : ''}`,
    );
    console.error(`--- converter stderr ---\n${convert.stderr.trim()}`);
    if (!result) console.error(`--- converter stdout ---\n${convert.stdout.trim().slice(0, 4000)}`);
    for (const e of differing)
      console.error(`--- parity ${e.name} ---\n${JSON.stringify(e.parity, null, 2)}`);
    console.error(`\nchart and output kept in ${work}`);
    console.error(`regenerate the chart with: node scripts/bench/chart.mjs DIR`);
    fail(
      differing.length
        ? `parity differs for ${differing.map((e) => e.name).join(', ')}`
        : 'the converter did not succeed on the benchmark chart',
    );
  }

  // Unavoidable tool calls, part 2: one kustomize build per overlay.
  const kustomizeMs = {};
  for (const env of ENVIRONMENTS) {
    kustomizeMs[env] = (await mustRun(kubectl, kustomizeArgs(env), `kubectl kustomize (${env})`)).ms;
  }

  console.log('');
  console.log(
    `${'env'.padEnd(8)} ${pad('resources', 9)} ${pad('rendered lines', 14)} ${pad('overlay lines', 13)} ${pad('overlay files', 13)} ${pad('overlay/rendered', 16)}  parity`,
  );
  for (const e of environments) {
    const ratio = e.overlay.lines / e.renderedLines;
    const mark = ratio < OVERLAY_TARGET ? '' : ' MISS';
    console.log(
      `${e.name.padEnd(8)} ${pad(e.renderedResources, 9)} ${pad(e.renderedLines, 14)} ${pad(e.overlay.lines, 13)} ${pad(e.overlay.files, 13)} ${pad(ratio.toFixed(3), 16)}${mark.padEnd(5)}  ${e.parity.identical ? 'identical' : 'DIFFERS'}`,
    );
  }
  console.log(`(target: overlay lines / rendered lines well under ${OVERLAY_TARGET})`);

  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const tHelm = sum(helmMs);
  const tKustomize = sum(kustomizeMs);
  const tTools = tHelm + tKustomize;
  console.log('');
  console.log('unavoidable tool calls (sequential):');
  for (const env of ENVIRONMENTS) {
    console.log(
      `  ${env.padEnd(8)} helm template ${pad(ms(helmMs[env]), 8)}   kubectl kustomize ${pad(ms(kustomizeMs[env]), 8)}`,
    );
  }
  console.log(`  total    helm ${ms(tHelm)} + kustomize ${ms(tKustomize)} = ${ms(tTools)}`);

  const t = result.timings;
  console.log('');
  console.log(
    `converter timings: total ${ms(t.totalMs)} (render ${ms(t.renderMs)}, plan ${ms(t.planMs)}, write ${ms(t.writeMs)}, validate ${ms(t.validateMs)}); process start/exit ${ms(convert.ms - t.totalMs)}`,
  );
  const speed = convert.ms / tTools;
  const speedMark = speed <= SPEED_TARGET ? 'ok' : 'MISS';
  console.log(
    `convert wall time / unavoidable tool time = ${ms(convert.ms)} / ${ms(tTools)} = ${speed.toFixed(2)} (target <= ${SPEED_TARGET}) ${speedMark}`,
  );
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
