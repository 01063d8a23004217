/**
 * `/editor`: the editor page — plain HTML, a stylesheet and one ES module per view, served from `knowledge/web/` with
 * no build step and no inline script. The page is public (it holds the sign-in form); everything it shows comes from
 * the authenticated API. It imports the staff pages' shared modules from `/assets/` (served by the host).
 */
import path from 'node:path';
import express, { type Router } from 'express';

const WEB_DIR = path.join(__dirname, '..', 'web');

export function createEditorPageRouter(): Router {
  const router = express.Router();
  const noCache = { headers: { 'Cache-Control': 'no-cache' } };
  router.get('/', (_req, res) => res.sendFile(path.join(WEB_DIR, 'editor.html'), noCache));
  router.use(express.static(WEB_DIR, { index: false, redirect: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }));
  return router;
}
