/**
 * `/assets/`: what every page shares, served as files with no build step — the ES modules in `bot/web/assets/` (API
 * client, DOM helper, sign-in, i18n, toasts) and the text catalogues `contracts/text/<locale>.json`, the very files the
 * server words its replies with.
 */
import path from 'node:path';
import express, { type Router } from 'express';

const ASSETS_DIR = path.join(__dirname, 'assets');
const TEXT_DIR = path.resolve(__dirname, '..', '..', 'contracts', 'text');

export function createAssetsRouter(): Router {
  const router = express.Router();
  const files = { index: false, redirect: false, fallthrough: true, setHeaders: (res: express.Response) => res.setHeader('Cache-Control', 'no-cache') };
  router.use('/assets/text', express.static(TEXT_DIR, files));
  router.use('/assets', express.static(ASSETS_DIR, files));
  return router;
}
