import type { Kysely, Migration } from 'kysely';

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
};
