/**
 * Direct Line tokens: HMAC-signed, bound to one conversation and one user, short-lived. A token opens only its own
 * conversation. The signing key is generated once and kept in the database, so tokens survive a restart. Refreshing
 * (or resuming with) a token gives a new one for the same conversation, but never past `TOKEN_MAX_LIFETIME_SECONDS`
 * after the first: a token that leaked cannot be kept alive for ever.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const TOKEN_TTL_SECONDS = 3600;
/** How long a line of refreshed tokens may last, from the first token of the conversation. */
export const TOKEN_MAX_LIFETIME_SECONDS = 24 * 3600;

const TokenPayloadSchema = z.object({
  c: z.string().min(1),
  u: z.string().min(1),
  exp: z.number().int(),
  /** When the first token of this line was issued (seconds); tokens from before it was recorded lack it. */
  s: z.number().int().optional(),
});
export type TokenClaims = { conversationId: string; userId: string; expiresAt: number; firstIssuedAt: number };

export interface DirectLineTokens {
  /**
   * A token for the conversation. `firstIssuedAt` (from the token being refreshed) carries the line's start; the new
   * token expires an hour from now or at the end of the line's lifetime, whichever is sooner. Undefined when the line
   * has run out.
   */
  issue(conversationId: string, userId: string, firstIssuedAt?: number): { token: string; expiresIn: number } | undefined;
  /** The claims of a valid, unexpired token; undefined otherwise. */
  verify(token: string): TokenClaims | undefined;
}

export function createDirectLineTokens(signingKey: string, now: () => number = () => Date.now()): DirectLineTokens {
  const sign = (payload: string) => createHmac('sha256', signingKey).update(payload).digest('base64url');
  return {
    issue(conversationId, userId, firstIssuedAt) {
      const at = Math.floor(now() / 1000);
      const since = firstIssuedAt ?? at;
      const exp = Math.min(at + TOKEN_TTL_SECONDS, since + TOKEN_MAX_LIFETIME_SECONDS);
      if (exp <= at) return undefined;
      const payload = Buffer.from(JSON.stringify({ c: conversationId, u: userId, exp, s: since })).toString('base64url');
      return { token: `dl1.${payload}.${sign(payload)}`, expiresIn: exp - at };
    },
    verify(token) {
      const [version, payload, signature] = token.split('.');
      if (version !== 'dl1' || !payload || !signature) return undefined;
      const expected = Buffer.from(sign(payload));
      const actual = Buffer.from(signature);
      if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
      let json: unknown;
      try {
        json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return undefined;
      }
      const claims = TokenPayloadSchema.safeParse(json);
      if (!claims.success || claims.data.exp * 1000 <= now()) return undefined;
      const { c, u, exp, s } = claims.data;
      return { conversationId: c, userId: u, expiresAt: exp, firstIssuedAt: s ?? exp - TOKEN_TTL_SECONDS };
    },
  };
}

export function generateSigningKey(): string {
  return randomBytes(32).toString('base64url');
}

/** Conversation and user ids: unguessable, URL-safe. */
export function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

export function newUserId(): string {
  return `dl_${randomBytes(9).toString('base64url')}`;
}
