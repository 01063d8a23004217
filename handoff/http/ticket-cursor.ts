/**
 * The `next` of a ticket list page as an opaque string for the URL (`?after=…`): base64url of the last ticket's place
 * in list order. Opaque so that clients pass it back rather than build one; checked on the way in like any input.
 */
import { z } from 'zod';
import type { TicketListPosition } from '../handoff-store';

const PositionSchema = z.tuple([z.string().max(8), z.string().max(40), z.string().max(64)]);

export function encodeTicketCursor(position: TicketListPosition): string {
  return Buffer.from(JSON.stringify([position.level, position.queuedAt, position.id])).toString('base64url');
}

/** The position in `cursor`, or undefined when it is not one this API gave out. */
export function decodeTicketCursor(cursor: string): TicketListPosition | undefined {
  try {
    const parsed = PositionSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (!parsed.success) return undefined;
    const [level, queuedAt, id] = parsed.data;
    return { level, queuedAt, id };
  } catch {
    return undefined;
  }
}
