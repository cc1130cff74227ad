import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The npm-packaged tool pairs unpacked by `npm ci` (scripts/install-dev-tools.mjs). */
export const HELMS = [
  {
    label: 'Helm 3.18',
    helm: join(REPO_ROOT, '.tools', 'helm3', 'helm'),
    kubectl: join(REPO_ROOT, '.tools', 'helm3', 'kubectl'),
  },
  {
    label: 'Helm 4.1',
    helm: join(REPO_ROOT, '.tools', 'helm4', 'helm'),
    kubectl: join(REPO_ROOT, '.tools', 'helm4', 'kubectl'),
  },
] as const;

export const KUBECTLS = HELMS.map((h) => ({ label: `kubectl of ${h.label}`, kubectl: h.kubectl }));
