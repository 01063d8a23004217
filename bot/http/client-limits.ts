/**
 * The limits on what anonymous clients may do (from the config), one set per app: new conversations per address,
 * messages per conversation and per address. The web page's token exchange and Direct Line's own start share the
 * conversation limit, so neither sidesteps the other.
 */
import type { Config } from '../config';
import { createRateLimiter, type RateLimiter } from './rate-limit';

export interface ClientLimits {
  conversationsPerAddress: RateLimiter;
  messagesPerConversation: RateLimiter;
  messagesPerAddress: RateLimiter;
}

export function createClientLimits(limits: Config['limits'], now?: () => number): ClientLimits {
  return {
    conversationsPerAddress: createRateLimiter({ ...limits.conversationsPerAddress, now }),
    messagesPerConversation: createRateLimiter({ ...limits.messagesPerConversation, now }),
    messagesPerAddress: createRateLimiter({ ...limits.messagesPerAddress, now }),
  };
}
