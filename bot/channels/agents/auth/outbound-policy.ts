/**
 * Where Baton may send activities: the `serviceUrl` of every reply and proactive message must be an https URL on an
 * allow-listed host (the Bot Framework and Teams connectors, plus BATON_BOT_OUTBOUND_HOSTS). A serviceUrl is chosen by
 * whoever sends the activity, so without this list Baton could be told to post (with its own Entra token, once
 * authenticated) to any address. In anonymous local mode loopback hosts are allowed too, for the Emulator, the Agents
 * Playground and test doubles.
 *
 * The same policy is handed to the Agents SDK's CloudAdapter, which applies it to inbound activities and before it
 * creates any connector client, so nothing that goes through the adapter can bypass it.
 */
import type { OutboundUrlPolicy } from '@microsoft/agents-hosting';
import type { Config } from '../../../config';
import { isLoopbackHostname } from './loopback';
import { CodedError } from '../../../../contracts';

/** Distinct serviceUrl strings whose answer is kept; a channel uses a handful (one per region). */
const DECISIONS_KEPT = 256;

export function createOutboundPolicy(outbound: Config['bot']['outbound']): OutboundUrlPolicy {
  const builtIn = new URL(outbound.builtInDirectLineUrl);
  // The answer depends only on the string and this policy's settings, and every turn asks twice (the route, then the
  // adapter): parsing the same URL each time was a measurable part of a turn. Forgotten all at once when full.
  const decisions = new Map<string, boolean>();
  const isAllowed = (input: string | URL | null | undefined): boolean => {
    if (typeof input !== 'string') return decide(input);
    let allowed = decisions.get(input);
    if (allowed === undefined) {
      allowed = decide(input);
      if (decisions.size >= DECISIONS_KEPT) decisions.clear();
      decisions.set(input, allowed);
    }
    return allowed;
  };
  const decide = (input: string | URL | null | undefined): boolean => {
    let url: URL;
    try {
      url = input instanceof URL ? input : new URL(String(input ?? ''));
    } catch {
      return false;
    }
    if (url.username || url.password) return false;
    // The built-in Direct Line's activities carry its own URL; their replies are buffered in-process, never posted.
    if (url.origin === builtIn.origin && (url.pathname === builtIn.pathname || url.pathname.startsWith(`${builtIn.pathname}/`))) return true;
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    if (isLoopbackHostname(host)) return outbound.allowLoopback && (url.protocol === 'http:' || url.protocol === 'https:');
    if (url.protocol !== 'https:') return false;
    return outbound.hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
  };
  return { enabled: true, isAllowed };
}

/** Refuses an activity whose replies would have to go somewhere the policy forbids, before any turn runs. */
export function assertServiceUrlAllowed(policy: OutboundUrlPolicy, serviceUrl: string | undefined): void {
  if (!serviceUrl || policy.isAllowed(serviceUrl)) return;
  let host = serviceUrl;
  try {
    host = new URL(serviceUrl).host;
  } catch {
    throw new CodedError('service_url_not_allowed', 'the activity serviceUrl is not a URL');
  }
  throw new CodedError('service_url_not_allowed', `Baton does not send activities to ${host}: only https Bot Framework and Teams connector hosts (plus BATON_BOT_OUTBOUND_HOSTS) are allowed`,
  );
}
