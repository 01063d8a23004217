/**
 * CSRF beyond SameSite. The session cookie is SameSite=Strict, but "same site" includes another port on the same host
 * and sibling subdomains, and a body-less POST (claim, return to bot, heartbeat, log out) needs no JSON at all. So a
 * request that changes something and is signed in by the cookie (not by an `Authorization` header, which a page on
 * another origin cannot make a browser send) must come from Baton's own origin (`Origin`, `Sec-Fetch-Site`) and be
 * sent as `application/json`, which a cross-origin page can only send after a CORS preflight Baton never answers.
 * Sign-in itself (`/api/auth/login`, `/api/auth/token`) is checked for its origin too: no page elsewhere may sign a
 * browser in as someone else.
 */
import type { Request, RequestHandler } from 'express';
import { CodedError } from '../../contracts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SIGN_IN_PATHS = new Set(['/api/auth/login', '/api/auth/token']);
const JSON_TYPE = /^application\/json\s*(?:;|$)/i;

export function rejectCrossSiteRequests(options: { cookieName: string; publicUrl?: string }): RequestHandler {
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : undefined;
  const cookieSignedIn = (req: Request) =>
    !/^Bearer\s/i.test(req.get('authorization') ?? '') && (req.get('cookie') ?? '').split(';').some((c) => c.trim().startsWith(`${options.cookieName}=`));

  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const byCookie = cookieSignedIn(req);
    if (!byCookie && !SIGN_IN_PATHS.has(req.path)) return next();

    const site = req.get('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw new CodedError('cross_site_request', `a ${site} request may not act as the signed-in person; use Baton's own pages or an API token`);
    }
    const origin = req.get('origin');
    if (origin !== undefined && !sameOrigin(origin, req, publicOrigin)) {
      throw new CodedError('cross_site_request', `requests from ${origin} may not act as the signed-in person; use Baton's own pages or an API token`);
    }
    if (byCookie && !JSON_TYPE.test(req.get('content-type') ?? '')) {
      throw new CodedError('json_required', 'send this request as application/json (with an empty body if it has none)');
    }
    next();
  };
}

function sameOrigin(origin: string, req: Request, publicOrigin: string | undefined): boolean {
  if (origin === publicOrigin) return true;
  if (!URL.canParse(origin)) return false; // "null" (sandboxed frames, file:) among others
  return new URL(origin).host === req.get('host');
}
