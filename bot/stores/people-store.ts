import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { type PeopleStore, type Session, type User, type UserRecord, type UserWithSecret } from '../people/model';
import type { BotTables, UsersTable } from './schema';
import { LocaleSchema, type Locale, type Role, RoleSchema } from '../../contracts';

export class KyselyPeopleStore implements PeopleStore {
  constructor(
    private readonly db: Kysely<BotTables>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async findByEmail(email: string): Promise<UserWithSecret | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
    return row ? { ...toRecord(row), passwordHash: row.password_hash } : undefined;
  }

  async getRecord(id: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  async setDisabled(id: string, disabled: boolean): Promise<void> {
    await this.db.updateTable('users').set({ disabled: disabled ? 1 : 0 }).where('id', '=', id).execute();
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
  }

  async findById(id: string): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).where('disabled', '=', 0).executeTakeFirst();
    return row ? toUser(row) : undefined;
  }

  async create(user: { email: string; name: string; passwordHash: string; roles: Role[] }): Promise<User> {
    const row = {
      id: randomUUID(),
      email: user.email.toLowerCase(),
      name: user.name,
      password_hash: user.passwordHash,
      roles: user.roles.join(','),
      created_at: this.now().toISOString(),
    };
    await this.db.insertInto('users').values(row).execute();
    return toUser({ ...row, disabled: 0, locale: null });
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async list(): Promise<UserRecord[]> {
    return (await this.db.selectFrom('users').selectAll().orderBy('email').execute()).map(toRecord);
  }

  async setLocale(id: string, locale: Locale | null): Promise<User | undefined> {
    await this.db.updateTable('users').set({ locale }).where('id', '=', id).execute();
    return this.findById(id);
  }

  async createSession(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({ token_hash: tokenHash, user_id: userId, created_at: this.now().toISOString(), expires_at: expiresAt.toISOString() })
      .execute();
  }

  async findSession(tokenHash: string, now: Date): Promise<Session | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .select(['user_id', 'created_at', 'expires_at'])
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    return row ? { userId: row.user_id, createdAt: row.created_at, expiresAt: row.expires_at } : undefined;
  }

  async extendSession(tokenHash: string, expiresAt: Date): Promise<void> {
    await this.db.updateTable('sessions').set({ expires_at: expiresAt.toISOString() }).where('token_hash', '=', tokenHash).execute();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteSessionsOf(userId: string): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function toRecord(row: Selectable<UsersTable>): UserRecord {
  return { ...toUser(row), disabled: Number(row.disabled) === 1 };
}

function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles.split(',').filter(Boolean).map((r) => RoleSchema.parse(r)),
    createdAt: row.created_at,
    locale: LocaleSchema.safeParse(row.locale).data ?? null,
  };
}
