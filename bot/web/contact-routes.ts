/**
 * The chat page's "e-mail me when someone answers": the customer gives an address and agrees (consent must be
 * explicit), or withdraws. Authorised by the conversation's Direct Line token; the address is stored for that
 * conversation only and never echoed back or logged.
 */
import express, { type Router } from 'express';
import { z } from 'zod';
import type { DirectLineService } from '../channels/directline/direct-line';
import type { ReplyMailStore } from '../stores/reply-mail-store';
import { fail, parseOr400 } from '../../contracts';

const ContactSchema = z.object({
  email: z.email({ message: 'email must be an e-mail address' }).max(320),
  consent: z.literal(true, { message: 'consent must be true: we e-mail replies only to customers who agree' }),
});

export function createContactRouter(deps: { directLine: DirectLineService; contacts: ReplyMailStore; clock: () => Date; enabled: boolean }): Router {
  const router = express.Router();
  const conversationOf = async (authorization: string | undefined) => {
    const caller = deps.directLine.identify(authorization);
    if (caller.kind !== 'token') throw fail.unauthorized('send the conversation\'s Direct Line token as "Authorization: Bearer …"');
    await deps.directLine.authorize(caller, caller.claims.conversationId);
    return caller.claims.conversationId;
  };
  router.get('/api/webchat/contact', async (req, res) => {
    const contact = await deps.contacts.getContact(await conversationOf(req.get('authorization')));
    res.set('Cache-Control', 'no-store').json({ available: deps.enabled, subscribed: contact !== undefined });
  });
  router.put('/api/webchat/contact', express.json({ limit: 4096 }), async (req, res) => {
    const conversationId = await conversationOf(req.get('authorization'));
    if (!deps.enabled) throw fail.conflict('e-mail is not set up on this service');
    const body = parseOr400(ContactSchema, req.body ?? {}, 'the request body');
    await deps.contacts.setContact(conversationId, body.email, deps.clock().toISOString());
    res.json({ subscribed: true });
  });
  router.delete('/api/webchat/contact', async (req, res) => {
    await deps.contacts.removeContact(await conversationOf(req.get('authorization')));
    res.json({ subscribed: false });
  });
  return router;
}
