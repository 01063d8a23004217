/**
 * `POST /api/messages`: the Bot Framework activity endpoint (Azure Bot Service, Teams, Azure Direct Line).
 * With an app id configured every request needs a valid Bot Framework token; without one (development only) requests
 * are anonymous.
 */
import express, { type Router } from 'express';
import { authorizeJWT, type CloudAdapter } from '@microsoft/agents-hosting';
import type { Config } from '../../config';
import { createAuthConfiguration } from './adapter';
import type { TurnLogic } from './baton-agent';

export function createMessagesRouter(deps: { adapter: CloudAdapter; logic: TurnLogic; bot: Config['bot']; bodyLimit: number }): Router {
  const router = express.Router();
  router.use(express.json({ limit: deps.bodyLimit }));
  if (!deps.bot.anonymous) router.use(authorizeJWT(createAuthConfiguration(deps.bot)));
  router.post('/', async (req, res) => {
    await deps.adapter.process(req, res, deps.logic);
  });
  return router;
}
