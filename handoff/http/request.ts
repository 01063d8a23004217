/** Reading requests at the boundary: the signed-in person and the ticket id. */
import type { Request } from 'express';
import { handoffErrors } from '../errors';
import { actorFrom, type Actor } from '../../contracts';

/** The person `requireRole` put on the request; the host's user record is checked, not trusted blindly. */
export function actorOf(req: Request): Actor {
  return actorFrom((req as Request & { user?: unknown }).user);
}

/** Ticket ids are short; anything else cannot be one (and answers like any unknown id). */
export function ticketIdParam(req: Request): string {
  const id = String(req.params.id ?? '');
  if (!/^[A-Za-z0-9-]{1,40}$/.test(id)) throw handoffErrors.ticketNotFound(id.slice(0, 40));
  return id;
}
