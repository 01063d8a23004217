import type { Kysely, Selectable, Transaction } from 'kysely';
import type { EditorialStore, WorkingCopyChange } from '../article-store';
import { ArticleRecordSchema, ArticleSchema, ArticleVersionSchema, contentOf, type Article, type ArticleContent, type ArticleRecord, type ArticleStatus, type ArticleVersion } from '../articles';
import type { ArticlesTable, ArticleVersionsTable, KnowledgeTables } from './schema';

type Db = Kysely<KnowledgeTables> | Transaction<KnowledgeTables>;

export class KyselyArticleStore implements EditorialStore {
  constructor(
    private readonly db: Kysely<KnowledgeTables>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async count(): Promise<number> {
    const row = await this.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async get(id: string): Promise<Article | undefined> {
    return this.getRecord(id);
  }

  async list(filter: { status?: ArticleStatus; lang?: string } = {}): Promise<Article[]> {
    return this.listRecords(filter);
  }

  async getRecord(id: string): Promise<ArticleRecord | undefined> {
    const row = await this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toRecord(row) : undefined;
  }

  async listRecords(filter: { status?: ArticleStatus; lang?: string } = {}): Promise<ArticleRecord[]> {
    let query = this.db.selectFrom('articles').selectAll().orderBy('id');
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.lang) query = query.where('lang', '=', filter.lang);
    return (await query.execute()).map(toRecord);
  }

  async listPublished(): Promise<Article[]> {
    const rows = await this.db
      .selectFrom('articles')
      .innerJoin('article_versions', (join) =>
        join.onRef('article_versions.article_id', '=', 'articles.id').onRef('article_versions.version', '=', 'articles.live_version'),
      )
      .select([
        'articles.id as id',
        'articles.live_version as live_version',
        'articles.created_at as created_at',
        'article_versions.content as content',
        'article_versions.published_at as published_at',
      ])
      .where('articles.live_version', 'is not', null)
      .orderBy('articles.id')
      .execute();
    // One schema pass per row: at 10k articles this is most of the startup time.
    return rows.map((row) =>
      ArticleSchema.parse({
        ...JSON.parse(row.content),
        status: 'published',
        version: Number(row.live_version),
        createdAt: row.created_at,
        updatedAt: row.published_at,
      }),
    );
  }

  async publishAll(articles: ArticleContent[], options: { replace?: boolean; publishedBy?: string } = {}): Promise<Article[]> {
    const at = this.now().toISOString();
    return this.db.transaction().execute(async (trx) => {
      if (options.replace) await archiveEverything(trx, at);
      const published: Article[] = [];
      for (const content of articles) {
        const existing = await trx.selectFrom('articles').selectAll().where('id', '=', content.id).executeTakeFirst();
        const version = (existing ? Number(existing.version) : 0) + 1;
        const row: ArticlesTable = {
          ...contentColumns(content),
          status: 'published',
          version,
          live_version: version,
          revision: existing ? Number(existing.revision ?? 0) + 1 : 0,
          review_note: null,
          created_at: existing?.created_at ?? at,
          updated_at: at,
        };
        if (existing) {
          await trx.updateTable('articles').set(row).where('id', '=', content.id).execute();
        } else {
          await trx.insertInto('articles').values({ ...row, owner: null, review_by: null }).execute();
        }
        await insertVersion(trx, content, version, at, options.publishedBy ?? null, null);
        published.push(toRecord({ owner: null, review_by: null, ...existing, ...row }));
      }
      return published;
    });
  }

  async create(
    content: ArticleContent,
    meta: { status: ArticleStatus; owner: string | null; reviewBy: string | null },
  ): Promise<ArticleRecord | undefined> {
    const at = this.now().toISOString();
    const row: ArticlesTable = {
      ...contentColumns(content),
      status: meta.status,
      version: 0,
      live_version: null,
      revision: 0,
      owner: meta.owner,
      review_by: meta.reviewBy,
      review_note: null,
      created_at: at,
      updated_at: at,
    };
    const inserted = await this.db
      .insertInto('articles')
      .values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 ? toRecord(row) : undefined;
  }

  async update(id: string, expectedRevision: number, change: WorkingCopyChange): Promise<ArticleRecord | undefined> {
    const set: Partial<ArticlesTable> = {
      ...(change.content ? contentColumns(change.content) : {}),
      ...(change.status !== undefined ? { status: change.status } : {}),
      ...(change.owner !== undefined ? { owner: change.owner } : {}),
      ...(change.reviewBy !== undefined ? { review_by: change.reviewBy } : {}),
      ...(change.reviewNote !== undefined ? { review_note: change.reviewNote } : {}),
      ...(change.liveVersion !== undefined ? { live_version: change.liveVersion } : {}),
      revision: expectedRevision + 1,
      updated_at: this.now().toISOString(),
    };
    delete set.id; // the id never changes
    const result = await this.db
      .updateTable('articles')
      .set(set)
      .where('id', '=', id)
      .where('revision', '=', expectedRevision)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    return this.getRecord(id);
  }

  async publishVersion(
    id: string,
    expectedRevision: number,
    content: ArticleContent,
    meta: { publishedBy: string | null; note: string | null; reviewBy: string | null },
  ): Promise<{ record: ArticleRecord; version: ArticleVersion } | undefined> {
    const at = this.now().toISOString();
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
      if (!existing || Number(existing.revision) !== expectedRevision) return undefined;
      const latest = await trx
        .selectFrom('article_versions')
        .select((eb) => eb.fn.max<number>('version').as('v'))
        .where('article_id', '=', id)
        .executeTakeFirst();
      const version = Math.max(Number(latest?.v ?? 0), Number(existing.version)) + 1;
      const row: Partial<ArticlesTable> = {
        ...contentColumns({ ...content, id }),
        status: 'published',
        version,
        live_version: version,
        revision: expectedRevision + 1,
        review_by: meta.reviewBy,
        review_note: null,
        updated_at: at,
      };
      delete row.id;
      const updated = await trx
        .updateTable('articles')
        .set(row)
        .where('id', '=', id)
        .where('revision', '=', expectedRevision)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return undefined;
      const versionRow = await insertVersion(trx, { ...content, id }, version, at, meta.publishedBy, meta.note);
      return { record: toRecord({ ...existing, ...row, id }), version: toVersion(versionRow) };
    });
  }

  async listVersions(id: string): Promise<ArticleVersion[]> {
    const rows = await this.db.selectFrom('article_versions').selectAll().where('article_id', '=', id).orderBy('version', 'desc').execute();
    return rows.map(toVersion);
  }

  async getVersion(id: string, version: number): Promise<ArticleVersion | undefined> {
    const row = await this.db
      .selectFrom('article_versions')
      .selectAll()
      .where('article_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return row ? toVersion(row) : undefined;
  }

  async importDrafts(contents: ArticleContent[], options: { replace?: boolean } = {}): Promise<ArticleRecord[]> {
    const at = this.now().toISOString();
    return this.db.transaction().execute(async (trx) => {
      if (options.replace) await archiveEverything(trx, at);
      const records: ArticleRecord[] = [];
      for (const content of contents) {
        const existing = await trx.selectFrom('articles').selectAll().where('id', '=', content.id).executeTakeFirst();
        const row: ArticlesTable = {
          owner: null,
          review_by: null,
          live_version: null,
          version: 0,
          created_at: at,
          ...existing,
          ...contentColumns(content),
          status: 'draft',
          revision: existing ? Number(existing.revision ?? 0) + 1 : 0,
          review_note: null,
          updated_at: at,
        };
        if (existing) await trx.updateTable('articles').set(row).where('id', '=', content.id).execute();
        else await trx.insertInto('articles').values(row).execute();
        records.push(toRecord(row));
      }
      return records;
    });
  }

  async liveMarker(): Promise<string> {
    const row = await this.db
      .selectFrom('articles')
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.sum<number>('live_version').as('versions'),
        eb.fn.max<string>('updated_at').as('latest'),
      ])
      .where('live_version', 'is not', null)
      .executeTakeFirstOrThrow();
    return `${Number(row.n)}:${Number(row.versions ?? 0)}:${row.latest ?? ''}`;
  }
}

function contentColumns(content: ArticleContent): Pick<ArticlesTable, 'id' | 'lang' | 'title' | 'questions' | 'answer' | 'tags' | 'product' | 'follow_ups'> {
  return {
    id: content.id,
    lang: content.lang,
    title: content.title,
    questions: JSON.stringify(content.questions),
    answer: content.answer,
    tags: JSON.stringify(content.tags),
    product: content.product ?? null,
    follow_ups: JSON.stringify(content.followUps ?? []),
  };
}

async function insertVersion(
  db: Db,
  content: ArticleContent,
  version: number,
  at: string,
  publishedBy: string | null,
  note: string | null,
): Promise<ArticleVersionsTable> {
  const row: ArticleVersionsTable = {
    article_id: content.id,
    version,
    content: JSON.stringify(contentOf(content)),
    published_at: at,
    published_by: publishedBy,
    note,
  };
  await db.insertInto('article_versions').values(row).execute();
  return row;
}

function toRecord(row: Selectable<ArticlesTable> | ArticlesTable): ArticleRecord {
  return ArticleRecordSchema.parse({
    id: row.id,
    lang: row.lang,
    title: row.title,
    questions: JSON.parse(row.questions),
    answer: row.answer,
    tags: JSON.parse(row.tags),
    ...(row.product ? { product: row.product } : {}),
    followUps: JSON.parse(row.follow_ups ?? '[]'),
    status: row.status,
    version: Number(row.version),
    liveVersion: row.live_version == null ? null : Number(row.live_version),
    revision: Number(row.revision ?? 0),
    owner: row.owner ?? null,
    reviewBy: row.review_by ?? null,
    reviewNote: row.review_note ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

function toVersion(row: Selectable<ArticleVersionsTable> | ArticleVersionsTable): ArticleVersion {
  return ArticleVersionSchema.parse({
    articleId: row.article_id,
    version: Number(row.version),
    content: JSON.parse(row.content),
    publishedAt: row.published_at,
    publishedBy: row.published_by ?? null,
    note: row.note ?? null,
  });
}

/** `--replace`: every article leaves the live knowledge base before the imported ones come in, in the same transaction. */
async function archiveEverything(trx: Transaction<KnowledgeTables>, at: string): Promise<void> {
  await trx
    .updateTable('articles')
    .set((eb) => ({ status: 'archived', live_version: null, updated_at: at, revision: eb('revision', '+', 1) }))
    .where('status', '!=', 'archived')
    .execute();
}
