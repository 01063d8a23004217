/**
 * `POST /api/messages`: the Bot Framework activity endpoint (Azure Bot Service, Teams, Azure Direct Line).
 * With an app id configured every request needs a valid Bot Framework token; without one (development only) requests
 * are anonymous.
 */
import express, { type Router } from 'express';
import { z } from 'zod';
import { authorizeJWT, type CloudAdapter } from '@microsoft/agents-hosting';
import type { Config } from '../../config';
import { BatonError } from '../../errors';
import { parseBody } from '../../http/validate';
import { createAuthConfiguration } from './adapter';
import type { TurnLogic } from './baton-agent';

/** The least an activity needs before the adapter sees it; the SDK's own schema checks the rest. */
const InboundActivitySchema = z
  .object({
    type: z.string().min(1, 'type is required'),
    conversation: z.object({ id: z.string().min(1, 'conversation.id is required') }, { message: 'conversation.id is required' }),
    channelId: z.string().optional(),
    serviceUrl: z.string().optional(),
    text: z.string().optional(),
  })
  .loose();

export function createMessagesRouter(deps: { adapter: CloudAdapter; logic: TurnLogic; bot: Config['bot']; bodyLimit: number }): Router {
  const router = express.Router();
  router.use(express.json({ limit: deps.bodyLimit }));
  if (!deps.bot.anonymous) router.use(authorizeJWT(createAuthConfiguration(deps.bot)));
  router.post('/', async (req, res) => {
    parseBody(InboundActivitySchema, req.body);
    try {
      await deps.adapter.process(req, res, deps.logic);
    } catch (err) {
      // The SDK rejects malformed activities by throwing its own validation errors: those are the sender's to fix.
      if (err instanceof z.ZodError || (err as Error)?.name === 'ZodError') {
        throw new BatonError('invalid_activity', 400, `the activity is not valid: ${(err as Error).message}`);
      }
      throw err;
    }
  });
  return router;
}
