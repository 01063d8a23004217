/**
 * Verifies the bearer token Azure Bot Service (or an Entra app in the bot's tenant) puts on every activity it sends,
 * as the Bot Framework protocol prescribes: RS256 only, issued by a trusted issuer, signed by a key that issuer
 * publishes in its OpenID metadata, for this bot's app id, and not expired (a few minutes of clock skew allowed).
 *
 * Baton does this itself instead of using the Agents SDK's `authorizeJWT`, which lets requests through without a token
 * when no client id is configured and checks the issuer only when asked; here every failure is a rejection.
 */
import jwt, { type JwtPayload } from 'jsonwebtoken';
import { KeysUnavailableError, type SigningKey, type SigningKeySource } from './openid-keys';

/** One issuer family Baton trusts, with the keys that sign its tokens. */
export interface TokenIssuer {
  name: 'botframework' | 'entra';
  issuers: string[];
  keys: SigningKeySource;
  /** Entra tokens name their tenant in `tid`; it must be the bot's tenant. */
  tenantId?: string;
}

export interface VerifiedBotToken {
  issuer: TokenIssuer['name'];
  claims: JwtPayload;
  /** Channel ids the signing key is endorsed for, when the issuer endorses keys (Bot Framework does). */
  endorsements?: string[];
}

export type BotTokenProblem =
  | 'malformed'
  | 'algorithm'
  | 'issuer'
  | 'unknown_key'
  | 'signature'
  | 'expired'
  | 'not_yet_valid'
  | 'audience'
  | 'tenant'
  | 'service_url'
  | 'endorsement'
  | 'keys_unavailable';

/** Why a token was refused; `message` is safe to return to the caller. */
export class BotTokenError extends Error {
  constructor(
    readonly problem: BotTokenProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BotTokenError';
  }
}

/** Bot Framework allows five minutes of clock skew between the channel and the bot. */
export const CLOCK_TOLERANCE_SECONDS = 300;

export async function verifyBotToken(token: string, options: { appId: string; issuers: TokenIssuer[] }): Promise<VerifiedBotToken> {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || typeof decoded.payload !== 'object' || decoded.payload === null) {
    throw new BotTokenError('malformed', 'the bearer token is not a JSON Web Token');
  }
  // Pinned before anything else: `none` and HMAC algorithms must never reach a verifier.
  if (decoded.header.alg !== 'RS256') {
    throw new BotTokenError('algorithm', `tokens must be signed with RS256, not ${JSON.stringify(decoded.header.alg)}`);
  }
  const iss = decoded.payload.iss;
  const issuer = options.issuers.find((candidate) => typeof iss === 'string' && candidate.issuers.includes(iss));
  if (!issuer) throw new BotTokenError('issuer', `the token issuer ${JSON.stringify(iss ?? null)} is not trusted`);
  const kid = decoded.header.kid;
  if (!kid) throw new BotTokenError('unknown_key', 'the token names no signing key (kid)');

  let key: SigningKey | undefined;
  try {
    key = await issuer.keys.getKey(kid);
  } catch (err) {
    if (err instanceof KeysUnavailableError) {
      throw new BotTokenError('keys_unavailable', 'the signing keys of the token issuer cannot be loaded right now');
    }
    throw err;
  }
  if (!key) throw new BotTokenError('unknown_key', `the token was signed with key ${JSON.stringify(kid)}, which its issuer does not publish`);

  let claims: JwtPayload;
  try {
    claims = jwt.verify(token, key.key, {
      algorithms: ['RS256'],
      audience: options.appId,
      issuer: issuer.issuers as [string, ...string[]],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }) as JwtPayload;
  } catch (err) {
    throw toTokenError(err);
  }
  // jsonwebtoken checks `exp` only when present; a token that never expires is not one Azure issues.
  if (typeof claims.exp !== 'number') throw new BotTokenError('expired', 'the token has no expiry (exp)');
  if (issuer.tenantId && String(claims.tid ?? '').toLowerCase() !== issuer.tenantId) {
    throw new BotTokenError('tenant', 'the token was issued for another tenant');
  }
  return { issuer: issuer.name, claims, endorsements: key.endorsements };
}

function toTokenError(err: unknown): BotTokenError {
  if (err instanceof jwt.TokenExpiredError) return new BotTokenError('expired', 'the token has expired');
  if (err instanceof jwt.NotBeforeError) return new BotTokenError('not_yet_valid', 'the token is not valid yet');
  const message = (err as Error)?.message ?? '';
  if (message.startsWith('jwt audience invalid')) {
    return new BotTokenError('audience', "the token is not meant for this bot (audience is not the bot's app id)");
  }
  if (message.startsWith('jwt issuer invalid')) return new BotTokenError('issuer', 'the token issuer is not trusted');
  if (message === 'invalid signature') return new BotTokenError('signature', 'the token signature is not valid');
  return new BotTokenError('malformed', 'the token could not be verified');
}
