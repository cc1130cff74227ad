import { MmfError } from '../errors.js';

/** An RFC 1123 label: what Kubernetes accepts for namespaces and most object names. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
const MAX_LABEL = 63;

export function isDns1123Label(name: string, maxLength = MAX_LABEL): boolean {
  return name.length <= maxLength && DNS1123_LABEL.test(name);
}

export function isDns1123Subdomain(name: string): boolean {
  return name.length <= 253 && DNS1123_SUBDOMAIN.test(name);
}

/** Best-effort repair: lower case, other characters to "-", trimmed; undefined when nothing is left. */
export function toDns1123Label(text: string, maxLength = MAX_LABEL): string | undefined {
  const fixed = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
  return fixed && DNS1123_LABEL.test(fixed) ? fixed : undefined;
}

/**
 * Checks a name used as a Kubernetes object name, label value and folder
 * name (E_NAME_INVALID naming `what`, with a corrected suggestion). Service
 * names are stricter (RFC 1035: they start with a letter).
 */
export function assertDnsLabel(
  value: string,
  what: string,
  kind: 'label' | 'service' = 'label',
  maxLength = MAX_LABEL,
): void {
  const problem =
    value.length === 0
      ? 'is empty'
      : value.length > maxLength
        ? `is ${value.length} characters long (at most ${maxLength})`
        : !DNS1123_LABEL.test(value)
          ? 'may hold only lower-case letters, digits and "-", and must start and end with a letter or digit'
          : kind === 'service' && !/^[a-z]/.test(value)
            ? 'must start with a letter (Service names are RFC 1035 labels)'
            : undefined;
  if (!problem) return;
  const suggestion = toDns1123Label(value, maxLength)?.replace(kind === 'service' ? /^[^a-z]+/ : /^$/, '');
  throw new MmfError('E_NAME_INVALID', `${what} "${JSON.stringify(value).slice(1, -1)}" ${problem}`, {
    hint: `use a DNS-1123 label${suggestion ? ` such as ${suggestion}` : ''}`,
  });
}

/** Environment names that differ only in case would share one overlays/ folder on macOS and Windows. */
export function environmentCaseClash(first: string, second: string): MmfError {
  return new MmfError(
    'E_ENV_NAME',
    `environment names "${first}" and "${second}" differ only in case: on macOS and Windows they would be one overlays/ folder`,
    { hint: 'give every environment a name that differs in more than case, e.g. prod and prod-eu' },
  );
}
