import { isIP } from 'node:net';

/**
 * Which proxies in front of Candor are believed about the client address (Express's
 * `trust proxy`): the rate limits key on that address, so it must be one a client cannot choose.
 * - `false`: nobody; the address is the TCP peer's.
 * - a whole number N: the N proxies nearest to Candor; the address is the Nth entry from the
 *   right of `X-Forwarded-For` (what each trusted proxy appended). `1` behind one load balancer.
 * - a list of proxy addresses or subnets (`10.0.0.0/8, 127.0.0.1`, or Express's names
 *   `loopback`, `linklocal`, `uniquelocal`): hops from those addresses are skipped from the right.
 * - `true`: every hop; the address is the left-most entry of `X-Forwarded-For`, which a client
 *   can write itself unless the proxy replaces the header. Kept for proxies that do.
 */
export type TrustProxy = boolean | number | string[];

const NAMED_SUBNETS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** The TRUST_PROXY value as Express takes it, or null when it is none of the forms above. */
export function parseTrustProxy(value: string | undefined): TrustProxy | null {
  const text = (value ?? 'false').trim();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim());
  return entries.length > 0 && entries.every(isProxyAddress) ? entries : null;
}

/** An address, an address/prefix subnet, or one of Express's named subnets. */
function isProxyAddress(entry: string): boolean {
  if (NAMED_SUBNETS.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

export const TRUST_PROXY_MESSAGE =
  'TRUST_PROXY must be true, false, the number of proxies in front of Candor (e.g. 1), or their addresses or subnets (e.g. 10.0.0.0/8,loopback)';
