/**
 * The Agents SDK CloudAdapter, configured from Baton's config (not from the SDK's own environment parsing).
 * Anonymous (no app id) only outside production: `loadConfig` refuses production without an app id.
 */
import { CloudAdapter, type AuthConfiguration } from '@microsoft/agents-hosting';
import type { Config } from '../../config';
import { INBOUND_RECORDED } from './baton-agent';

export function createAuthConfiguration(bot: Config['bot']): AuthConfiguration {
  if (bot.anonymous) return { clientId: '', issuers: [] } as AuthConfiguration;
  return {
    clientId: bot.appId,
    clientSecret: bot.appPassword,
    tenantId: bot.tenantId,
    // The SDK does not check the token issuer unless asked; Baton always asks.
    validateIssuer: true,
  } as AuthConfiguration;
}

export function createBotAdapter(bot: Config['bot'], log: (line: string) => void): CloudAdapter {
  const adapter = new CloudAdapter(createAuthConfiguration(bot));
  adapter.onTurnError = async (context, error) => {
    log(`[baton] turn failed in conversation ${context.activity.conversation?.id}: ${(error as Error).stack ?? String(error)}`);
    if (!context.turnState.get(INBOUND_RECORDED)) {
      // Nothing was stored: fail the request so the channel retries instead of losing the message.
      throw error;
    }
    const zh = context.activity.locale?.toLowerCase().startsWith('zh');
    await context
      .sendActivity(zh ? '抱歉，系统出了点问题，请稍后再试。' : 'Sorry, something went wrong on our side. Please try again in a moment.')
      .catch(() => undefined);
  };
  return adapter;
}

/** The adapter as the rest of Baton names it, so only this folder imports the SDK. */
export type BotAdapter = CloudAdapter;
