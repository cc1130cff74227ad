import { MmfError } from '../core/errors.js';

/** An RFC 1123 label: what Kubernetes accepts for namespaces and most object names' parts. */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_LABEL = 63;

/**
 * Checks a name used as a Kubernetes object name, label value and folder
 * name. Service names are stricter (RFC 1035: they must start with a
 * letter), so `service` names get that check too.
 */
export function assertDnsLabel(value: string, what: string, kind: 'label' | 'service' = 'label'): void {
  const problem =
    value.length === 0
      ? 'is empty'
      : value.length > MAX_LABEL
        ? `is ${value.length} characters long (at most ${MAX_LABEL})`
        : !DNS1123_LABEL.test(value)
          ? 'may hold only lower-case letters, digits and "-", and must start and end with a letter or digit'
          : kind === 'service' && !/^[a-z]/.test(value)
            ? 'must start with a letter (Service names are RFC 1035 labels)'
            : undefined;
  if (problem) {
    throw new MmfError('E_NAME_INVALID', `${what} "${value}" ${problem}`, {
      hint: `use a DNS-1123 label such as ${suggestLabel(value)}`,
    });
  }
}

/** A close valid label for a hint: lower case, runs of other characters become "-". */
export function suggestLabel(value: string): string {
  const label = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, MAX_LABEL)
    .replace(/-+$/, '');
  return label || 'my-service';
}
