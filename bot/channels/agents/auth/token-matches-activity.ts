/**
 * The checks on a verified token that need the activity itself: the token's `serviceurl` claim must be the activity's
 * serviceUrl (so a token minted for one connector cannot send Baton's replies to another), and a key the issuer
 * endorsed for certain channels may only sign activities of those channels.
 */
import { BotTokenError, type VerifiedBotToken } from './bot-token';

export function assertTokenMatchesActivity(token: VerifiedBotToken, activity: { serviceUrl?: string; channelId?: string }): void {
  const claim = typeof token.claims.serviceurl === 'string' ? normalizeUrl(token.claims.serviceurl) : undefined;
  if (!claim || !activity.serviceUrl || claim !== normalizeUrl(activity.serviceUrl)) {
    throw new BotTokenError('service_url', "the activity serviceUrl does not match the token's serviceurl claim");
  }
  if (token.endorsements && !(activity.channelId && token.endorsements.includes(activity.channelId))) {
    throw new BotTokenError('endorsement', `the token's signing key is not endorsed for channel ${JSON.stringify(activity.channelId ?? null)}`);
  }
}

/** Case and a trailing slash do not make two connector URLs different; anything else does. */
function normalizeUrl(value: string): string | undefined {
  try {
    return new URL(value).href.toLowerCase().replace(/(?<!\/)\/+$/, '');
  } catch {
    return undefined;
  }
}
