/**
 * `/api/tickets`: the ticket API the console uses, and scripts too. Agents and supervisors only (admins pass every
 * check); an agent works within their skill groups, and any other ticket id answers 404 like an id that never existed.
 */
import express, { type Request, type RequestHandler, type Router } from 'express';
import type { HandoffService } from '../handoff-service';
import { createEventStreamHandler } from './event-stream';
import { encodeTicketCursor } from './ticket-cursor';
import { actorOf, ticketIdParam } from './request';
import {
  MessageBodySchema,
  NoteBodySchema,
  ResolveBodySchema,
  ReturnToBotBodySchema,
  TicketListQuerySchema,
  TransferBodySchema,
} from './schemas';
import { parseOr400 } from '../../contracts';

export interface HandoffRouterDeps {
  service: HandoffService;
  /** The host's auth: express middleware that rejects without a session (401) or without one of the roles (403). */
  requireRole: (...roles: string[]) => RequestHandler;
  /** Whether the request's session is still valid (signed out, expired, disabled: no). Long-lived streams re-ask. */
  stillSignedIn?: (req: Request) => Promise<boolean>;
  /** How often a live stream re-asks `stillSignedIn`; default one minute. */
  sessionRecheckMs?: number;
  /** Live event streams one person may hold open at once (default 5). */
  maxStreamsPerPerson?: number;
}

export function createTicketsRouter(deps: HandoffRouterDeps): Router {
  const { service } = deps;
  const router = express.Router();
  router.use(deps.requireRole('agent', 'supervisor'));
  router.use(express.json({ limit: 64 * 1024 }));
  router.use((_req, res, next) => {
    // Tickets carry personal data: never cached by a browser or a proxy.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  router.get('/', async (req, res) => {
    const query = parseOr400(TicketListQuerySchema, req.query, 'the query');
    const page = await service.listTicketPage(actorOf(req), { statuses: query.status, mine: query.mine, limit: query.limit, after: query.after });
    res.json({ tickets: page.tickets, ...(page.next ? { next: encodeTicketCursor(page.next) } : {}) });
  });

  router.get(
    '/events',
    createEventStreamHandler({ service, stillSignedIn: deps.stillSignedIn, sessionRecheckMs: deps.sessionRecheckMs, maxStreamsPerPerson: deps.maxStreamsPerPerson }),
  );

  router.get('/:id', async (req, res) => {
    res.json(await service.getTicket(actorOf(req), ticketIdParam(req)));
  });

  router.get('/:id/suggestions', async (req, res) => {
    res.json({ articles: await service.suggestArticles(actorOf(req), ticketIdParam(req)) });
  });

  router.post('/:id/claim', async (req, res) => {
    res.json({ ticket: await service.claim(actorOf(req), ticketIdParam(req)) });
  });

  router.post('/:id/messages', async (req, res) => {
    const { text } = parseOr400(MessageBodySchema, req.body ?? {}, 'the request body');
    res.status(201).json({ message: await service.sendMessage(actorOf(req), ticketIdParam(req), text) });
  });

  router.post('/:id/notes', async (req, res) => {
    const { text } = parseOr400(NoteBodySchema, req.body ?? {}, 'the request body');
    res.status(201).json({ note: await service.addNote(actorOf(req), ticketIdParam(req), text) });
  });

  router.post('/:id/coaching', async (req, res) => {
    const { text } = parseOr400(NoteBodySchema, req.body ?? {}, 'the request body');
    res.status(201).json({ note: await service.addCoachingNote(actorOf(req), ticketIdParam(req), text) });
  });

  router.post('/:id/transfer', async (req, res) => {
    const target = parseOr400(TransferBodySchema, req.body ?? {}, 'the request body');
    res.json({ ticket: await service.transfer(actorOf(req), ticketIdParam(req), target) });
  });

  router.post('/:id/resolve', async (req, res) => {
    const body = parseOr400(ResolveBodySchema, req.body ?? {}, 'the request body');
    res.json({ ticket: await service.resolve(actorOf(req), ticketIdParam(req), body) });
  });

  router.post('/:id/return-to-bot', async (req, res) => {
    const { note } = parseOr400(ReturnToBotBodySchema, req.body ?? {}, 'the request body');
    res.json({ ticket: await service.returnToBot(actorOf(req), ticketIdParam(req), note) });
  });

  return router;
}
