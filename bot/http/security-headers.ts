import type { RequestHandler } from 'express';

/**
 * Pages load scripts only from Baton itself (Web Chat's bundle included); Web Chat injects its styles at run time,
 * hence 'unsafe-inline' for styles only. Pages talk only to their own origin: Web Chat's Direct Line calls and its
 * WebSocket stream go to the page's origin (`'self'` covers ws: and wss: to the same host), the console's and the
 * editor's fetches and event stream too; nothing may be sent anywhere else.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** A year, subdomains included: in production Baton is only ever reached over HTTPS (through its proxy). */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

export function securityHeaders(options: { production: boolean }): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    if (options.production) res.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    next();
  };
}
