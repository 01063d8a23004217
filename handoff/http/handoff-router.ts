/** Everything handoff serves over HTTP, for the host to mount at the root: the ticket API, the console's API, the console. */
import express, { type Router } from 'express';
import { createAgentsRouter } from './agents-router';
import { createConsoleRouter } from './console-router';
import { createTicketsRouter, type HandoffRouterDeps } from './tickets-router';

export function createHandoffRouter(deps: HandoffRouterDeps): Router {
  const router = express.Router();
  router.use('/api/tickets', createTicketsRouter(deps));
  router.use('/api/handoff', createAgentsRouter(deps));
  router.use(createConsoleRouter());
  return router;
}
