/** Reading requests at the boundary: the signed-in person and validated bodies and parameters. */
import type { Request } from 'express';
import { z } from 'zod';
import { handoffErrors } from '../errors';
import { ActorSchema, type Actor } from '../model';

/** The person `requireRole` put on the request; the host's user record is checked, not trusted blindly. */
export function actorOf(req: Request): Actor {
  const parsed = ActorSchema.safeParse((req as Request & { user?: unknown }).user);
  if (!parsed.success) throw handoffErrors.unauthorized();
  return parsed.data;
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  throw handoffErrors.invalid(`the request body is not valid: ${describe(result.error)}`, result.error.issues);
}

export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const result = schema.safeParse(query ?? {});
  if (result.success) return result.data;
  throw handoffErrors.invalid(`the query is not valid: ${describe(result.error)}`, result.error.issues);
}

/** Ticket ids are short; anything else cannot be one (and answers like any unknown id). */
export function ticketIdParam(req: Request): string {
  const id = String(req.params.id ?? '');
  if (!/^[A-Za-z0-9-]{1,40}$/.test(id)) throw handoffErrors.ticketNotFound(id.slice(0, 40));
  return id;
}

function describe(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
