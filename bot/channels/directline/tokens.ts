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

/** How long a customer may come back to a web conversation with its resume key (the page's storage, or a link). */
export const RESUME_KEY_TTL_SECONDS = 30 * 24 * 3600;

const ResumePayloadSchema = z.object({ r: z.string().min(1), u: z.string().min(1), exp: z.number().int() });

export interface DirectLineTokens {
  /**
   * A token for the conversation. `firstIssuedAt` (from the token being refreshed) carries the line's start; the new
   * token expires an hour from now or at the end of the line's lifetime, whichever is sooner. Undefined when the line
   * has run out.
   */
  issue(conversationId: string, userId: string, firstIssuedAt?: number): { token: string; expiresIn: number } | undefined;
  /** The claims of a valid, unexpired token; undefined otherwise. */
  verify(token: string): TokenClaims | undefined;
  /**
   * A resume key: lets whoever holds it open the conversation again for `RESUME_KEY_TTL_SECONDS` (the page keeps it;
   * a link carries it to another device). Signed apart from tokens, so neither passes for the other.
   */
  issueResumeKey(conversationId: string, userId: string): string;
  verifyResumeKey(key: string): { conversationId: string; userId: string } | undefined;
}

export function createDirectLineTokens(signingKey: string, now: () => number = () => Date.now()): DirectLineTokens {
  const sign = (payload: string) => createHmac('sha256', signingKey).update(payload).digest('base64url');
  const signResume = (payload: string) => createHmac('sha256', signingKey).update(`resume:${payload}`).digest('base64url');
  return {
    issueResumeKey(conversationId, userId) {
      const exp = Math.floor(now() / 1000) + RESUME_KEY_TTL_SECONDS;
      const payload = Buffer.from(JSON.stringify({ r: conversationId, u: userId, exp })).toString('base64url');
      return `rk1.${payload}.${signResume(payload)}`;
    },
    verifyResumeKey(key) {
      const claims = verifySigned(key, 'rk1', signResume, ResumePayloadSchema);
      if (!claims || claims.exp * 1000 <= now()) return undefined;
      return { conversationId: claims.r, userId: claims.u };
    },
    issue(conversationId, userId, firstIssuedAt) {
      const at = Math.floor(now() / 1000);
      const since = firstIssuedAt ?? at;
      const exp = Math.min(at + TOKEN_TTL_SECONDS, since + TOKEN_MAX_LIFETIME_SECONDS);
      if (exp <= at) return undefined;
      const payload = Buffer.from(JSON.stringify({ c: conversationId, u: userId, exp, s: since })).toString('base64url');
      return { token: `dl1.${payload}.${sign(payload)}`, expiresIn: exp - at };
    },
    verify(token) {
      const claims = verifySigned(token, 'dl1', sign, TokenPayloadSchema);
      if (!claims || claims.exp * 1000 <= now()) return undefined;
      const { c, u, exp, s } = claims;
      return { conversationId: c, userId: u, expiresAt: exp, firstIssuedAt: s ?? exp - TOKEN_TTL_SECONDS };
    },
  };
}

/** The payload of `<version>.<base64url JSON>.<signature>` when the signature holds and the JSON fits the schema. */
function verifySigned<T>(value: string, version: string, sign: (payload: string) => string, schema: z.ZodType<T>): T | undefined {
  const [prefix, payload, signature, extra] = value.split('.');
  if (prefix !== version || !payload || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(sign(payload));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
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
