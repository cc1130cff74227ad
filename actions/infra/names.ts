import { MmfError } from '../core/errors.js';

/** RFC 1123 label: what Kubernetes requires of namespaces and what we require of --name. */
const DNS_1123_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;
const DNS_1123_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;

export function isDns1123Label(name: string, maxLength = 63): boolean {
  return name.length <= maxLength && DNS_1123_LABEL.test(name);
}

export function isDns1123Subdomain(name: string): boolean {
  return name.length <= 253 && DNS_1123_SUBDOMAIN.test(name);
}

/** Throws E_NAME_INVALID naming the flag, with a corrected suggestion when one exists. */
export function checkDns1123Label(name: string, what: string, maxLength = 63): void {
  if (isDns1123Label(name, maxLength)) return;
  const suggestion = toDns1123Label(name, maxLength);
  throw new MmfError(
    'E_NAME_INVALID',
    `${what} "${JSON.stringify(name).slice(1, -1)}" is not a DNS-1123 label (lower-case letters, digits and "-", starting and ending with a letter or digit, at most ${maxLength} characters)`,
    suggestion ? { hint: `try "${suggestion}"` } : {},
  );
}

/** Best-effort repair: lower-case, "_" and other separators to "-", trimmed; undefined when nothing is left. */
export function toDns1123Label(text: string, maxLength = 63): string | undefined {
  const fixed = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
  return fixed && DNS_1123_LABEL.test(fixed) ? fixed : undefined;
}
