import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { type CustomerRecord, type CustomerStore } from '../customers/model';
import { compiledStatement } from './compiled-statement';
import type { BotTables, CustomersTable } from './schema';
import { TierSchema } from '../../contracts';

export class KyselyCustomerStore implements CustomerStore {
  constructor(
    private readonly db: Kysely<BotTables>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every customer turn asks who the customer is: compiled once (see compiled-statement.ts). */
  private readonly byChannelUser = compiledStatement<{ channel: string; userId: string }, Selectable<CustomersTable>>(['channel', 'userId'], (db: Kysely<BotTables>, a) =>
    db.selectFrom('customers').selectAll().where('channel', '=', a.channel).where('channel_user_id', '=', a.userId),
  );

  async upsertAll(records: CustomerRecord[]): Promise<number> {
    const at = this.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      for (const record of records) {
        const row: CustomersTable = {
          id: customerId(record),
          email: record.email ?? null,
          channel: record.channel ?? null,
          channel_user_id: record.userId ?? null,
          name: record.name ?? null,
          tier: record.tier,
          updated_at: at,
        };
        await trx
          .insertInto('customers')
          .values(row)
          .onConflict((oc) => oc.column('id').doUpdateSet({ name: row.name, tier: row.tier, updated_at: at }))
          .execute();
      }
    });
    return records.length;
  }

  async findByChannelUser(channel: string, userId: string): Promise<CustomerRecord | undefined> {
    const [row] = (await this.byChannelUser.execute(this.db, { channel, userId })).rows;
    return row ? toRecord(row) : undefined;
  }

  async findByEmail(email: string): Promise<CustomerRecord | undefined> {
    const row = await this.db.selectFrom('customers').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  async list(): Promise<CustomerRecord[]> {
    return (await this.db.selectFrom('customers').selectAll().orderBy('id').execute()).map(toRecord);
  }
}

/** The same person imported twice gets the same row: the id is derived from how they are matched. */
export function customerId(record: CustomerRecord): string {
  const key = record.email ? `email:${record.email}` : `user:${record.channel}:${record.userId}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

function toRecord(row: Selectable<CustomersTable>): CustomerRecord {
  return {
    email: row.email ?? undefined,
    channel: row.channel ?? undefined,
    userId: row.channel_user_id ?? undefined,
    name: row.name ?? undefined,
    tier: TierSchema.parse(row.tier),
  };
}
