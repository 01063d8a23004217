/**
 * Retention for tickets: deletes tickets that are finished (closed, or handed back to the bot) and untouched since a
 * cutoff, with their timeline entries and events; and tells which conversations still have a ticket in progress, so
 * their transcripts are kept whatever their age.
 */
import type { Kysely } from 'kysely';
import type { TicketStatus } from '../model';
import type { HandoffTables } from './schema';

/** Statuses a ticket rests in once nobody owes the customer anything. */
const FINISHED: TicketStatus[] = ['closed', 'bot'];

export interface TicketRetention {
  /** Deletes up to `limit` finished tickets last updated before `before` (an ISO time); returns how many went. */
  purgeFinishedBefore(before: string, limit: number): Promise<{ tickets: number; events: number }>;
  /** Of these conversations, those with a ticket queued, assigned or resolved (awaiting its survey), their own or joined. */
  conversationsInProgress(conversationIds: readonly string[]): Promise<Set<string>>;
}

export class KyselyTicketRetention implements TicketRetention {
  constructor(private readonly db: Kysely<HandoffTables>) {}

  async purgeFinishedBefore(before: string, limit: number): Promise<{ tickets: number; events: number }> {
    return this.db.transaction().execute(async (trx) => {
      const ids = (
        await trx.selectFrom('handoff_tickets').select('id').where('status', 'in', FINISHED).where('updated_at', '<', before).orderBy('updated_at').limit(limit).execute()
      ).map((r) => r.id);
      if (ids.length === 0) return { tickets: 0, events: 0 };
      const events = await trx.deleteFrom('handoff_events').where('ticket_id', 'in', ids).executeTakeFirst();
      await trx.deleteFrom('handoff_entries').where('ticket_id', 'in', ids).execute();
      await trx.deleteFrom('handoff_ticket_conversations').where('ticket_id', 'in', ids).execute();
      const tickets = await trx.deleteFrom('handoff_tickets').where('id', 'in', ids).executeTakeFirst();
      return { tickets: Number(tickets.numDeletedRows), events: Number(events.numDeletedRows) };
    });
  }

  async conversationsInProgress(conversationIds: readonly string[]): Promise<Set<string>> {
    if (conversationIds.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('handoff_tickets')
      .select('conversation_id')
      .where('conversation_id', 'in', conversationIds)
      .where('status', 'not in', FINISHED)
      .execute();
    // A conversation the customer joined an open ticket from (another channel) follows that ticket too.
    const joined = await this.db
      .selectFrom('handoff_ticket_conversations as j')
      .innerJoin('handoff_tickets as t', 't.id', 'j.ticket_id')
      .select('j.conversation_id')
      .where('j.conversation_id', 'in', conversationIds)
      .where('t.status', 'not in', FINISHED)
      .execute();
    return new Set([...rows, ...joined].map((r) => r.conversation_id));
  }
}
