import type { Kysely, Migration } from 'kysely';

/** Editorial workflow: working copy beside the live version, follow-ups, owner, review-by date, publish notes. */
const editorialMigration: Migration = {
  async up(db: Kysely<any>) {
    const articleColumns: Array<[string, 'varchar(80)' | 'varchar(200)' | 'varchar(10)' | 'text' | 'integer', boolean]> = [
      ['product', 'varchar(80)', false],
      ['live_version', 'integer', false],
      ['owner', 'varchar(200)', false],
      ['review_by', 'varchar(10)', false],
      ['review_note', 'text', false],
    ];
    for (const [name, type] of articleColumns) {
      await db.schema.alterTable('articles').addColumn(name, type).execute();
    }
    // One ADD COLUMN per statement: SQLite allows no more.
    await db.schema.alterTable('articles').addColumn('follow_ups', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    await db.schema.alterTable('articles').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    // Before this migration a published article's working copy was its live content.
    await db
      .updateTable('articles')
      .set((eb) => ({ live_version: eb.ref('version') }))
      .where('status', '=', 'published')
      .execute();
    await db.schema.alterTable('article_versions').addColumn('published_by', 'varchar(200)').execute();
    await db.schema.alterTable('article_versions').addColumn('note', 'text').execute();
    await db.schema.createIndex('articles_status_idx').on('articles').column('status').execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('articles_status_idx').execute();
    for (const name of ['published_by', 'note']) await db.schema.alterTable('article_versions').dropColumn(name).execute();
    for (const name of ['product', 'live_version', 'owner', 'review_by', 'review_note', 'follow_ups', 'revision']) {
      await db.schema.alterTable('articles').dropColumn(name).execute();
    }
  },
};

/** Feedback loop: "was this helpful?" answers and the questions the bot could not answer. */
const feedbackMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('article_feedback')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('article_id', 'varchar(120)', (c) => c.notNull())
      .addColumn('helpful', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('article_feedback_article_idx').on('article_feedback').column('article_id').execute();
    await db.schema
      .createTable('unanswered_questions')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('group_key', 'varchar(400)', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('lang', 'varchar(8)', (c) => c.notNull())
      .addColumn('reason', 'varchar(20)', (c) => c.notNull())
      .addColumn('best_article_id', 'varchar(120)')
      .addColumn('score', 'real')
      .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('open'))
      .addColumn('resolved_at', 'varchar(32)')
      .addColumn('resolution', 'varchar(200)')
      .execute();
    await db.schema
      .createIndex('unanswered_questions_open_idx')
      .on('unanswered_questions')
      .columns(['status', 'group_key'])
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('unanswered_questions').execute();
    await db.schema.dropTable('article_feedback').execute();
  },
};

/**
 * Feedback counted per conversation: one helpful / not-helpful vote per conversation and article (a unique index;
 * votes from before carry no conversation and stay), and a cap on one conversation's open unanswered questions.
 */
const feedbackPerConversationMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('article_feedback').addColumn('conversation_id', 'varchar(200)').execute();
    await db.schema.createIndex('article_feedback_vote_unique').on('article_feedback').columns(['conversation_id', 'article_id']).unique().execute();
    await db.schema.alterTable('unanswered_questions').addColumn('conversation_id', 'varchar(200)').execute();
    await db.schema.createIndex('unanswered_questions_conversation_idx').on('unanswered_questions').columns(['conversation_id', 'status']).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('unanswered_questions_conversation_idx').execute();
    await db.schema.alterTable('unanswered_questions').dropColumn('conversation_id').execute();
    await db.schema.dropIndex('article_feedback_vote_unique').execute();
    await db.schema.alterTable('article_feedback').dropColumn('conversation_id').execute();
  },
};

/** Editor-maintained synonyms: the list's revision and who saved it (one row), and its groups in order. */
const synonymsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('synonym_lists')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
      .addColumn('updated_by', 'varchar(320)')
      .execute();
    await db.schema
      .createTable('synonym_groups')
      .addColumn('position', 'integer', (c) => c.primaryKey())
      .addColumn('term', 'varchar(200)', (c) => c.notNull())
      .addColumn('synonyms', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('synonym_groups').execute();
    await db.schema.dropTable('synonym_lists').execute();
  },
};

export const knowledgeMigrations: Record<string, Migration> = {
  'knowledge-0001-articles': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('articles')
        .addColumn('id', 'varchar(120)', (c) => c.primaryKey())
        .addColumn('lang', 'varchar(8)', (c) => c.notNull())
        .addColumn('title', 'varchar(300)', (c) => c.notNull())
        .addColumn('questions', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('article_versions')
        .addColumn('article_id', 'varchar(120)', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('published_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_versions_pk', ['article_id', 'version'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('article_versions').execute();
      await db.schema.dropTable('articles').execute();
    },
  },
  'knowledge-0002-editorial': editorialMigration,
  'knowledge-0003-feedback': feedbackMigration,
  'knowledge-0004-synonyms': synonymsMigration,
  'knowledge-0005-feedback-per-conversation': feedbackPerConversationMigration,
};
