/**
 * Direct Line tokens: HMAC-signed, bound to one conversation and one user, short-lived. A token opens only its own
 * conversation. The signing key is generated once and kept in the database, so tokens survive a restart.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

export const TOKEN_TTL_SECONDS = 3600;

const TokenPayloadSchema = z.object({
  c: z.string().min(1),
  u: z.string().min(1),
  exp: z.number().int(),
});
export type TokenClaims = { conversationId: string; userId: string; expiresAt: number };

export interface DirectLineTokens {
  issue(conversationId: string, userId: string): { token: string; expiresIn: number };
  /** The claims of a valid, unexpired token; undefined otherwise. */
  verify(token: string): TokenClaims | undefined;
}

export function createDirectLineTokens(signingKey: string, now: () => number = () => Date.now()): DirectLineTokens {
  const sign = (payload: string) => createHmac('sha256', signingKey).update(payload).digest('base64url');
  return {
    issue(conversationId, userId) {
      const exp = Math.floor(now() / 1000) + TOKEN_TTL_SECONDS;
      const payload = Buffer.from(JSON.stringify({ c: conversationId, u: userId, exp })).toString('base64url');
      return { token: `dl1.${payload}.${sign(payload)}`, expiresIn: TOKEN_TTL_SECONDS };
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
      return { conversationId: claims.data.c, userId: claims.data.u, expiresAt: claims.data.exp };
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
