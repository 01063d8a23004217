/**
 * `/console`: the agent console, plain HTML, CSS and JavaScript modules served from `handoff/web/` with no build
 * step. The page is public (it holds the sign-in form); everything it shows comes from the authenticated API.
 */
import path from 'node:path';
import express, { type Router } from 'express';

const WEB_DIR = path.resolve(__dirname, '..', 'web');

export function createConsoleRouter(): Router {
  const router = express.Router();
  const noCache = { headers: { 'Cache-Control': 'no-cache' } };
  router.get('/console', (_req, res) => res.sendFile(path.join(WEB_DIR, 'console.html'), noCache));
  router.use(
    '/console',
    express.static(WEB_DIR, {
      index: false,
      redirect: false,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  return router;
}
