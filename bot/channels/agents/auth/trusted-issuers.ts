/**
 * The token issuers Baton trusts on `/api/messages`, from config: Azure Bot Service (Bot Framework tokens, issuer
 * `https://api.botframework.com`) always, and the bot's own Entra tenant (v1 and v2 issuers) when its tenant id is known.
 * Each issuer gets its own key cache, created once per router.
 */
import type { Config } from '../../../config';
import type { TokenIssuer } from './bot-token';
import { createOpenIdKeySource, type KeySourceOptions } from './openid-keys';

export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export const entraIssuers = (tenantId: string): string[] => [
  `https://sts.windows.net/${tenantId}/`,
  `https://login.microsoftonline.com/${tenantId}/v2.0`,
];

export function createTrustedIssuers(auth: Config['bot']['auth'], keyOptions: KeySourceOptions = {}): TokenIssuer[] {
  const issuers: TokenIssuer[] = [
    { name: 'botframework', issuers: [BOT_FRAMEWORK_ISSUER], keys: createOpenIdKeySource(auth.botFrameworkMetadataUrl, keyOptions) },
  ];
  if (auth.entra) {
    issuers.push({
      name: 'entra',
      issuers: entraIssuers(auth.entra.tenantId),
      keys: createOpenIdKeySource(auth.entra.metadataUrl, keyOptions),
      tenantId: auth.entra.tenantId,
    });
  }
  return issuers;
}
