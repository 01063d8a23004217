/**
 * Applies an import all or nothing: every article is validated (ids unique, follow-ups resolvable) before anything
 * is written, and the write is one transaction. `publish` makes the articles live (a new version each); otherwise they
 * become drafts beside whatever is live. `replace` archives every article the import does not contain.
 */
import type { EditorialStore } from '../article-store';
import type { ArticleContent } from '../articles';
import type { KnowledgeService } from '../knowledge-service';
import { ImportError, type SourcedArticle } from './import-issues';
import { checkReferences } from './validate-content';

export interface ImportOptions {
  replace?: boolean;
  publish?: boolean;
  /** Who ran the import, kept on published versions. */
  actor?: string;
}

export interface ImportResult {
  imported: number;
  created: number;
  updated: number;
  /** Articles archived because `replace` was asked and the import did not contain them. */
  archived: number;
  published: boolean;
}

export async function importArticles(
  deps: { store: EditorialStore; knowledge: Pick<KnowledgeService, 'publish' | 'refresh'> },
  articles: SourcedArticle<ArticleContent>[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const existing = await deps.store.listRecords();
  const importedIds = new Set(articles.map((a) => a.content.id));
  const known = new Set(options.replace ? [] : existing.filter((r) => r.status !== 'archived').map((r) => r.id));
  const issues = checkReferences(articles, known);
  if (articles.length === 0) issues.push({ line: 1, message: 'the import holds no articles' });
  if (issues.length) throw new ImportError(issues);

  const contents = articles.map((a) => a.content);
  const existingIds = new Set(existing.map((r) => r.id));
  const archived = options.replace ? existing.filter((r) => r.status !== 'archived' && !importedIds.has(r.id)).length : 0;
  if (options.publish) {
    await deps.knowledge.publish(contents, { replace: options.replace, publishedBy: options.actor });
  } else {
    await deps.store.importDrafts(contents, { replace: options.replace });
    // Drafts do not change what customers get, unless the replace archived live articles.
    if (options.replace) await deps.knowledge.refresh();
  }
  const created = contents.filter((c) => !existingIds.has(c.id)).length;
  return { imported: contents.length, created, updated: contents.length - created, archived, published: Boolean(options.publish) };
}
