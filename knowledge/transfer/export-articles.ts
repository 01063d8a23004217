/** Exports the live knowledge base (what customers are answered from) in any import format. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleStore } from '../article-store';
import { contentOf, type ArticleContent } from '../articles';
import { articlesToCsv } from './csv-format';
import { articleToMarkdown, markdownFileName } from './markdown-format';
import { articlesToTsv } from './qna-tsv-format';
import type { TransferFormat } from './read-source';

export async function liveArticles(store: Pick<ArticleStore, 'listPublished'>): Promise<ArticleContent[]> {
  return (await store.listPublished()).map(contentOf).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** CSV or TSV text. */
export function exportText(articles: readonly ArticleContent[], format: 'csv' | 'tsv'): string {
  return format === 'csv' ? articlesToCsv(articles) : articlesToTsv(articles);
}

/** One Markdown file per article; returns the file names written. */
export function exportMarkdownFolder(articles: readonly ArticleContent[], dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return articles.map((article) => {
    const name = markdownFileName(article.id);
    writeFileSync(path.join(dir, name), articleToMarkdown(article));
    return name;
  });
}

/** Writes an export to `out` (a file for csv/tsv, a folder for md). */
export function writeExport(articles: readonly ArticleContent[], format: TransferFormat, out: string): string[] {
  if (format === 'md') return exportMarkdownFolder(articles, out);
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(out, exportText(articles, format));
  return [out];
}
