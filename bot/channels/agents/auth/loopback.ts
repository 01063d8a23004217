/**
 * Loopback hosts: the only place plain `http://` is acceptable for Bot Framework traffic (local development, test
 * doubles, the Agents Playground). Anything that leaves the machine must use https.
 */
import { isIP } from 'node:net';

export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  // Only names that cannot be sent elsewhere by DNS: `localhost` (hosts file) and literal loopback addresses.
  if (host === 'localhost' || host === '::1') return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

/** True for `http(s)://<loopback>[:port]/…`; false for anything else, including URLs that do not parse. */
export function isLoopbackUrl(url: string | URL): boolean {
  try {
    return isLoopbackHostname(new URL(url).hostname);
  } catch {
    return false;
  }
}
