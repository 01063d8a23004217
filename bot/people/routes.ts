/**
 * `/api/auth`: sign in (`/login`: a session cookie for pages, the token never in the answer, where a page's script could
 * read it; `/token`: a bearer token for scripts), sign out, who am I.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { SESSION_MAX_MS, type AuthService } from './auth-service';
import { LocaleChoiceSchema, LoginRequestSchema, type User } from './model';
import { fail, parseOr400, type Role } from '../../contracts';

export const SESSION_COOKIE = 'baton_session';

declare module 'express-serve-static-core' {
  interface Request {
    user?: User;
  }
}

export function createAuthRouter(deps: { auth: AuthService; secureCookies: boolean }): Router {
  const router = express.Router();
  router.use(express.json({ limit: 16 * 1024 }));

  router.post('/login', async (req, res) => {
    const login = parseOr400(LoginRequestSchema, req.body ?? {}, 'the request body');
    const { token, user, expiresAt } = await deps.auth.login(login, { address: req.ip });
    // The server decides when the session ends (idle and absolute limits); the cookie outlives neither.
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.secureCookies,
      maxAge: SESSION_MAX_MS,
      path: '/',
    });
    res.json({ user, expiresAt: expiresAt.toISOString() });
  });

  // For scripts and outside tools: the same sign-in (and throttling), the session as a bearer token, no cookie.
  router.post('/token', async (req, res) => {
    const login = parseOr400(LoginRequestSchema, req.body ?? {}, 'the request body');
    const { token, user, expiresAt } = await deps.auth.login(login, { address: req.ip });
    res.setHeader('Cache-Control', 'no-store');
    res.json({ token, user, expiresAt: expiresAt.toISOString() });
  });

  router.post('/logout', async (req, res) => {
    const token = sessionToken(req);
    if (token) await deps.auth.logout(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  router.get('/me', authenticate(deps.auth), (req, res) => {
    if (!req.user) throw fail.unauthorized();
    res.json({ user: req.user });
  });

  // The staff pages' language switch: the choice follows the person to any browser.
  router.put('/me/locale', authenticate(deps.auth), async (req, res) => {
    if (!req.user) throw fail.unauthorized();
    const { locale } = parseOr400(LocaleChoiceSchema, req.body, 'the request body');
    res.json({ user: await deps.auth.setLocale(req.user.id, locale) });
  });
  return router;
}

/** The session token from the `Authorization: Bearer` header (scripts) or the session cookie (pages). */
export function sessionToken(req: Request): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
  if (bearer) return bearer[1];
  return readCookie(req.get('cookie'), SESSION_COOKIE);
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return undefined; // a mangled cookie is no session, not a server error
    }
  }
  return undefined;
}

/** Sets `req.user` when the request carries a valid session; never rejects by itself. */
export function authenticate(auth: AuthService) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const token = sessionToken(req);
    if (token) req.user = await auth.authenticate(token);
    next();
  };
}

/** Rejects requests without a session (401) or without one of the roles (403). Admins may do everything. */
export function requireRole(auth: AuthService, ...roles: Role[]) {
  const identify = authenticate(auth);
  return async (req: Request, res: Response, next: NextFunction) => {
    await identify(req, res, () => undefined);
    if (!req.user) throw fail.unauthorized();
    if (!req.user.roles.some((r) => r === 'admin' || roles.includes(r))) {
      throw fail.forbidden(`this needs one of the roles ${roles.join(', ')}; you have ${req.user.roles.join(', ') || 'none'}`);
    }
    next();
  };
}
