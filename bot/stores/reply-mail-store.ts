/** Customers' e-mail contacts (with consent) and the agent replies waiting to be e-mailed; SQLite and PostgreSQL alike. */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { BotTables, ReplyMailTable } from './schema';

export interface CustomerContact {
  conversationId: string;
  email: string;
  consentedAt: string;
  seenAt: string | null;
}

export type PendingReplyMail = Pick<ReplyMailTable, 'id' | 'conversation_id' | 'ticket_id' | 'agent_name' | 'text' | 'written_at'>;

/** What the reply mail and the contact routes need of the store: its public methods, not the Kysely class. */
export type ReplyMailStore = { [K in keyof KyselyReplyMailStore]: KyselyReplyMailStore[K] };

export class KyselyReplyMailStore {
  constructor(private readonly db: Kysely<BotTables>) {}

  async setContact(conversationId: string, email: string, at: string): Promise<void> {
    await this.db
      .insertInto('customer_contacts')
      .values({ conversation_id: conversationId, email, consented_at: at, seen_at: at })
      .onConflict((oc) => oc.column('conversation_id').doUpdateSet({ email, consented_at: at }))
      .execute();
  }

  async removeContact(conversationId: string): Promise<void> {
    await this.db.deleteFrom('customer_contacts').where('conversation_id', '=', conversationId).execute();
  }

  async getContact(conversationId: string): Promise<CustomerContact | undefined> {
    const row = await this.db.selectFrom('customer_contacts').selectAll().where('conversation_id', '=', conversationId).executeTakeFirst();
    return row && { conversationId: row.conversation_id, email: row.email, consentedAt: row.consented_at, seenAt: row.seen_at };
  }

  /** The customer's chat read or wrote at `at` (no row, no write: only customers with a contact are tracked). */
  async seen(conversationId: string, at: string): Promise<void> {
    await this.db.updateTable('customer_contacts').set({ seen_at: at }).where('conversation_id', '=', conversationId).execute();
  }

  async enqueue(mail: Omit<PendingReplyMail, 'id'> & { due_at: string }): Promise<void> {
    await this.db
      .insertInto('reply_mail')
      .values({ ...mail, id: randomBytes(12).toString('base64url'), state: 'pending', done_at: null })
      .execute();
  }

  async due(now: string, limit: number): Promise<PendingReplyMail[]> {
    return this.db
      .selectFrom('reply_mail')
      .select(['id', 'conversation_id', 'ticket_id', 'agent_name', 'text', 'written_at'])
      .where('state', '=', 'pending')
      .where('due_at', '<=', now)
      .orderBy('due_at')
      .limit(limit)
      .execute();
  }

  /** Claims a pending mail for `state`; false when another instance already did. The reply's text is not kept. */
  async finish(id: string, state: 'sent' | 'skipped', at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('reply_mail')
      .set({ state, done_at: at, text: '' })
      .where('id', '=', id)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
