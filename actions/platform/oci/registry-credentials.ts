import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { RegistryCredentials } from './registry-client.js';

/**
 * Registry credentials, in this order: MMF_REGISTRY_USERNAME + MMF_REGISTRY_PASSWORD (for every
 * registry), then the `auths` of a docker config.json ($DOCKER_CONFIG/config.json or
 * ~/.docker/config.json, as docker login and docker/login-action write it). Credential helpers
 * (`credsStore`, `credHelpers`) are not run.
 */
export function registryCredentialsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): (registry: string) => RegistryCredentials | undefined {
  const username = env['MMF_REGISTRY_USERNAME'];
  const password = env['MMF_REGISTRY_PASSWORD'];
  if (username && password) return () => ({ username, password });
  let auths: Record<string, { auth?: string; username?: string; password?: string }> = {};
  try {
    const dir = env['DOCKER_CONFIG'] ?? join(env['HOME'] ?? homedir(), '.docker');
    auths =
      (JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { auths?: typeof auths }).auths ?? {};
  } catch {
    // no docker config: anonymous
  }
  return (registry) => {
    const keys =
      registry === 'docker.io'
        ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io']
        : [registry, `https://${registry}`];
    for (const key of keys) {
      const entry = auths[key];
      if (!entry) continue;
      if (entry.username && entry.password) return { username: entry.username, password: entry.password };
      if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
      }
    }
    return undefined;
  };
}
