/**
 * Express middleware for `/api/messages` with an app id configured: no valid Bot Framework / Entra bearer token, no
 * entry. It runs before the body is parsed, so unauthenticated callers cost Baton no JSON parsing. Every refusal is a
 * coded error (401 `unauthorized`, or 503 `auth_unavailable` when the issuer's keys cannot be fetched — retryable,
 * still a refusal), turned into the usual `{error: {code, message}}` body by the error handler.
 */
import type { RequestHandler, Response } from 'express';
import { BotTokenError, verifyBotToken, type TokenIssuer, type VerifiedBotToken } from './bot-token';
import { CodedError } from '../../../../contracts';

const VERIFIED = 'batonBotToken';

export function requireBotToken(options: { appId: string; issuers: TokenIssuer[]; log?: (line: string) => void }): RequestHandler {
  return async (req, res, next) => {
    const token = bearerToken(req.headers.authorization);
    try {
      if (!token) throw new BotTokenError('malformed', 'a Bot Framework bearer token is required (Authorization: Bearer <token>)');
      res.locals[VERIFIED] = await verifyBotToken(token, options);
    } catch (err) {
      throw rejection(err, res, options.log);
    }
    next();
  };
}

/** The verified token of this request, or undefined when none was verified (anonymous mode). */
export function verifiedBotToken(res: Response): VerifiedBotToken | undefined {
  return res.locals[VERIFIED] as VerifiedBotToken | undefined;
}

/** Turns a token failure into the coded error the client sees, and logs why (the caller only sees the message). */
export function rejection(err: unknown, res: Response, log?: (line: string) => void): Error {
  if (!(err instanceof BotTokenError)) return err as Error;
  log?.(`[baton] /api/messages refused a request: ${err.problem}: ${err.message}`);
  if (err.problem === 'keys_unavailable') {
    res.setHeader('Retry-After', '10');
    return new CodedError('auth_unavailable', `${err.message}; try again shortly`);
  }
  res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
  return new CodedError('unauthorized', err.message);
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer +([A-Za-z0-9._~+/=-]+)$/i.exec(header?.trim() ?? '');
  return match?.[1];
}
