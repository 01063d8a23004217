import type { Kysely, Migration } from 'kysely';

export const handoffMigrations: Record<string, Migration> = {
  'handoff-0001-tickets': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('handoff_tickets')
        .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
        .addColumn('conversation_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('active_conversation_id', 'varchar(200)', (c) => c.unique())
        .addColumn('channel', 'varchar(64)', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('level', 'varchar(4)', (c) => c.notNull())
        .addColumn('category', 'varchar(32)', (c) => c.notNull())
        .addColumn('skill_group', 'varchar(64)', (c) => c.notNull())
        .addColumn('lang', 'varchar(8)', (c) => c.notNull())
        .addColumn('customer_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('customer', 'text', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('last_customer_message', 'text')
        .addColumn('assignee_id', 'varchar(64)')
        .addColumn('assignee_name', 'varchar(200)')
        .addColumn('reserved_for_id', 'varchar(64)')
        .addColumn('reserved_for_name', 'varchar(200)')
        .addColumn('sla_policy', 'text', (c) => c.notNull())
        .addColumn('first_response_due_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('first_response_warn_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('first_responded_at', 'varchar(32)')
        .addColumn('resolution_due_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('resolution_warn_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('paused_at', 'varchar(32)')
        .addColumn('first_response_warned', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('first_response_breached', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('resolution_warned', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('resolution_breached', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('escalations', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('resolution', 'text')
        .addColumn('survey', 'text')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('queued_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('assigned_at', 'varchar(32)')
        .addColumn('resolved_at', 'varchar(32)')
        .addColumn('closed_at', 'varchar(32)')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('last_seq', 'integer', (c) => c.notNull())
        .execute();
      // The queue: open tickets of a group in priority order.
      await db.schema.createIndex('handoff_tickets_queue').on('handoff_tickets').columns(['status', 'skill_group', 'level', 'queued_at']).execute();
      await db.schema.createIndex('handoff_tickets_conversation').on('handoff_tickets').columns(['conversation_id', 'created_at']).execute();
      await db.schema.createIndex('handoff_tickets_customer').on('handoff_tickets').columns(['customer_id', 'created_at']).execute();
      await db.schema.createIndex('handoff_tickets_assignee').on('handoff_tickets').columns(['assignee_id', 'status']).execute();

      await db.schema
        .createTable('handoff_entries')
        .addColumn('ticket_id', 'varchar(32)', (c) => c.notNull().references('handoff_tickets.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('kind', 'varchar(32)', (c) => c.notNull())
        .addColumn('author_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('author_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('handoff_entries_pk', ['ticket_id', 'seq'])
        .execute();
      await db.schema
        .createTable('handoff_events')
        .addColumn('ticket_id', 'varchar(32)', (c) => c.notNull().references('handoff_tickets.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('type', 'varchar(48)', (c) => c.notNull())
        .addColumn('from_status', 'varchar(16)')
        .addColumn('to_status', 'varchar(16)')
        .addColumn('actor_id', 'varchar(64)')
        .addColumn('actor_name', 'varchar(200)')
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('handoff_events_pk', ['ticket_id', 'seq'])
        .execute();
      await db.schema
        .createTable('handoff_agents')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('email', 'varchar(320)')
        .addColumn('groups', 'text', (c) => c.notNull())
        .addColumn('online', 'integer', (c) => c.notNull())
        .addColumn('last_seen_at', 'varchar(32)')
        .execute();
      await db.schema
        .createTable('handoff_ticket_counters')
        .addColumn('day', 'varchar(8)', (c) => c.primaryKey())
        .addColumn('last', 'integer', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('handoff_ticket_counters').execute();
      await db.schema.dropTable('handoff_agents').execute();
      await db.schema.dropTable('handoff_events').execute();
      await db.schema.dropTable('handoff_entries').execute();
      await db.schema.dropTable('handoff_tickets').execute();
    },
  },
  'handoff-0002-analytics-indexes': {
    // Reports read tickets by the time they were queued.
    async up(db: Kysely<any>) {
      await db.schema.createIndex('handoff_tickets_queued_at').on('handoff_tickets').column('queued_at').execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('handoff_tickets_queued_at').execute();
    },
  },
  'handoff-0030-progress': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('handoff_progress')
        .addColumn('ticket_id', 'varchar(32)', (c) => c.primaryKey().references('handoff_tickets.id').onDelete('cascade'))
        .addColumn('last_told_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('reminded_for', 'varchar(32)')
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('handoff_progress').execute();
    },
  },
  'handoff-0005-retention': {
    // The retention purge looks for finished tickets untouched since a cutoff, oldest first.
    async up(db: Kysely<any>) {
      await db.schema.createIndex('handoff_tickets_finished').on('handoff_tickets').columns(['status', 'updated_at']).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('handoff_tickets_finished').execute();
    },
  },
  'handoff-0031-ticket-conversations': {
    // One customer across channels: the conversations a ticket was joined from, and where its replies go now.
    async up(db: Kysely<any>) {
      await db.schema.alterTable('handoff_tickets').addColumn('reply_conversation_id', 'varchar(200)').execute();
      await db.schema.alterTable('handoff_tickets').addColumn('reply_channel', 'varchar(64)').execute();
      await db.schema
        .createTable('handoff_ticket_conversations')
        .addColumn('ticket_id', 'varchar(32)', (c) => c.notNull().references('handoff_tickets.id').onDelete('cascade'))
        .addColumn('conversation_id', 'varchar(200)', (c) => c.notNull())
        .addColumn('channel', 'varchar(64)', (c) => c.notNull())
        .addColumn('joined_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('handoff_ticket_conversations_pk', ['ticket_id', 'conversation_id'])
        .execute();
      // A message in a conversation finds the open ticket it joined.
      await db.schema.createIndex('handoff_ticket_conversations_conversation').on('handoff_ticket_conversations').columns(['conversation_id', 'joined_at']).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('handoff_ticket_conversations').execute();
      await db.schema.alterTable('handoff_tickets').dropColumn('reply_channel').execute();
      await db.schema.alterTable('handoff_tickets').dropColumn('reply_conversation_id').execute();
    },
  },
};
