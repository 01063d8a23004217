/** Progress-update bookkeeping over Kysely: one row per ticket, the same SQL on SQLite and PostgreSQL. */
import type { Kysely } from 'kysely';
import type { ProgressState, ProgressStore } from '../progress-store';
import type { HandoffTables } from './schema';

const CHUNK = 500;

export class KyselyProgressStore implements ProgressStore {
  constructor(private readonly db: Kysely<HandoffTables>) {}

  async get(ticketIds: readonly string[]) {
    const states = new Map<string, ProgressState>();
    for (let i = 0; i < ticketIds.length; i += CHUNK) {
      const rows = await this.db
        .selectFrom('handoff_progress')
        .selectAll()
        .where('ticket_id', 'in', ticketIds.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) states.set(row.ticket_id, { ticketId: row.ticket_id, lastToldAt: row.last_told_at, remindedFor: row.reminded_for });
    }
    return states;
  }

  async told(ticketId: string, at: string) {
    await this.db
      .insertInto('handoff_progress')
      .values({ ticket_id: ticketId, last_told_at: at, reminded_for: null })
      .onConflict((oc) =>
        oc
          .column('ticket_id')
          .doUpdateSet({ last_told_at: at, reminded_for: null })
          // ISO-8601 instants of one format compare as text.
          .where('handoff_progress.last_told_at', '<', at),
      )
      .execute();
  }

  async reminded(ticketId: string, dueAt: string, lastToldAt: string) {
    await this.db
      .insertInto('handoff_progress')
      .values({ ticket_id: ticketId, last_told_at: lastToldAt, reminded_for: dueAt })
      .onConflict((oc) => oc.column('ticket_id').doUpdateSet({ reminded_for: dueAt }))
      .execute();
  }
}
