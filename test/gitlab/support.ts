/**
 * Shared pieces of the GitLab component tests: this repository's component as a served project
 * (`mmf/actions`, tagged), the example chart for consumer projects, `mmf` on the PATH (the built
 * dist/cli/index.js behind a small wrapper, with the repository's helm 4 and kubectl), and a
 * search for Secret values and tokens in everything a run leaves.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scratchDir } from '../support/git-repos.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TEMPLATE = join(ROOT, 'templates', 'helm-migrate.yml');
/** The image tag the template names by default: the component version it is released as. */
export const TEMPLATE_VERSION = /mmf:(\d+\.\d+\.\d+)\s*$/m.exec(readFileSync(TEMPLATE, 'utf8'))![1]!;

/** The component project's files at a version: the template (its default image tagged so) and a README. */
export function componentFiles(version = TEMPLATE_VERSION): Record<string, string> {
  const template = readFileSync(TEMPLATE, 'utf8').replace(`mmf:${TEMPLATE_VERSION}`, `mmf:${version}`);
  return {
    'README.md': readFileSync(join(ROOT, 'README.md'), 'utf8'),
    'templates/helm-migrate.yml': template,
  };
}

/** Every file of a folder, relative path → text. */
export function readTree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, readTree(path, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = readFileSync(path, 'utf8');
  }
  return out;
}

/** examples/marty-service (it has a Secret whose prod values are canaries) under `at`. */
export function chartFiles(at = 'charts/user-service'): Record<string, string> {
  return readTree(join(ROOT, 'examples', 'marty-service'), `${at}/`);
}

/** Values that must never leave the chart: the Secret's data, the database password, and more. */
export const SECRET_VALUES = [
  'CANARY-prod-s3cr3t-7f1c',
  'prod-jwt-signing-key-fake',
  'prod-api-key-fake-2222',
  'dev-jwt-signing-key-not-a-secret',
  'dev-api-key-0000',
];

/** A secret as it may appear: plain, base64 (as in a Secret's data), URL-encoded. */
export function encodings(secret: string): string[] {
  const b64 = Buffer.from(secret).toString('base64');
  return [secret, b64, b64.replace(/=+$/, ''), encodeURIComponent(secret)];
}

/** Where any of `secrets` (in any encoding) occurs in `texts` (name → text). */
export function leaks(texts: Record<string, string>, secrets: readonly string[]): string[] {
  const found: string[] = [];
  for (const [where, text] of Object.entries(texts))
    for (const secret of secrets)
      for (const form of encodings(secret)) if (text.includes(form)) found.push(`${where}: ${form}`);
  return found;
}

/** Every file under a folder (recursively), absolute path → text; binary files are read as latin1. */
export function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'latin1');
    }
  };
  walk(dir);
  return out;
}

const bins: string[] = [];

/** Removes the folders mmfOnPath made (call in afterAll). */
export function removeMmfOnPath(): void {
  for (const bin of bins.splice(0)) rmSync(bin, { recursive: true, force: true });
}

/**
 * `mmf` on the PATH as a shell-executor runner would have it: a wrapper around the built CLI,
 * and the repository's helm 4 and kubectl named by MMF_HELM / MMF_KUBECTL. Returns the
 * environment for gitlab-ci-local (its jobs inherit it).
 */
export function mmfOnPath(): Record<string, string | undefined> {
  const bin = scratchDir('mmf-bin-');
  mkdirSync(bin, { recursive: true });
  bins.push(bin);
  const wrapper = join(bin, 'mmf');
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist', 'cli', 'index.js')}" "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  return {
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    MMF_HELM: join(ROOT, '.tools', 'helm4', 'helm'),
    MMF_KUBECTL: join(ROOT, '.tools', 'helm4', 'kubectl'),
    MMF_KUSTOMIZE: undefined,
    RUNNER_TOOL_CACHE: undefined,
    RUNNER_TEMP: undefined,
  };
}
