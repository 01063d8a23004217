/**
 * The console's live feed over Server-Sent Events (`GET /api/tickets/events`): every ticket event the person may see,
 * with the ticket as it now is, and agents' presence. Filtered per connection by the same team scoping as the API;
 * a comment line every 20 s keeps proxies from closing an idle stream. EventSource reconnects by itself; the console
 * reloads its lists when it does, so nothing is replayed here.
 */
import type { Request, Response } from 'express';
import type { HandoffEvent } from '../events';
import type { HandoffService } from '../handoff-service';
import { PersonRefSchema, type Ticket, type TicketEvent } from '../model';
import { toView } from '../ticket-views';
import { CodedError } from '../../contracts';
import { actorOf } from './request';

const KEEPALIVE_MS = 20_000;
const SESSION_RECHECK_MS = 60_000;

const PersonRefOrNull = PersonRefSchema.nullable().catch(null);

/** The ticket as it stood just before a transfer: in its former group, with its former assignee and reservation. */
function beforeTransfer(ticket: Ticket, event: TicketEvent): Ticket {
  const fromGroup = event.data.fromGroup;
  return {
    ...ticket,
    skillGroup: typeof fromGroup === 'string' ? fromGroup : ticket.skillGroup,
    // Events written before these were recorded name only who transferred it, usually its assignee.
    assignee: 'fromAssignee' in event.data ? PersonRefOrNull.parse(event.data.fromAssignee) : event.actor,
    reservedFor: PersonRefOrNull.parse(event.data.fromReservedFor),
  };
}

/** Open live streams one person may hold at once unless configured otherwise (a few console tabs). */
export const DEFAULT_STREAMS_PER_PERSON = 5;

export function createEventStreamHandler(deps: {
  service: HandoffService;
  stillSignedIn?: (req: Request) => Promise<boolean>;
  sessionRecheckMs?: number;
  maxStreamsPerPerson?: number;
}) {
  const maxStreams = deps.maxStreamsPerPerson ?? DEFAULT_STREAMS_PER_PERSON;
  const openStreams = new Map<string, number>();
  return async (req: Request, res: Response) => {
    const actor = actorOf(req);
    const open = openStreams.get(actor.id) ?? 0;
    if (open >= maxStreams) {
      throw new CodedError('rate_limited', `you have ${open} live streams open already; close a console tab first`, { retryAfterSeconds: 30 });
    }
    openStreams.set(actor.id, open + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (openStreams.get(actor.id) ?? 1) - 1;
      if (left > 0) openStreams.set(actor.id, left);
      else openStreams.delete(actor.id);
    };
    let canSee: (ticket: Ticket) => boolean;
    try {
      canSee = await deps.service.visibilityOf(actor);
    } catch (err) {
      release();
      throw err;
    }

    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    req.socket.setNoDelay(true);

    const send = (payload: unknown) => {
      res.write(`data: ${JSON.stringify(payload)}\n\n`);
    };
    send({ type: 'ready', at: deps.service.now().toISOString() });
    res.write('retry: 3000\n\n');

    const onEvent = (event: HandoffEvent) => {
      if (event.kind === 'agent') {
        send({ type: event.type, at: event.at, agent: { id: event.agent.id, name: event.agent.name, online: event.agent.online } });
        if (event.type === 'agent.updated' && event.agent.id === actor.id) {
          // The person's groups changed: what they may see changes with them.
          // If the new scope cannot be read, end the stream: the console reconnects and is scoped afresh.
          deps.service.visibilityOf(actor).then(
            (next) => {
              canSee = next;
            },
            () => res.end(),
          );
        }
        return;
      }
      if (!canSee(event.ticket)) {
        // Transferred away from this person's teams: tell the console to drop it, without its content. Only a
        // console that could see it before hears of it; a transfer between other teams is not theirs to know of.
        if (event.event.type === 'ticket.transferred' && canSee(beforeTransfer(event.ticket, event.event))) {
          send({ type: 'ticket.gone', at: event.event.at, ticketId: event.ticket.id });
        }
        return;
      }
      const { ticketId, seq, type, from, to, actor: by, data, at } = event.event;
      send({ type, at, ticketId, seq, from, to, actor: by, data, ticket: toView(event.ticket, deps.service.now()) });
    };
    const unsubscribe = deps.service.subscribe(onEvent);
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
    keepalive.unref();
    // Signing out (or a session expiring, or the person being disabled) ends the live feed too, not only new requests.
    const recheck = deps.stillSignedIn
      ? setInterval(() => {
          deps.stillSignedIn!(req).then(
            (ok) => {
              if (!ok) res.end();
            },
            () => res.end(),
          );
        }, deps.sessionRecheckMs ?? SESSION_RECHECK_MS)
      : undefined;
    recheck?.unref();

    const stop = () => {
      clearInterval(keepalive);
      clearInterval(recheck);
      unsubscribe();
      release();
    };
    req.on('close', stop);
    res.on('close', stop);
    res.on('error', stop);
  };
}
