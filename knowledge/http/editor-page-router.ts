/** `/editor`: the editor page (plain HTML, one vanilla script, one stylesheet; no build step, no inline script). */
import path from 'node:path';
import express, { type Router } from 'express';

const WEB_DIR = path.join(__dirname, '..', 'web');
const FILES: Record<string, string> = { '/editor.js': 'editor.js', '/editor.css': 'editor.css' };

export function createEditorPageRouter(): Router {
  const router = express.Router();
  const noCache = { headers: { 'Cache-Control': 'no-cache' } };
  router.get('/', (_req, res) => res.sendFile(path.join(WEB_DIR, 'editor.html'), noCache));
  for (const [route, file] of Object.entries(FILES)) {
    router.get(route, (_req, res) => res.sendFile(path.join(WEB_DIR, file), noCache));
  }
  return router;
}
