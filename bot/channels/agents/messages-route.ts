/**
 * `POST /api/messages`: the Bot Framework activity endpoint (Azure Bot Service, Teams, Azure Direct Line).
 * With an app id configured every request needs a valid Bot Framework / Entra token whose `serviceurl` claim is the
 * activity's serviceUrl (see `auth/`); without one (development only) requests are anonymous. Either way the activity's
 * serviceUrl must be a host Baton is allowed to send replies to.
 */
import express, { type Router } from 'express';
import { z } from 'zod';
import type { CloudAdapter } from '@microsoft/agents-hosting';
import type { Config } from '../../config';
import { assertServiceUrlAllowed, createOutboundPolicy } from './auth/outbound-policy';
import { rejection, requireBotToken, verifiedBotToken } from './auth/require-bot-token';
import { assertTokenMatchesActivity } from './auth/token-matches-activity';
import { createTrustedIssuers } from './auth/trusted-issuers';
import type { TurnLogic } from './baton-agent';
import { CodedError, parseOr400 } from '../../../contracts';
import { redactActivity } from '../redact-activity';

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

export interface MessagesRouterDeps {
  adapter: CloudAdapter;
  logic: TurnLogic;
  bot: Config['bot'];
  bodyLimit: number;
  /** Where refused requests are logged with the reason (the caller gets only the message). */
  log?: (line: string) => void;
}

export function createMessagesRouter(deps: MessagesRouterDeps): Router {
  const router = express.Router();
  const outbound = createOutboundPolicy(deps.bot.outbound);
  if (!deps.bot.anonymous) {
    const issuers = createTrustedIssuers(deps.bot.auth, { allowLoopbackHttp: deps.bot.auth.allowLoopbackHttp });
    router.use(requireBotToken({ appId: deps.bot.appId!, issuers, log: deps.log }));
  }
  router.use(express.json({ limit: deps.bodyLimit }));
  router.post('/', async (req, res) => {
    const activity = parseOr400(InboundActivitySchema, req.body ?? {}, 'the request body');
    const token = verifiedBotToken(res);
    if (!deps.bot.anonymous) {
      // Belt and braces: with an app id there is no path to the adapter without a verified token.
      if (!token) throw new CodedError('unauthorized', 'a Bot Framework bearer token is required');
      try {
        assertTokenMatchesActivity(token, activity);
      } catch (err) {
        throw rejection(err, res, deps.log);
      }
    }
    assertServiceUrlAllowed(outbound, activity.serviceUrl);
    // Personal data is redacted here, at the edge, before the adapter, the runtime or any store sees the activity.
    req.body = redactActivity(req.body);
    try {
      // The adapter reads the caller's identity from `request.user` to pick the token for its replies.
      await deps.adapter.process(Object.assign(req, { user: token?.claims }), res, deps.logic);
    } catch (err) {
      // The SDK rejects malformed activities by throwing its own validation errors: those are the sender's to fix.
      if (err instanceof z.ZodError || (err as Error)?.name === 'ZodError') {
        throw new CodedError('invalid_activity', `the activity is not valid: ${(err as Error).message}`);
      }
      throw err;
    }
  });
  return router;
}
