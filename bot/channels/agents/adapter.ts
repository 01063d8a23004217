/**
 * The Agents SDK CloudAdapter, configured from Baton's config (not from the SDK's own environment parsing).
 * Anonymous (no app id) only outside production: `loadConfig` refuses production without an app id.
 * Inbound tokens are verified by `auth/` before an activity reaches the adapter; the adapter enforces Baton's
 * outbound policy on every connector client it creates (replies, proactive messages).
 */
import { DeliveryModes, type Activity } from '@microsoft/agents-activity';
import { CloudAdapter, type AuthConfiguration, type OutboundUrlPolicy } from '@microsoft/agents-hosting';
import { isCodedError, resolveLocale, text } from '../../../contracts';
import type { Config } from '../../config';
import { createOutboundPolicy } from './auth/outbound-policy';
import { INBOUND_RECORDED } from './baton-agent';

/** The credentials the adapter uses for its own outbound token (Entra client credentials). */
export function createAuthConfiguration(bot: Config['bot']): AuthConfiguration {
  if (bot.anonymous) return { clientId: '', issuers: [] } as AuthConfiguration;
  return {
    clientId: bot.appId,
    clientSecret: bot.appPassword,
    tenantId: bot.tenantId,
    // The SDK does not check the token issuer unless asked; Baton verifies tokens itself (auth/) and asks anyway.
    validateIssuer: true,
  } as AuthConfiguration;
}

/**
 * With `deliveryMode: expectReplies` the replies travel back in the HTTP response, so the adapter needs no connector
 * client — but the SDK builds one whenever the activity has a serviceUrl, which for an authenticated caller means
 * fetching an Entra token for nothing (and failing where Entra is unreachable). Baton skips it.
 */
class BatonCloudAdapter extends CloudAdapter {
  constructor(authConfig: AuthConfiguration, outbound: OutboundUrlPolicy) {
    super(authConfig, undefined, undefined, { validateServiceUrl: true, emitStackTrace: false }, outbound);
  }

  protected override resolveIfConnectorClientIsNeeded(activity: Activity): boolean {
    if (activity?.deliveryMode === DeliveryModes.ExpectReplies) return false;
    return super.resolveIfConnectorClientIsNeeded(activity);
  }
}

export function createBotAdapter(bot: Config['bot'], log: (line: string) => void): CloudAdapter {
  const adapter = new BatonCloudAdapter(createAuthConfiguration(bot), createOutboundPolicy(bot.outbound));
  adapter.onTurnError = async (context, error) => {
    log(`[baton] turn failed in conversation ${context.activity.conversation?.id}: ${(error as Error).stack ?? String(error)}`);
    if (!context.turnState.get(INBOUND_RECORDED) || isCodedError(error, 'database_unavailable')) {
      // Nothing was stored, or the database went away mid-turn (a reply cannot be stored either): fail the request
      // (503 with Retry-After for the database) so the channel retries instead of believing the turn went through.
      throw error;
    }
    await context.sendActivity(text(resolveLocale(context.activity.locale), 'bot.failed')).catch(() => undefined);
  };
  return adapter;
}

/** The adapter as the rest of Baton names it, so only this folder imports the SDK. */
export type BotAdapter = CloudAdapter;
