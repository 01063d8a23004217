/** The customer chat page, the Web Chat bundle (served from the npm package, no CDN) and the page's token exchange. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import express, { type Router } from 'express';
import { z } from 'zod';
import { rateLimit, type RateLimiter } from '../http/rate-limit';
import type { DirectLineService } from '../channels/directline/direct-line';
import { parseOr400 } from '../../contracts';

const WEB_DIR = __dirname;

export function webChatBundlePath(): string {
  // The package exports only its entry points; the UMD bundle sits in dist/ beside lib/.
  const file = path.resolve(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
  if (!existsSync(file)) throw new Error(`botframework-webchat's dist/webchat.js is missing at ${file}: run npm install`);
  return file;
}

const ResumeRequestSchema = z.object({ key: z.string().min(1).max(1000) });

const TokenRequestSchema = z.object({ locale: z.string().max(20).regex(/^[A-Za-z-]+$/, 'locale looks like en-US or zh-CN').optional() });

export function createWebChatRouter(deps: { directLine: DirectLineService; conversationsPerAddress: RateLimiter }): Router {
  const router = express.Router();
  const bundle = webChatBundlePath();
  const noStore = { headers: { 'Cache-Control': 'no-cache' } };

  router.get('/', (_req, res) => res.sendFile(path.join(WEB_DIR, 'index.html'), noStore));
  router.get('/chat.js', (_req, res) => res.sendFile(path.join(WEB_DIR, 'chat.js'), noStore));
  router.get('/chat.css', (_req, res) => res.sendFile(path.join(WEB_DIR, 'chat.css'), noStore));
  router.get('/favicon.ico', (_req, res) => res.status(204).end());
  router.get('/webchat/webchat.js', (_req, res) => res.sendFile(bundle, { maxAge: '1d' }));

  // The page's own token exchange: it never sees the Direct Line secret; the server issues a token for a new conversation.
  // Each token starts a conversation: the same per-address limit as Direct Line's own start.
  const tokenLimit = rateLimit({ limiter: deps.conversationsPerAddress, what: 'new conversations from this address' });
  router.post('/api/webchat/token', tokenLimit, express.json({ limit: 4096 }), async (req, res) => {
    const body = parseOr400(TokenRequestSchema, req.body ?? {}, 'the request body');
    const started = await deps.directLine.issueToken({ locale: body.locale });
    const resumeKey = await deps.directLine.resumeKeyFor(started.conversationId);
    res.json({ conversationId: started.conversationId, token: started.token, expires_in: started.expires_in, resumeKey });
  });
  // Coming back later (this browser's storage, or a link on another device): a token for the same conversation.
  router.post('/api/webchat/resume', tokenLimit, express.json({ limit: 4096 }), async (req, res) => {
    const body = parseOr400(ResumeRequestSchema, req.body ?? {}, 'the request body');
    const resumed = await deps.directLine.resume(body.key);
    res.json({ ...resumed, resumeKey: await deps.directLine.resumeKeyFor(resumed.conversationId) });
  });
  return router;
}
