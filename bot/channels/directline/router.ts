/** HTTP routes of the built-in Direct Line 3.0 (`/v3/directline`). */
import express, { type Request, type Router } from 'express';
import type { ClientLimits } from '../../http/client-limits';
import { enforce } from '../../http/rate-limit';
import type { DirectLineService } from './direct-line';
import { ConversationIdSchema, PostedActivitySchema, TokenGenerateSchema, WatermarkSchema } from './schemas';
import { parseOr400 } from '../../../contracts';

export function createDirectLineRouter(deps: { directLine: DirectLineService; bodyLimit: number; publicUrl?: string; limits: ClientLimits }): Router {
  const { directLine } = deps;
  const router = express.Router();
  router.use(express.json({ limit: deps.bodyLimit }));

  const caller = (req: Request) => directLine.identify(req.get('authorization'));
  const streamUrl = (req: Request, conversationId: string, token: string) => {
    const origin = deps.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    return `${origin.replace(/^http/, 'ws')}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream?t=${encodeURIComponent(token)}`;
  };

  router.post('/tokens/generate', async (req, res) => {
    const who = caller(req);
    if (who.kind !== 'secret') {
      res.status(403).json({ error: { code: 'forbidden', message: 'generating a token needs the Direct Line secret as Bearer' } });
      return;
    }
    const body = parseOr400(TokenGenerateSchema, req.body ?? {}, 'the request body');
    const started = await directLine.issueToken({ userId: body?.user?.id });
    res.json({ conversationId: started.conversationId, token: started.token, expires_in: started.expires_in });
  });

  router.post('/tokens/refresh', async (req, res) => {
    res.json(directLine.refreshToken(caller(req)));
  });

  router.post('/conversations', async (req, res) => {
    const who = caller(req);
    // Without a token this starts a new conversation: limited per address (the secret's holder is a trusted server).
    if (who.kind === 'anonymous') enforce(deps.limits.conversationsPerAddress, req.ip ?? 'unknown', 'new conversations from this address');
    const started = await directLine.startConversation(who);
    res.status(started.created ? 201 : 200).json({
      conversationId: started.conversationId,
      token: started.token,
      expires_in: started.expires_in,
      streamUrl: streamUrl(req, started.conversationId, started.token),
      referenceGrammarId: 'baton',
    });
  });

  router.get('/conversations/:conversationId', async (req, res) => {
    const who = caller(req);
    const conversationId = parseOr400(ConversationIdSchema, req.params.conversationId, 'conversationId');
    await directLine.authorize(who, conversationId);
    const token = req.get('authorization')!.replace(/^Bearer\s+/i, '');
    res.json({ conversationId, token, streamUrl: streamUrl(req, conversationId, token) });
  });

  router.post('/conversations/:conversationId/activities', async (req, res) => {
    const who = caller(req);
    const conversationId = parseOr400(ConversationIdSchema, req.params.conversationId, 'conversationId');
    const conversation = await directLine.authorize(who, conversationId);
    enforce(deps.limits.messagesPerConversation, conversationId, 'messages in this conversation');
    if (who.kind !== 'secret') enforce(deps.limits.messagesPerAddress, req.ip ?? 'unknown', 'messages from this address');
    const activity = parseOr400(PostedActivitySchema, req.body ?? {}, 'the request body');
    res.json(await directLine.postActivity(who, conversationId, activity, conversation));
  });

  router.get('/conversations/:conversationId/activities', async (req, res) => {
    const who = caller(req);
    const conversationId = parseOr400(ConversationIdSchema, req.params.conversationId, 'conversationId');
    const watermark = parseOr400(WatermarkSchema, req.query.watermark === '' ? undefined : req.query.watermark, 'watermark');
    res.json(await directLine.getActivities(who, conversationId, watermark));
  });

  return router;
}
