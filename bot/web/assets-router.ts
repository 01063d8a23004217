/**
 * `/assets/`: what every page shares, served as files with no build step — the ES modules in `bot/web/assets/` (API
 * client, DOM helper, sign-in, i18n, toasts) and the text catalogues `contracts/text/<locale>.json`, the very files the
 * server words its replies with — and Chart.js's bundle for the console's reports.
 */
import path from 'node:path';
import express, { type Router } from 'express';

const ASSETS_DIR = path.join(__dirname, 'assets');
const TEXT_DIR = path.resolve(__dirname, '..', '..', 'contracts', 'text');
/** Chart.js's browser bundle, served from its npm package (no CDN: the pages load scripts only from Baton). */
const CHART_JS = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');

export function createAssetsRouter(): Router {
  const router = express.Router();
  const files = { index: false, redirect: false, fallthrough: true, setHeaders: (res: express.Response) => res.setHeader('Cache-Control', 'no-cache') };
  router.use('/assets/text', express.static(TEXT_DIR, files));
  router.use('/assets', express.static(ASSETS_DIR, files));
  router.get('/assets/vendor/chart.umd.min.js', (_req, res) => res.sendFile(CHART_JS, { headers: { 'Cache-Control': 'public, max-age=86400' } }));
  return router;
}
