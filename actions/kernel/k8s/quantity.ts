import { MmfError } from '../errors.js';

/** Kubernetes resource quantities as people write them for CPU and memory. */
const QUANTITY = /^(\d+(?:\.\d+)?|\.\d+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;
const FACTOR: Record<string, number> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** The quantity's value in base units (cores, bytes); an E_USAGE error naming `flag` when malformed. */
export function parseQuantity(text: string, flag: string): number {
  const m = QUANTITY.exec(text);
  if (!m) {
    throw new MmfError('E_USAGE', `${flag} "${text}" is not a Kubernetes quantity`, {
      hint: 'write e.g. 250m or 0.5 for CPU, 256Mi or 1Gi for memory',
    });
  }
  return Number(m[1]) * (FACTOR[m[2] ?? ''] ?? 1);
}

/** Checks request <= limit when both are given. */
export function assertRequestWithinLimit(
  request: string | undefined,
  limit: string | undefined,
  flags: [string, string],
): void {
  const r = request === undefined ? undefined : parseQuantity(request, flags[0]);
  const l = limit === undefined ? undefined : parseQuantity(limit, flags[1]);
  if (r !== undefined && l !== undefined && r > l) {
    throw new MmfError('E_USAGE', `${flags[0]} ${request} is more than ${flags[1]} ${limit}`, {
      hint: 'Kubernetes rejects a request above its limit; raise the limit or lower the request',
    });
  }
}
