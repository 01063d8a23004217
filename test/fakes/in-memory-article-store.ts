import type { Article, ArticleContent, ArticleStatus, ArticleStore } from '../../knowledge';

/** A hand-written ArticleStore for tests that need a knowledge base but no database. */
export class InMemoryArticleStore implements ArticleStore {
  private readonly articles = new Map<string, Article>();

  async count() {
    return this.articles.size;
  }
  async get(id: string) {
    return this.articles.get(id);
  }
  async list(filter: { status?: ArticleStatus; lang?: string } = {}) {
    return [...this.articles.values()].filter(
      (a) => (!filter.status || a.status === filter.status) && (!filter.lang || a.lang === filter.lang),
    );
  }
  async listPublished() {
    return this.list({ status: 'published' });
  }
  async publishAll(contents: ArticleContent[], options: { replace?: boolean } = {}) {
    const at = new Date().toISOString();
    if (options.replace) for (const a of this.articles.values()) a.status = 'archived';
    return contents.map((content) => {
      const existing = this.articles.get(content.id);
      const article: Article = {
        ...content,
        status: 'published',
        version: (existing?.version ?? 0) + 1,
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
      };
      this.articles.set(content.id, article);
      return article;
    });
  }
}
