import type { Kysely, Selectable } from 'kysely';
import type { ArticleStore } from '../article-store';
import { ArticleSchema, type Article, type ArticleContent, type ArticleStatus } from '../articles';
import type { ArticlesTable, KnowledgeTables } from './schema';

export class KyselyArticleStore implements ArticleStore {
  constructor(
    private readonly db: Kysely<KnowledgeTables>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async count(): Promise<number> {
    const row = await this.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async get(id: string): Promise<Article | undefined> {
    const row = await this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toArticle(row) : undefined;
  }

  async list(filter: { status?: ArticleStatus; lang?: string } = {}): Promise<Article[]> {
    let query = this.db.selectFrom('articles').selectAll().orderBy('id');
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.lang) query = query.where('lang', '=', filter.lang);
    return (await query.execute()).map(toArticle);
  }

  listPublished(): Promise<Article[]> {
    return this.list({ status: 'published' });
  }

  async publishAll(articles: ArticleContent[], options: { replace?: boolean } = {}): Promise<Article[]> {
    const at = this.now().toISOString();
    return this.db.transaction().execute(async (trx) => {
      if (options.replace) {
        await trx.updateTable('articles').set({ status: 'archived', updated_at: at }).where('status', '!=', 'archived').execute();
      }
      const published: Article[] = [];
      for (const content of articles) {
        const existing = await trx.selectFrom('articles').selectAll().where('id', '=', content.id).executeTakeFirst();
        const version = (existing ? Number(existing.version) : 0) + 1;
        const row: ArticlesTable = {
          id: content.id,
          lang: content.lang,
          title: content.title,
          questions: JSON.stringify(content.questions),
          answer: content.answer,
          tags: JSON.stringify(content.tags),
          status: 'published',
          version,
          created_at: existing?.created_at ?? at,
          updated_at: at,
        };
        if (existing) {
          await trx.updateTable('articles').set(row).where('id', '=', content.id).execute();
        } else {
          await trx.insertInto('articles').values(row).execute();
        }
        await trx
          .insertInto('article_versions')
          .values({ article_id: content.id, version, content: JSON.stringify(content), published_at: at })
          .execute();
        published.push(toArticle(row));
      }
      return published;
    });
  }
}

function toArticle(row: Selectable<ArticlesTable>): Article {
  return ArticleSchema.parse({
    id: row.id,
    lang: row.lang,
    title: row.title,
    questions: JSON.parse(row.questions),
    answer: row.answer,
    tags: JSON.parse(row.tags),
    status: row.status,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
