import { Kysely } from 'kysely';
import type { MigrationSet } from './migrate';

export const botMigrations: MigrationSet = {
  'bot-0001-conversations': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('conversations')
        .addColumn('id', 'varchar(200)', (c) => c.primaryKey())
        .addColumn('channel', 'varchar(64)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('locale', 'varchar(32)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('reference', 'text')
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('state_version', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('activities')
        .addColumn('conversation_id', 'varchar(200)', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('id', 'varchar(200)', (c) => c.notNull())
        .addColumn('direction', 'varchar(8)', (c) => c.notNull())
        .addColumn('role', 'varchar(16)', (c) => c.notNull())
        .addColumn('type', 'varchar(64)', (c) => c.notNull())
        .addColumn('text', 'text')
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('activities_pk', ['conversation_id', 'seq'])
        // A channel that redelivers an activity (a retry) must not get a second turn out of it.
        .addUniqueConstraint('activities_id_unique', ['conversation_id', 'id'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('activities').execute();
      await db.schema.dropTable('conversations').execute();
    },
  },
  'bot-0002-people': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('email', 'varchar(320)', (c) => c.notNull().unique())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('password_hash', 'varchar(300)', (c) => c.notNull())
        .addColumn('roles', 'varchar(300)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'varchar(128)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(64)', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('settings')
        .addColumn('key', 'varchar(200)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('settings').execute();
      await db.schema.dropTable('sessions').execute();
      await db.schema.dropTable('users').execute();
    },
  },
  'bot-0003-customers': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('customers')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('email', 'varchar(320)')
        .addColumn('channel', 'varchar(64)')
        .addColumn('channel_user_id', 'varchar(200)')
        .addColumn('name', 'varchar(200)')
        .addColumn('tier', 'varchar(16)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addUniqueConstraint('customers_email_unique', ['email'])
        .addUniqueConstraint('customers_channel_user_unique', ['channel', 'channel_user_id'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('customers').execute();
    },
  },
  /** Failed sign-ins per account and per client address (bot/people/login-throttle.ts). */
  'bot-0004-login-throttle': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('login_throttle')
        .addColumn('key', 'varchar(400)', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('last_failure_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('locked_until', 'varchar(32)')
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('login_throttle').execute();
    },
  },
  'bot-0005-user-locale': {
    // The language a person chose for the staff pages; null follows the browser.
    async up(db: Kysely<any>) {
      await db.schema.alterTable('users').addColumn('locale', 'varchar(16)').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('users').dropColumn('locale').execute();
    },
  },
  'bot-0006-analytics-indexes': {
    // Analytics read conversations by the time of their customer messages, and ask whether a person wrote in one.
    async up(db: Kysely<any>) {
      await db.schema.createIndex('activities_role_time').on('activities').columns(['role', 'created_at', 'conversation_id']).execute();
      await db.schema.createIndex('activities_conversation_role').on('activities').columns(['conversation_id', 'role']).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('activities_conversation_role').execute();
      await db.schema.dropIndex('activities_role_time').execute();
    },
  },
  'bot-0030-reply-mail': {
    // Customers who asked to be told of replies by e-mail, and the agent replies waiting to be e-mailed to absent ones.
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('customer_contacts')
        .addColumn('conversation_id', 'varchar(200)', (c) => c.primaryKey().references('conversations.id').onDelete('cascade'))
        .addColumn('email', 'varchar(320)', (c) => c.notNull())
        .addColumn('consented_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('seen_at', 'varchar(32)')
        .execute();
      await db.schema
        .createTable('reply_mail')
        .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
        .addColumn('conversation_id', 'varchar(200)', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('ticket_id', 'varchar(32)', (c) => c.notNull())
        .addColumn('agent_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('written_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('due_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('done_at', 'varchar(32)')
        .execute();
      await db.schema.createIndex('reply_mail_due').on('reply_mail').columns(['state', 'due_at']).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('reply_mail').execute();
      await db.schema.dropTable('customer_contacts').execute();
    },
  },
  'bot-0010-retention': {
    // The retention purge looks for conversations idle since a cutoff, oldest first.
    async up(db: Kysely<any>) {
      await db.schema.createIndex('conversations_updated_at').on('conversations').column('updated_at').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('conversations_updated_at').execute();
    },
  },
  'bot-0020-notifications': {
    // The notifier's log on PostgreSQL: what was NOTIFYed, kept a few minutes so an instance whose listening
    // connection is down can poll for what it missed (SQLite instances never write it).
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('notifications')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('topic', 'varchar(64)', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('origin', 'varchar(32)', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('notifications_created_at').on('notifications').column('created_at').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('notifications').execute();
    },
  },
  'bot-0040-turn-completion': {
    // A customer's activity is stored before its turn runs; if the turn then fails (the database drops mid-turn) the
    // channel retries the same id. These say whether a turn is running (claimed, and since when: a claim left by a
    // crashed or cut-off turn expires) or done, so the retry finishes the turn instead of being ignored as a duplicate.
    async up(db: Kysely<any>) {
      await db.schema.alterTable('activities').addColumn('turn_claimed_at', 'varchar(32)').execute();
      await db.schema.alterTable('activities').addColumn('turn_done_at', 'varchar(32)').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.alterTable('activities').dropColumn('turn_done_at').execute();
      await db.schema.alterTable('activities').dropColumn('turn_claimed_at').execute();
    },
  },
  'bot-0050-reply-mail-conversation': {
    // reply_mail references conversations with ON DELETE CASCADE but had no index on the reference: every conversation
    // the retention purge deleted had both databases look through the whole of reply_mail (which keeps its sent and
    // skipped mail) for its rows.
    async up(db: Kysely<any>) {
      await db.schema.createIndex('reply_mail_conversation').on('reply_mail').column('conversation_id').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('reply_mail_conversation').execute();
    },
  },
};
